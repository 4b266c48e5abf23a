import Papa from 'papaparse';
import { expect, it } from 'vitest';
import { BOM, reportCsv, tableCsv } from '../../../electron/core/reports/csv/report-csv';
import { openCore, steppingClock } from '../../support/core';
import { seedSampleForum } from '../../support/sample-forum';
import { readContext } from './tables-support';

/** The file's rows as a spreadsheet would read them, after checking and removing the BOM. */
function parse(content: string): string[][] {
  expect(content.startsWith(BOM)).toBe(true);
  const result = Papa.parse<string[]>(content.slice(1), { header: false });
  expect(result.errors).toEqual([]);
  return result.data;
}

async function sampleCsv(extraNotes: string[] = []) {
  const t = await openCore({ now: steppingClock() });
  const s = await seedSampleForum(t);
  for (const text of extraNotes) await t.call('notes.create', { forumId: s.forumId, agendaItemId: s.item.other, text, speakerId: null });
  const model = await t.call('reports.minutes', { forumId: s.forumId });
  const files = reportCsv(await readContext(t), model);
  const file = (name: string) => {
    const found = files.find((f) => f.fileName === name);
    if (!found) throw new Error(`no ${name}`);
    return parse(found.content);
  };
  return { t, s, model, files, file };
}

it('writes one UTF-8 CSV with a BOM per table, Thai text intact', async () => {
  const { s, model, files, file } = await sampleCsv();
  expect(files.map((f) => f.fileName)).toEqual([
    'participants.csv',
    'issues.csv',
    'notes.csv',
    'polls.csv',
    'poll-results.csv',
    'ballots.csv',
    'counts.csv',
    'scores.csv',
    'priorities.csv',
    'action-plan.csv',
  ]);
  for (const f of files) expect(f.content.charCodeAt(0)).toBe(0xfeff);

  const [header, ...people] = file('participants.csv');
  expect(header?.slice(0, 4)).toEqual(['ที่', 'ชื่อ-สกุล', 'หน่วยงาน / กลุ่ม', 'ตำแหน่ง']);
  expect(people).toHaveLength(s.personIds.length);
  expect(people.map((r) => [r[0], r[1]])).toEqual(model.annexes.signIn.map((p) => [String(p.number), p.name]));
  // An empty cell is empty, not "null".
  expect(people.find((r) => r[1] === 'นางสมพร แสงทอง')?.slice(2, 4)).toEqual(['', '']);

  const [, ...ballots] = file('ballots.csv');
  expect(ballots.map((r) => r[2])).toEqual(['4', '3', '2', '1']);
  // A multi-line cell survives quoting.
  expect(ballots[1]?.[4]).toBe('1. ถนนเข้าหมู่บ้านชำรุด\n2. น้ำไม่พอใช้ในฤดูแล้ง\n3. ราคาผลผลิตทางการเกษตรตกต่ำ\n4. ผู้สูงอายุติดบ้านติดเตียงขาดผู้ดูแล');

  const [planHeader, ...plan] = file('action-plan.csv');
  const budget = planHeader?.indexOf('งบประมาณ (บาท)') ?? -1;
  expect(plan.map((r) => r[budget])).toEqual(['450000.00', '', '1285750.50']);
});

it('prefixes text that a spreadsheet would run as a formula with an apostrophe, and nothing else', async () => {
  const risky = ['=HYPERLINK("http://example.invalid","คลิก")', '+66 81 234 5678', '-ไม่เห็นด้วย', '@SUM(A1:A2)', '=1+1\nบรรทัดที่สอง'];
  const safe = 'ค่าน้ำประปา = 30 บาทต่อหน่วย';
  const { t, s, file } = await sampleCsv([safe, ...risky]);
  const [, ...rows] = file('notes.csv');
  const notes = await t.call('notes.list', { forumId: s.forumId });
  expect(rows).toHaveLength(notes.length);
  expect(rows.slice(-risky.length).map((r) => r[5])).toEqual(risky.map((text) => `'${text}`));
  // Ordinary notes are untouched, including one with "=" inside.
  expect(rows.slice(0, -risky.length).map((r) => r[5])).toEqual(notes.slice(0, -risky.length).map((n) => n.text));
  expect(rows.at(-risky.length - 1)?.[5]).toBe(safe);
});

it('leaves numbers as numbers: a negative score is data, not a formula', () => {
  const csv = tableCsv({
    name: 'scores',
    title: 'คะแนน',
    columns: [
      { header: 'เกณฑ์', kind: 'text', width: 10 },
      { header: 'คะแนน', kind: 'number', width: 10 },
      { header: 'งบประมาณ (บาท)', kind: 'money', width: 10 },
    ],
    rows: [
      ['-2 คือคะแนนต่ำสุด', -2, 1234.5],
      [null, 0, null],
    ],
  });
  expect(parse(csv)).toEqual([
    ['เกณฑ์', 'คะแนน', 'งบประมาณ (บาท)'],
    ["'-2 คือคะแนนต่ำสุด", '-2', '1234.50'],
    ['', '0', ''],
  ]);
});

it('gives the same files through the core\'s reports.tables operation (what the CLI writes)', async () => {
  const { t, s, files } = await sampleCsv();
  expect(await t.call('reports.tables', { forumId: s.forumId })).toEqual(files);
  await expect(t.call('reports.tables', { forumId: '01900000-0000-7000-8000-000000000000' })).rejects.toMatchObject({ code: 'not_found' });
});
