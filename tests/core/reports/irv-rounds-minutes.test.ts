/**
 * A poll decided by instant-runoff prints its count round by round in the minutes: one column per
 * round, the eliminated option marked, the exhausted ballots and the majority needed, in the HTML
 * page, the DOCX and the PDF alike.
 *
 * The count, by hand: 12 ballots, A first on 5, B first on 4, C first on 3 (2 of them B next,
 * 1 with C alone). Round 1: A 5, B 4, C 3; 12 ballots counting, a majority is 7; nobody has it,
 * C has the fewest and is eliminated. Round 2: C's ballots go 2 to B and 1 to the exhausted pile:
 * A 5, B 6, exhausted 1; 11 ballots counting, a majority is 6, which B has: B wins.
 */
import JSZip from 'jszip';
import { expect, it } from 'vitest';
import { minutesDocx } from '../../../electron/core/reports/docx/minutes-docx';
import { renderMinutesHtml } from '../../../electron/core/reports/html/render';
import type { MinutesModel } from '../../../shared/contract';
import { openCore, steppingClock } from '../../support/core';
import { seedSampleForum } from '../../support/sample-forum';
import { lines, openPdf } from './pdf-tools';

const A = 'ขยายเขตประปาหมู่บ้าน';
const B = 'ซ่อมถนนสายหลัก';
const C = 'สร้างลานกีฬา';
const TITLE = 'เลือกโครงการเร่งด่วนด้วยการคัดออกทีละรอบ';

const HEADERS = ['ตัวเลือก', 'รอบที่ 1', 'รอบที่ 2'];
const ROWS = [
  [A, '5', '5'],
  [B, '4', '6'],
  [C, '3 (ตัดออก)', ''],
  ['บัตรที่ไม่มีตัวเลือกเหลือ', '0', '1'],
  ['เสียงข้างมากที่ต้องได้ (เกินกึ่งหนึ่ง)', '7', '6'],
];
const thai = (s: string) => s.replace(/\d/g, (d) => '๐๑๒๓๔๕๖๗๘๙'[Number(d)] ?? d);

async function forumWithIrvPoll() {
  const t = await openCore({ now: steppingClock() });
  const s = await seedSampleForum(t);
  const poll = await t.call('polls.create', {
    forumId: s.forumId,
    agendaItemId: s.item.problems,
    title: TITLE,
    method: 'irv',
    options: [{ label: A }, { label: B }, { label: C }],
  });
  await t.call('polls.open', { id: poll.id });
  const [a, b, c] = poll.options.map((o) => o.id) as [string, string, string];
  await t.call('polls.addBallots', {
    pollId: poll.id,
    ballots: [
      { ranking: [a, b], count: 5 },
      { ranking: [b, a], count: 4 },
      { ranking: [c, b], count: 2 },
      { ranking: [c], count: 1 },
    ],
  });
  await t.call('polls.close', { id: poll.id });
  const model: MinutesModel = await t.call('reports.minutes', { forumId: s.forumId });
  return { t, s, model };
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&apos;': "'" };
const decodeEntities = (s: string) => s.replace(/&[#\w]+;/g, (e) => ENTITIES[e] ?? e);

/** The rows of the HTML rounds table following the poll's heading, cells as text. */
function htmlRoundsTable(html: string): string[][] {
  const poll = html.slice(html.indexOf(`ผลการลงคะแนน: ${TITLE}`));
  const section = poll.slice(0, poll.indexOf('</section>'));
  expect(section).toContain('การนับคะแนนแต่ละรอบ');
  const table = section.match(/<table class="rounds">.*?<\/table>/)?.[0] ?? '';
  return (table.match(/<tr>.*?<\/tr>/g) ?? []).map((row) => (row.match(/<t[hd][^>]*>.*?<\/t[hd]>/g) ?? []).map((cell) => decodeEntities(cell.replace(/<[^>]+>/g, ''))));
}

it('the HTML minutes show an IRV poll round by round: eliminated option, exhausted ballots, majority needed', async () => {
  const { model } = await forumWithIrvPoll();
  const irv = model.polls.find((p) => p.title === TITLE);
  expect(irv?.results.rounds).toHaveLength(2);
  expect(irv?.results.winners.map((w) => w.label)).toEqual([B]);

  expect(htmlRoundsTable(renderMinutesHtml(model, { thaiDigits: false }))).toEqual([HEADERS, ...ROWS]);
  expect(htmlRoundsTable(renderMinutesHtml(model, { thaiDigits: true }))).toEqual([HEADERS.map(thai), ...ROWS.map((r) => r.map(thai))]);
  // Only the IRV poll has rounds: the Borda poll of the sample forum prints none.
  expect(renderMinutesHtml(model, { thaiDigits: false }).match(/การนับคะแนนแต่ละรอบ/g)).toHaveLength(1);
});

it('the DOCX minutes carry the same rounds table under the poll', async () => {
  const { model } = await forumWithIrvPoll();
  const zip = await JSZip.loadAsync(await minutesDocx(model, { thaiDigits: false }));
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  const text = (part: string) =>
    (part.match(/<w:p>.*?<\/w:p>|<w:p .*?<\/w:p>/g) ?? [])
      .map((p) => decodeEntities((p.match(/<w:t(?: [^>]*)?>[^<]*<\/w:t>/g) ?? []).map((t) => t.replace(/<[^>]+>/g, '')).join('')))
      .join('\n');
  const after = xml.slice(xml.indexOf(`ผลการลงคะแนน: ${TITLE}`));
  const head = after.indexOf('การนับคะแนนแต่ละรอบ');
  expect(head).toBeGreaterThan(0);
  const table = after.slice(head).match(/<w:tbl>.*?<\/w:tbl>/)?.[0] ?? '';
  const rows = (table.match(/<w:tr>.*?<\/w:tr>|<w:tr .*?<\/w:tr>/g) ?? []).map((row) => (row.match(/<w:tc>.*?<\/w:tc>/g) ?? []).map(text));
  expect(rows).toEqual([HEADERS, ...ROWS]);
  expect(table).toContain('<w:tblHeader/>');
  expect(text(xml).split('\n').filter((l) => l === 'การนับคะแนนแต่ละรอบ')).toHaveLength(1);
});

it('the PDF minutes show the rounds table as text', { timeout: 90_000 }, async () => {
  const { t, s } = await forumWithIrvPoll();
  const exported = await t.call('reports.export', { forumId: s.forumId, format: 'pdf', thaiDigits: false });
  const pdf = openPdf(Buffer.from(exported.base64, 'base64'));
  // Page numbers left out, should the table still cross a page (its header row would repeat).
  const squeezed = lines(pdf.text({ layout: true }))
    .map((l) => l.replace(/\s+/g, ''))
    .filter((l) => !/^-[๐-๙]+-$/.test(l));
  const at = squeezed.indexOf('การนับคะแนนแต่ละรอบ');
  expect(at).toBeGreaterThan(-1);
  const [head, ...rows] = [HEADERS, ...ROWS].map((row) => row.join('').replace(/\s+/g, ''));
  expect(squeezed[at + 1]).toBe(head);
  const table = squeezed.slice(at + 2).filter((l) => l !== head);
  expect(table.slice(0, rows.length)).toEqual(rows);
});
