/** The projector view follows check-ins made in the control window, live, with no controls of its own. */
import { expect, test } from '@playwright/test';
import { addPerson, makeForum, sharedWethi, shot } from './wethi';

test('the projector opened from the forum page counts a check-in made in the control window', async ({ page }) => {
  const wethi = sharedWethi();
  const forum = await makeForum(wethi, { title: 'เวทีประชาคมตำบลโนนสูง ครั้งที่ 1/2569', venue: 'หอประชุม อบต.โนนสูง' });
  await addPerson(wethi, forum.id, { titlePrefix: 'นาง', firstName: 'ลำดวน', lastName: 'หอมจันทร์' });
  await addPerson(wethi, forum.id, { titlePrefix: 'นาย', firstName: 'ทวีศักดิ์', lastName: 'มั่นคง' }, { checkIn: true });

  await wethi.open(page, `?forum=${forum.id}&tab=checkin`);
  const [projector] = await Promise.all([page.waitForEvent('popup'), page.getByRole('button', { name: 'เปิดจอโปรเจกเตอร์' }).click()]);
  await projector.setViewportSize({ width: 1920, height: 1080 });
  await projector.waitForLoadState();
  expect(new URL(projector.url()).pathname).toBe('/projector');
  expect(projector.url()).not.toContain('token');

  const view = projector.getByTestId('projector');
  await expect(view).toContainText('เวทีประชาคมตำบลโนนสูง ครั้งที่ 1/2569');
  await expect(view).toContainText('23 พฤศจิกายน 2569');
  await expect(view).toContainText('หอประชุม อบต.โนนสูง');
  await expect(projector.getByTestId('projector-counter')).toContainText('ลงทะเบียนแล้ว');
  await expect(projector.getByTestId('projector-count')).toHaveText('1');
  await expect(projector.getByRole('button')).toHaveCount(0);

  // Large type in Sarabun, white on dark.
  const style = await projector.getByTestId('projector').evaluate((el) => {
    const cs = getComputedStyle(el);
    return { fontSize: Number.parseFloat(cs.fontSize), fontFamily: cs.fontFamily, color: cs.color, background: cs.backgroundColor };
  });
  expect(style.fontSize).toBeGreaterThanOrEqual(32);
  expect(style.fontFamily).toContain('Sarabun');
  expect(style.color).toBe('rgb(255, 255, 255)');
  expect(await projector.evaluate(() => document.fonts.check('32px Sarabun', 'ลงทะเบียน'))).toBe(true);

  // A check-in at the control window, by keyboard: the projector follows without a reload.
  await page.bringToFront();
  await page.getByRole('combobox', { name: 'ค้นหาผู้เข้าร่วม' }).focus();
  await page.keyboard.type('ลำดวน');
  // The register is shared by every forum (other tests add people of the same name): the one
  // registered for this forum comes first, and Enter takes the first.
  await expect(page.getByRole('option').first()).toContainText('ลำดวน หอมจันทร์');
  await expect(page.getByRole('option').first()).toContainText('มีในรายชื่อ');
  await page.keyboard.press('Enter');
  await expect(page.getByText(/ลงทะเบียน นางลำดวน หอมจันทร์ แล้ว/)).toBeVisible();
  await expect(projector.getByTestId('projector-count')).toHaveText('2');
  expect((await wethi.call('forums.get', { id: forum.id })).checkedInCount).toBe(2);
  await shot(projector, '15-projector');
});
