/**
 * The projector has its own language: the facilitator switching the control window to English
 * leaves the hall's screen in Thai; the projector's language is chosen in the projector menu,
 * and each window keeps its own choice across reloads.
 */
import { expect, test } from '@playwright/test';
import { addPerson, makeForum, sharedWethi, shot } from './wethi';

test('switching the control window to English leaves the projector in Thai; the projector menu switches the projector alone', async ({ page, context }) => {
  test.setTimeout(90_000);
  const wethi = sharedWethi();
  const forum = await makeForum(wethi, { title: 'เวทีประชาคมหมู่ 7 บ้านหนองแวง' });
  await addPerson(wethi, forum.id, { titlePrefix: 'นาย', firstName: 'ทวีศักดิ์', lastName: 'มั่นคง' }, { checkIn: true });

  await wethi.open(page, `?forum=${forum.id}&tab=agenda`);
  const projector = await context.newPage();
  await projector.setViewportSize({ width: 1920, height: 1080 });
  await wethi.open(projector, `projector?forum=${forum.id}`);
  const counter = projector.getByTestId('projector-counter');
  await expect(counter).toContainText('ลงทะเบียนแล้ว');
  await expect(projector.locator('html')).toHaveAttribute('lang', 'th');

  // The facilitator prefers English: the control window changes, the hall's screen does not.
  await page.bringToFront();
  await page.getByText('English', { exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('tab', { name: 'Agenda' })).toBeVisible();
  await expect(projector.locator('html')).toHaveAttribute('lang', 'th');
  await expect(counter).toContainText('ลงทะเบียนแล้ว');

  // The projector menu shows and sets the projector's own language.
  await page.getByTestId('projector-control').click();
  const picker = page.getByTestId('projector-language');
  await expect(picker.getByRole('radio', { name: 'ไทย' })).toBeChecked();
  await picker.getByText('English', { exact: true }).click();
  await expect(projector.locator('html')).toHaveAttribute('lang', 'en');
  await expect(counter).toContainText('Checked in');
  await shot(projector, 'projector-language-en');

  // Back to Thai in the control window: the projector stays in English, and so after a reload.
  await page.keyboard.press('Escape');
  await page.getByText('ไทย', { exact: true }).first().click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'th');
  await expect(page.getByRole('tab', { name: 'ระเบียบวาระ' })).toBeVisible();
  await expect(projector.locator('html')).toHaveAttribute('lang', 'en');
  await projector.reload();
  await expect(counter).toContainText('Checked in');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'th');
});
