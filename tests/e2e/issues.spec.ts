/** The issues tab by keyboard: quick entry, merge, split, details, edit, reorder, group, delete and undo, categories. */
import { expect, type Page, test } from '@playwright/test';
import { addPerson, makeForum, sharedWethi, shot } from './wethi';

/** A screenshot of the list itself: the notifications at the bottom left would hide part of it. */
async function cleanShot(page: Page, name: string) {
  const style = await page.addStyleTag({ content: '.mantine-Notifications-root { display: none !important; }' });
  await page.evaluate(() => window.scrollTo(0, 0));
  await shot(page, name);
  await style.evaluate((el) => (el as Element).remove());
}

test('quick-enter five Thai issues, merge two, split one, edit, reorder, group by category, delete and undo', async ({ page }) => {
  test.setTimeout(90_000);
  const wethi = sharedWethi();
  const forum = await makeForum(wethi, { title: 'เวทีวิเคราะห์ปัญหา ตำบลโนนสูง' });
  const agenda = await wethi.call('agenda.applyTemplate', { forumId: forum.id, template: 'official_five' });
  const matters = agenda.items[3];
  if (!matters) throw new Error('template without item 4');
  await wethi.call('agenda.start', { id: matters.id });
  const person = await addPerson(wethi, forum.id, { titlePrefix: 'นาง', firstName: 'บุญเรือน', lastName: 'ศรีสวัสดิ์' }, { checkIn: true });

  await wethi.open(page, `?forum=${forum.id}&tab=issues`);
  await expect(page.getByTestId('issues-empty')).toContainText('ยังไม่มีประเด็นปัญหา');
  await shot(page, '4x-issues-empty');

  // Q focuses the quick entry; one issue per line; bullets and numbers are dropped; Ctrl+Enter adds all.
  await page.keyboard.press('q');
  const quick = page.getByRole('textbox', { name: /ประเด็นใหม่ ทีละบรรทัด/ });
  await expect(quick).toBeFocused();
  await page.keyboard.type('1. น้ำไม่พอใช้ในหน้าแล้ง\n- ถนนเข้าหมู่บ้านชำรุดเป็นหลุมบ่อ\nราคาข้าวตกต่ำ\n\nเยาวชนติดยาเสพติดและการพนัน\nขาดแคลนน้ำในฤดูแล้ง');
  await expect(page.getByTestId('quick-entry')).toContainText('จะผูกกับวาระปัจจุบัน: 4 เรื่องเพื่อพิจารณา');
  await expect(page.getByRole('button', { name: /เพิ่ม 5 ประเด็น/ })).toBeEnabled();
  await page.keyboard.press('Control+Enter');
  const titles = page.getByTestId('issue-title');
  await expect(titles).toHaveText(['น้ำไม่พอใช้ในหน้าแล้ง', 'ถนนเข้าหมู่บ้านชำรุดเป็นหลุมบ่อ', 'ราคาข้าวตกต่ำ', 'เยาวชนติดยาเสพติดและการพนัน', 'ขาดแคลนน้ำในฤดูแล้ง']);
  await expect(quick).toHaveValue('');
  await expect(quick).toBeFocused();
  let issues = await wethi.call('issues.list', { forumId: forum.id });
  expect(issues).toHaveLength(5);
  expect(issues.every((i) => i.agendaItemId === matters.id)).toBe(true);
  await expect(page.getByTestId('issue-row').first()).toContainText('วาระ 4');

  // Merge: the fifth into the first; what the fifth had follows the first.
  const [water, road, rice, youth, drought] = issues;
  if (!water || !road || !rice || !youth || !drought) throw new Error('five issues expected');
  await wethi.call('issues.update', { id: drought.id, patch: { causes: ['ฝนทิ้งช่วง'] } });
  await page.keyboard.press('Escape');
  const list = page.getByTestId('issue-list');
  await expect(list).toBeFocused();
  await expect(page.getByRole('row', { selected: true })).toContainText('น้ำไม่พอใช้ในหน้าแล้ง');
  await page.keyboard.press('m');
  const merge = page.getByTestId('merge-dialog');
  await expect(merge).toContainText('ประเด็นที่รวมจะหายจากรายการ แต่ยังเก็บไว้เป็นประวัติ');
  await expect(merge.getByRole('combobox', { name: 'ประเด็นที่คงไว้' })).toHaveValue('1. น้ำไม่พอใช้ในหน้าแล้ง');
  await merge.getByRole('combobox', { name: 'ประเด็นที่จะรวมเข้าไป' }).click();
  await merge.getByRole('option', { name: '5. ขาดแคลนน้ำในฤดูแล้ง' }).click();
  await cleanShot(page, '4x-issues-merge');
  await page.getByRole('button', { name: 'รวมประเด็น' }).click();
  await expect(page.getByText('รวม "ขาดแคลนน้ำในฤดูแล้ง" เข้ากับ "น้ำไม่พอใช้ในหน้าแล้ง" แล้ว')).toBeVisible();
  await expect(titles).toHaveCount(4);
  const survivor = await wethi.call('issues.get', { id: water.id });
  expect(survivor.causes.map((c) => c.text)).toEqual(['ฝนทิ้งช่วง']);
  const withMerged = await wethi.call('issues.list', { forumId: forum.id, includeMerged: true });
  expect(withMerged.find((i) => i.id === drought.id)?.mergedInto).toBe(water.id);

  // Split the compound issue: narrow its title, one new issue per line.
  await expect(list).toBeFocused();
  await page.keyboard.press('End');
  await expect(page.getByRole('row', { selected: true })).toContainText('เยาวชนติดยาเสพติดและการพนัน');
  await page.keyboard.press('s');
  const split = page.getByTestId('split-dialog');
  await split.getByRole('textbox', { name: 'ประเด็นเดิม (แก้ชื่อให้แคบลงได้)' }).fill('เยาวชนติดยาเสพติด');
  await split.getByRole('textbox', { name: 'ประเด็นใหม่ที่แยกออกมา ทีละบรรทัด' }).fill('เยาวชนติดการพนันออนไลน์');
  await page.getByRole('button', { name: 'แยกเป็น 1 ประเด็นใหม่' }).click();
  await expect(titles).toHaveText(['น้ำไม่พอใช้ในหน้าแล้ง', 'ถนนเข้าหมู่บ้านชำรุดเป็นหลุมบ่อ', 'ราคาข้าวตกต่ำ', 'เยาวชนติดยาเสพติด', 'เยาวชนติดการพนันออนไลน์']);
  issues = await wethi.call('issues.list', { forumId: forum.id });
  expect(issues.find((i) => i.title === 'เยาวชนติดการพนันออนไลน์')?.splitFrom).toBe(youth.id);

  // Space opens the details; a cause typed in place is saved.
  await expect(list).toBeFocused();
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Space');
  const roadRow = page.getByTestId('issue-row').filter({ hasText: 'ถนนเข้าหมู่บ้านชำรุด' });
  const causes = roadRow.getByTestId('issue-causes');
  await causes.getByRole('textbox').fill('งบซ่อมบำรุงไม่พอ');
  await causes.getByRole('textbox').press('Enter');
  await expect(causes).toContainText('งบซ่อมบำรุงไม่พอ');
  await roadRow.getByTestId('issue-needs').getByRole('textbox').fill('ลาดยางถนนสายหลัก');
  await roadRow.getByTestId('issue-needs').getByRole('textbox').press('Enter');
  await expect(roadRow.getByTestId('issue-needs')).toContainText('ลาดยางถนนสายหลัก');
  expect((await wethi.call('issues.get', { id: road.id })).causes.map((c) => c.text)).toEqual(['งบซ่อมบำรุงไม่พอ']);

  // Enter opens the drawer: category and who raised it (searched among the attendees).
  await roadRow.getByTestId('issue-title').click();
  await expect(list).toBeFocused();
  await page.keyboard.press('Enter');
  const drawer = page.getByTestId('issue-drawer');
  await drawer.getByRole('combobox', { name: 'หมวด' }).click();
  await page.getByRole('option', { name: 'โครงสร้างพื้นฐาน' }).click();
  await drawer.getByRole('combobox', { name: 'บุคคล' }).fill('บุญเรือน');
  await page.getByRole('option', { name: 'นางบุญเรือน ศรีสวัสดิ์' }).click();
  await cleanShot(page, '4x-issues-drawer');
  await page.keyboard.press('Control+Enter');
  await expect(drawer).toBeHidden();
  await expect(roadRow).toContainText('เสนอโดย นางบุญเรือน ศรีสวัสดิ์');
  await expect(roadRow.getByTestId('issue-category')).toHaveText('โครงสร้างพื้นฐาน');
  const edited = await wethi.call('issues.get', { id: road.id });
  expect(edited.category).toBe('infrastructure');
  expect(edited.raisedBy).toEqual({ kind: 'person', personId: person.id, name: 'นางบุญเรือน ศรีสวัสดิ์' });

  // G groups by category (the rest sorted through the API meanwhile; the split-off part took the
  // original's category at the time, none, so it waits under "not yet sorted", last).
  await wethi.call('issues.update', { id: water.id, patch: { category: 'environment' } });
  await wethi.call('issues.update', { id: rice.id, patch: { category: 'economy' } });
  await wethi.call('issues.update', { id: youth.id, patch: { category: 'society' } });
  await expect(page.getByTestId('issue-row').first().getByTestId('issue-category')).toHaveText('สิ่งแวดล้อม');
  await page.keyboard.press('g');
  await expect(page.getByTestId('issue-section-title')).toHaveText([/^เศรษฐกิจ/, /^สังคม/, /^สิ่งแวดล้อม/, /^โครงสร้างพื้นฐาน/, /^ยังไม่จัดหมวด/]);
  await expect(page.getByTestId('issue-section').nth(1)).toContainText('เยาวชนติดยาเสพติด');
  await expect(page.getByTestId('issue-section').nth(4)).toContainText('เยาวชนติดการพนันออนไลน์');
  await cleanShot(page, '4x-issues-grouped');
  await page.keyboard.press('g');
  await expect(page.getByTestId('issue-section-title')).toHaveCount(0);

  // Alt+↑ moves the selected issue up one place.
  await list.focus();
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('row', { selected: true })).toContainText('ราคาข้าวตกต่ำ');
  await page.keyboard.press('Alt+ArrowUp');
  await expect(titles.nth(1)).toHaveText('ราคาข้าวตกต่ำ');
  issues = await wethi.call('issues.list', { forumId: forum.id });
  expect(issues.map((i) => i.title).slice(0, 3)).toEqual(['น้ำไม่พอใช้ในหน้าแล้ง', 'ราคาข้าวตกต่ำ', 'ถนนเข้าหมู่บ้านชำรุดเป็นหลุมบ่อ']);

  // Drag and drop: the last issue dropped on the first takes its place.
  await page.getByTestId('issue-row').nth(4).dragTo(page.getByTestId('issue-row').nth(0));
  await expect(titles.first()).toHaveText('เยาวชนติดการพนันออนไลน์');
  issues = await wethi.call('issues.list', { forumId: forum.id });
  expect(issues[0]?.title).toBe('เยาวชนติดการพนันออนไลน์');
  await page.getByTestId('issue-row').nth(0).dragTo(page.getByTestId('issue-row').nth(4));
  await expect(titles.last()).toHaveText('เยาวชนติดการพนันออนไลน์');
  await page.getByTestId('issue-row').nth(1).getByTestId('issue-title').click();

  // Delete with undo (the button, then Ctrl+Z for a second delete).
  await page.keyboard.press('Delete');
  await expect(page.getByText('ลบประเด็น "ราคาข้าวตกต่ำ" แล้ว')).toBeVisible();
  await expect(titles).toHaveCount(4);
  expect(await wethi.call('issues.list', { forumId: forum.id })).toHaveLength(4);
  await page.getByRole('button', { name: 'เลิกทำ' }).click();
  await expect(titles).toHaveCount(5);
  await expect(titles.nth(1)).toHaveText('ราคาข้าวตกต่ำ');
  await list.focus();
  await page.keyboard.press('End');
  await page.keyboard.press('Delete');
  await expect(titles).toHaveCount(4);
  await page.keyboard.press('Control+z');
  await expect(titles).toHaveCount(5);
  expect(await wethi.call('issues.list', { forumId: forum.id })).toHaveLength(5);
  await cleanShot(page, '4x-issues-list');
});

test('the categories editor renames, adds, and explains why a category in use cannot simply go', async ({ page }) => {
  const wethi = sharedWethi();
  const forum = await makeForum(wethi);
  await wethi.call('issues.create', { forumId: forum.id, title: 'ป่าชุมชนถูกบุกรุก', category: 'environment' });
  await wethi.open(page, `?forum=${forum.id}&tab=issues`);
  await expect(page.getByTestId('issue-title')).toHaveText(['ป่าชุมชนถูกบุกรุก']);

  await page.getByRole('button', { name: 'หมวดประเด็น' }).click();
  const editor = page.getByTestId('categories-editor');
  await editor.getByRole('textbox', { name: 'ชื่อหมวด ศาสนาและวัฒนธรรม' }).fill('ศาสนา ประเพณี และวัฒนธรรม');
  await editor.getByRole('textbox', { name: 'หมวดใหม่' }).fill('ที่ดินทำกิน');
  await editor.getByRole('textbox', { name: 'หมวดใหม่' }).press('Enter');
  await editor.getByTestId('category-row-environment').getByRole('button', { name: 'เอาหมวดนี้ออก' }).click();
  await editor.getByRole('button', { name: 'บันทึก' }).click();
  const refusal = editor.getByTestId('categories-refusal');
  await expect(refusal).toContainText('ยังมีประเด็นอยู่ในหมวดที่จะเอาออก');
  await cleanShot(page, '4x-issues-categories');
  await refusal.getByRole('combobox', { name: 'ย้ายประเด็นในหมวดที่เอาออกไปที่' }).click();
  await refusal.getByRole('option', { name: 'อื่น ๆ' }).click();
  await editor.getByRole('button', { name: 'บันทึก' }).click();
  await expect(editor).toBeHidden();
  await expect(page.getByTestId('issue-category')).toHaveText('อื่น ๆ');

  const categories = await wethi.call('issues.categories', { forumId: forum.id });
  expect(categories.map((c) => c.key)).not.toContain('environment');
  expect(categories.find((c) => c.key === 'culture')?.label).toBe('ศาสนา ประเพณี และวัฒนธรรม');
  expect(categories.find((c) => !c.builtIn)?.label).toBe('ที่ดินทำกิน');
  expect((await wethi.call('issues.list', { forumId: forum.id }))[0]?.category).toBe('other');
});
