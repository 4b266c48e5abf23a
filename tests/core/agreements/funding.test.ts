/**
 * Commitments against budgets, with the gaps worked out by hand:
 *
 * Pond (budget 450,000.00): อบต. money 200,000.00 + school in kind 2,500.00 (500 vetiver plants)
 *   + committee people 18,000.00 (20 people × 3 days = 60 person-days) = 220,500.00; gap 229,500.00.
 * Road (budget 100,000.00): อบต. money 80,000.00 + company money 25,000.50 = 105,000.50; gap −5,000.50.
 * Lights (no budget): company in kind 12,000.00; gap null (nothing to compare with).
 * Compost (budget 5,000.00): nothing committed; gap 5,000.00.
 * After renewal, version 2 gives the pond 300,000.00 from อบต. instead of 200,000.00 (version 1 no
 * longer counts): 320,500.00 committed, gap 129,500.00. A deleted agreement counts nothing.
 */
import ExcelJS from 'exceljs';
import { expect, it } from 'vitest';
import { openPlan } from '../followup/harness';

it('each project’s budget against each partner’s commitments, with the gap', async () => {
  const p = await openPlan();
  const forum = await p.forum('เวทีประชาคมหมู่ที่ 3');
  const pond = await p.project(forum.id, { title: 'ขุดลอกหนองน้ำ', type: 'self', budgetSatang: 450_000_00 });
  const road = await p.project(forum.id, { title: 'ซ่อมถนน', type: 'self', budgetSatang: 100_000_00 });
  const lights = await p.project(forum.id, { title: 'ไฟส่องสว่าง', type: 'self' });
  const compost = await p.project(forum.id, { title: 'ปุ๋ยอินทรีย์', type: 'self', budgetSatang: 5_000_00 });
  const tao = await p.partner('อบต.หนองบัว');
  const school = await p.partner('โรงเรียนบ้านหนองบัว', 'school');
  const committee = await p.partner('คณะกรรมการหมู่บ้าน', 'village_committee');
  const company = await p.partner('บริษัท น้ำใส จำกัด', 'company');

  const pondAgreement = {
    title: 'ฟื้นฟูหนองน้ำ',
    parties: [{ partnerId: tao.id }, { partnerId: school.id }, { partnerId: committee.id }],
    commitments: [
      { partnerId: tao.id, projectId: pond.id, kind: 'money' as const, amountSatang: 200_000_00 },
      { partnerId: school.id, projectId: pond.id, kind: 'in_kind' as const, description: 'กล้าหญ้าแฝก', quantity: 500, unit: 'ต้น', amountSatang: 2_500_00 },
      { partnerId: committee.id, projectId: pond.id, kind: 'people' as const, people: 20, days: 3, amountSatang: 18_000_00 },
    ],
  };
  const a = await p.call('agreements.create', { forumId: forum.id, content: pondAgreement });
  const b = await p.call('agreements.create', {
    forumId: forum.id,
    content: {
      title: 'ถนนและไฟฟ้า',
      parties: [{ partnerId: tao.id }, { partnerId: company.id }],
      commitments: [
        { partnerId: tao.id, projectId: road.id, kind: 'money', amountSatang: 80_000_00 },
        { partnerId: company.id, projectId: road.id, kind: 'money', amountSatang: 25_000_50 },
        { partnerId: company.id, projectId: lights.id, kind: 'in_kind', description: 'โคมไฟ LED', quantity: 12, unit: 'ชุด', amountSatang: 12_000_00 },
      ],
    },
  });

  const funding = await p.call('agreements.funding', { forumId: forum.id });
  const of = (id: string) => funding.find((f) => f.projectId === id);
  expect(of(pond.id)).toMatchObject({ moneySatang: 200_000_00, inKindSatang: 2_500_00, peopleSatang: 18_000_00, personDays: 60, committedSatang: 220_500_00, gapSatang: 229_500_00 });
  expect(of(pond.id)?.partners.map((x) => [x.name, x.committedSatang])).toEqual([
    ['อบต.หนองบัว', 200_000_00],
    ['โรงเรียนบ้านหนองบัว', 2_500_00],
    ['คณะกรรมการหมู่บ้าน', 18_000_00],
  ]);
  expect(of(road.id)).toMatchObject({ committedSatang: 105_000_50, gapSatang: -5_000_50 });
  expect(of(lights.id)).toMatchObject({ budgetSatang: null, committedSatang: 12_000_00, gapSatang: null });
  expect(of(compost.id)).toMatchObject({ committedSatang: 0, gapSatang: 5_000_00, partners: [] });

  await p.call('agreements.renew', { id: a.agreementId });
  await p.call('agreements.update', {
    id: a.agreementId,
    content: { ...pondAgreement, commitments: [{ partnerId: tao.id, projectId: pond.id, kind: 'money', amountSatang: 300_000_00 }, ...pondAgreement.commitments.slice(1)] },
  });
  await p.call('agreements.delete', { id: b.agreementId });
  const after = await p.call('agreements.funding', { forumId: forum.id });
  expect(after.find((f) => f.projectId === pond.id)).toMatchObject({ committedSatang: 320_500_00, gapSatang: 129_500_00 });
  expect(after.find((f) => f.projectId === road.id)).toMatchObject({ committedSatang: 0, gapSatang: 100_000_00 });

  // The same figures in the workbook, per project and partner.
  const file = await p.call('agreements.exportFunding', { forumId: forum.id });
  expect(file.fileName).toMatch(/^commitments-.*\.xlsx$/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  const rows = (sheet?.getSheetValues() ?? []).filter(Boolean).map((r) => (r as unknown[]).slice(1));
  expect(rows[1]).toEqual(['ที่', 'โครงการ', 'ภาคี', 'เงิน (บาท)', 'สิ่งของ (มูลค่า บาท)', 'บุคลากร (มูลค่า บาท)', 'คน-วัน', 'รวมที่สนับสนุน (บาท)', 'งบประมาณโครงการ (บาท)', 'ส่วนต่าง (บาท)']);
  const total = rows.find((r) => r[1] === 'รวม ขุดลอกหนองน้ำ');
  expect(total?.slice(3)).toEqual([300_000, 2_500, 18_000, 60, 320_500, 450_000, 129_500]);
  expect(rows.filter((r) => r[1] === 'ขุดลอกหนองน้ำ').map((r) => [r[2], r[7]])).toEqual([
    ['อบต.หนองบัว', 300_000],
    ['โรงเรียนบ้านหนองบัว', 2_500],
    ['คณะกรรมการหมู่บ้าน', 18_000],
  ]);
  expect(rows.find((r) => r[1] === 'รวม ซ่อมถนน')?.slice(7)).toEqual([0, 100_000, 100_000]);
});
