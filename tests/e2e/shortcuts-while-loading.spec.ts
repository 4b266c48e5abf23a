/**
 * A shortcut pressed while its tab is still loading takes effect once the tab has loaded (issue 10
 * item 19): on an old laptop the facilitator presses Q before the issue list has arrived.
 */
import { expect, test } from '@playwright/test';
import { makeForum, sharedWethi } from './wethi';

test('Q pressed while the issues tab is still loading focuses quick entry once it has loaded', async ({ page }) => {
  const wethi = sharedWethi();
  const forum = await makeForum(wethi, { title: 'เวทีทดสอบปุ่มลัดระหว่างโหลด' });

  // Hold the issue list back until the key has been pressed, as a slow machine would.
  let release = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  let asked = false;
  await page.route('**/api/issues.list', async (route) => {
    asked = true;
    await held;
    await route.continue();
  });

  await wethi.open(page, `?forum=${forum.id}&tab=issues`);
  await expect.poll(() => asked).toBe(true);
  await expect(page.getByTestId('quick-entry')).toHaveCount(0);
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press('q');

  release();
  const quick = page.getByTestId('quick-entry').getByRole('textbox');
  await expect(quick).toBeFocused();
  await page.keyboard.type('ถนนเข้าหมู่บ้านเป็นหลุมเป็นบ่อ');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByTestId('issue-row')).toHaveCount(1);
});
