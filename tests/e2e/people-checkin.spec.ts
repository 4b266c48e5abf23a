/** The registration table, by keyboard only: find and check in, add someone new, undo. */
import { expect, test } from '@playwright/test';
import { type RunningHost, startHost } from './host';
import { addPerson, makeForum, shot, type Wethi, wethiAt } from './wethi';

// Check-in searches the whole register (people come back forum after forum): a register of its
// own, so the matches counted below are not changed by people other tests added.
let host: RunningHost;
let wethi: Wethi;
test.beforeAll(async () => {
  host = await startHost('checkin');
  wethi = wethiAt(host.origin, host.token);
});
test.afterAll(async () => {
  await host?.stop();
});

test('check people in by typing part of a Thai name or a phone number, add a newcomer inline, undo with Ctrl+Z', async ({ page }) => {
  const forum = await makeForum(wethi, { title: 'เวทีประชาคมหมู่ 5 บ้านหนองบัว' });
  const somsri = await addPerson(wethi, forum.id, { titlePrefix: 'นาง', firstName: 'สมศรี', lastName: 'ใจดี', gender: 'female', phone: '0812345678', village: '5', organisation: 'กลุ่มแม่บ้าน' });
  await addPerson(wethi, forum.id, { titlePrefix: 'นาย', firstName: 'สมศักดิ์', lastName: 'รักถิ่น', gender: 'male', village: '5', sector: 'citizens' });
  await addPerson(wethi, forum.id, { titlePrefix: 'นาย', firstName: 'สมหมาย', lastName: 'ทองคำ', gender: 'male', organisation: 'อบต.หนองบัว', sector: 'local_government' });

  await wethi.open(page, `?forum=${forum.id}&tab=checkin`);
  const search = page.getByRole('combobox', { name: 'ค้นหาผู้เข้าร่วม' });
  await expect(search).toBeFocused();
  const counter = page.getByTestId('checkin-counter');
  await expect(counter).toContainText('จาก 3 คนในรายชื่อ');

  // Part of a Thai name, Enter: the first match is checked in.
  await page.keyboard.type('สมศั');
  await expect(page.getByRole('option').first()).toContainText('นายสมศักดิ์ รักถิ่น');
  await page.keyboard.press('Enter');
  await expect(page.getByText(/ลงทะเบียน นายสมศักดิ์ รักถิ่น แล้ว/)).toBeVisible();
  await expect(search).toHaveValue('');
  await expect(search).toBeFocused();
  await expect(counter).toContainText('1');

  // The last digits of a phone number.
  await page.keyboard.type('5678');
  await expect(page.getByRole('option')).toHaveCount(1);
  await page.keyboard.press('Enter');
  await expect(page.getByText(/ลงทะเบียน นางสมศรี ใจดี แล้ว/)).toBeVisible();

  // Several matches: arrows move the highlight; the arrived are marked.
  await page.keyboard.type('สม');
  await expect(page.getByRole('option')).toHaveCount(3);
  await expect(page.getByRole('option', { name: /สมศรี/ })).toContainText('มาแล้ว');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  const chosen = page.getByRole('option', { selected: true });
  await expect(chosen).toContainText('สมหมาย');
  await shot(page, '06-checkin-search');
  await page.keyboard.press('Enter');
  await expect(page.getByText(/ลงทะเบียน นายสมหมาย ทองคำ แล้ว/)).toBeVisible();
  await expect(page.getByTestId('recent-checkins')).toContainText('นายสมหมาย ทองคำ');

  const afterThree = await wethi.call('attendance.list', { forumId: forum.id });
  expect(afterThree.filter((a) => a.checkedInAt).map((a) => a.person.firstName).sort()).toEqual(['สมศรี', 'สมศักดิ์', 'สมหมาย'].sort());
  expect((await wethi.call('forums.get', { id: forum.id })).checkedInCount).toBe(3);

  // Someone not in the register: Enter opens the new-person form, prefilled from what was typed.
  await page.keyboard.type('นายบุญมี ศรีสุข');
  await expect(page.getByText('ไม่พบ "นายบุญมี ศรีสุข" ในทะเบียน')).toBeVisible();
  await page.keyboard.press('Enter');
  const form = page.getByRole('form', { name: 'เพิ่มผู้เข้าร่วมใหม่' });
  const field = (name: string) => form.locator(`[name="${name}"]`);
  await expect(field('firstName')).toHaveValue('บุญมี');
  await expect(field('lastName')).toHaveValue('ศรีสุข');
  await expect(field('titlePrefix')).toHaveValue('นาย');
  await expect(field('gender')).toHaveValue('male');
  await expect(field('titlePrefix')).toBeFocused();
  // Tab through: first name, last name, gender, age group, phone.
  for (let i = 0; i < 4; i++) await page.keyboard.press('Tab');
  await page.keyboard.press('ArrowDown'); // age group: first choice after "not given"
  await page.keyboard.press('Tab');
  await expect(field('phone')).toBeFocused();
  await page.keyboard.type('089-999-1234');
  await page.keyboard.press('Tab');
  await page.keyboard.type('อสม.บ้านหนองบัว');
  await page.keyboard.press('Tab');
  await page.keyboard.type('อาสาสมัครสาธารณสุข');
  await page.keyboard.press('Tab');
  await page.keyboard.type('5');
  await page.keyboard.press('Tab');
  await expect(field('sector')).toBeFocused();
  for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowDown'); // …to ภาคประชาชน, the last sector
  await expect(field('sector')).toHaveValue('citizens');
  await shot(page, '07-checkin-new-person');
  await page.keyboard.press('Enter');
  await expect(page.getByText(/ลงทะเบียน นายบุญมี ศรีสุข แล้ว/)).toBeVisible();
  await expect(search).toBeFocused();

  const boonmee = (await wethi.call('attendance.list', { forumId: forum.id })).find((a) => a.person.firstName === 'บุญมี');
  expect(boonmee?.checkedInAt).toBeTruthy();
  expect(boonmee?.person).toMatchObject({
    titlePrefix: 'นาย',
    lastName: 'ศรีสุข',
    gender: 'male',
    ageGroup: 'under_18',
    phone: '0899991234',
    organisation: 'อสม.บ้านหนองบัว',
    position: 'อาสาสมัครสาธารณสุข',
    village: '5',
    sector: 'citizens',
  });
  await shot(page, '08-checkin-after');

  // Ctrl+Z in the empty search box undoes that last check-in; he came in by check-in, so he leaves the list.
  await page.keyboard.press('Control+z');
  await expect(page.getByText('ยกเลิกการลงทะเบียนของ นายบุญมี ศรีสุข แล้ว')).toBeVisible();
  await expect(page.getByTestId('recent-checkins')).not.toContainText('บุญมี');
  const afterUndo = await wethi.call('attendance.list', { forumId: forum.id });
  expect(afterUndo.map((a) => a.person.firstName)).not.toContain('บุญมี');
  expect(afterUndo.filter((a) => a.checkedInAt)).toHaveLength(3);

  // The notification's own Undo does the same for a pre-registered person: back to "on the list".
  await page.keyboard.type('0812345678');
  await expect(page.getByRole('option')).toContainText('มาแล้ว');
  await page.keyboard.press('Enter');
  await expect(page.getByText(/ลงทะเบียนไปแล้วเมื่อ/)).toBeVisible();
  await page.getByRole('button', { name: 'ยกเลิกการลงทะเบียนของ นางสมศรี ใจดี' }).click();
  await expect(page.getByText('ยกเลิกการลงทะเบียนของ นางสมศรี ใจดี แล้ว')).toBeVisible();
  const somsriNow = (await wethi.call('attendance.list', { forumId: forum.id })).find((a) => a.person.id === somsri.id);
  expect(somsriNow).toBeDefined();
  expect(somsriNow?.checkedInAt).toBeNull();
});
