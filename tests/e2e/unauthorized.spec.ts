/** Without the launch link's token (or with an old one) the app explains how to get in, and shows no data. */
import { expect, test } from '@playwright/test';
import { makeForum, sharedWethi, shot } from './wethi';

test('no token: a clear explanation pointing to npm run start:web', async ({ page }) => {
  const wethi = sharedWethi();
  await page.goto(`${wethi.origin}/`);
  await expect(page.getByRole('heading', { name: 'ยังเชื่อมต่อกับเวทีไม่ได้' })).toBeVisible();
  await expect(page.getByText('npm run start:web')).toBeVisible();
  await shot(page, '19-unauthorized');
});

test('a wrong token: the first refused call switches to the same explanation', async ({ page }) => {
  const wethi = sharedWethi();
  await makeForum(wethi, { title: 'เวทีที่คนนอกไม่ควรเห็น' });
  await page.goto(`${wethi.origin}/#token=not-the-token`);
  await expect(page.getByRole('heading', { name: 'ยังเชื่อมต่อกับเวทีไม่ได้' })).toBeVisible();
  await expect(page.getByText('เวทีที่คนนอกไม่ควรเห็น')).toHaveCount(0);
  // The wrong token is not kept for the next reload either.
  expect(await page.evaluate(() => sessionStorage.getItem('wethi.token'))).toBeNull();
});
