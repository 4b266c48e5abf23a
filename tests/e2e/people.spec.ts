/** The participant list, editing a person, consent-bound sensitive data, and the PDPA actions. */
import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import { addPerson, makeForum, sharedWethi, shot } from './wethi';

test('participants: Thai order, filter, record disadvantaged groups only with consent, export, erase, remove from the list', async ({ page }) => {
  // A PDF printed and the database compacted by the erase: slow on a busy machine.
  test.setTimeout(150_000);
  const wethi = sharedWethi();
  const forum = await makeForum(wethi, { title: 'เวทีรายชื่อผู้เข้าร่วม หมู่ 9' });
  const chaiwat = await addPerson(wethi, forum.id, { titlePrefix: 'นาย', firstName: 'ชัยวัฒน์', lastName: 'ขยันดี', village: '9', sector: 'citizens', phone: '0871234567' }, { checkIn: true });
  const kanya = await addPerson(wethi, forum.id, { titlePrefix: 'นางสาว', firstName: 'กัญญา', lastName: 'มีทรัพย์', organisation: 'รพ.สต.บ้านนา', position: 'พยาบาล', sector: 'government' });
  const yupin = await addPerson(wethi, forum.id, { titlePrefix: 'นาง', firstName: 'ยุพิน', lastName: 'ทองมา', village: '9', sector: 'citizens' });

  await wethi.open(page, `?forum=${forum.id}&tab=participants`);
  const rows = page.locator('[data-person-id]');
  await expect(rows).toHaveCount(3);
  // Thai alphabetical order by first name: ก… ช… ย…
  await expect(rows.nth(0)).toContainText('นางสาวกัญญา มีทรัพย์');
  await expect(rows.nth(1)).toContainText('นายชัยวัฒน์ ขยันดี');
  await expect(rows.nth(2)).toContainText('นางยุพิน ทองมา');
  // "ที่" is the badge number, in registration order, as on every other screen; not the row's place.
  const roster = await wethi.call('speakers.roster', { forumId: forum.id });
  expect([chaiwat, kanya, yupin].map((p) => roster.find((r) => r.id === p.id)?.number)).toEqual([1, 2, 3]);
  await expect(page.getByTestId('participant-badge')).toHaveText(['2', '1', '3']);
  await expect(rows.nth(1)).toContainText('มาแล้ว');
  await expect(rows.nth(0)).toContainText('ยังไม่มา');
  await expect(page.getByText('ในรายชื่อ 3 คน · มาแล้ว 1 คน')).toBeVisible();
  await shot(page, '13-participants');

  await page.getByLabel('กรองตามชื่อ หน่วยงาน หมู่ หรือเบอร์โทร').fill('รพ.สต');
  await expect(rows).toHaveCount(1);
  await page.getByLabel('กรองตามชื่อ หน่วยงาน หมู่ หรือเบอร์โทร').fill('');

  // Disadvantaged groups: not savable without consent; with consent, stored with who recorded it.
  await page.getByRole('button', { name: 'นางยุพิน ทองมา', exact: true }).click();
  const drawer = page.getByRole('dialog', { name: 'ข้อมูลผู้เข้าร่วม' });
  await drawer.getByLabel('ผู้มีรายได้น้อย').check();
  await expect(drawer.getByText('เลือกกลุ่มแล้ว ต้องติ๊กว่าได้รับความยินยอม')).toBeVisible();
  await expect(drawer.getByRole('button', { name: /บันทึก/ })).toBeDisabled();
  await drawer.getByLabel('เจ้าตัวให้ความยินยอมแล้ว').check();
  await drawer.getByLabel('ผู้บันทึกความยินยอม').fill('นางสาวมาลี ศรีสวัสดิ์');
  await drawer.locator('[name="phone"]').fill('0899876543');
  await shot(page, '14-person-drawer');
  await page.keyboard.press('Control+Enter');
  await expect(drawer).toBeHidden();
  const saved = await wethi.call('people.get', { id: yupin.id });
  expect(saved.phone).toBe('0899876543');
  expect(saved.sensitive).toMatchObject({ disadvantagedGroups: ['low_income'], consentRecordedBy: 'นางสาวมาลี ศรีสวัสดิ์' });

  // PDPA access request: everything held about her, as JSON for software and as a PDF she can read.
  await page.getByRole('button', { name: 'นางยุพิน ทองมา', exact: true }).click();
  const exportAs = async (format: RegExp) => {
    await drawer.getByRole('button', { name: /ส่งออกข้อมูลของคนนี้/ }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: format }).click()]);
    return download;
  };
  const json = await exportAs(/JSON/);
  const exported = JSON.parse(fs.readFileSync(await json.path(), 'utf8'));
  expect(exported.person.id).toBe(yupin.id);
  expect(exported.attendance.map((a: { forumTitle: string }) => a.forumTitle)).toContain(forum.title);
  expect(exported.notes).toEqual([]);
  const pdf = await exportAs(/PDF/);
  expect(pdf.suggestedFilename()).toMatch(/^wethi-person-.*ยุพิน.*\.pdf$/);
  expect(fs.readFileSync(await pdf.path()).subarray(0, 5).toString()).toBe('%PDF-');

  // Withdrawing consent deletes the sensitive data.
  await drawer.getByLabel('เจ้าตัวให้ความยินยอมแล้ว').uncheck();
  await drawer.getByLabel('ผู้มีรายได้น้อย').uncheck();
  await expect(drawer.getByText('ข้อมูลกลุ่มผู้ด้อยโอกาสของคนนี้จะถูกลบ')).toBeVisible();
  await drawer.getByRole('button', { name: /บันทึก/ }).click();
  await expect(drawer).toBeHidden();
  expect((await wethi.call('people.get', { id: yupin.id })).sensitive).toBeNull();

  // Erasure lists where his name and phone were typed, offers to replace them in the same step,
  // and needs the first name typed; then the person is gone everywhere, and so are the words.
  const said = await wethi.call('notes.create', { forumId: forum.id, speakerId: chaiwat.id, text: 'ผมชัยวัฒน์ ขยันดี ขอให้ซ่อมถนนหน้าบ้าน โทร 087-123-4567' });
  await wethi.call('issues.create', { forumId: forum.id, title: 'ถนนชำรุด', description: 'คุณชัยวัฒน์แจ้งว่าถนนเป็นหลุม' });
  await page.getByRole('button', { name: 'นายชัยวัฒน์ ขยันดี', exact: true }).click();
  await drawer.getByRole('button', { name: 'ลบข้อมูลคนนี้ถาวร' }).click();
  const confirm = page.getByRole('dialog', { name: 'ลบข้อมูลถาวร?' });
  const mentions = confirm.getByTestId('erase-mentions');
  await expect(mentions.getByText('พบชื่อหรือเบอร์โทรของคนนี้ในข้อความ 2 แห่ง')).toBeVisible();
  await expect(mentions.locator('li')).toHaveText([/บันทึกข้อคิดเห็น.*ผมชัยวัฒน์ ขยันดี ขอให้ซ่อมถนน/, /ประเด็นปัญหา.*คุณชัยวัฒน์แจ้งว่า/]);
  await expect(confirm.getByRole('checkbox', { name: /แทนชื่อและเบอร์โทรในข้อความเหล่านี้ด้วย “\[ลบข้อมูลแล้ว\]”/ })).toBeChecked();
  await expect(confirm.getByRole('button', { name: 'ลบถาวร' })).toBeDisabled();
  await confirm.getByRole('textbox').fill('ชัยวัฒน์');
  await shot(page, '14b-erase-dialog');
  await confirm.getByRole('button', { name: 'ลบถาวร' }).click();
  await expect(page.getByText('ลบข้อมูล นายชัยวัฒน์ ขยันดี ถาวรแล้ว และแทนชื่อในข้อความ 2 แห่ง')).toBeVisible();
  await expect(rows).toHaveCount(2);
  await expect(wethi.call('people.get', { id: chaiwat.id })).rejects.toThrow(/not_found/);
  expect((await wethi.call('notes.get', { id: said.id })).text).toBe('ผม[ลบข้อมูลแล้ว] ขอให้ซ่อมถนนหน้าบ้าน โทร [ลบข้อมูลแล้ว]');
  expect((await wethi.call('issues.list', { forumId: forum.id })).map((i) => i.description)).toEqual(['[ลบข้อมูลแล้ว]แจ้งว่าถนนเป็นหลุม']);

  // Removing from this forum's list keeps the person in the register.
  await page.getByRole('button', { name: 'เอา นางสาวกัญญา มีทรัพย์ ออกจากรายชื่อ' }).click();
  await page.getByRole('dialog', { name: 'เอาออกจากรายชื่อ?' }).getByRole('button', { name: 'เอาออกจากรายชื่อเวทีนี้' }).click();
  await expect(rows).toHaveCount(1);
  expect((await wethi.call('people.get', { id: kanya.id })).firstName).toBe('กัญญา');
  expect((await wethi.call('attendance.list', { forumId: forum.id })).map((a) => a.person.id)).toEqual([yupin.id]);
});
