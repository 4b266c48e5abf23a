/** The .wethi session file from the UI: export from the forum's details tab, import it back on the forum list. */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import { canonicalJson } from '../../shared/session/canonical';
import { addPerson, makeForum, sharedWethi, shot } from './wethi';

test('export a forum file with the keyboard, import it back (already present), and see a damaged file refused', async ({ page }) => {
  // Two exports and four imports; the machines running it are small and shared.
  test.setTimeout(90_000);
  const wethi = sharedWethi();
  const forum = await makeForum(wethi, { title: 'เวทีประชาคมหมู่ 7 บ้านโนนสวรรค์', village: '7' });
  const person = await addPerson(
    wethi,
    forum.id,
    {
      titlePrefix: 'นาง',
      firstName: 'บุญมี',
      lastName: 'ศรีสุข',
      gender: 'female',
      sensitive: { disadvantagedGroups: ['elderly'], consentGivenAt: '2026-11-23T01:30:00.000Z', consentRecordedBy: 'นางสาวศิริพร จดดี' },
    },
    { checkIn: true },
  );
  await wethi.call('issues.create', { forumId: forum.id, title: 'น้ำไม่พอใช้ในฤดูแล้ง', causes: ['หนองน้ำตื้นเขิน'] });

  // Export, by keyboard only: focus the button, Enter opens the dialog, Enter exports. The
  // sensitive data stays out unless it is asked for (PDPA: the file is easily passed on).
  await wethi.open(page, `?forum=${forum.id}&tab=details`);
  const exportButton = page.getByRole('button', { name: 'ส่งออกไฟล์เวที' });
  await exportButton.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'ส่งออกไฟล์เวที (.wethi)' });
  const sensitive = dialog.getByLabel('รวมข้อมูลกลุ่มผู้ด้อยโอกาส (ข้อมูลอ่อนไหว)');
  await expect(sensitive).not.toBeChecked();
  const withoutSensitive = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  const leftOut = JSON.parse(fs.readFileSync((await (await withoutSensitive).path()) as string, 'utf8'));
  expect(leftOut).toMatchObject({ sensitive: 'left_out', data: { person_sensitive: [] } });
  await expect(dialog).toBeHidden();

  // Asked for: Shift+Tab from "ส่งออก" past "ยกเลิก" to the box, Space ticks it.
  await exportButton.focus();
  await page.keyboard.press('Enter');
  await expect(sensitive).not.toBeChecked();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  await expect(sensitive).toBeFocused();
  await page.keyboard.press('Space');
  await expect(sensitive).toBeChecked();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  const downloading = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('เวทีประชาคมหมู่ 7 บ้านโนนสวรรค์ 2026-11-23.wethi');
  const content = fs.readFileSync((await download.path()) as string, 'utf8');
  const file = JSON.parse(content);
  expect(file).toMatchObject({ format: 'wethi-session', version: 2, sensitive: 'included', data: { forum: { id: forum.id } } });
  expect(file.data.person_sensitive).toEqual([expect.objectContaining({ person_id: person.id, consent_by: 'นางสาวศิริพร จดดี' })]);
  await expect(page.getByText(/บันทึกไฟล์ .*\.wethi แล้ว/).first()).toBeVisible();

  // Import it back into the same computer: found, nothing added twice.
  await wethi.open(page);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'นำเข้าไฟล์เวที (.wethi)' }).click();
  await (await chooser).setFiles({ name: download.suggestedFilename(), mimeType: 'application/json', buffer: Buffer.from(content) });
  const importDialog = page.getByRole('dialog', { name: 'นำเข้าไฟล์เวที' });
  await expect(importDialog.getByRole('status')).toContainText('เวที “เวทีประชาคมหมู่ 7 บ้านโนนสวรรค์” มีอยู่ในเครื่องนี้แล้ว ไม่ได้เพิ่มข้อมูลซ้ำ');
  await expect(importDialog).toContainText('ผู้เข้าร่วม 1 คน · ระเบียบวาระ 0 · ประเด็น 1');
  await shot(page, 'session-import-already-present');
  await importDialog.getByRole('button', { name: 'เปิดเวที' }).click();
  await expect(page).toHaveURL(new RegExp(`forum=${forum.id}`));

  // Work done here since the export: the same file is refused, and the dialog says what differs.
  await wethi.call('issues.create', { forumId: forum.id, title: 'ไฟฟ้าดับบ่อยช่วงหน้าฝน' });
  await wethi.open(page);
  const chooserAgain = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'นำเข้าไฟล์เวที (.wethi)' }).click();
  await (await chooserAgain).setFiles({ name: download.suggestedFilename(), mimeType: 'application/json', buffer: Buffer.from(content) });
  await expect(page.getByRole('alert')).toContainText('เวทีนี้มีอยู่ในเครื่องนี้แล้วและต่างจากไฟล์');
  await expect(page.getByTestId('session-differences')).toContainText('ประเด็นปัญหา: มีเฉพาะในเครื่องนี้ 1 รายการ');
  await shot(page, 'session-import-differs');
  await page.getByRole('button', { name: 'ปิด', exact: true }).click();

  // A file changed by hand after export: refused, in plain Thai, nothing written.
  const before = await wethi.call('issues.list', { forumId: forum.id });
  file.data.issue[0].title = 'แก้ไขด้วยมือ';
  await wethi.open(page);
  const chooser2 = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'นำเข้าไฟล์เวที (.wethi)' }).click();
  await (await chooser2).setFiles({ name: 'แก้ไขแล้ว.wethi', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  await expect(page.getByRole('alert')).toContainText('ไฟล์ถูกแก้ไขหรือเสียหายหลังส่งออก');
  await shot(page, 'session-import-tampered');
  await page.getByRole('button', { name: 'ปิด', exact: true }).click();

  // A file from a newer Wethi: the message names both versions.
  file.version = 3;
  file.checksum = `sha256:${createHash('sha256').update(canonicalJson(file.data)).digest('hex')}`;
  const chooser3 = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'นำเข้าไฟล์เวที (.wethi)' }).click();
  await (await chooser3).setFiles({ name: 'รุ่นใหม่.wethi', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  await expect(page.getByRole('alert')).toContainText('ไฟล์นี้เป็นรูปแบบรุ่น 3 จากโปรแกรมเวทีรุ่นใหม่กว่า เครื่องนี้อ่านได้ถึงรุ่น 2');
  expect(await wethi.call('issues.list', { forumId: forum.id })).toEqual(before);
});
