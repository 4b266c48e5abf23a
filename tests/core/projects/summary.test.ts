import { expect, it } from 'vitest';
import { MISSING, openProjects } from './harness';

it("projects.summary totals the forum's plan: cancelled projects out of the money, deleted ones out altogether, other forums apart", async () => {
  const t = await openProjects();
  await t.create({ title: 'ปลูกผักปลอดสาร', budgetSatang: 500_000 }); // self ฿5,000
  await t.create({ title: 'ซ่อมถนน', type: 'requested', requestedFrom: 'local_government', budgetSatang: 35_000_025, status: 'approved' }); // ฿350,000.25
  await t.create({ title: 'ฝายชะลอน้ำ', type: 'joint', requestedFrom: 'district', budgetSatang: 12_000_000, status: 'in_progress' }); // ฿120,000
  await t.create({ title: 'อบรมอาสาสมัคร', type: 'joint', requestedFrom: 'agency', requestedFromName: 'รพ.สต.หนองบัว' }); // no budget yet
  await t.create({ title: 'ลานกีฬา', type: 'requested', requestedFrom: 'province', budgetSatang: 80_000_000, status: 'cancelled' }); // left out of money
  const gone = await t.create({ title: 'ของที่ลบ', type: 'requested', requestedFrom: 'province', budgetSatang: 99_999_900 });
  await t.call('projects.delete', { id: gone.id });
  const other = await t.call('forums.create', { title: 'เวทีอื่น', date: '2026-12-01' });
  await t.create({ forumId: other.id, title: 'อีกเวที', budgetSatang: 777 });

  expect(await t.call('projects.summary', { forumId: t.forum.id })).toEqual({
    projectCount: 5,
    // 500,000 + 35,000,025 + 12,000,000
    budgetSatang: 47_500_025,
    withoutBudget: 1,
    byType: {
      self: { count: 1, budgetSatang: 500_000 },
      joint: { count: 2, budgetSatang: 12_000_000 },
      requested: { count: 1, budgetSatang: 35_000_025 },
    },
    byRequestedFrom: {
      local_government: { count: 1, budgetSatang: 35_000_025 },
      district: { count: 1, budgetSatang: 12_000_000 },
      province: { count: 0, budgetSatang: 0 },
      agency: { count: 1, budgetSatang: 0 },
    },
    byStatus: { proposed: 2, approved: 1, in_progress: 1, done: 0, cancelled: 1 },
  });
  expect(await t.refusal('projects.summary', { forumId: MISSING })).toMatchObject({ code: 'not_found' });
});
