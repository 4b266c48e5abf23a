/**
 * The minutes' HTML is written for print: its margins are `@page` rules, which a screen ignores,
 * so on screen the text would run to the frame's edges and wrap at another width than on paper.
 * For the preview the body becomes a sheet of A4 with the print margins as padding: lines break
 * where the PDF's do, and it reads as a page.
 */

/** A4's width in CSS pixels (210 mm at 96 px per inch), plus the grey around the sheet. */
export const SHEET_WIDTH = 794;
export const SHEET_GUTTER = 16;
export const FRAME_WIDTH = SHEET_WIDTH + 2 * SHEET_GUTTER;

// The same margins as the template's @page (electron/core/reports/html/styles.ts): 2.5 cm top,
// 3 cm left, 2 cm right and bottom, as งานสารบรรณ prescribes.
const SCREEN_SHEET = `<style>@media screen {
  html { background: #dee2e6; }
  body { box-sizing: border-box; width: 210mm; min-height: 297mm; margin: ${SHEET_GUTTER}px auto; padding: 25mm 20mm 20mm 30mm;
    background: #fff; box-shadow: 0 1px 4px rgba(0, 0, 0, 0.25); }
}</style>`;

export function asScreenSheet(html: string): string {
  const at = html.search(/<\/head>/i);
  return at >= 0 ? `${html.slice(0, at)}${SCREEN_SHEET}${html.slice(at)}` : `${SCREEN_SHEET}${html}`;
}
