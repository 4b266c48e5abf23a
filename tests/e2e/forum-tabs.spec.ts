/**
 * The forum page's fifteen screens grouped by phase (register → deliberate → decide → report):
 * one row at 1366×768 in Thai and in English whichever phase is open, each folded phase one
 * click away (on the screen last used in it), and the keyboard running along the whole row.
 */
import { expect, type Page, test } from '@playwright/test';
import { makeForum, sharedWethi, shot } from './wethi';

/** One tab of each phase, so every phase is seen open. */
const ONE_PER_PHASE = ['checkin', 'equity', 'polls', 'details'] as const;

async function rowOf(page: Page) {
  // The forum page's own tab list comes first on the page.
  const list = page.getByRole('tablist').first();
  await expect(list.getByRole('tab', { selected: true })).toBeVisible();
  await page.evaluate(() => document.fonts.ready);
  return list.evaluate((el) => {
    const box = el.getBoundingClientRect();
    const tabs = [...el.querySelectorAll('[role="tab"]')].map((tab) => {
      const r = tab.getBoundingClientRect();
      return { name: tab.textContent ?? '', top: Math.round(r.top), left: r.left, right: r.right };
    });
    return { left: box.left, right: box.right, overflow: el.scrollWidth - el.clientWidth, tabs };
  });
}

for (const lang of ['th', 'en'] as const) {
  test(`every phase open, the tabs are one row that fits 1366 px (${lang})`, async ({ page }) => {
    const wethi = sharedWethi();
    const forum = await makeForum(wethi);
    await page.addInitScript((l) => localStorage.setItem('wethi.lang', l), lang);
    for (const tab of ONE_PER_PHASE) {
      await wethi.open(page, `?forum=${forum.id}&tab=${tab}`);
      const row = await rowOf(page);
      const tops = new Set(row.tabs.map((t) => t.top));
      expect(tops.size, `${tab}: ${row.tabs.map((t) => `${t.name}@${t.top}`).join(', ')}`).toBe(1);
      expect(row.overflow, tab).toBeLessThanOrEqual(0);
      for (const t of row.tabs) {
        expect(t.left, `${t.name} starts inside the row`).toBeGreaterThanOrEqual(row.left - 0.5);
        expect(t.right, `${t.name} ends inside the row`).toBeLessThanOrEqual(row.right + 0.5);
      }
      if (lang === 'th') await shot(page, `tabs-${tab}`);
    }
  });
}

test('the phases follow the work, and a folded phase opens where it was left', async ({ page }) => {
  const wethi = sharedWethi();
  const forum = await makeForum(wethi);
  await wethi.open(page, `?forum=${forum.id}&tab=checkin`);
  const list = page.getByTestId('forum-tabs');
  const tab = (name: string) => list.getByRole('tab', { name, exact: true });

  // Register is open with its four screens; the other phases are one tab each, in order.
  await expect(list.getByRole('tab')).toHaveText(['ลงทะเบียนหน้างาน', 'รายชื่อผู้เข้าร่วม', 'นำเข้ารายชื่อ', 'สัดส่วนผู้เข้าร่วม', 'ประชุมหารือ', 'ตัดสินใจ', 'สรุปผล']);

  await tab('ตัดสินใจ').click();
  await expect(tab('ลงคะแนน/จัดลำดับ')).toHaveAttribute('aria-selected', 'true');
  await expect(list.getByRole('tab')).toHaveText(['ลงทะเบียน', 'ประชุมหารือ', 'ลงคะแนน/จัดลำดับ', 'ลงคะแนนทางโทรศัพท์', 'แผนปฏิบัติการ', 'ภาคีและข้อตกลง', 'สรุปผล']);
  await tab('แผนปฏิบัติการ').click();
  await expect(page).toHaveURL(/tab=plan/);

  await tab('ลงทะเบียน').click();
  await expect(tab('ลงทะเบียนหน้างาน')).toHaveAttribute('aria-selected', 'true');
  // Back to deciding: the action plan, where it was left, not the first screen.
  await tab('ตัดสินใจ').click();
  await expect(tab('แผนปฏิบัติการ')).toHaveAttribute('aria-selected', 'true');

  // Alt+digit still reaches any of the first ten screens, opening its phase.
  await page.keyboard.press('Alt+7');
  await expect(tab('บันทึกข้อคิดเห็น')).toHaveAttribute('aria-selected', 'true');
  await expect(tab('ตัดสินใจ')).toBeVisible();
});

test('arrow keys run along the whole row; opening a phase keeps the focus on the row', async ({ page }) => {
  const wethi = sharedWethi();
  const forum = await makeForum(wethi);
  await wethi.open(page, `?forum=${forum.id}&tab=equity`);
  const list = page.getByTestId('forum-tabs');
  await list.getByRole('tab', { name: 'ความเท่าเทียมในการพูด' }).focus();

  await page.keyboard.press('ArrowRight');
  await expect(list.getByRole('tab', { name: 'ลงคะแนน/จัดลำดับ' })).toHaveAttribute('aria-selected', 'true');
  await expect(list.getByRole('tab', { name: 'ลงคะแนน/จัดลำดับ' })).toBeFocused();

  await page.keyboard.press('ArrowRight');
  await expect(list.getByRole('tab', { name: 'ลงคะแนนทางโทรศัพท์' })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(list.getByRole('tab', { name: 'แผนปฏิบัติการ' })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(list.getByRole('tab', { name: 'ภาคีและข้อตกลง' })).toBeFocused();
  // Past the last screen of deciding: the report phase opens on its first screen.
  await page.keyboard.press('ArrowRight');
  await expect(list.getByRole('tab', { name: 'ติดตามผล' })).toHaveAttribute('aria-selected', 'true');
  await expect(list.getByRole('tab', { name: 'ติดตามผล' })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(list.getByRole('tab', { name: 'รายงานการประชุม' })).toBeFocused();
});
