/**
 * The note-taker's pane, by keyboard: speaker by badge number, Thai text, Enter; edit, delete
 * and undo, move to another item; the draft surviving a reload and a new window; a failed store
 * keeping the text; a draft resolution becoming the item's resolution.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { addPerson, makeForum, sharedWethi, SCREENSHOTS, type Wethi } from './wethi';

/** What the note-taker sees (the window, not the whole page): on 1366×768 the pane scrolls the forum title away. */
async function screen(page: Page, name: string) {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  await page.evaluate(() => document.fonts.ready);
  await page.waitForTimeout(350);
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) });
}

async function forumWithAgenda(wethi: Wethi, title: string) {
  const forum = await makeForum(wethi, { title });
  const somchai = await addPerson(wethi, forum.id, { titlePrefix: 'นาย', firstName: 'สมชาย', lastName: 'ใจดี', gender: 'male', village: '5' }, { checkIn: true });
  const somsri = await addPerson(wethi, forum.id, { titlePrefix: 'นาง', firstName: 'สมศรี', lastName: 'มีสุข', gender: 'female', village: '5' }, { checkIn: true });
  const boonmee = await addPerson(wethi, forum.id, { titlePrefix: 'นาย', firstName: 'บุญมี', lastName: 'ศรีสุข', gender: 'male', village: '3' }, { checkIn: true });
  const agenda = await wethi.call('agenda.applyTemplate', { forumId: forum.id, template: 'official_five' });
  const items = agenda.items.filter((i) => i.parentId === null);
  const [first, second] = items;
  if (!first || !second) throw new Error('the template has fewer than two items');
  await wethi.call('agenda.start', { id: first.id });
  return { forum, people: { somchai, somsri, boonmee }, first, second };
}

const box = (page: Page) => page.getByTestId('note-input');
const rows = (page: Page) => page.getByTestId('note-row');

test('notes by keyboard: speaker by badge number, Thai text, Enter; edit, delete with undo, move to another item', async ({ page }) => {
  // A long keyboard walk; the machines running it are small and shared.
  test.setTimeout(90_000);
  const wethi = sharedWethi();
  const { forum, people, first, second } = await forumWithAgenda(wethi, 'เวทีประชาคมหมู่ 5 บันทึกข้อคิดเห็น');
  const roster = await wethi.call('speakers.roster', { forumId: forum.id });
  const badge = (id: string) => roster.find((p) => p.id === id)?.number;
  const somsriBadge = badge(people.somsri.id);
  expect(somsriBadge).toBe(2);

  await wethi.open(page, `?forum=${forum.id}&tab=notes`);
  await expect(box(page)).toBeFocused();
  await expect(page.getByTestId('note-target')).toHaveValue(new RegExp(first.title));

  // Ctrl+K, the badge number, Enter: the speaker is chosen and the focus is back in the box.
  await page.keyboard.press('Control+K');
  const picker = page.getByTestId('speaker-picker');
  await expect(picker).toBeVisible();
  await page.keyboard.type(`#${somsriBadge}`);
  await expect(picker.getByRole('option', { selected: true })).toContainText('นางสมศรี มีสุข');
  await page.keyboard.press('Enter');
  await expect(picker).toBeHidden();
  await expect(page.getByTestId('note-speaker')).toHaveText('#2 นางสมศรี มีสุข');
  await expect(box(page)).toBeFocused();

  await page.keyboard.type('ขอให้ซ่อมถนนลูกรังหน้าวัดก่อนฤดูฝน');
  await page.keyboard.press('Shift+Enter');
  await page.keyboard.type('เพราะเด็กนักเรียนเดินลำบาก');
  await page.keyboard.press('Enter');
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).first()).toContainText('ขอให้ซ่อมถนนลูกรังหน้าวัดก่อนฤดูฝน');
  await expect(rows(page).first()).toContainText('นางสมศรี มีสุข');
  await expect(box(page)).toHaveValue('');
  await expect(box(page)).toBeFocused();

  let stored = await wethi.call('notes.list', { forumId: forum.id });
  expect(stored).toHaveLength(1);
  expect(stored[0]).toMatchObject({
    text: 'ขอให้ซ่อมถนนลูกรังหน้าวัดก่อนฤดูฝน\nเพราะเด็กนักเรียนเดินลำบาก',
    kind: 'statement',
    agendaItemId: first.id,
    speaker: { id: people.somsri.id },
  });
  // Stored means the draft is gone with it.
  await expect(page.getByTestId('draft-status')).toHaveAttribute('data-state', 'idle');

  // `@` and part of a name; Alt+2 makes it a question. (The speaker never carries over: notes-composer.spec.ts.)
  await page.keyboard.type('@');
  await expect(picker).toBeVisible();
  await page.keyboard.type('บุญ');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('note-speaker')).toHaveText('#3 นายบุญมี ศรีสุข');
  await page.keyboard.press('Alt+2');
  await expect(page.getByTestId('note-kind').getByRole('radio', { name: /คำถาม/ })).toBeChecked();
  await page.keyboard.type('งบประมาณมาจากไหน');
  await page.keyboard.press('Enter');
  await expect(rows(page)).toHaveCount(2);
  await expect(rows(page).nth(1)).toContainText('คำถาม');
  // The kind goes back to a statement after each note.
  await expect(page.getByTestId('note-kind').getByRole('radio', { name: /ความเห็น/ })).toBeChecked();

  // Esc in the picker: unattributed.
  await page.keyboard.press('Control+K');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('note-speaker')).toHaveText('ไม่ระบุผู้พูด');
  await page.keyboard.type('เห็นด้วยกับการขุดลอกคลอง');
  await page.keyboard.press('Enter');
  await expect(rows(page)).toHaveCount(3);
  await expect(rows(page).nth(2)).toContainText('ไม่ระบุผู้พูด');
  await screen(page, '4n-notes-pane');

  stored = await wethi.call('notes.list', { forumId: forum.id });
  expect(stored.map((n) => [n.kind, n.speaker?.id ?? null, n.agendaItemId])).toEqual([
    ['statement', people.somsri.id, first.id],
    ['question', people.boonmee.id, first.id],
    ['statement', null, first.id],
  ]);
  const [, question, unattributed] = stored;
  if (!question || !unattributed) throw new Error('notes missing');

  // ↑ from the empty box selects the last note; ↑ again the question; Ctrl+E edits it in place.
  await page.keyboard.press('ArrowUp');
  await expect(rows(page).nth(2)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(rows(page).nth(1)).toBeFocused();
  await page.keyboard.press('Control+E');
  const editor = page.getByTestId('note-editor');
  await expect(editor.getByRole('textbox')).toBeFocused();
  await page.keyboard.type(' และใช้เวลากี่เดือน');
  await screen(page, '4n-notes-edit');
  await page.keyboard.press('Enter');
  await expect(editor).toBeHidden();
  await expect(rows(page).nth(1)).toContainText('งบประมาณมาจากไหน และใช้เวลากี่เดือน');
  await expect(rows(page).nth(1)).toContainText('(แก้ไขแล้ว)');
  expect((await wethi.call('notes.get', { id: question.id })).text).toBe('งบประมาณมาจากไหน และใช้เวลากี่เดือน');

  // Double-click edits too; Esc cancels.
  await rows(page).nth(0).getByTestId('note-text').dblclick();
  await expect(editor).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(editor).toBeHidden();

  // Delete on the selected note; Ctrl+Z brings it back.
  await rows(page).nth(2).focus();
  await page.keyboard.press('Delete');
  await expect(rows(page)).toHaveCount(2);
  await expect(page.getByText('ลบข้อคิดเห็นแล้ว')).toBeVisible();
  expect((await wethi.call('notes.list', { forumId: forum.id })).map((n) => n.id)).not.toContain(unattributed.id);
  await box(page).focus();
  await page.keyboard.press('Control+Z');
  await expect(rows(page)).toHaveCount(3);
  await expect(rows(page).nth(2)).toContainText('เห็นด้วยกับการขุดลอกคลอง');
  expect((await wethi.call('notes.get', { id: unattributed.id })).deletedAt).toBeNull();

  // M on a note opens the move menu; the second item is chosen by keyboard.
  await rows(page).nth(2).focus();
  await page.keyboard.press('m');
  const menu = page.getByTestId('note-move-menu');
  await expect(menu).toBeVisible();
  // Esc closes the menu and gives the note back the focus; M opens it again.
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(rows(page).nth(2)).toBeFocused();
  await page.keyboard.press('m');
  await expect(menu).toBeVisible();
  await menu.getByRole('menuitem', { name: second.title }).focus();
  await screen(page, '4n-notes-move');
  await page.keyboard.press('Enter');
  await expect(menu).toBeHidden();
  await expect(rows(page)).toHaveCount(2);
  await expect(box(page)).toBeFocused();
  expect((await wethi.call('notes.get', { id: unattributed.id })).agendaItemId).toBe(second.id);

  // All items: the moved note is listed with its item's number.
  await page.getByTestId('note-scope').getByText('ทุกวาระ').click();
  await expect(rows(page)).toHaveCount(3);
  await expect(rows(page).nth(2)).toContainText(second.number);
});

test('the draft survives a reload and a new window; a failed store keeps the text', async ({ page, context }) => {
  test.setTimeout(90_000);
  const wethi = sharedWethi();
  const { forum, people } = await forumWithAgenda(wethi, 'เวทีทดสอบร่างไม่หาย');
  await wethi.open(page, `?forum=${forum.id}&tab=notes`);
  await expect(box(page)).toBeFocused();

  await page.keyboard.press('Control+K');
  await page.keyboard.type('1');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Alt+3');
  const typed = 'เสนอให้ตั้งกองทุนหมู่บ้านเพื่อซื้อปุ๋ยอินทรีย์ร่วมกัน';
  await page.keyboard.type(typed);
  // The speaker typed ahead is set once the people have loaded (maybe after the text): both are the draft's.
  await expect(page.getByTestId('note-speaker')).toHaveText('#1 นายสมชาย ใจดี');
  await expect(page.getByTestId('draft-status')).toHaveAttribute('data-state', 'saved');

  await page.reload();
  await expect(box(page)).toHaveValue(typed);
  await expect(page.getByTestId('note-speaker')).toHaveText('#1 นายสมชาย ใจดี');
  await expect(page.getByTestId('note-kind').getByRole('radio', { name: /ข้อเสนอ/ })).toBeChecked();

  // A new window (the old one closed, as after a crash and a restart) takes the draft over.
  await box(page).press('End');
  await page.keyboard.type(' ภายในปีนี้');
  await expect(page.getByTestId('draft-status')).toHaveAttribute('data-state', 'saved');
  await page.close();
  const again = await context.newPage();
  await wethi.open(again, `?forum=${forum.id}&tab=notes`);
  await expect(box(again)).toHaveValue(`${typed} ภายในปีนี้`);
  await screen(again, '4n-notes-draft-restored');

  // The store fails: the error is shown and the text stays in the box (and in the draft).
  await again.route('**/api/notes.create', (route) => route.abort());
  await box(again).press('Enter');
  await expect(again.getByText('ติดต่อโปรแกรมเวทีไม่ได้ โปรแกรมยังเปิดอยู่หรือไม่')).toBeVisible();
  await expect(box(again)).toHaveValue(`${typed} ภายในปีนี้`);
  await expect(again.getByTestId('note-row')).toHaveCount(0);
  expect(await wethi.call('notes.list', { forumId: forum.id })).toHaveLength(0);

  await again.unroute('**/api/notes.create');
  await box(again).press('Enter');
  await expect(again.getByTestId('note-row')).toHaveCount(1);
  await expect(box(again)).toHaveValue('');
  const [note] = await wethi.call('notes.list', { forumId: forum.id });
  expect(note).toMatchObject({ text: `${typed} ภายในปีนี้`, kind: 'proposal', speaker: { id: people.somchai.id } });

  // The stored text does not come back as a draft.
  await again.reload();
  await expect(again.getByTestId('note-row')).toHaveCount(1);
  await expect(box(again)).toHaveValue('');
});

test('a draft-resolution note becomes the resolution of its agenda item; a resolution can be typed directly', async ({ page }) => {
  const wethi = sharedWethi();
  const { forum, first, second } = await forumWithAgenda(wethi, 'เวทีทดสอบมติที่ประชุม');
  await wethi.open(page, `?forum=${forum.id}&tab=notes`);
  await expect(box(page)).toBeFocused();
  const card = page.getByTestId('resolution-card');
  await expect(card).toContainText('ยังไม่มีมติ');

  await page.keyboard.press('Alt+4');
  await page.keyboard.type('ที่ประชุมเห็นชอบให้บรรจุโครงการซ่อมถนนไว้ในแผนพัฒนาตำบล');
  await page.keyboard.press('Enter');
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).first()).toContainText('ร่างมติ');
  // R on the selected draft resolution (the button on the note does the same).
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('r');
  await expect(card.getByTestId('resolution-text')).toHaveText('ที่ประชุมเห็นชอบให้บรรจุโครงการซ่อมถนนไว้ในแผนพัฒนาตำบล');
  await expect(rows(page).first().getByTestId('note-adopted')).toHaveText('เป็นมติแล้ว');
  await expect(rows(page).first().getByTestId('note-to-resolution')).toHaveCount(0);
  await screen(page, '4n-notes-resolution');

  const [note] = await wethi.call('notes.list', { forumId: forum.id });
  const resolutions = await wethi.call('notes.resolutions', { forumId: forum.id });
  expect(resolutions).toHaveLength(1);
  expect(resolutions[0]).toMatchObject({ agendaItemId: first.id, sourceNoteId: note?.id });

  // Typed directly, for another item chosen in the pane.
  await page.getByTestId('note-target').click();
  await page.getByRole('option', { name: new RegExp(second.title) }).click();
  await expect(card).toContainText('ยังไม่มีมติ');
  await card.getByTestId('resolution-type').click();
  await page.getByTestId('resolution-input').fill('รับรองรายงานการประชุมครั้งที่แล้วโดยไม่มีการแก้ไข');
  await page.getByTestId('resolution-input').press('Enter');
  await expect(card.getByTestId('resolution-text')).toHaveText('รับรองรายงานการประชุมครั้งที่แล้วโดยไม่มีการแก้ไข');
  expect((await wethi.call('notes.resolutions', { forumId: forum.id })).map((r) => r.agendaItemId)).toEqual([first.id, second.id]);
});
