/**
 * A category axis sized to its labels: as wide as the widest label needs, up to `maxWidth`,
 * longer labels wrapped between words (wrap-label.ts) onto at most `maxLines` lines, centred on
 * their bar. Text is measured with the chart's own font, again once the web font has loaded.
 * The caller gives its rows `lines × lineHeight` of room at least (`rowHeight`).
 */
import { type ReactNode, useEffect, useMemo, useState } from 'react';
import { wrapLabel } from './wrap-label';

export interface LabelAxisStyle {
  fontSize: number;
  /** The widest the labels may take; the axis is narrower when they all fit in less. */
  maxWidth: number;
  maxLines: number;
  fill?: string;
  fontFamily?: string;
  fontWeight?: number;
}

/** Between the label's end and the bar: Recharts' tick size and margin, and a little air. */
const TICK_GAP = 14;
const LINE = 1.25;
const FONT = 'Sarabun, "Noto Sans Thai", Tahoma, sans-serif';

function useFontsLoaded(): number {
  const [loads, setLoads] = useState(0);
  useEffect(() => {
    let live = true;
    void document.fonts.ready.then(() => live && setLoads((n) => n + 1));
    return () => {
      live = false;
    };
  }, []);
  return loads;
}

let canvas: HTMLCanvasElement | null = null;
function measurer(font: string) {
  canvas ??= document.createElement('canvas');
  const context = canvas.getContext('2d');
  if (!context) return (text: string) => text.length * 16;
  context.font = font;
  return (text: string) => context.measureText(text).width;
}

interface TickProps {
  x?: number | string;
  y?: number | string;
  payload?: { value?: unknown };
}

export function useLabelAxis(labels: readonly string[], style: LabelAxisStyle) {
  const fontsLoaded = useFontsLoaded();
  const { fontSize, maxWidth, maxLines, fontFamily = FONT, fontWeight = 400 } = style;
  const lineHeight = Math.round(fontSize * LINE);
  const key = labels.join('\u0000');
  const layout = useMemo(() => {
    void fontsLoaded;
    const labels = key.split('\u0000');
    const measure = measurer(`${fontWeight} ${fontSize}px ${fontFamily}`);
    const wrapped = new Map(labels.map((label) => [label, wrapLabel(label, maxWidth, maxLines, measure)]));
    const widest = Math.max(0, ...[...wrapped.values()].flatMap((w) => w.lines.map(measure)));
    const lines = Math.max(1, ...[...wrapped.values()].map((w) => w.lines.length));
    return { wrapped, width: Math.ceil(widest) + TICK_GAP, lines };
  }, [key, fontSize, maxWidth, maxLines, fontFamily, fontWeight, fontsLoaded]);

  const tick = (props: TickProps): ReactNode => {
    const label = String(props.payload?.value ?? '');
    const { lines, shortened } = layout.wrapped.get(label) ?? { lines: [label], shortened: false };
    const x = Number(props.x ?? 0);
    const y = Number(props.y ?? 0);
    // The block of lines centred on the bar: the first baseline half the block above the middle.
    const first = -((lines.length - 1) * lineHeight) / 2;
    return (
      <text x={x} y={y} textAnchor="end" fill={style.fill ?? '#212529'} fontSize={fontSize} fontFamily={fontFamily} fontWeight={fontWeight} data-chart-label={label}>
        {shortened ? <title>{label}</title> : null}
        {lines.map((line, i) => (
          // Where the line starts in the label: unique, and stable while the label is.
          <tspan key={lines.slice(0, i).join('').length} x={x} dy={i === 0 ? first + fontSize * 0.35 : lineHeight}>
            {line}
          </tspan>
        ))}
      </text>
    );
  };

  return {
    /** The YAxis `width`. */
    width: layout.width,
    tick,
    /** A row tall enough for the most lines any label needed, and at least `min`. */
    rowHeight: (min: number) => Math.max(min, layout.lines * lineHeight + 8),
  };
}
