/**
 * Small groups: the room split automatically with a preview of the balance, then adjusted by
 * hand (reporter, facilitator, a move, a new group, a name already taken), then split again by
 * village. Checked against the API at each step.
 */
import { expect, test } from '@playwright/test';
import { addPerson, makeForum, sharedWethi, shot } from './wethi';

const SECTORS = ['citizens', 'citizens', 'local_government', 'government', 'civil_society', 'citizens'] as const;
const FIRST = ['สมชาย', 'สมศรี', 'ประเสริฐ', 'มาลี', 'บุญมี', 'คำแพง', 'วิชัย', 'บัวผัน', 'ทองใบ', 'จันทร์เพ็ญ', 'สุรชัย', 'อำไพ'];

test('the room is split into balanced groups, adjusted by hand, then split by village', async ({ page }) => {
  const wethi = sharedWethi();
  const forum = await makeForum(wethi, { title: 'ประชุมเชิงปฏิบัติการแผนตำบล', kind: 'workshop' });
  const people = [];
  for (const [i, firstName] of FIRST.entries()) {
    const person = await addPerson(
      wethi,
      forum.id,
      { titlePrefix: i % 2 ? 'นาง' : 'นาย', firstName, lastName: 'ทดสอบ', sector: SECTORS[i % SECTORS.length], village: String([1, 3, 5][i % 3]), gender: i % 2 ? 'female' : 'male' },
      { checkIn: true },
    );
    people.push(person);
  }
  const sectorOf = new Map(people.map((p) => [p.id, p.sector]));

  await wethi.open(page, `?forum=${forum.id}&tab=groups`);
  await expect(page.getByTestId('groups-summary')).toHaveText('0 กลุ่ม · ยังไม่มีกลุ่ม 12 คน');
  await expect(page.getByTestId('groups-unassigned').getByTestId('group-member')).toHaveCount(12);

  // The split, previewed before it is made.
  await page.getByTestId('open-split').click();
  const dialog = page.getByRole('dialog');
  await dialog.getByTestId('split-count').fill('3');
  const preview = dialog.getByTestId('split-preview');
  await expect(preview.locator('tbody tr')).toHaveCount(3);
  for (const row of await preview.locator('tbody tr').all()) await expect(row.locator('td').nth(1)).toHaveText('4');
  await shot(page, '4s-groups-split-preview');
  await dialog.getByRole('button', { name: 'แบ่งกลุ่ม' }).click();
  await expect(dialog).toContainText('แบ่งเป็น 3 กลุ่มแล้ว');
  await expect(dialog.getByTestId('split-result').locator('tbody tr')).toHaveCount(3);
  await shot(page, '4s-groups-split-result');
  await dialog.getByRole('button', { name: 'เสร็จ' }).click();

  const cards = page.getByTestId('group-card');
  await expect(cards).toHaveCount(3);
  for (const size of await page.getByTestId('group-size').all()) await expect(size).toHaveText('4 คน');
  await expect(page.getByTestId('groups-summary')).toHaveText('3 กลุ่ม · ยังไม่มีกลุ่ม 0 คน');

  // Balanced: every sector spread over the groups at most one apart.
  let list = await wethi.call('groups.list', { forumId: forum.id });
  expect(list.groups.map((g) => g.name)).toEqual(['กลุ่มที่ 1', 'กลุ่มที่ 2', 'กลุ่มที่ 3']);
  expect(list.unassigned).toEqual([]);
  for (const sector of new Set(sectorOf.values())) {
    const counts = list.groups.map((g) => g.members.filter((m) => sectorOf.get(m.id) === sector).length);
    expect(Math.max(...counts) - Math.min(...counts), `sector ${sector}: ${counts}`).toBeLessThanOrEqual(1);
  }

  // The reporter from the group's members, the facilitator anyone in the room.
  const first = cards.nth(0);
  const [member] = list.groups[0]?.members ?? [];
  const outsider = list.groups[1]?.members[0];
  await first.getByRole('combobox', { name: 'ผู้รายงาน' }).click();
  await page.getByRole('option', { name: `#${member?.number} ${member?.name}` }).click();
  await first.getByRole('combobox', { name: 'ผู้ดำเนินการกลุ่ม' }).fill(outsider?.name.slice(3) ?? '');
  await page.getByRole('option', { name: `#${outsider?.number} ${outsider?.name}` }).click();
  await expect.poll(async () => (await wethi.call('groups.list', { forumId: forum.id })).groups[0]?.reporter?.id).toBe(member?.id);
  await expect.poll(async () => (await wethi.call('groups.list', { forumId: forum.id })).groups[0]?.facilitator?.id).toBe(outsider?.id);
  await expect(first).toContainText('ผู้รายงาน');

  // A move by the list at the end of the name: the reporter leaves group 1 for group 2.
  await first.getByRole('combobox', { name: `ย้าย ${member?.name} ไปที่` }).selectOption({ label: 'กลุ่มที่ 2' });
  await expect(cards.nth(1).getByTestId('group-size')).toHaveText('5 คน');
  list = await wethi.call('groups.list', { forumId: forum.id });
  expect(list.groups[1]?.members.map((m) => m.id)).toContain(member?.id);
  expect(list.groups[0]?.reporter).toBeNull();

  // A new group; a name already used is refused in plain words.
  await page.getByRole('button', { name: 'สร้างกลุ่ม' }).click();
  const naming = page.getByRole('dialog');
  await naming.getByLabel('ชื่อกลุ่ม').fill('กลุ่มที่ 2');
  await naming.getByRole('button', { name: 'สร้างกลุ่ม' }).click();
  await expect(naming).toContainText('มีกลุ่มชื่อนี้อยู่แล้ว');
  await naming.getByLabel('ชื่อกลุ่ม').fill('กลุ่มเยาวชน');
  await naming.getByRole('button', { name: 'สร้างกลุ่ม' }).click();
  await expect(cards).toHaveCount(4);
  await expect(cards.nth(3)).toContainText('กลุ่มเยาวชน');
  await cards.nth(3).getByRole('button', { name: 'จัดการกลุ่มเยาวชน' }).click();
  await page.getByRole('menuitem', { name: 'เปลี่ยนชื่อ' }).click();
  await page.getByRole('dialog').getByLabel('ชื่อกลุ่ม').fill('กลุ่มเยาวชนและสตรี');
  await page.getByRole('dialog').getByRole('button', { name: 'บันทึก' }).click();
  await expect(cards.nth(3)).toContainText('กลุ่มเยาวชนและสตรี');
  await cards.nth(3).getByRole('button', { name: 'จัดการกลุ่มเยาวชนและสตรี' }).click();
  await page.getByRole('menuitem', { name: 'ลบกลุ่ม' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'ลบกลุ่ม' }).click();
  await expect(cards).toHaveCount(3);
  await expect(page.getByText('ลบกลุ่มเยาวชนและสตรีแล้ว')).toBeHidden();
  await page.mouse.move(0, 0);
  await page.evaluate(() => window.scrollTo(0, 0));
  await shot(page, '4s-groups');

  // Split again, one group per village.
  await page.getByTestId('open-split').click();
  await dialog.getByText('แบ่งตามหมู่บ้าน').click();
  await dialog.getByTestId('split-count').fill('');
  await expect(dialog).toContainText('กลุ่มเดิม 3 กลุ่มจะถูกแทนที่');
  await expect(dialog.getByTestId('split-preview').locator('tbody tr')).toHaveCount(3);
  await dialog.getByRole('button', { name: 'แบ่งกลุ่ม' }).click();
  await expect(dialog).toContainText('แบ่งเป็น 3 กลุ่มแล้ว');
  await dialog.getByRole('button', { name: 'เสร็จ' }).click();
  list = await wethi.call('groups.list', { forumId: forum.id });
  expect(list.groups.map((g) => g.name)).toEqual(['หมู่ที่ 1', 'หมู่ที่ 3', 'หมู่ที่ 5']);
  expect(list.groups.map((g) => g.members.length)).toEqual([4, 4, 4]);
  await expect(cards.nth(0)).toContainText('หมู่ที่ 1');
});
