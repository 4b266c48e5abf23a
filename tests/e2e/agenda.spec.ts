/** The agenda tab by keyboard: a template, add / nest / move items, run the clock, delete and undo. */
import { expect, type Page, test } from '@playwright/test';
import { makeForum, sharedWethi, shot } from './wethi';

/** A screenshot of the list itself: the notifications at the bottom left would hide part of it. */
async function cleanShot(page: Page, name: string) {
  const style = await page.addStyleTag({ content: '.mantine-Notifications-root { display: none !important; }' });
  await page.evaluate(() => window.scrollTo(0, 0));
  await shot(page, name);
  await style.evaluate((el) => (el as Element).remove());
}

const OFFICIAL = ['ประธานแจ้งให้ที่ประชุมทราบ', 'รับรองรายงานการประชุมครั้งที่แล้ว', 'เรื่องสืบเนื่อง', 'เรื่องเพื่อพิจารณา', 'เรื่องอื่น ๆ'];

test('apply the official template, add, nest and move items, run the clock into overrun, delete and undo', async ({ page }) => {
  const wethi = sharedWethi();
  const forum = await makeForum(wethi, { title: 'เวทีประชาคมหมู่ 3 บ้านโคกสว่าง' });
  // The page's clock can be moved forward later, to see a 1-minute item overrun without waiting.
  await page.clock.install();
  await wethi.open(page, `?forum=${forum.id}&tab=agenda`);

  // Empty: the three templates, in Thai.
  const empty = page.getByTestId('agenda-empty');
  await expect(empty).toContainText('ยังไม่มีระเบียบวาระ');
  await expect(page.getByTestId('template-official_five')).toContainText('ระเบียบวาระการประชุมแบบราชการ 5 วาระ');
  await expect(page.getByTestId('template-problem_analysis')).toContainText('เวทีวิเคราะห์ปัญหาชุมชน');
  await expect(page.getByTestId('template-blank')).toContainText('เริ่มจากว่าง');
  await shot(page, '4x-agenda-empty');

  await page.getByTestId('template-official_five').getByRole('button', { name: 'ใช้แม่แบบนี้' }).click();
  const rows = page.getByTestId('agenda-row');
  await expect(rows).toHaveCount(5);
  await expect(page.getByTestId('agenda-title')).toHaveText(OFFICIAL);
  await expect(page.getByTestId('agenda-number')).toHaveText(['1', '2', '3', '4', '5']);
  await expect(rows.first()).toContainText('10 นาที');
  const list = page.getByTestId('agenda-list');
  await expect(list).toBeFocused();

  // ↓↓↓ to item 4, Insert, type a 1-minute item: it lands after section 4, at the top level.
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('row', { selected: true })).toContainText('เรื่องเพื่อพิจารณา');
  await page.keyboard.press('Insert');
  await expect(page.getByLabel('ชื่อวาระ')).toBeFocused();
  await page.keyboard.type('น้ำประปาหมู่บ้านไม่ไหล');
  await page.keyboard.press('Tab');
  await page.keyboard.type('1');
  await page.keyboard.press('Enter');
  await expect(rows).toHaveCount(6);
  await expect(list).toBeFocused();
  await expect(page.getByRole('row', { selected: true })).toContainText('5น้ำประปาหมู่บ้านไม่ไหล');

  // Tab nests it under item 4 (4.1); Ctrl+Enter adds another after it (4.2).
  await page.keyboard.press('Tab');
  await expect(page.getByRole('row', { selected: true }).getByTestId('agenda-number')).toHaveText('4.1');
  await page.keyboard.press('Control+Enter');
  await page.keyboard.type('ถนนเข้าหมู่บ้านชำรุด');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('row', { selected: true }).getByTestId('agenda-number')).toHaveText('4.2');
  await expect(page.getByTestId('agenda-number')).toHaveText(['1', '2', '3', '4', '4.1', '4.2', '5']);

  // Nesting one level only: Tab on 4.2 would put it under 4.1, and the server refuses.
  await page.keyboard.press('Tab');
  await expect(page.getByText('วาระย่อยมีวาระย่อยซ้อนอีกชั้นไม่ได้ (ได้แค่ 4.1 ไม่มี 4.1.1)')).toBeVisible();
  // Alt+↑ moves it above 4.1; Shift+Tab takes it out to the top level after section 4.
  await page.keyboard.press('Alt+ArrowUp');
  await expect(page.getByTestId('agenda-title').nth(4)).toHaveText('ถนนเข้าหมู่บ้านชำรุด');
  await page.keyboard.press('Shift+Tab');
  await expect(page.getByTestId('agenda-number')).toHaveText(['1', '2', '3', '4', '4.1', '5', '6']);
  await expect(page.getByRole('row', { selected: true }).getByTestId('agenda-number')).toHaveText('5');
  await page.keyboard.press('Alt+ArrowDown');
  await expect(page.getByTestId('agenda-title').nth(5)).toHaveText('เรื่องอื่น ๆ');

  let agenda = await wethi.call('agenda.list', { forumId: forum.id });
  const titles = agenda.items.map((i) => `${i.number} ${i.title}`);
  expect(titles).toEqual(['1 ประธานแจ้งให้ที่ประชุมทราบ', '2 รับรองรายงานการประชุมครั้งที่แล้ว', '3 เรื่องสืบเนื่อง', '4 เรื่องเพื่อพิจารณา', '4.1 น้ำประปาหมู่บ้านไม่ไหล', '5 เรื่องอื่น ๆ', '6 ถนนเข้าหมู่บ้านชำรุด']);
  const water = agenda.items[4];
  expect(water?.parentId).toBe(agenda.items[3]?.id);
  expect(water?.plannedMinutes).toBe(1);

  // Enter edits in place.
  await page.keyboard.press('Enter');
  const title = page.getByLabel('ชื่อวาระ');
  await expect(title).toHaveValue('ถนนเข้าหมู่บ้านชำรุด');
  await title.fill('ถนนเข้าหมู่บ้านชำรุดเป็นหลุมบ่อ');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('agenda-title').nth(6)).toHaveText('ถนนเข้าหมู่บ้านชำรุดเป็นหลุมบ่อ');

  // Space on 4.1 starts its clock: it becomes current and ticks.
  for (let i = 0; i < 2; i++) await page.keyboard.press('ArrowUp');
  await expect(page.getByRole('row', { selected: true })).toContainText('น้ำประปาหมู่บ้านไม่ไหล');
  await page.keyboard.press('Space');
  const waterRow = rows.filter({ hasText: 'น้ำประปาหมู่บ้านไม่ไหล' });
  await expect(waterRow).toHaveAttribute('data-running', 'true');
  await expect(waterRow).toContainText('กำลังจับเวลา');
  const elapsed = waterRow.getByTestId('agenda-elapsed');
  await expect(elapsed).toHaveText(/^0:0\d$/);
  const before = await elapsed.textContent();
  await page.clock.runFor(2500);
  await expect(elapsed).not.toHaveText(before ?? '');
  // A minute and more later, the overrun shows in red.
  await page.clock.fastForward('01:05');
  await expect(waterRow.getByTestId('agenda-overrun')).toHaveText(/^\+0:0\d$/);
  await expect(waterRow.getByTestId('agenda-overrun')).toHaveCSS('color', 'rgb(204, 45, 45)');
  await expect(page.getByTestId('agenda-totals')).toContainText('วางแผนรวม 105 นาที'); // section 4's own plan covers 4.1
  await cleanShot(page, '4x-agenda-running');

  agenda = await wethi.call('agenda.list', { forumId: forum.id });
  expect(agenda.currentItemId).toBe(water?.id);
  expect(agenda.items[4]?.runningSince).not.toBeNull();

  // Space again stops it; N moves on to the next item and starts it.
  await page.keyboard.press('Space');
  await expect(waterRow).not.toHaveAttribute('data-running', 'true');
  await page.keyboard.press('n');
  await expect(rows.filter({ hasText: 'เรื่องอื่น ๆ' })).toHaveAttribute('data-running', 'true');
  agenda = await wethi.call('agenda.list', { forumId: forum.id });
  expect(agenda.items.find((i) => i.id === agenda.currentItemId)?.title).toBe('เรื่องอื่น ๆ');
  expect(agenda.items[4]?.runningSince).toBeNull();
  expect(agenda.items[4]?.elapsedMs).toBeGreaterThan(0);

  // Delete with undo: section 4 goes with its sub-item, and comes back with it.
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(page.getByRole('row', { selected: true })).toContainText('เรื่องเพื่อพิจารณา');
  await page.keyboard.press('Delete');
  await expect(page.getByText('ลบวาระ 4 เรื่องเพื่อพิจารณา และวาระย่อย 1 ข้อแล้ว')).toBeVisible();
  await expect(rows).toHaveCount(5);
  expect((await wethi.call('agenda.list', { forumId: forum.id })).items).toHaveLength(5);
  await page.getByRole('button', { name: 'เลิกทำ' }).click();
  await expect(rows).toHaveCount(7);
  await expect(page.getByTestId('agenda-number')).toHaveText(['1', '2', '3', '4', '4.1', '5', '6']);
  agenda = await wethi.call('agenda.list', { forumId: forum.id });
  expect(agenda.items.map((i) => i.title)).toContain('น้ำประปาหมู่บ้านไม่ไหล');
  expect(agenda.items.find((i) => i.title === 'น้ำประปาหมู่บ้านไม่ไหล')?.parentId).toBe(agenda.items.find((i) => i.title === 'เรื่องเพื่อพิจารณา')?.id);

  // Ctrl+Z also undoes a delete made by keyboard.
  await list.focus();
  await page.keyboard.press('End');
  await page.keyboard.press('Delete');
  await expect(rows).toHaveCount(6);
  await page.keyboard.press('Control+z');
  await expect(rows).toHaveCount(7);
  await cleanShot(page, '4x-agenda-list');

  // Drag and drop: item 3 dropped on item 1 takes its place.
  await rows.nth(2).dragTo(rows.nth(0));
  await expect(page.getByTestId('agenda-title').first()).toHaveText('เรื่องสืบเนื่อง');
  expect((await wethi.call('agenda.list', { forumId: forum.id })).items[0]?.title).toBe('เรื่องสืบเนื่อง');
});

test('a blank agenda starts with the first item typed, and shows in English', async ({ page }) => {
  const wethi = sharedWethi();
  const forum = await makeForum(wethi);
  await page.addInitScript(() => localStorage.setItem('wethi.lang', 'en'));
  await wethi.open(page, `?forum=${forum.id}&tab=agenda`);
  await expect(page.getByTestId('template-official_five')).toContainText('Official five-item agenda');
  await page.getByRole('button', { name: 'Use this template' }).nth(1).click();
  await expect(page.getByTestId('agenda-title').first()).toHaveText('Opening the forum and explaining its purpose');
  await expect(page.getByTestId('agenda-row')).toHaveCount(7);
  await cleanShot(page, '4x-agenda-english');
  const agenda = await wethi.call('agenda.list', { forumId: forum.id });
  expect(agenda.items[1]?.title).toBe('Presenting the community data');

  const other = await makeForum(wethi);
  await wethi.open(page, `?forum=${other.id}&tab=agenda`);
  await page.getByRole('button', { name: 'Start blank' }).click();
  await expect(page.getByLabel('Item title')).toBeFocused();
  await page.keyboard.type('Welcome and introductions');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('agenda-row')).toHaveCount(1);
  expect((await wethi.call('agenda.list', { forumId: other.id })).items.map((i) => i.title)).toEqual(['Welcome and introductions']);
});
