/**
 * The action plan in the columns of the development plan's project list (ผ.02), read back from
 * the XLSX (exceljs) and the DOCX (landscape), with the fiscal-year budget columns worked out by hand:
 * the forum is on 23 Nov 2026 (ปีงบประมาณ 2570), so a project without dates is budgeted for 2571,
 * the year after; one starting 15 Jan 2027 falls in 2570; the columns run 2570–2574 (five years),
 * and on to 2575 when a project enters that year.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { docxText } from '../../support/docx-text';
import { openPlan } from '../followup/harness';

async function plan() {
  const p = await openPlan();
  const forum = await p.forum('เวทีประชาคมหมู่ที่ 3 บ้านหนองบัว', '2026-11-23');
  const pond = await p.project(forum.id, {
    title: 'โครงการขุดลอกหนองน้ำสาธารณะ',
    description: 'เพื่อให้มีน้ำใช้ในฤดูแล้ง',
    type: 'requested',
    requestedFrom: 'local_government',
    requestedFromName: 'อบต.หนองบัว',
    budgetSatang: 450_000_00,
    startDate: '2027-01-15',
    indicator: 'หนองน้ำเก็บน้ำได้ตลอดปี',
  });
  const compost = await p.project(forum.id, { title: 'โครงการอบรมทำปุ๋ยอินทรีย์', type: 'self', owner: 'กลุ่มแม่บ้านเกษตรกร', budgetSatang: 20_000_00 });
  const road = await p.project(forum.id, { title: 'โครงการซ่อมถนนเข้าหมู่บ้าน', type: 'joint', requestedFrom: 'district', budgetSatang: 1_200_000_00 });
  const lights = await p.project(forum.id, { title: 'โครงการไฟส่องสว่าง', type: 'requested', requestedFrom: 'province' });
  const cancelled = await p.project(forum.id, { title: 'โครงการที่ยกเลิก', type: 'self', status: 'cancelled', budgetSatang: 1 });
  const market = await p.project(forum.id, { title: 'โครงการตลาดชุมชน', type: 'requested', requestedFrom: 'agency', requestedFromName: 'สำนักงานพาณิชย์จังหวัด' });
  // The road is spread over two years by hand; the market budgeted in 2575.
  await p.call('devPlan.setDetails', {
    projectId: road.id,
    objective: 'เพื่อการสัญจรที่ปลอดภัย',
    target: 'ถนน คสล. กว้าง 5 เมตร ยาว 1,200 เมตร',
    expectedResult: 'ประชาชนเดินทางสะดวก',
    responsibleUnit: 'กองช่าง อบต.หนองบัว',
    budgetByYear: [
      { fiscalYear: 2571, amountSatang: 700_000_00 },
      { fiscalYear: 2572, amountSatang: 500_000_00 },
    ],
  });
  await p.call('devPlan.setDetails', { projectId: market.id, budgetByYear: [{ fiscalYear: 2575, amountSatang: 80_000_00 }] });
  return { p, forum, pond, compost, road, lights, cancelled, market };
}

describe('the development-plan project list (ผ.02)', () => {
  it('groups the projects by level, with their budgets in the right fiscal years', async () => {
    const { p, forum, pond, compost, road, lights, market } = await plan();
    const list = await p.call('devPlan.get', { forumId: forum.id });
    expect(list.fiscalYears).toEqual([2570, 2571, 2572, 2573, 2574, 2575]);
    expect(list.groups.map((g) => [g.level, g.rows.map((r) => r.projectId)])).toEqual([
      ['community', [compost.id]],
      ['subdistrict', [pond.id]],
      ['district', [road.id]],
      ['province', [lights.id]],
      ['agency', [market.id]],
    ]);
    const row = (id: string) => list.groups.flatMap((g) => g.rows).find((r) => r.projectId === id);
    expect(row(pond.id)).toMatchObject({
      number: 1,
      objective: 'เพื่อให้มีน้ำใช้ในฤดูแล้ง',
      budgets: [450_000_00, null, null, null, null, null],
      indicator: 'หนองน้ำเก็บน้ำได้ตลอดปี',
      responsibleUnit: 'อบต.หนองบัว',
    });
    expect(row(compost.id)?.budgets).toEqual([null, 20_000_00, null, null, null, null]);
    expect(row(compost.id)?.responsibleUnit).toBe('กลุ่มแม่บ้านเกษตรกร');
    expect(row(road.id)).toMatchObject({ budgets: [null, 700_000_00, 500_000_00, null, null, null], target: 'ถนน คสล. กว้าง 5 เมตร ยาว 1,200 เมตร', responsibleUnit: 'กองช่าง อบต.หนองบัว' });
    expect(row(lights.id)?.budgets).toEqual([null, null, null, null, null, null]);
    expect(list.totals).toEqual([450_000_00, 720_000_00, 500_000_00, 0, 0, 80_000_00]);
  });

  it('as XLSX: the ผ.02 columns, a budget column per fiscal year (พ.ศ.), a heading and total per level', async () => {
    const { p, forum } = await plan();
    const file = await p.call('devPlan.export', { forumId: forum.id, format: 'xlsx' });
    expect(file.fileName).toMatch(/^development-plan-.*\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('บัญชีโครงการพัฒนา');
    if (!sheet) throw new Error('no sheet');
    // Empty cells read back as holes: null here, so rows compare cell by cell.
    const values = (r: number) => Array.from({ length: 13 }, (_, i) => (sheet.getRow(r).values as unknown[])[i + 1] ?? null);
    expect(values(1)[0]).toBe('บัญชีโครงการพัฒนา (แบบ ผ.02)');
    // A merged range reads back as its first cell's value in every cell.
    const budget = 'งบประมาณ (บาท)';
    expect(values(3)).toEqual(['ที่', 'โครงการ', 'วัตถุประสงค์', 'เป้าหมาย (ผลผลิตของโครงการ)', budget, budget, budget, budget, budget, budget, 'ตัวชี้วัด (KPI)', 'ผลที่คาดว่าจะได้รับ', 'หน่วยงานรับผิดชอบหลัก']);
    expect(values(4).slice(4, 10)).toEqual(['พ.ศ. 2570', 'พ.ศ. 2571', 'พ.ศ. 2572', 'พ.ศ. 2573', 'พ.ศ. 2574', 'พ.ศ. 2575']);
    // The budget heading spans the year columns; the others span both header rows.
    expect(sheet.getCell('J3').master.address).toBe('E3');
    expect(sheet.getCell('K3').master.address).toBe('K3');
    expect(sheet.getCell('B4').master.address).toBe('B3');
    const rows = Array.from({ length: sheet.rowCount - 4 }, (_, i) => values(i + 5));
    const headings = rows.filter((r) => typeof r[0] === 'string').map((r) => r[0]);
    expect(headings).toEqual([
      '1. โครงการที่ชุมชนดำเนินการเอง',
      '2. โครงการที่ขอรับการสนับสนุนจากองค์กรปกครองส่วนท้องถิ่น (อบต./เทศบาล)',
      '3. โครงการที่เสนอขอรับการสนับสนุนระดับอำเภอ',
      '4. โครงการที่เสนอขอรับการสนับสนุนระดับจังหวัด',
      '5. โครงการที่ขอรับการสนับสนุนจากหน่วยงานอื่น',
    ]);
    const road = rows.find((r) => r[1] === 'โครงการซ่อมถนนเข้าหมู่บ้าน');
    expect(road?.slice(0, 12)).toEqual([1, 'โครงการซ่อมถนนเข้าหมู่บ้าน', 'เพื่อการสัญจรที่ปลอดภัย', 'ถนน คสล. กว้าง 5 เมตร ยาว 1,200 เมตร', null, 700_000, 500_000, null, null, null, null, 'ประชาชนเดินทางสะดวก']);
    expect(road?.[12]).toBe('กองช่าง อบต.หนองบัว');
    expect(rows.filter((r) => typeof r[1] === 'string' && r[1].startsWith('รวม ')).map((r) => r[1])).toEqual([
      'รวม 1 โครงการ',
      'รวม 1 โครงการ',
      'รวม 1 โครงการ',
      'รวม 1 โครงการ',
      'รวม 1 โครงการ',
    ]);
    const grand = rows.at(-1);
    expect(grand?.slice(1, 10)).toEqual(['รวมทั้งสิ้น 5 โครงการ', null, null, 450_000, 720_000, 500_000, 0, 0, 80_000]);
    expect(rows.some((r) => r[1] === 'โครงการที่ยกเลิก')).toBe(false);
    expect(sheet.getCell('B6').font?.name).toBe('TH Sarabun New');
  });

  it('as DOCX: A4 landscape, the same rows in Thai; as JSON: the list itself', async () => {
    const { p, forum } = await plan();
    const { xml, lines } = await docxText(Buffer.from((await p.call('devPlan.export', { forumId: forum.id, format: 'docx' })).base64, 'base64'));
    expect(xml).toMatch(/<w:pgSz [^>]*w:orient="landscape"/);
    expect(xml).toMatch(/<w:pgSz [^>]*w:w="16838"[^>]*w:h="11906"/);
    for (const header of ['ที่', 'โครงการ', 'วัตถุประสงค์', 'เป้าหมาย (ผลผลิตของโครงการ)', 'งบประมาณ (บาท)', 'พ.ศ. 2570', 'พ.ศ. 2575', 'ตัวชี้วัด (KPI)', 'ผลที่คาดว่าจะได้รับ', 'หน่วยงานรับผิดชอบหลัก']) {
      expect(lines).toContain(header);
    }
    expect(lines.join('|')).toContain(['โครงการซ่อมถนนเข้าหมู่บ้าน', 'เพื่อการสัญจรที่ปลอดภัย', 'ถนน คสล. กว้าง 5 เมตร ยาว 1,200 เมตร', '-', '700,000', '500,000'].join('|'));
    expect(lines).toContain('รวมทั้งสิ้น 5 โครงการ');
    const json = JSON.parse(Buffer.from((await p.call('devPlan.export', { forumId: forum.id, format: 'json' })).base64, 'base64').toString('utf8'));
    expect(json.fiscalYears).toEqual([2570, 2571, 2572, 2573, 2574, 2575]);
  });

  it('refuses a fiscal year given twice, and a cancelled project keeps its details out of the list', async () => {
    const { p, pond } = await plan();
    const twice = await p.refusal('devPlan.setDetails', {
      projectId: pond.id,
      budgetByYear: [
        { fiscalYear: 2570, amountSatang: 1 },
        { fiscalYear: 2570, amountSatang: 2 },
      ],
    });
    expect(twice.code).toBe('validation');
    expect((await p.call('devPlan.details', { projectId: pond.id })).budgetByYear).toEqual([]);
  });
});
