import { expect, it } from 'vitest';
import { reportCsv } from '../../../electron/core/reports/csv/report-csv';
import { reportXlsx } from '../../../electron/core/reports/xlsx/report-xlsx';
import { openCore, steppingClock } from '../../support/core';
import { seedSampleForum } from '../../support/sample-forum';
import { loadWorkbook, readContext } from './tables-support';

it('carries the raw inputs of every kind of poll: hands with their breakdown, dots, and matrix scores with weights', async () => {
  const t = await openCore({ now: steppingClock() });
  const s = await seedSampleForum(t);
  const forumId = s.forumId;
  const agendaItemId = s.item.problems;
  const options = [{ label: 'ขุดลอกหนองน้ำ' }, { label: 'ซ่อมถนน' }];

  const hands = await t.call('polls.create', { forumId, agendaItemId, title: 'ยกมือเลือกโครงการ', method: 'show_of_hands', options });
  await t.call('polls.open', { id: hands.id });
  const [h1, h2] = hands.options.map((o) => o.id) as [string, string];
  await t.call('polls.setCounts', {
    pollId: hands.id,
    kind: 'hands',
    hands: { [h1]: 7, [h2]: 4 },
    breakdowns: [{ by: 'gender', groups: { ชาย: { [h1]: 4, [h2]: 2 }, หญิง: { [h1]: 3, [h2]: 2 } } }],
  });
  await t.call('polls.close', { id: hands.id });

  const dots = await t.call('polls.create', { forumId, agendaItemId, title: 'ติดดาวเลือกโครงการ', method: 'approval', rules: { mode: 'dots', dotsPerParticipant: 3 }, options });
  await t.call('polls.open', { id: dots.id });
  const [d1, d2] = dots.options.map((o) => o.id) as [string, string];
  await t.call('polls.addBallots', { pollId: dots.id, ballots: [{ dots: { [d1]: 2, [d2]: 1 }, voterId: s.people.chair }] });
  await t.call('polls.close', { id: dots.id });

  const matrix = await t.call('polls.create', {
    forumId,
    agendaItemId,
    title: 'ให้คะแนนโครงการตามเกณฑ์',
    method: 'score_matrix',
    rules: { criteria: [{ name: 'ความรุนแรง', weight: 2 }, { name: 'ความเร่งด่วน' }] },
    options,
  });
  await t.call('polls.open', { id: matrix.id });
  const [m1, m2] = matrix.options.map((o) => o.id) as [string, string];
  await t.call('polls.setScores', {
    pollId: matrix.id,
    scorer: { kind: 'group', groupId: s.groupId },
    scores: { [m1]: { ความรุนแรง: 5, ความเร่งด่วน: 4 }, [m2]: { ความรุนแรง: 3, ความเร่งด่วน: 2 } },
  });
  await t.call('polls.close', { id: matrix.id });

  const model = await t.call('reports.minutes', { forumId });
  const ctx = await readContext(t);
  const workbook = await loadWorkbook(await reportXlsx(ctx, model));
  const rows = (name: string) => {
    const out: unknown[][] = [];
    workbook.getWorksheet(name)?.eachRow((row, n) => {
      if (n > 1) out.push((row.values as unknown[]).slice(1));
    });
    return out;
  };

  expect(rows('การลงคะแนน').find((r) => r[1] === 'ติดดาวเลือกโครงการ')?.[3]).toBe('ติดดาว');
  expect(rows('การนับคะแนน').filter((r) => r[0] === 'ยกมือเลือกโครงการ')).toEqual([
    ['ยกมือเลือกโครงการ', 'ยกมือ', 'รวม', undefined, 'ขุดลอกหนองน้ำ', 7],
    ['ยกมือเลือกโครงการ', 'ยกมือ', 'รวม', undefined, 'ซ่อมถนน', 4],
    ['ยกมือเลือกโครงการ', 'ยกมือ', 'เพศ', 'ชาย', 'ขุดลอกหนองน้ำ', 4],
    ['ยกมือเลือกโครงการ', 'ยกมือ', 'เพศ', 'ชาย', 'ซ่อมถนน', 2],
    ['ยกมือเลือกโครงการ', 'ยกมือ', 'เพศ', 'หญิง', 'ขุดลอกหนองน้ำ', 3],
    ['ยกมือเลือกโครงการ', 'ยกมือ', 'เพศ', 'หญิง', 'ซ่อมถนน', 2],
  ]);
  expect(rows('บัตรลงคะแนน').filter((r) => r[0] === 'ติดดาวเลือกโครงการ')).toEqual([
    ['ติดดาวเลือกโครงการ', 1, 1, 'นายสมศักดิ์ ใจดี', 'ขุดลอกหนองน้ำ: 2 ดวง\nซ่อมถนน: 1 ดวง'],
  ]);
  expect(rows('คะแนนตามเกณฑ์')).toEqual([
    ['ให้คะแนนโครงการตามเกณฑ์', 'กลุ่มที่ 1 ด้านการเกษตร (กลุ่มย่อย)', 'ขุดลอกหนองน้ำ', 'ความรุนแรง', 2, 5],
    ['ให้คะแนนโครงการตามเกณฑ์', 'กลุ่มที่ 1 ด้านการเกษตร (กลุ่มย่อย)', 'ขุดลอกหนองน้ำ', 'ความเร่งด่วน', 1, 4],
    ['ให้คะแนนโครงการตามเกณฑ์', 'กลุ่มที่ 1 ด้านการเกษตร (กลุ่มย่อย)', 'ซ่อมถนน', 'ความรุนแรง', 2, 3],
    ['ให้คะแนนโครงการตามเกณฑ์', 'กลุ่มที่ 1 ด้านการเกษตร (กลุ่มย่อย)', 'ซ่อมถนน', 'ความเร่งด่วน', 1, 2],
  ]);

  // The CSV files are written from the same tables: same rows, as text.
  const csv = reportCsv(ctx, model).find((f) => f.fileName === 'scores.csv')?.content ?? '';
  expect(csv.split('\r\n').slice(1)).toEqual([
    'ให้คะแนนโครงการตามเกณฑ์,กลุ่มที่ 1 ด้านการเกษตร (กลุ่มย่อย),ขุดลอกหนองน้ำ,ความรุนแรง,2,5',
    'ให้คะแนนโครงการตามเกณฑ์,กลุ่มที่ 1 ด้านการเกษตร (กลุ่มย่อย),ขุดลอกหนองน้ำ,ความเร่งด่วน,1,4',
    'ให้คะแนนโครงการตามเกณฑ์,กลุ่มที่ 1 ด้านการเกษตร (กลุ่มย่อย),ซ่อมถนน,ความรุนแรง,2,3',
    'ให้คะแนนโครงการตามเกณฑ์,กลุ่มที่ 1 ด้านการเกษตร (กลุ่มย่อย),ซ่อมถนน,ความเร่งด่วน,1,2',
  ]);
});
