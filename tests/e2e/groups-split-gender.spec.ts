/**
 * Issue 10, item 17: a room of one village and one sector was split by name order into an
 * all-women group and an all-men group. The balanced split mixes gender and age group too, the
 * preview shows each group's genders and ages before the split is made, and the split made is
 * the one previewed.
 */
import { expect, test } from '@playwright/test';
import { addPerson, makeForum, sharedWethi, shot } from './wethi';

const AGES = ['18_35', '36_59', '60_plus'] as const;

test('one village, one sector, 10 women and 10 men: two groups of 5 and 5, ages mixed, as the preview showed', async ({ page }) => {
  const wethi = sharedWethi();
  const forum = await makeForum(wethi, { title: 'เวทีประชาคมหมู่ 3 บ้านโนนสะอาด' });
  // As the walk-through had it: full names sort every นาง and นางสาว before every นาย.
  const people = [];
  for (let i = 0; i < 10; i++) {
    const woman = { titlePrefix: i % 2 ? 'นางสาว' : 'นาง', firstName: `สมหญิง${i}`, gender: 'female', ageGroup: AGES[i % 3] } as const;
    const man = { titlePrefix: 'นาย', firstName: `สมชาย${i}`, gender: 'male', ageGroup: AGES[(i + 1) % 3] } as const;
    for (const person of [woman, man]) {
      people.push(await addPerson(wethi, forum.id, { ...person, lastName: 'ใจดี', sector: 'citizens', village: '3' }, { checkIn: true }));
    }
  }

  await wethi.open(page, `?forum=${forum.id}&tab=groups`);
  await expect(page.getByTestId('groups-unassigned').getByTestId('group-member')).toHaveCount(20);
  await page.getByTestId('open-split').click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('radio', { name: 'คละภาคส่วน หมู่บ้าน เพศและวัย' })).toBeChecked();
  const count = dialog.getByTestId('split-count');
  await expect(count).toBeFocused();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('2');

  const preview = dialog.getByTestId('split-preview');
  const rows = preview.locator('tbody tr');
  await expect(rows).toHaveCount(2);
  await expect(preview.locator('thead')).toContainText('เพศ');
  await expect(preview.locator('thead')).toContainText('ช่วงอายุ');
  // Ages in all: 18–35 7, 36–59 7, 60+ 6: 3 or 4, 3 or 4, and 3 in each group.
  const ageCounts: Record<string, number[]> = { '18_35': [], '36_59': [], '60_plus': [] };
  for (const row of await rows.all()) {
    await expect(row.locator('td[data-dimension="gender"] [data-key]')).toHaveText(['ชาย: 5', 'หญิง: 5']);
    for (const age of AGES) {
      const text = (await row.locator(`td[data-dimension="ageGroup"] [data-key="${age}"]`).textContent()) ?? '';
      ageCounts[age]?.push(Number(text.split(':')[1]));
    }
  }
  expect(ageCounts['18_35']?.sort()).toEqual([3, 4]);
  expect(ageCounts['36_59']?.sort()).toEqual([3, 4]);
  expect(ageCounts['60_plus']).toEqual([3, 3]);
  const previewed = await rows.allTextContents();
  await shot(page, '4s-groups-split-gender-preview');

  // Enter splits; the groups made are the ones previewed.
  await page.keyboard.press('Enter');
  await expect(dialog).toContainText('แบ่งเป็น 2 กลุ่มแล้ว');
  await expect(dialog.getByTestId('split-result').locator('tbody tr')).toHaveText(previewed);

  const byId = new Map(people.map((p) => [p.id, p]));
  const list = await wethi.call('groups.list', { forumId: forum.id });
  expect(list.unassigned).toEqual([]);
  for (const group of list.groups) {
    const genders = group.members.map((m) => byId.get(m.id)?.gender);
    expect(genders.filter((g) => g === 'female'), group.name).toHaveLength(5);
    expect(genders.filter((g) => g === 'male'), group.name).toHaveLength(5);
  }
});
