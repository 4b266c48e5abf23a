/**
 * A Schulze poll whose pairwise results run in a cycle shows the strongest paths that decide it,
 * in the poll's results and in the minutes (HTML, DOCX, PDF): the Wikipedia example, 45 voters,
 * five options (schulze-example.ts), checked against the published matrices. The pairwise
 * winners run in cycles, so no option beats all the others pairwise; the strongest paths settle
 * it: E beats every option (p[E][X] > p[X][E] for all X), then A, C, B, D; scores (options
 * beaten) 4, 3, 2, 1, 0.
 */
import JSZip from 'jszip';
import { expect, it } from 'vitest';
import { minutesDocx } from '../../../electron/core/reports/docx/minutes-docx';
import { renderMinutesHtml } from '../../../electron/core/reports/html/render';
import { TH } from '../../../electron/core/reports/html/strings-th';
import type { MinutesModel } from '../../../shared/contract';
import { openCore, steppingClock } from '../../support/core';
import { forumDraft } from '../../support/factories';
import { lines, openPdf } from './pdf-tools';
import { addSchulzePoll, D, ORDER, P } from './schulze-example';

const LABELS: Record<string, string> = { A: 'ขยายเขตประปา', B: 'ซ่อมถนนลูกรัง', C: 'ไฟฟ้าส่องสว่าง', D: 'ลานกีฬา', E: 'ขุดลอกสระน้ำ' };
const TITLE = 'จัดลำดับโครงการแบบเทียบทีละคู่';

async function forumWithSchulzePoll() {
  const t = await openCore({ now: steppingClock() });
  const forum = await t.call('forums.create', forumDraft());
  const poll = await addSchulzePoll(t, forum.id, TITLE, ORDER.map((k) => LABELS[k] as string));
  const model: MinutesModel = await t.call('reports.minutes', { forumId: forum.id });
  return { t, forum, poll, model };
}

/** A matrix as the minutes print it: the numbered options down, their numbers across, '–' on the diagonal. */
const printed = (m: number[][]) => [
  [TH.colOption, '1', '2', '3', '4', '5'],
  ...ORDER.map((k, i) => [`${i + 1}. ${LABELS[k]}`, ...(m[i] ?? []).map((v, j) => (i === j ? '–' : String(v)))]),
];

it('the poll results carry the published pairwise counts and strongest paths, and the options of their rows', async () => {
  const { t, poll } = await forumWithSchulzePoll();
  const results = await t.call('polls.results', { id: poll.id });
  expect(results.pairwise).toEqual(D);
  expect(results.paths).toEqual(P);
  expect(results.pairwiseOptions?.map((o) => o.label)).toEqual(ORDER.map((k) => LABELS[k]));
  expect(results.ranking.map((e) => [e.label, e.score, e.rank])).toEqual(['E', 'A', 'C', 'B', 'D'].map((k, i) => [LABELS[k], 4 - i, i + 1]));
});

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };
const cellText = (cell: string) => cell.replace(/<[^>]+>/g, '').replace(/&[#\w]+;/g, (e) => ENTITIES[e] ?? e);

it('the HTML minutes print the pairwise table and the strongest paths, each pair’s winning cell in bold', async () => {
  const { model } = await forumWithSchulzePoll();
  const html = renderMinutesHtml(model, { thaiDigits: false });
  const section = html.slice(html.indexOf(`ผลการลงคะแนน: ${TITLE}`));
  const tables = (section.slice(0, section.indexOf('</section>')).match(/<table class="matrix">.*?<\/table>/g) ?? []).map((table) =>
    (table.match(/<tr>.*?<\/tr>/g) ?? []).map((row) => (row.match(/<t[hd][^>]*>.*?<\/t[hd]>/g) ?? []).map(cellText)),
  );
  expect(tables).toEqual([printed(D), printed(P)]);
  expect(section).toContain(TH.schulzePaths);
  expect(section).toContain(TH.schulzePathsNote);
  // E's row of the paths table: it beats every other option (25 > 24, 28 > 24, 28 > 24, 31 > 24), all bold.
  const pathsTable = section.match(/<table class="matrix">.*?<\/table>/g)?.[1] ?? '';
  const eRow = (pathsTable.match(/<tr>.*?<\/tr>/g) ?? [])[5] ?? '';
  expect(eRow.match(/<b>\d+<\/b>/g)).toEqual(['<b>25</b>', '<b>28</b>', '<b>28</b>', '<b>31</b>']);
  // D's row: beaten by all, nothing bold.
  expect(((pathsTable.match(/<tr>.*?<\/tr>/g) ?? [])[4] ?? '').includes('<b>')).toBe(false);
});

it('the DOCX minutes carry the same two tables under the poll', async () => {
  const { model } = await forumWithSchulzePoll();
  const zip = await JSZip.loadAsync(await minutesDocx(model, { thaiDigits: false }));
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  const text = (part: string) => (part.match(/<w:t(?: [^>]*)?>[^<]*<\/w:t>/g) ?? []).map(cellText).join('');
  const after = xml.slice(xml.indexOf(`ผลการลงคะแนน: ${TITLE}`));
  const tables = after.slice(after.indexOf(TH.schulzePairwise)).match(/<w:tbl>.*?<\/w:tbl>/g) ?? [];
  const rows = tables.slice(0, 2).map((table) => (table.match(/<w:tr>.*?<\/w:tr>|<w:tr .*?<\/w:tr>/g) ?? []).map((row) => (row.match(/<w:tc>.*?<\/w:tc>/g) ?? []).map(text)));
  expect(rows).toEqual([printed(D), printed(P)]);
  expect(text(after)).toContain(TH.schulzePathsNote);
});

it('the PDF minutes show the strongest paths as text, in Thai digits when asked', { timeout: 90_000 }, async () => {
  const { t, forum } = await forumWithSchulzePoll();
  const exported = await t.call('reports.export', { forumId: forum.id, format: 'pdf', thaiDigits: true });
  const pdf = openPdf(Buffer.from(exported.base64, 'base64'));
  const squeezed = lines(pdf.text({ layout: true })).map((l) => l.replace(/\s+/g, ''));
  const at = squeezed.indexOf(TH.schulzePaths.replace(/\s+/g, ''));
  expect(at).toBeGreaterThan(-1);
  const thai = (s: string) => s.replace(/\d/g, (d) => '๐๑๒๓๔๕๖๗๘๙'[Number(d)] ?? d);
  const rows = printed(P)
    .slice(1)
    .map((row) => thai(row.join('')).replace(/\s+/g, ''));
  const after = squeezed.slice(at);
  for (const row of rows) expect(after).toContain(row);
});
