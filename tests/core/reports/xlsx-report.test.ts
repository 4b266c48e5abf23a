import ExcelJS from 'exceljs';
import { expect, it } from 'vitest';
import { reportXlsx } from '../../../electron/core/reports/xlsx/report-xlsx';
import { openCore, steppingClock } from '../../support/core';
import { seedSampleForum } from '../../support/sample-forum';
import { loadWorkbook, readContext } from './tables-support';

const FORMULA = '=HYPERLINK("http://example.invalid","คลิก")';

async function sampleWorkbook() {
  const t = await openCore({ now: steppingClock() });
  const s = await seedSampleForum(t);
  await t.call('notes.create', { forumId: s.forumId, agendaItemId: s.item.other, text: FORMULA, speakerId: null });
  const model = await t.call('reports.minutes', { forumId: s.forumId });
  const workbook = await loadWorkbook(await reportXlsx(await readContext(t), model));
  const sheet = (name: string) => {
    const found = workbook.getWorksheet(name);
    if (!found) throw new Error(`no sheet ${name}`);
    return found;
  };
  /** The sheet's data rows (below the header) as arrays of cell values. */
  const rows = (name: string) => {
    const out: unknown[][] = [];
    sheet(name).eachRow((row, n) => {
      if (n > 1) out.push((row.values as unknown[]).slice(1));
    });
    return out;
  };
  const header = (name: string) => (sheet(name).getRow(1).values as unknown[]).slice(1);
  return { t, s, model, workbook, sheet, rows, header };
}

it('has a sheet per table, each with a bold Thai header row frozen in view', async () => {
  const { workbook, sheet } = await sampleWorkbook();
  expect(workbook.worksheets.map((w) => w.name)).toEqual([
    'ผู้เข้าร่วม',
    'ประเด็นปัญหา',
    'บันทึกข้อคิดเห็น',
    'การลงคะแนน',
    'ผลการลงคะแนน',
    'บัตรลงคะแนน',
    'การนับคะแนน',
    'คะแนนตามเกณฑ์',
    'ลำดับความสำคัญ',
    'แผนปฏิบัติการ',
  ]);
  for (const w of workbook.worksheets) {
    expect(w.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(w.getRow(1).font?.bold).toBe(true);
  }
  expect((sheet('ผู้เข้าร่วม').getColumn(2).width ?? 0) > (sheet('ผู้เข้าร่วม').getColumn(1).width ?? 0)).toBe(true);
});

it('lists every registered participant with attendance, and the issues with their details, raiser and agenda item', async () => {
  const { t, s, model, rows, header } = await sampleWorkbook();
  expect(header('ผู้เข้าร่วม')).toEqual([
    'ที่',
    'ชื่อ-สกุล',
    'หน่วยงาน / กลุ่ม',
    'ตำแหน่ง',
    'หมู่ที่',
    'ภาคส่วน',
    'เพศ',
    'ช่วงอายุ',
    'บทบาทต่อประเด็น',
    'การมาประชุม',
    'เวลาลงทะเบียน (UTC)',
  ]);
  const people = rows('ผู้เข้าร่วม');
  expect(people).toHaveLength(s.personIds.length);
  expect(people.map((r) => r[1])).toEqual(model.annexes.signIn.map((p) => p.name));
  const byName = (name: string) => people.find((r) => r[1] === name) ?? [];
  expect(byName('นายสมศักดิ์ ใจดี').slice(3, 10)).toEqual(['ผู้ใหญ่บ้าน', '3', 'ภาคประชาชน', 'ชาย', '36–59 ปี', 'ผู้รับบริการโดยตรง', 'มาประชุม']);
  expect(byName('นายสุชาติ ดวงดี')[9]).toBe('ไม่มาประชุม');
  expect(byName('นายสุชาติ ดวงดี')[10]).toBeUndefined();
  expect(byName('นายเกษม ชาวนา')[9]).toBe('ผู้เข้าร่วมประชุม');
  expect(byName('นายเกษม ชาวนา')[10]).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);

  const issues = rows('ประเด็นปัญหา');
  expect(issues.map((r) => r[1])).toEqual((await t.call('issues.list', { forumId: s.forumId })).map((i) => i.title));
  const water = issues.find((r) => r[1] === 'น้ำไม่พอใช้ในฤดูแล้ง') ?? [];
  expect(water.slice(4)).toEqual([
    'หนองน้ำสาธารณะตื้นเขิน',
    'มีกลุ่มผู้ใช้น้ำที่เข้มแข็ง',
    'ขุดลอกหนองน้ำสาธารณะ\nขยายเขตประปาหมู่บ้าน',
    'นายวิชัย บุญเรือง',
    '4.1 ปัญหาและความต้องการของหมู่บ้าน และการจัดลำดับความสำคัญ',
  ]);
});

it('keeps the notes as taken, a formula-looking note as plain text', async () => {
  const { t, s, sheet, rows } = await sampleWorkbook();
  const notes = await t.call('notes.list', { forumId: s.forumId });
  const sheetRows = rows('บันทึกข้อคิดเห็น');
  expect(sheetRows.map((r) => r[5])).toEqual(notes.map((n) => n.text));
  expect(sheetRows.map((r) => r[1])).toEqual(notes.map((n) => n.createdAt));
  expect(sheetRows[0]?.slice(2, 5)).toEqual(['1 ประธานแจ้งให้ที่ประชุมทราบ', 'นายสมศักดิ์ ใจดี', 'ความเห็น']);
  const cell = sheet('บันทึกข้อคิดเห็น').getCell(notes.length + 1, 6);
  expect(cell.type).toBe(ExcelJS.ValueType.String);
  expect(cell.value).toBe(FORMULA);
});

it('lists the polls with their results and raw inputs, the priorities and the action plan in baht', async () => {
  const { s, rows, sheet } = await sampleWorkbook();
  const polls = rows('การลงคะแนน');
  expect(polls.map((r) => r.slice(1, 4))).toEqual([
    ['จัดลำดับความสำคัญของปัญหาหมู่บ้าน', '4.1 ปัญหาและความต้องการของหมู่บ้าน และการจัดลำดับความสำคัญ', 'จัดอันดับ (วิธีบอร์ดา)'],
    ['เห็นชอบให้เสนอแผนพัฒนาหมู่บ้านต่อ อบต.หนองบัว', '4 เรื่องเพื่อพิจารณา', 'เห็นด้วย / ไม่เห็นด้วย / งดออกเสียง'],
  ]);
  expect(polls.map((r) => r[4])).toEqual(['ประธานที่ประชุมชี้ขาด', 'ประธานที่ประชุมชี้ขาด']);
  expect(rows('ผลการลงคะแนน').map((r) => r.slice(1))).toEqual([
    [1, 'น้ำไม่พอใช้ในฤดูแล้ง', 26],
    [2, 'ถนนเข้าหมู่บ้านชำรุด', 20],
    [3, 'ผู้สูงอายุติดบ้านติดเตียงขาดผู้ดูแล', 8],
    [4, 'ราคาผลผลิตทางการเกษตรตกต่ำ', 6],
    [undefined, 'เห็นด้วย', 9],
    [undefined, 'ไม่เห็นด้วย', 0],
    [undefined, 'งดออกเสียง', 0],
  ]);
  // The four ballot lines as entered: 4 + 3 + 2 + 1 paper ballots.
  const ballots = rows('บัตรลงคะแนน');
  expect(ballots.map((r) => r[2])).toEqual([4, 3, 2, 1]);
  expect(ballots[0]?.[4]).toBe('1. น้ำไม่พอใช้ในฤดูแล้ง\n2. ถนนเข้าหมู่บ้านชำรุด\n3. ผู้สูงอายุติดบ้านติดเตียงขาดผู้ดูแล\n4. ราคาผลผลิตทางการเกษตรตกต่ำ');
  expect(rows('การนับคะแนน').map((r) => [r[4], r[5]])).toEqual([
    ['เห็นด้วย', 9],
    ['ไม่เห็นด้วย', 0],
    ['งดออกเสียง', 0],
    ['ผู้มาประชุม', 11],
  ]);
  expect(rows('คะแนนตามเกณฑ์')).toEqual([]);

  expect(rows('ลำดับความสำคัญ').map((r) => r[2])).toEqual([
    'น้ำไม่พอใช้ในฤดูแล้ง',
    'ถนนเข้าหมู่บ้านชำรุด',
    'ผู้สูงอายุติดบ้านติดเตียงขาดผู้ดูแล',
    'ราคาผลผลิตทางการเกษตรตกต่ำ',
  ]);
  const plan = rows('แผนปฏิบัติการ');
  expect(plan).toHaveLength(s.projectIds.length);
  expect(plan[0]?.slice(1, 2)).toEqual(['โครงการขุดลอกหนองน้ำสาธารณะบ้านหนองบัว']);
  const budget = sheet('แผนปฏิบัติการ').getCell(2, 8);
  expect(budget.value).toBe(450000);
  expect(budget.numFmt).toBe('#,##0.00');
  expect(plan[0]?.slice(9, 11)).toEqual(['2027-01-15', '2027-04-30']);
  expect(plan[1]?.[7]).toBeUndefined();
});

it('reports.export gives the workbook as a named XLSX file', async () => {
  const t = await openCore({ now: steppingClock() });
  const s = await seedSampleForum(t);
  const file = await t.call('reports.export', { forumId: s.forumId, format: 'xlsx', thaiDigits: false });
  expect(file.mimeType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  expect(file.fileName).toMatch(/\.xlsx$/);
  const workbook = await loadWorkbook(Buffer.from(file.base64, 'base64'));
  expect(workbook.getWorksheet('ผู้เข้าร่วม')?.rowCount).toBe(s.personIds.length + 1);
});
