/**
 * A short forum run by keyboard from start to finish, across the room's screens: check people
 * in, apply the agenda template and start item 1, call out issues, take notes with speakers,
 * run the speakers list, read the equity tab, and watch the projector window follow.
 * The forum and its register are set up through the API (that is the office's work, days before).
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { addPerson, makeForum, SCREENSHOTS, sharedWethi, shot } from './wethi';

/** What the note-taker sees (the window, not the whole page): on 1366×768 the pane scrolls the forum title away. */
async function screen(page: Page, name: string) {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  await page.evaluate(() => document.fonts.ready);
  await page.waitForTimeout(350);
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) });
}

/** Alt+digit switches tabs, but not from inside a text field (the field keeps its keys): leave it first. */
async function goToTab(page: Page, digit: number, name: string) {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press(`Alt+${digit}`);
  await expect(page.getByRole('tab', { name })).toHaveAttribute('aria-selected', 'true');
}

test('a short forum by keyboard: check-in, agenda, issues, notes with speakers, speakers list, equity, projector', async ({ page, context }) => {
  test.setTimeout(120_000);
  const wethi = sharedWethi();
  const forum = await makeForum(wethi, { title: 'เวทีประชาคมหมู่ 7 บ้านดอนแดง ครั้งที่ 2/2569' });
  const people = [
    await addPerson(wethi, forum.id, { titlePrefix: 'นาย', firstName: 'ประยูร', lastName: 'ศรีสวัสดิ์', gender: 'male', village: '7', sector: 'citizens' }),
    await addPerson(wethi, forum.id, { titlePrefix: 'นาง', firstName: 'บัวผัน', lastName: 'แก้วมณี', gender: 'female', village: '7', sector: 'citizens' }),
    await addPerson(wethi, forum.id, { titlePrefix: 'นาย', firstName: 'วิชัย', lastName: 'คำแสน', gender: 'male', sector: 'local_government', organisation: 'อบต.ดอนแดง' }),
    await addPerson(wethi, forum.id, { titlePrefix: 'นางสาว', firstName: 'อรุณี', lastName: 'พรมมา', gender: 'female', village: '7', sector: 'civil_society' }),
  ];
  const [prayoon, buaphan, wichai, arunee] = people;
  if (!prayoon || !buaphan || !wichai || !arunee) throw new Error('people missing');

  // 1. Check-in: part of a name, Enter.
  await wethi.open(page, `?forum=${forum.id}&tab=checkin`);
  const search = page.getByRole('combobox', { name: 'ค้นหาผู้เข้าร่วม' });
  await expect(search).toBeFocused();
  for (const part of ['ประยูร', 'บัวผัน', 'วิชัย', 'อรุณี']) {
    await page.keyboard.type(part);
    // The register is shared by every forum (other tests add people of the same names): the
    // one registered for this forum must come first, and Enter takes the first.
    const mine = people.find((p) => p.firstName === part);
    await expect(page.getByRole('option').first()).toContainText(`${mine?.firstName} ${mine?.lastName}`);
    await expect(page.getByRole('option').first()).toContainText('มีในรายชื่อ');
    await page.keyboard.press('Enter');
    await expect(page.getByText(new RegExp(`ลงทะเบียน .*${part}.* แล้ว`))).toBeVisible();
    await expect(search).toHaveValue('');
  }
  await expect(page.getByTestId('checkin-counter')).toContainText('4');
  expect((await wethi.call('forums.get', { id: forum.id })).checkedInCount).toBe(4);
  await shot(page, '4n-short-1-checkin');

  // 2. Agenda: the Thai official five-item template, then Space starts the first item's clock.
  await goToTab(page, 5, 'ระเบียบวาระ');
  const useOfficial = page.getByTestId('template-official_five').getByRole('button', { name: 'ใช้แม่แบบนี้' });
  await useOfficial.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('agenda-row')).toHaveCount(5);
  await expect(page.getByTestId('agenda-list')).toBeFocused();
  await page.keyboard.press('Space');
  await expect
    .poll(async () => {
      const list = await wethi.call('agenda.list', { forumId: forum.id });
      return Boolean(list.items[0]?.runningSince) && list.currentItemId === list.items[0]?.id;
    })
    .toBe(true);
  const agenda = await wethi.call('agenda.list', { forumId: forum.id });
  const [item1, item2] = agenda.items;
  if (!item1 || !item2) throw new Error('agenda missing');
  await shot(page, '4n-short-2-agenda');

  // 3. Issues: Q opens quick entry, one issue per line, Ctrl+Enter adds them under item 1.
  await goToTab(page, 6, 'ประเด็นปัญหา');
  await page.keyboard.press('q');
  const quick = page.getByTestId('quick-entry').getByRole('textbox');
  await expect(quick).toBeFocused();
  await page.keyboard.type('ถนนเข้าหมู่บ้านเป็นหลุมเป็นบ่อ');
  await page.keyboard.press('Enter');
  await page.keyboard.type('น้ำประปาไม่ไหลช่วงหน้าแล้ง');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByTestId('issue-row')).toHaveCount(2);
  const issues = await wethi.call('issues.list', { forumId: forum.id });
  expect(issues.map((i) => [i.title, i.agendaItemId])).toEqual([
    ['ถนนเข้าหมู่บ้านเป็นหลุมเป็นบ่อ', item1.id],
    ['น้ำประปาไม่ไหลช่วงหน้าแล้ง', item1.id],
  ]);
  await shot(page, '4n-short-3-issues');

  // 4. Notes: speaker by badge number, Alt+S gives them the floor, Enter stores each note.
  await goToTab(page, 7, 'บันทึกข้อคิดเห็น');
  const box = page.getByTestId('note-input');
  await box.focus();
  await page.keyboard.press('Control+K');
  await page.keyboard.type('1');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('note-speaker')).toHaveText('#1 นายประยูร ศรีสวัสดิ์');
  await page.keyboard.press('Alt+S');
  await expect(page.getByTestId('now-speaking')).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.type('ถนนสายนี้ชำรุดมาสามปีแล้ว รถพยาบาลเข้าไม่ได้');
  await page.keyboard.press('Enter');
  await page.keyboard.type('@');
  await page.keyboard.type('บัว');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Alt+3');
  await page.keyboard.type('เสนอให้ใช้งบกองทุนหมู่บ้านซ่อมเบื้องต้นก่อน');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('note-row')).toHaveCount(2);
  const notes = await wethi.call('notes.list', { forumId: forum.id });
  expect(notes.map((n) => [n.speaker?.id, n.kind, n.agendaItemId])).toEqual([
    [prayoon.id, 'statement', item1.id],
    [buaphan.id, 'proposal', item1.id],
  ]);
  await screen(page, '4n-short-4-notes');

  // 5. Speakers list: A to add by badge number, N for the next speaker, S to stop.
  await goToTab(page, 8, 'ผู้อภิปราย');
  await expect(page.getByTestId('current-speaker-name')).toContainText('นายประยูร ศรีสวัสดิ์');
  await page.keyboard.press('a');
  const adder = page.getByTestId('speaker-add');
  await expect(adder).toBeFocused();
  for (const badge of ['3', '4']) {
    await page.keyboard.type(badge);
    await page.keyboard.press('Enter');
    await expect(adder).toHaveValue('');
  }
  await expect(page.getByTestId('queue-entry')).toHaveCount(2);
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await page.keyboard.press('n');
  await expect(page.getByTestId('current-speaker-name')).toContainText('นายวิชัย คำแสน');
  await page.keyboard.press('n');
  await expect(page.getByTestId('current-speaker-name')).toContainText('นางสาวอรุณี พรมมา');
  await shot(page, '4n-short-5-speakers');
  await page.keyboard.press('s');
  await expect.poll(async () => (await wethi.call('speakers.current', { forumId: forum.id })).speech).toBeNull();
  const speeches = await wethi.call('speakers.list', { forumId: forum.id });
  expect(speeches.map((s) => s.person?.id)).toEqual([prayoon.id, wichai.id, arunee.id]);
  expect(speeches.every((s) => s.endedAt !== null && s.agendaItemId === item1.id)).toBe(true);

  // 6. Equity: the figures and the chart for who spoke against who came.
  await goToTab(page, 0, 'ความเท่าเทียมในการพูด');
  await expect(page.getByTestId('equity-headline')).toBeVisible();
  await expect(page.getByTestId('equity-chart').first()).toBeVisible();
  await expect(page.getByTestId('equity-speakers')).toContainText('นายวิชัย คำแสน');
  await shot(page, '4n-short-6-equity');

  // 7. The projector in a second window follows what the control window changes.
  const projector = await context.newPage();
  await projector.goto(`${wethi.origin}/projector?forum=${forum.id}#token=${wethi.token}`);
  await expect(projector.getByTestId('projector')).toBeVisible();
  await wethi.call('projector.set', { forumId: forum.id, view: { mode: 'agenda' } });
  await expect(projector.getByTestId('projector-agenda-title')).toHaveText(item1.title);
  // The facilitator moves to the next item (N on the agenda tab): the projector follows.
  await page.bringToFront();
  await goToTab(page, 5, 'ระเบียบวาระ');
  await page.getByTestId('agenda-list').focus();
  await page.keyboard.press('n');
  await expect(projector.getByTestId('projector-agenda-title')).toHaveText(item2.title);
  await shot(projector, '4n-short-7-projector-agenda');
  await wethi.call('projector.set', { forumId: forum.id, view: { mode: 'issues' } });
  await expect(projector.getByTestId('projector-issue')).toHaveCount(2);
  await expect(projector.getByTestId('projector-issues')).toContainText('น้ำประปาไม่ไหลช่วงหน้าแล้ง');
  await shot(projector, '4n-short-8-projector-issues');
  expect((await wethi.call('agenda.current', { forumId: forum.id }))?.id).toBe(item2.id);
});
