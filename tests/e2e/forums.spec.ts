/** Forums: the empty first run, creating one through the form, and the list's actions. */
import { expect, test } from '@playwright/test';
import { startHost } from './host';
import { makeForum, openTab, sharedWethi, shot, wethiAt } from './wethi';

test('first run: the empty list invites a first forum, created through the form by keyboard', async ({ page }) => {
  test.setTimeout(90_000);
  // A database of its own, so the list really is empty.
  const host = await startHost('first-run');
  try {
    const wethi = wethiAt(host.origin, host.token);
    await wethi.open(page);
    await expect(page.getByRole('heading', { name: 'เวทีประชาคม' })).toBeVisible();
    await expect(page.getByText('ยังไม่มีเวที')).toBeVisible();
    await expect(page.getByRole('button', { name: /สร้างเวทีแรก/ })).toBeVisible();
    // The token left the address bar once read.
    expect(page.url()).not.toContain('token');
    await shot(page, '01-forum-list-empty');

    await page.keyboard.press('Control+n');
    const dialog = page.getByRole('dialog', { name: 'สร้างเวทีใหม่' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByLabel('ชื่อเวที')).toBeFocused();
    await page.keyboard.type('เวทีประชาคมจัดทำแผนชุมชน หมู่ 3');
    await dialog.getByLabel('ประเภทเวที').selectOption('tambon_integration');
    await dialog.getByLabel('ครั้งที่').fill('2/2569');
    // The day as Thai users write it, year in พ.ศ.
    await dialog.getByLabel('วันที่').fill('');
    await dialog.getByLabel('วันที่').pressSequentially('23/11/2569');
    await expect(dialog.getByText('23 พฤศจิกายน 2569')).toBeVisible();
    // Thai practice writes "9.00 น."; the form reads it as 09:00.
    await dialog.getByLabel('เวลาเริ่ม').fill('9.00');
    await dialog.getByLabel('เวลาเลิก').fill('12:30');
    await dialog.getByLabel('สถานที่').fill('ศาลาการเปรียญวัดบ้านโนน');
    await dialog.getByLabel('หมู่บ้าน').fill('บ้านโนน');
    await dialog.getByLabel('ตำบล').fill('โนนสูง');
    await dialog.getByLabel('อำเภอ').fill('เมือง');
    await dialog.getByLabel('จังหวัด').fill('ขอนแก่น');
    await dialog.getByLabel('หน่วยงานผู้จัด').fill('อบต.โนนสูง');
    await dialog.getByLabel('วิทยากรกระบวนการ').fill('นางสาวมาลี ศรีสวัสดิ์');
    await dialog.getByLabel('ผู้จดบันทึก').fill('นายวิชัย ทองดี');
    await dialog.getByLabel('ระดับการมีส่วนร่วม (IAP2)').selectOption('collaborate');
    await dialog.getByText('กำลังจัด').click();
    await dialog.getByLabel('ภาคประชาชน').check();
    await dialog.getByLabel('อปท.').check();
    await page.locator('.mantine-Modal-content').evaluate((el) => el.scrollTo(0, 0));
    await shot(page, '02-forum-form');
    await page.keyboard.press('Control+Enter');

    // Saved: the new forum's own page opens at the registration table.
    await expect(page.getByRole('heading', { name: 'เวทีประชาคมจัดทำแผนชุมชน หมู่ 3' })).toBeVisible();
    await expect(page.getByRole('combobox', { name: 'ค้นหาผู้เข้าร่วม' })).toBeFocused();
    const [forum, ...others] = await wethi.call('forums.list', {});
    expect(others).toHaveLength(0);
    expect(forum).toMatchObject({
      title: 'เวทีประชาคมจัดทำแผนชุมชน หมู่ 3',
      kind: 'tambon_integration',
      number: '2/2569',
      date: '2026-11-23',
      startTime: '09:00',
      endTime: '12:30',
      venue: 'ศาลาการเปรียญวัดบ้านโนน',
      tambon: 'โนนสูง',
      province: 'ขอนแก่น',
      noteTaker: 'นายวิชัย ทองดี',
      iap2Level: 'collaborate',
      status: 'open',
    });
    expect([...(forum?.expectedSectors ?? [])].sort()).toEqual(['citizens', 'local_government']);

    // The details tab shows every field in Thai, the date in the Buddhist Era.
    await openTab(page, 'details');
    await expect(page.getByText('ร่วมคิดร่วมทำ — ร่วมตัดสินใจในทุกขั้นตอน')).toBeVisible();
    await shot(page, '03-forum-details');

    await page.getByRole('button', { name: 'เวทีทั้งหมด' }).click();
    const row = page.locator(`[data-forum-id="${forum?.id}"]`);
    await expect(row).toContainText('23 พฤศจิกายน 2569');
    await expect(row).toContainText('เวทีบูรณาการแผนระดับตำบล');
    await expect(row).toContainText('กำลังจัด');
    await shot(page, '04-forum-list');

    // A form with no title is refused in place, and nothing is written.
    await page.keyboard.press('Control+n');
    await expect(page.getByRole('dialog', { name: 'สร้างเวทีใหม่' })).toBeVisible();
    await page.keyboard.press('Control+Enter');
    await expect(page.getByText('กรุณาใส่ชื่อเวที')).toBeVisible();
    await page.keyboard.press('Escape');
    expect(await wethi.call('forums.list', {})).toHaveLength(1);

    // The shortcut help lists what the keyboard can do.
    await page.keyboard.press('Shift+?');
    await expect(page.getByRole('dialog', { name: 'แป้นลัด' })).toContainText('ยกเลิกการลงทะเบียนล่าสุด');
    await shot(page, '05-shortcuts');
  } finally {
    await host.stop();
  }
});

test('duplicate, archive, delete with a confirmation, and Undo from the notification', async ({ page }) => {
  const wethi = sharedWethi();
  const forum = await makeForum(wethi, { title: 'เวทีต้นฉบับ ทดสอบเมนู' });
  await wethi.open(page);
  const row = page.locator(`[data-forum-id="${forum.id}"]`);
  await expect(row).toBeVisible();

  await row.getByRole('button', { name: /ตัวเลือกของ/ }).click();
  await page.getByRole('menuitem', { name: 'ทำสำเนา' }).click();
  await expect(page.getByText(/สร้างสำเนา/)).toBeVisible();
  const copies = (await wethi.call('forums.list', {})).filter((f) => f.title === forum.title && f.id !== forum.id);
  expect(copies).toHaveLength(1);
  const copy = copies[0];
  if (!copy) throw new Error('no copy');

  // Archived forums leave the list unless asked for.
  await page.locator(`[data-forum-id="${copy.id}"]`).getByRole('button', { name: /ตัวเลือกของ/ }).click();
  await page.getByRole('menuitem', { name: 'เก็บเข้าคลัง' }).click();
  await expect(page.locator(`[data-forum-id="${copy.id}"]`)).toHaveCount(0);
  await page.getByLabel('แสดงเวทีที่เก็บเข้าคลังแล้ว').check();
  await expect(page.locator(`[data-forum-id="${copy.id}"]`)).toContainText('ในคลัง');
  expect((await wethi.call('forums.get', { id: copy.id })).archived).toBe(true);

  await row.getByRole('button', { name: /ตัวเลือกของ/ }).click();
  await page.getByRole('menuitem', { name: 'ลบ' }).click();
  const confirm = page.getByRole('dialog', { name: 'ลบเวทีนี้?' });
  await expect(confirm).toContainText('เวทีต้นฉบับ ทดสอบเมนู');
  await confirm.getByRole('button', { name: 'ลบ' }).click();
  await expect(row).toHaveCount(0);
  expect((await wethi.call('forums.list', { includeArchived: true })).map((f) => f.id)).not.toContain(forum.id);

  await page.getByRole('button', { name: 'เลิกทำ' }).click();
  await expect(row).toBeVisible();
  expect((await wethi.call('forums.list', { includeArchived: true })).map((f) => f.id)).toContain(forum.id);
});
