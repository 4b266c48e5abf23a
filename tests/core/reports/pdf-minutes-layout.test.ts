/**
 * The minutes PDF laid out so a clerk can read every cell: read back with poppler, no word's box
 * overlaps another's, no word crosses a table rule into the next cell, nothing runs past the
 * page's side margins; and the signatures are never left alone on a page, wherever the page
 * break falls.
 */
import { expect, it } from 'vitest';
import { openCore, steppingClock } from '../../support/core';
import { forumDraft } from '../../support/factories';
import { seedSampleForum } from '../../support/sample-forum';
import { openPdf, type PdfFile, type Raster, type WordBox } from './pdf-tools';
import { addSchulzePoll, LONG_OPTIONS } from './schulze-example';

const MM = 72 / 25.4;
/** Every margin of the minutes, portrait or landscape, is at least this wide. */
const SIDE_MARGIN_PT = 15 * MM;

/**
 * The band of a word's box that its letters' bodies fill: poppler's box is the font's whole
 * ascent and descent (Sarabun's is tall, for stacked marks), which tightly set lines, like a
 * chart's label over its bar's value, share without their ink meeting.
 */
const body = (w: WordBox) => {
  const h = w.yMax - w.yMin;
  return { ...w, yMin: w.yMin + 0.3 * h, yMax: w.yMax - 0.15 * h };
};

/** Two words' bodies share more than a hair (0.5 pt each way): their letters run into each other. */
function overlap(a: WordBox, b: WordBox): boolean {
  const tol = 0.5;
  const [p, q] = [body(a), body(b)];
  return p.xMin + tol < q.xMax && q.xMin + tol < p.xMax && p.yMin + tol < q.yMax && q.yMin + tol < p.yMax;
}

/**
 * A vertical rule (a table's cell border) runs through the word: some pixel column strictly
 * inside the word is dark over the whole height of the word's line box and a point beyond.
 * No glyph is that tall (its own line box holds it), so only a border drawn across the word is.
 */
function crossingRule(word: WordBox, page: Raster): number | null {
  const s = page.scale;
  const top = Math.max(0, Math.floor((word.yMin - 1) * s));
  const bottom = Math.min(page.height - 1, Math.ceil((word.yMax + 1) * s));
  for (let x = Math.ceil((word.xMin + 1) * s); x <= Math.floor((word.xMax - 1) * s); x++) {
    let dark = true;
    for (let y = top; y <= bottom && dark; y++) dark = page.at(x, y) < 160;
    if (dark) return x / s;
  }
  return null;
}

/** Every way the page's words collide with each other, a rule or the page's edge. */
function collisions(pdf: PdfFile, page: number): string[] {
  const words = pdf.words(page).filter((w) => w.text.trim() !== '');
  const raster = pdf.raster(page);
  const { width } = pdf.size(page);
  const found: string[] = [];
  for (const [i, a] of words.entries()) {
    for (const b of words.slice(i + 1)) if (overlap(a, b)) found.push(`"${a.text}" overlaps "${b.text}"`);
    const rule = crossingRule(a, raster);
    if (rule !== null) found.push(`"${a.text}" crosses a rule at x=${rule.toFixed(1)} pt`);
    if (a.xMin < SIDE_MARGIN_PT || a.xMax > width - SIDE_MARGIN_PT) found.push(`"${a.text}" runs into the side margin (${a.xMin.toFixed(1)}–${a.xMax.toFixed(1)} of ${width})`);
  }
  return found;
}

it('prints every table, the action plan with the longest names included, with no cell running into another', { timeout: 120_000 }, async () => {
  const t = await openCore({ now: steppingClock() });
  const s = await seedSampleForum(t);
  // And the widest poll tables: a Schulze poll's two 5 × 5 tables with long option names.
  await addSchulzePoll(t, s.forumId, 'จัดลำดับโครงการแบบเทียบทีละคู่', LONG_OPTIONS, s.item.problems);
  const exported = await t.call('reports.export', { forumId: s.forumId, format: 'pdf', thaiDigits: true });
  const pdf = openPdf(Buffer.from(exported.base64, 'base64'));
  // The widest entries are there to be collided with: the plan's agency, owner, type and budget.
  expect(pdf.text().replace(/\s+/g, '')).toContain('๑,๒๘๕,๗๕๐.๕๐');
  const found: string[] = [];
  for (let page = 1; page <= pdf.pages; page++) found.push(...collisions(pdf, page).map((c) => `page ${page}: ${c}`));
  expect(found).toEqual([]);
});

it('keeps both signatures with the end time and the last closing line, wherever the page ends', { timeout: 300_000 }, async () => {
  // A forum with nothing but its closing text: a short document, printed many times.
  const t = await openCore({ now: steppingClock() });
  const forum = await t.call('forums.create', forumDraft({ noteTaker: 'นางสาวศิริพร จดดี' }));
  const s = { forumId: forum.id };
  await t.call('reports.saveSection', { forumId: s.forumId, key: 'reviewerName', text: 'นายสมศักดิ์ ใจดี' });
  // One more closing line at a time moves the signatures down the page a line at a time, so over
  // a page's worth of lines the page break falls at every point of the sign-off.
  const linesPerPage = 27;
  const alone: string[] = [];
  for (let n = 1; n <= linesPerPage; n++) {
    const closing = Array.from({ length: n }, (_, i) => `ปิดประชุม บรรทัดที่ ${i + 1}`).join('\n');
    await t.call('reports.saveSection', { forumId: s.forumId, key: 'closing', text: closing });
    const exported = await t.call('reports.export', { forumId: s.forumId, format: 'pdf', thaiDigits: false });
    const pdf = openPdf(Buffer.from(exported.base64, 'base64'));
    // pdftotext ends each page with a form feed.
    const pageTexts = pdf.text().split('\f').map((p) => p.replace(/\s+/g, ''));
    const pageOf = (needle: string) => pageTexts.findIndex((p) => p.includes(needle)) + 1;
    const pages = [`ปิดประชุมบรรทัดที่${n}`, 'เลิกประชุมเวลา', 'ผู้จดรายงานการประชุม', '(นางสาวศิริพรจดดี)', 'ผู้ตรวจรายงานการประชุม', '(นายสมศักดิ์ใจดี)'].map(pageOf);
    expect(pages.every((p) => p > 0)).toBe(true);
    if (new Set(pages).size !== 1) alone.push(`${n} closing lines: pages ${pages.join(', ')}`);
  }
  expect(alone).toEqual([]);
});
