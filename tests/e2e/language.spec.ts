/** Thai by default, English on request, remembered across reloads, and back again. */
import { expect, test } from '@playwright/test';
import { addPerson, makeForum, sharedWethi, shot } from './wethi';

test('switch to English and back; the choice survives a reload and sets <html lang>', async ({ page }) => {
  const wethi = sharedWethi();
  const forum = await makeForum(wethi, { title: 'เวทีประชาคมหมู่ 4', kind: 'public_hearing', iap2Level: 'consult', expectedSectors: ['academia'] });
  await addPerson(wethi, forum.id, { titlePrefix: 'นาย', firstName: 'มานะ', lastName: 'อดทน', sector: 'citizens', gender: 'male' }, { checkIn: true });

  await wethi.open(page, `?forum=${forum.id}&tab=details`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'th');
  await expect(page.getByRole('tab', { name: 'รายละเอียดเวที' })).toBeVisible();

  await page.getByText('English', { exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('tab', { name: 'Details' })).toBeVisible();
  await expect(page.getByText('Public hearing').first()).toBeVisible();
  await expect(page.getByText('Consult — people\'s views inform the decision')).toBeVisible();
  // Dates stay in the Buddhist Era in English too.
  await expect(page.getByText('23 November 2569 BE').first()).toBeVisible();
  await shot(page, '16-forum-details-en');

  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  // Alt+4: the fourth tab, from the keyboard.
  await page.keyboard.press('Alt+4');
  await expect(page.getByRole('tab', { name: 'Representation' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('representation-warnings')).toContainText('No disadvantaged group is in the room');
  await expect(page.getByTestId('representation-warnings')).toContainText('No one from Academia yet');
  await shot(page, '17-representation-en');

  await page.getByText('ไทย', { exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'th');
  await expect(page.getByTestId('representation-warnings')).toContainText('ยังไม่มีกลุ่มผู้ด้อยโอกาสในเวที');
  await page.reload();
  await expect(page.getByRole('tab', { name: 'สัดส่วนผู้เข้าร่วม' })).toBeVisible();
});
