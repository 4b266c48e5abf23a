/**
 * Thai full-text search beside the notes: a substring in the middle of Thai words (no spaces)
 * is found in notes and issues and marked with <mark>; all forums from three characters; a
 * result in this forum scrolls to its note.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { addPerson, makeForum, sharedWethi, SCREENSHOTS } from './wethi';

/** What the note-taker sees (the window, not the whole page): on 1366×768 the pane scrolls the forum title away. */
async function screen(page: Page, name: string) {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  await page.evaluate(() => document.fonts.ready);
  await page.waitForTimeout(350);
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) });
}

test('search finds a Thai substring in notes and issues, marks it, and opens the note', async ({ page }) => {
  const wethi = sharedWethi();
  // A word nobody else's test data has, so the all-forums results are only ours.
  const tag = Array.from({ length: 5 }, () => 'abcdefghijklmnopqrstuvwxyz'[Math.floor(Math.random() * 26)]).join('');
  const word = `ฝายชะลอน้ำ${tag}`;
  const forum = await makeForum(wethi, { title: 'เวทีค้นหาข้อคิดเห็น' });
  const other = await makeForum(wethi, { title: 'เวทีประชาคมหมู่ 9 บ้านโคกสูง' });
  const somchai = await addPerson(wethi, forum.id, { titlePrefix: 'นาย', firstName: 'สมชาย', lastName: 'ใจดี' }, { checkIn: true });
  const { items } = await wethi.call('agenda.applyTemplate', { forumId: forum.id, template: 'official_five' });
  const [first, second] = items.filter((i) => i.parentId === null);
  if (!first || !second) throw new Error('no agenda');
  await wethi.call('agenda.start', { id: first.id });

  // Many notes under the current item, so the one found is out of view until the search opens it.
  for (let i = 1; i <= 14; i++) await wethi.call('notes.create', { forumId: forum.id, text: `ข้อคิดเห็นทั่วไปลำดับที่ ${i}` });
  const target = await wethi.call('notes.create', {
    forumId: forum.id,
    text: `ชาวบ้านเสนอให้สร้าง${word}ที่ลำห้วยหลังหมู่บ้านก่อนฤดูแล้ง`,
    speakerId: somchai.id,
    agendaItemId: second.id,
  });
  for (let i = 15; i <= 20; i++) await wethi.call('notes.create', { forumId: forum.id, text: `ข้อคิดเห็นทั่วไปลำดับที่ ${i}` });
  await wethi.call('issues.create', { forumId: forum.id, title: `น้ำไม่พอใช้ในฤดูแล้ง ต้องการ${word}`, description: 'ลำห้วยแห้งตั้งแต่เดือนกุมภาพันธ์' });
  await wethi.call('notes.create', { forumId: other.id, text: `หมู่ 9 ก็อยากได้${word}เหมือนกัน` });

  await wethi.open(page, `?forum=${forum.id}&tab=notes`);
  await expect(page.getByTestId('note-input')).toBeFocused();
  await expect(page.getByTestId('note-row')).toHaveCount(20);

  // Ctrl+F from the note box; part of a word, in the middle of Thai text written without spaces.
  await page.keyboard.press('Control+F');
  const input = page.getByTestId('search-input');
  await expect(input).toBeFocused();
  const part = word.slice(5, 12); // "ลอน้ำ" and two letters of the tag: starts inside a word
  await page.keyboard.type(part);
  const hits = page.getByTestId('search-hit');
  await expect(hits).toHaveCount(2);
  // Issues come first, then notes; the match is marked, nothing else is.
  await expect(hits.nth(0)).toHaveAttribute('data-kind', 'issue');
  await expect(hits.nth(1)).toHaveAttribute('data-kind', 'note');
  await expect(hits.nth(0).locator('mark')).toHaveText([part]);
  await expect(hits.nth(1).locator('mark')).toHaveText([part]);
  await expect(hits.nth(1)).toContainText('นายสมชาย ใจดี');
  await expect(hits.nth(1)).toContainText(`ชาวบ้านเสนอให้สร้าง${word}`);
  await screen(page, '4n-search-forum');

  // All forums: the other forum's note too, with its forum's title; not below three characters.
  await page.keyboard.press('Alt+A');
  await expect(hits).toHaveCount(3);
  await expect(page.getByTestId('search-results')).toContainText('เวทีประชาคมหมู่ 9 บ้านโคกสูง');
  await input.fill('ลอ');
  await expect(page.getByText('ค้นหาทุกเวทีต้องพิมพ์อย่างน้อย 3 ตัวอักษร')).toBeVisible();
  await expect(hits).toHaveCount(0);
  await input.fill(part);
  await expect(hits).toHaveCount(3);
  await screen(page, '4n-search-all');

  // Back to this forum; ↓ to the note and Enter: the list shows it (under its own item) and selects it.
  await page.keyboard.press('Alt+T');
  await expect(hits).toHaveCount(2);
  await page.keyboard.press('ArrowDown');
  // The flash lasts a moment: watched from inside the page, so a busy machine cannot miss it.
  await page.evaluate((id) => {
    const seen = { flashed: false, background: '' };
    (window as unknown as { flashSeen: typeof seen }).flashSeen = seen;
    new MutationObserver(() => {
      const el = document.querySelector(`[data-note-id="${id}"][data-flash]`);
      if (el && !seen.flashed) {
        seen.flashed = true;
        seen.background = (el as HTMLElement).style.background;
      }
    }).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-flash'] });
  }, target.id);
  await page.keyboard.press('Enter');
  const row = page.locator(`[data-note-id="${target.id}"]`);
  await expect(row).toBeFocused();
  await expect(row).toBeInViewport();
  await expect(page.getByTestId('note-row')).toHaveCount(21);
  // The note found is flashed for a moment, then looks like the others again.
  const flashSeen = () => page.evaluate(() => (window as unknown as { flashSeen: { flashed: boolean; background: string } }).flashSeen);
  await expect.poll(flashSeen).toEqual({ flashed: true, background: 'var(--mantine-color-yellow-1)' });
  await screen(page, '4n-search-opened');
  await expect(row).not.toHaveAttribute('data-flash');
  await expect(row).not.toHaveCSS('background-color', 'rgb(255, 243, 191)');

  // Esc twice: the box is cleared, then the note box has the focus again.
  await input.focus();
  await page.keyboard.press('Escape');
  await expect(input).toHaveValue('');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('note-input')).toBeFocused();
});

test('search finds a resolution and text copied with ำ as ํ + า, typing ำ; Enter shows the resolution under its item', async ({ page }) => {
  const wethi = sharedWethi();
  const forum = await makeForum(wethi, { title: 'เวทีค้นหามติ' });
  const { items } = await wethi.call('agenda.applyTemplate', { forumId: forum.id, template: 'official_five' });
  const [first, , , fourth] = items.filter((i) => i.parentId === null);
  if (!first || !fourth) throw new Error('no agenda');
  await wethi.call('agenda.start', { id: first.id });
  // As pasted from a PDF: ำ written ํ + า.
  const split = (s: string) => s.replaceAll('ำ', '\u0E4D\u0E32');
  const resolution = await wethi.call('notes.setResolution', { forumId: forum.id, agendaItemId: fourth.id, text: split('ที่ประชุมมีมติให้ขุดลอกสระน้ำสาธารณะประจำหมู่บ้าน') });
  const note = await wethi.call('notes.create', { forumId: forum.id, text: split('สระน้ำสาธารณะตื้นเขินมาก') });

  await wethi.open(page, `?forum=${forum.id}&tab=notes`);
  await expect(page.getByTestId('note-input')).toBeFocused();
  await page.keyboard.press('Control+F');
  await expect(page.getByTestId('search-input')).toBeFocused();
  // Typed on a Thai keyboard: ำ is one key.
  await page.keyboard.type('สระน้ำสาธารณะ');
  const hits = page.getByTestId('search-hit');
  await expect(hits).toHaveCount(2);
  await expect(hits.nth(0)).toHaveAttribute('data-kind', 'resolution');
  await expect(hits.nth(1)).toHaveAttribute('data-kind', 'note');
  // The resolution names its kind and its item; the match is marked in the text as stored.
  await expect(hits.nth(0)).toContainText('มติที่ประชุม');
  await expect(hits.nth(0)).toContainText(`วาระที่ 4 ${fourth.title}`);
  await expect(hits.nth(0).locator('mark')).toHaveText([split('สระน้ำสาธารณะ')]);
  await expect(hits.nth(1).locator('mark')).toHaveText([split('สระน้ำสาธารณะ')]);
  expect(note.text).toContain('\u0E4D\u0E32');
  await screen(page, '10-search-resolution');

  // Enter on the resolution: the notes show item 4 (not the current item 1) with its resolution.
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('resolution-text')).toHaveText(resolution.text);
  await expect(page.getByTestId('note-target')).toHaveValue(new RegExp(fourth.title));
});
