/**
 * How wide words are in Sarabun, measured by the system Chromium with the very font faces the
 * minutes embed: for checking layouts that no browser lays out for us (a DOCX table's columns,
 * which Word or LibreOffice fill with Sarabun, the font table's declared alternative, when TH
 * Sarabun New is not installed).
 */
import { chromium } from 'playwright-core';
import { escapeHtml } from '../../../electron/core/reports/html/format';
import { sarabunFontFaces } from '../../../electron/core/reports/html/fonts';

/** The words a line may break between (spaces and Thai word boundaries), as a Thai-aware word processor does. */
export function wordsOf(text: string): string[] {
  return [...new Intl.Segmenter('th', { granularity: 'word' }).segment(text)].map((s) => s.segment.trim()).filter((w) => w !== '');
}

export interface TextStyle {
  pt: number;
  bold: boolean;
}

/**
 * The width in points of each text in each style, on one unbreakable line: `widths[i]` maps the
 * texts of `requests[i]`. One browser for all of them.
 */
export async function measure(requests: readonly (TextStyle & { texts: readonly string[] })[]): Promise<Map<string, number>[]> {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage();
    const groups = requests.map((r) => [...new Set(r.texts)]);
    const spans = groups
      .map((texts, g) => {
        const style = `font-size: ${requests[g]?.pt}pt; font-weight: ${requests[g]?.bold ? 700 : 400}`;
        return texts.map((t, i) => `<span id="w${g}-${i}" style="${style}">${escapeHtml(t)}</span><br>`).join('');
      })
      .join('');
    await page.setContent(
      `<!doctype html><html lang="th"><head><style>${sarabunFontFaces()} body { font-family: Sarabun; white-space: nowrap; }</style></head><body>${spans}</body></html>`,
    );
    await page.evaluate(() => document.fonts.ready);
    const sizes = groups.map((texts) => texts.length);
    const widths = await page.evaluate(
      (counts) => counts.map((n, g) => Array.from({ length: n }, (_, i) => document.getElementById(`w${g}-${i}`)?.getBoundingClientRect().width ?? 0)),
      sizes,
    );
    // CSS pixels are 3/4 of a point.
    return groups.map((texts, g) => new Map(texts.map((t, i) => [t, (widths[g]?.[i] ?? 0) * 0.75])));
  } finally {
    await browser.close();
  }
}
