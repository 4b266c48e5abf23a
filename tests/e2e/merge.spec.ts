/**
 * The merge tab of a tambon forum, on its own database: empty until other forums exist; then
 * three village forums are chosen (by keyboard), matches proposed, one issue taken out of its
 * group, the merge confirmed, and the villages' lists and the Borda aggregate shown.
 */
import { expect, type Page, test } from '@playwright/test';
import { type RunningHost, startHost } from './host';
import { makeForum, shot, type Wethi, wethiAt } from './wethi';

let host: RunningHost;
let wethi: Wethi;

test.beforeAll(async () => {
  host = await startHost('merge');
  wethi = wethiAt(host.origin, host.token);
});
test.afterAll(async () => {
  await host.stop();
});

async function village(name: string, people: { titlePrefix: string; firstName: string; lastName: string; village: string }[], issues: string[], ranked: number[]) {
  const forum = await makeForum(wethi, { title: `เวทีประชาคม${name}`, village: name });
  for (const p of people) await wethi.call('attendance.addAndCheckIn', { forumId: forum.id, person: { ...p, gender: 'female' } });
  const ids: string[] = [];
  for (const title of issues) ids.push((await wethi.call('issues.create', { forumId: forum.id, title, agendaItemId: null })).id);
  await wethi.call('priorities.set', { forumId: forum.id, issueIds: ranked.map((i) => ids[i] as string) });
  return forum;
}

async function quiet(page: Page) {
  const close = page.locator('.mantine-Notification-closeButton');
  for (let i = 0; i < 5 && (await close.count()) > 0; i++) await close.first().click({ timeout: 2000 }).catch(() => undefined);
  await page.evaluate(() => window.scrollTo(0, 0));
}

test('empty at first; three villages merged with one issue taken out of its group; lists side by side and the Borda aggregate', async ({ page }) => {
  test.setTimeout(120_000);
  const tambon = await makeForum(wethi, { title: 'เวทีบูรณาการแผนพัฒนาตำบลหนองบัว', kind: 'tambon_integration' });
  await wethi.open(page, `?forum=${tambon.id}&tab=merge`);
  await expect(page.getByTestId('merge-empty')).toContainText('ยังไม่มีเวทีอื่นที่จะรวมเข้ามา');

  await village('หมู่ที่ 1', [{ titlePrefix: 'นาย', firstName: 'สมชาย', lastName: 'ใจดี', village: '1' }], ['ถนนลูกรังชำรุด', 'น้ำประปาไม่ไหล', 'ขยะล้นถัง'], [0, 1, 2]);
  await village(
    'หมู่ที่ 2',
    [
      { titlePrefix: 'นาย', firstName: 'สมชาย', lastName: 'ใจดี', village: '2' },
      { titlePrefix: 'นาง', firstName: 'อำไพ', lastName: 'บุญเรือง', village: '3' },
    ],
    ['ถนนชำรุด', 'ยาเสพติด'],
    [1, 0],
  );
  await village('หมู่ที่ 3', [{ titlePrefix: 'นางสาว', firstName: 'อำไพ', lastName: 'บุญเรือง', village: 'หมู่ที่ 3' }], ['น้ำประปาไม่ไหล', 'ถนน ชำรุด', 'ไฟฟ้าส่องสว่างไม่เพียงพอ'], [0, 2, 1]);
  await page.reload();

  // Chosen by keyboard: the first checkbox is "select all".
  const selectAll = page.getByRole('checkbox', { name: 'เลือกทั้งหมด' });
  await selectAll.focus();
  await page.keyboard.press('Space');
  await expect(page.getByRole('group', { name: 'เวทีที่จะรวม' }).getByRole('checkbox', { checked: true })).toHaveCount(3);
  await page.keyboard.press('Tab');
  await page.getByRole('button', { name: 'เสนอการจับคู่' }).click();

  const groups = page.getByTestId('merge-issue-group');
  await expect(groups).toHaveCount(2);
  await expect(groups.first()).toContainText('ถนนลูกรังชำรุด');
  await expect(groups.first()).toContainText('หมู่ที่ 3:');
  await expect(groups.first()).toContainText('ความคล้าย 0.38');
  await expect(groups.nth(1)).toContainText('ชื่อตรงกัน');
  // Namesakes of different villages are not proposed; อำไพ's two records are.
  const duplicates = page.getByTestId('merge-duplicates');
  await expect(duplicates).toContainText('ชื่อและหมู่บ้านตรงกัน');
  await expect(duplicates).not.toContainText('สมชาย');
  await expect(duplicates.getByRole('checkbox')).toBeChecked();
  // Every value on the card says what it is: village, phone, forums attended.
  await expect(duplicates.getByTestId('merge-duplicate-person')).toHaveText([
    'นางอำไพ บุญเรือง (หมู่บ้าน: 3 · มาเวที: หมู่ที่ 2)',
    'นางสาวอำไพ บุญเรือง (หมู่บ้าน: หมู่ที่ 3 · มาเวที: หมู่ที่ 3)',
  ]);

  // The lateritic road of หมู่ 1 is another road: taken out, it stands alone.
  await page.getByRole('button', { name: 'นำ “ถนนลูกรังชำรุด” (หมู่ที่ 1) ออกจากกลุ่ม' }).click();
  await expect(groups.first()).toContainText('กลุ่มที่ 1: ถนนชำรุด');
  await expect(groups.first()).not.toContainText('ถนนลูกรังชำรุด');
  await quiet(page);
  await shot(page, 'merge-plan');

  await page.getByRole('button', { name: 'รวมเวที', exact: true }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('รวม 3 เวทีเข้าเวทีนี้?');
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();

  // Ballots: หมู่ 1 [ถนนลูกรัง, ประปา, ขยะ], หมู่ 2 [ยาเสพติด, ถนน], หมู่ 3 [ประปา, ไฟฟ้า, ถนน].
  // n = 6 listed → 5, 4, 3 points: ประปา 4 + 5 = 9, ถนน 4 + 3 = 7, ถนนลูกรัง 5, ยาเสพติด 5, ไฟฟ้า 4, ขยะ 3.
  const table = page.getByTestId('merge-aggregate-table');
  await expect(table.locator('tbody tr')).toHaveCount(6);
  const rows = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].slice(0, 3).map((td) => td.textContent)));
  expect(rows).toEqual([
    ['1', 'น้ำประปาไม่ไหล', '9'],
    ['2', 'ถนนชำรุด', '7'],
    ['3', 'ถนนลูกรังชำรุด', '5'],
    ['3', 'ยาเสพติด', '5'],
    ['5', 'ไฟฟ้าส่องสว่างไม่เพียงพอ', '4'],
    ['6', 'ขยะล้นถัง', '3'],
  ]);
  await expect(page.getByTestId('merge-village-priorities')).toContainText('ไฟฟ้าส่องสว่างไม่เพียงพอ');
  await expect(page.getByTestId('merge-method')).toContainText('มีประเด็นทั้งหมด 6 ประเด็น');
  await expect(page.getByTestId('merge-aggregate-chart').locator('.recharts-bar-rectangle')).toHaveCount(6);
  await expect(page.getByText('รวมแล้ว', { exact: true })).toHaveCount(3);

  // What was written: 3 attendees (อำไพ once) and 6 issues.
  expect((await wethi.call('attendance.list', { forumId: tambon.id })).length).toBe(3);
  expect((await wethi.call('issues.list', { forumId: tambon.id })).length).toBe(6);
  await quiet(page);
  await shot(page, 'merge-results');
});
