/**
 * Bar charts as inline SVG: vectors in the PDF, no script, no raster. Each category's label sits
 * on its own line above its bar, so a long Thai label never has to be measured or cut.
 * Colours differ in lightness too, so a grey photocopy still tells the series apart.
 */
import type { Formatter } from './format';

/** SVG user units across the text column (160 mm): 1 unit ≈ 0.27 mm, 18 units ≈ 13.5 pt. */
const WIDTH = 600;
const FONT = 18;
const LABEL_LINE = 24;
const BAR = 16;
const GAP = 10;
const VALUE_ROOM = 90;
export const SERIES_COLOURS = ['#1f4e79', '#e39b3a'] as const;

export interface ChartRow {
  label: string;
  /** One value per series (one or two series). */
  values: number[];
  /** The values as printed beside their bars. */
  shown: string[];
}

export interface ChartOptions {
  /** Read by screen readers and kept in the PDF's text: what the chart shows. */
  title: string;
  /** Names of the series, drawn as a legend when there are two. */
  series?: string[];
  /** The value a full-width bar stands for (default: the largest value). */
  max?: number;
}

export function barChart(rows: ChartRow[], fmt: Formatter, options: ChartOptions): string {
  const seriesCount = Math.max(1, ...rows.map((r) => r.values.length));
  const max = options.max ?? Math.max(0, ...rows.flatMap((r) => r.values));
  const span = WIDTH - VALUE_ROOM;
  const rowHeight = LABEL_LINE + seriesCount * (BAR + 2) + GAP;
  const legend = options.series && seriesCount > 1 ? LABEL_LINE + 6 : 0;
  const height = legend + rows.length * rowHeight;
  const parts: string[] = [];

  if (legend > 0) {
    let x = 0;
    options.series?.forEach((name, i) => {
      parts.push(`<rect x="${x}" y="4" width="14" height="14" fill="${SERIES_COLOURS[i % 2]}"/>`);
      parts.push(`<text x="${x + 20}" y="17">${fmt.text(name)}</text>`);
      x += 20 + Math.min(260, name.length * 10 + 40);
    });
  }
  rows.forEach((row, r) => {
    const top = legend + r * rowHeight;
    parts.push(`<text x="0" y="${top + FONT}">${fmt.text(row.label)}</text>`);
    row.values.forEach((value, s) => {
      const y = top + LABEL_LINE + s * (BAR + 2);
      const w = max > 0 ? Math.max(0, (value / max) * span) : 0;
      parts.push(`<rect x="0" y="${y}" width="${w.toFixed(1)}" height="${BAR}" fill="${SERIES_COLOURS[s % 2]}"/>`);
      parts.push(`<text x="${(w + 6).toFixed(1)}" y="${y + BAR - 2}" class="value">${fmt.text(row.shown[s] ?? '')}</text>`);
    });
  });
  return (
    `<svg class="chart" xmlns="http://www.w3.org/2000/svg" role="img" viewBox="0 0 ${WIDTH} ${height}" width="160mm" height="${((height * 160) / WIDTH).toFixed(1)}mm"` +
    ` font-family="Sarabun" font-size="${FONT}"><title>${fmt.text(options.title)}</title>${parts.join('')}</svg>`
  );
}
