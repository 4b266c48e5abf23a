/** Backups from the header: take one now, restore it (after the current file is backed up), every window follows. */
import { expect, test } from '@playwright/test';
import { startHost } from './host';
import { makeForum, shot, wethiAt } from './wethi';

test('back up now, then restore: the list shows the restored data without a reload', async ({ page }) => {
  // Its own database: a restore rewinds everything.
  const host = await startHost('backups');
  try {
    const wethi = wethiAt(host.origin, host.token);
    await makeForum(wethi, { title: 'เวทีก่อนสำรองข้อมูล' });
    await wethi.open(page);
    await expect(page.getByText('เวทีก่อนสำรองข้อมูล')).toBeVisible();

    await page.getByRole('button', { name: 'สำรองข้อมูล', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'สำรองข้อมูล' });
    await expect(dialog.getByRole('row', { name: /เปิดโปรแกรม/ })).toHaveCount(1);
    await dialog.getByRole('button', { name: 'สำรองตอนนี้' }).click();
    await expect(dialog.getByRole('row', { name: /สำรองเอง/ })).toHaveCount(1);
    await expect(dialog.getByRole('row', { name: /สำรองเอง/ })).toContainText('2569');
    expect((await wethi.call('backups.list', {})).map((b) => b.reason)).toContain('manual');
    await shot(page, '18-backups');

    // Something written after the backup, then the backup restored.
    await makeForum(wethi, { title: 'เวทีหลังสำรองข้อมูล' });
    await expect(page.getByText('เวทีหลังสำรองข้อมูล')).toBeVisible();
    await dialog.getByRole('row', { name: /สำรองเอง/ }).getByRole('button', { name: 'กู้คืน' }).click();
    const confirm = page.getByRole('dialog', { name: 'กู้คืนข้อมูลชุดนี้?' });
    await expect(confirm).toContainText('ระบบจะสำรองข้อมูลปัจจุบันไว้อีกชุดหนึ่ง');
    await confirm.getByRole('button', { name: 'กู้คืน' }).click();
    await expect(page.getByText(/กู้คืนข้อมูลชุด .* แล้ว/)).toBeVisible();

    await page.keyboard.press('Escape');
    await expect(page.getByText('เวทีหลังสำรองข้อมูล')).toHaveCount(0);
    await expect(page.getByText('เวทีก่อนสำรองข้อมูล')).toBeVisible();
    expect((await wethi.call('forums.list', {})).map((f) => f.title)).toEqual(['เวทีก่อนสำรองข้อมูล']);
    expect((await wethi.call('backups.list', {})).map((b) => b.reason)).toContain('before_restore');
  } finally {
    await host.stop();
  }
});
