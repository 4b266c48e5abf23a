/**
 * From the forum's priority list to the action plan: projects made from prioritised issues keep
 * their issue, rank and poll; a blank one too; budgets typed in baht stored as whole satang;
 * totals by type and level; reorder; delete with Undo.
 */
import { expect, type Page, test } from '@playwright/test';
import { makeForum, sharedWethi, shot, type Wethi } from './wethi';

const ROAD = 'ถนนลูกรังชำรุด';
const WATER = 'น้ำประปาไม่ไหล';

/** A forum whose priority list was adopted from a closed poll (ถนน first, น้ำ second). */
async function prioritisedForum(wethi: Wethi) {
  const forum = await makeForum(wethi, { title: 'เวทีประชาคมหมู่ 6 บ้านโนนสูง' });
  const road = await wethi.call('issues.create', { forumId: forum.id, title: ROAD });
  const water = await wethi.call('issues.create', { forumId: forum.id, title: WATER });
  const poll = await wethi.call('polls.create', {
    forumId: forum.id,
    title: 'จัดลำดับปัญหาหมู่ 6',
    method: 'show_of_hands',
    options: [{ issueId: road.id }, { issueId: water.id }],
  });
  await wethi.call('polls.open', { id: poll.id });
  const [o1, o2] = poll.options;
  if (!o1 || !o2) throw new Error('options missing');
  await wethi.call('polls.setCounts', { pollId: poll.id, kind: 'hands', hands: { [o1.id]: 18, [o2.id]: 11 } });
  await wethi.call('polls.close', { id: poll.id });
  await wethi.call('priorities.adoptFromPoll', { pollId: poll.id });
  return { forum, road, water, poll };
}

async function ready(page: Page) {
  const close = page.locator('.mantine-Notification-closeButton');
  for (let i = 0; i < 5 && (await close.count()) > 0; i++) await close.first().click({ timeout: 2000 }).catch(() => undefined);
  await page.evaluate(() => window.scrollTo(0, 0));
}

test('projects from the priority list and a blank one: baht to satang, BE dates, totals, reorder, delete with undo', async ({ page }) => {
  test.setTimeout(90_000);
  const wethi = sharedWethi();
  const { forum, road, water, poll } = await prioritisedForum(wethi);
  await wethi.open(page, `?forum=${forum.id}&tab=plan`);
  const priorities = page.getByTestId('priority-list');
  await expect(priorities.getByTestId('priority-item')).toHaveCount(2);
  await expect(page.getByText('ยังไม่มีโครงการในแผน')).toBeVisible();

  // Priority 1 → a project asked of the sub-district, with a budget in baht.
  await page.getByRole('button', { name: `สร้างโครงการจากประเด็น ${ROAD}` }).click();
  const drawer = page.getByRole('dialog');
  await expect(drawer.getByLabel('ชื่อโครงการ')).toHaveValue(ROAD);
  await expect(drawer).toContainText('ลำดับที่ 1');
  await drawer.getByLabel('ชื่อโครงการ').fill('ปรับปรุงถนนลูกรังสายบ้านโนนสูง–หนองบัว');
  await drawer.getByText('ขอรับการสนับสนุน', { exact: true }).click();
  await drawer.getByRole('button', { name: 'บันทึก' }).click();
  // Requested from nobody: refused before anything is sent.
  await expect(drawer.getByText('โครงการทำร่วมหรือขอรับการสนับสนุน ต้องระบุว่ากับหน่วยงานระดับใด')).toBeVisible();
  await drawer.getByLabel('ขอรับการสนับสนุนจาก / ทำร่วมกับ').click();
  await page.getByRole('option', { name: 'อบต./เทศบาล' }).click();
  await drawer.getByLabel('ชื่อหน่วยงาน').fill('อบต.โนนสูง');
  await drawer.getByLabel('ผู้รับผิดชอบ').fill('นายสมชาย ใจดี ผู้ใหญ่บ้าน');
  await drawer.getByLabel('งบประมาณ (บาท)').fill('1,250,000.50');
  await expect(drawer.getByText('1,250,000.50 บาท')).toBeVisible();
  await drawer.getByLabel('แหล่งงบประมาณ').fill('ข้อบัญญัติ อบต. ปี 2570');
  await drawer.getByLabel('วันเริ่ม').pressSequentially('1/12/2569');
  await drawer.getByLabel('วันสิ้นสุด').pressSequentially('31/03/2570');
  await expect(drawer.getByText('31 มีนาคม 2570')).toBeVisible();
  await drawer.getByLabel('ตัวชี้วัด').fill('รถสัญจรได้ตลอดฤดูฝน');
  await ready(page);
  await shot(page, '5-plan-drawer');
  await drawer.getByRole('button', { name: 'บันทึก' }).click();
  await expect(drawer).toBeHidden();

  // Priority 2 → the community does it itself.
  await page.getByRole('button', { name: `สร้างโครงการจากประเด็น ${WATER}` }).click();
  await drawer.getByLabel('งบประมาณ (บาท)').fill('35000');
  await drawer.getByLabel('ผู้รับผิดชอบ').fill('กลุ่มผู้ใช้น้ำ');
  await drawer.getByRole('button', { name: 'บันทึก' }).click();
  await expect(drawer).toBeHidden();

  // A blank project, jointly with an agency, no budget yet.
  await page.getByRole('button', { name: 'โครงการใหม่' }).click();
  await drawer.getByLabel('ชื่อโครงการ').fill('อบรมอาสาสมัครดูแลผู้สูงอายุ');
  await drawer.getByText('ทำร่วม', { exact: true }).click();
  await drawer.getByLabel('ขอรับการสนับสนุนจาก / ทำร่วมกับ').click();
  await page.getByRole('option', { name: 'หน่วยงานอื่น' }).click();
  await drawer.getByRole('button', { name: 'บันทึก' }).click();
  await expect(drawer.getByText('ระบุชื่อหน่วยงาน')).toBeVisible();
  await drawer.getByLabel('ชื่อหน่วยงาน').fill('โรงพยาบาลส่งเสริมสุขภาพตำบลโนนสูง');
  await drawer.getByRole('button', { name: 'บันทึก' }).click();
  await expect(drawer).toBeHidden();

  const rows = page.getByTestId('project-row');
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(0)).toContainText('1,250,000.50');
  await expect(rows.nth(0)).toContainText('1 ธ.ค. 2569 – 31 มี.ค. 2570');
  await expect(rows.nth(0)).toContainText('อบต./เทศบาล: อบต.โนนสูง');
  await expect(rows.nth(2)).toContainText('ยังไม่ระบุ');
  // 1,250,000.50 + 35,000 = 1,285,000.50; one project without a budget.
  await expect(page.getByTestId('plan-total')).toHaveText('฿1,285,000.50');
  await expect(page.getByTestId('plan-summary')).toContainText('ยังไม่ระบุงบประมาณ 1 โครงการ');
  await expect(page.getByTestId('summary-by-type').getByRole('row', { name: /ขอรับการสนับสนุน/ })).toContainText('1,250,000.50');
  await expect(page.getByTestId('summary-by-type').getByRole('row', { name: /ทำเอง/ })).toContainText('35,000.00');

  // Move the blank project up one place.
  await page.getByRole('button', { name: 'เลื่อน อบรมอาสาสมัครดูแลผู้สูงอายุ ขึ้น' }).click();
  await expect(rows.nth(1)).toContainText('อบรมอาสาสมัครดูแลผู้สูงอายุ');

  // Delete, then Undo: back in its place.
  await page.getByRole('button', { name: 'ลบ อบรมอาสาสมัครดูแลผู้สูงอายุ' }).click();
  await expect(rows).toHaveCount(2);
  await page.getByRole('button', { name: 'เลิกทำ' }).click();
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(1)).toContainText('อบรมอาสาสมัครดูแลผู้สูงอายุ');

  const projects = await wethi.call('projects.list', { forumId: forum.id });
  expect(projects.map((p) => [p.title, p.type, p.requestedFrom, p.budgetSatang, p.issueId, p.pollId, p.priorityRank])).toEqual([
    ['ปรับปรุงถนนลูกรังสายบ้านโนนสูง–หนองบัว', 'requested', 'local_government', 125_000_050, road.id, poll.id, 1],
    ['อบรมอาสาสมัครดูแลผู้สูงอายุ', 'joint', 'agency', null, null, null, null],
    [WATER, 'self', null, 3_500_000, water.id, poll.id, 2],
  ]);
  expect(projects[0]).toMatchObject({ startDate: '2026-12-01', endDate: '2027-03-31', requestedFromName: 'อบต.โนนสูง', budgetSource: 'ข้อบัญญัติ อบต. ปี 2570' });
  const summary = await wethi.call('projects.summary', { forumId: forum.id });
  expect(summary).toMatchObject({ projectCount: 3, budgetSatang: 128_500_050, withoutBudget: 1 });
  expect(summary.byRequestedFrom.local_government).toEqual({ count: 1, budgetSatang: 125_000_050 });
  await ready(page);
  await shot(page, '5-plan');
});

test('the priority list reordered by hand with Alt+↑/↓, shown as a manual list, and Ctrl+Z puts the order back', async ({ page }) => {
  const wethi = sharedWethi();
  const { forum, road, water } = await prioritisedForum(wethi);
  await wethi.open(page, `?forum=${forum.id}&tab=plan`);
  const items = page.getByTestId('priority-item');
  await expect(items).toHaveCount(2);
  await expect(items.nth(0)).toContainText(ROAD);
  await expect(page.getByTestId('priority-list')).toContainText('จากการลงคะแนน "จัดลำดับปัญหาหมู่ 6"');

  // Focus the list (the first row is picked), ↓ to the water issue, Alt+↑ moves it to the top.
  await page.getByTestId('priority-rows').focus();
  await page.keyboard.press('ArrowDown');
  await expect(items.nth(1)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Alt+ArrowUp');
  await expect(items.nth(0)).toContainText(WATER);
  await expect(page.getByTestId('priority-source')).toContainText('จัดลำดับเอง');
  await expect.poll(async () => (await wethi.call('priorities.get', { forumId: forum.id })).items.map((i) => i.issueId)).toEqual([water.id, road.id]);
  const manual = await wethi.call('priorities.get', { forumId: forum.id });
  expect(manual.source?.kind).toBe('manual');
  expect(manual.items.map((i) => [i.rank, i.score])).toEqual([
    [1, null],
    [2, null],
  ]);
  await ready(page);
  await shot(page, '5-plan-priorities-manual');

  // Ctrl+Z: the order before the move comes back.
  await page.getByTestId('priority-rows').focus();
  await page.keyboard.press('Control+z');
  await expect(items.nth(0)).toContainText(ROAD);
  await expect.poll(async () => (await wethi.call('priorities.get', { forumId: forum.id })).items.map((i) => i.issueId)).toEqual([road.id, water.id]);
  await expect(page.getByText('คืนลำดับเดิมแล้ว')).toBeVisible();
});
