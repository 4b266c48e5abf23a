/**
 * Small-group work brought back to the plenary: the note-taker files notes under a group from the
 * note pane by keyboard (Alt+G), the list shows and filters them by group; on the groups tab the
 * group's issues and notes are counted and "นำเสนอต่อที่ประชุมใหญ่" brings its issues under the
 * current item (still raised by the group) with the reporter's summary as a plenary note; undo
 * takes it back. Checked against the API at each step.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { addPerson, makeForum, SCREENSHOTS, sharedWethi } from './wethi';

/** The window as the facilitator sees it (not the full page). */
async function screen(page: Page, name: string) {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  await page.evaluate(() => document.fonts.ready);
  await page.waitForTimeout(350);
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) });
}

test('notes for a group by keyboard, then the group reports back to the plenary', async ({ page }) => {
  test.setTimeout(90_000);
  const wethi = sharedWethi();
  const forum = await makeForum(wethi, { title: 'เวทีประชาคมตำบล กลุ่มย่อยรายงานผล', kind: 'workshop' });
  const malee = await addPerson(wethi, forum.id, { titlePrefix: 'นาง', firstName: 'มาลี', lastName: 'ใจดี', gender: 'female', village: '1' }, { checkIn: true });
  const kong = await addPerson(wethi, forum.id, { titlePrefix: 'นาย', firstName: 'ก้อง', lastName: 'ศรีสุข', gender: 'male', village: '1' }, { checkIn: true });
  const boonmee = await addPerson(wethi, forum.id, { titlePrefix: 'นาย', firstName: 'บุญมี', lastName: 'มีสุข', gender: 'male', village: '3' }, { checkIn: true });
  const agenda = await wethi.call('agenda.applyTemplate', { forumId: forum.id, template: 'official_five' });
  const consideration = agenda.items.find((i) => i.number === '4');
  if (!consideration) throw new Error('the template has no item 4');
  await wethi.call('agenda.setCurrent', { forumId: forum.id, id: consideration.id });
  const farming = await wethi.call('groups.create', { forumId: forum.id, name: 'กลุ่มเกษตร' });
  const health = await wethi.call('groups.create', { forumId: forum.id, name: 'กลุ่มสุขภาพ' });
  await wethi.call('groups.setMembers', { groupId: farming.id, personIds: [malee.id, kong.id] });
  await wethi.call('groups.setMembers', { groupId: health.id, personIds: [boonmee.id] });
  await wethi.call('groups.update', { id: farming.id, patch: { reporterId: malee.id } });
  // Raised during the group's own discussion, under no agenda item yet.
  const water = await wethi.call('issues.create', { forumId: forum.id, title: 'น้ำไม่พอใช้ทำการเกษตรหน้าแล้ง', groupId: farming.id, agendaItemId: null });
  const fertiliser = await wethi.call('issues.create', { forumId: forum.id, title: 'ปุ๋ยราคาแพง', groupId: farming.id, agendaItemId: null });

  // The note pane: Alt+G steps plenary → กลุ่มเกษตร → กลุ่มสุขภาพ → plenary, the chip showing where notes go.
  await wethi.open(page, `?forum=${forum.id}&tab=notes`);
  const box = page.getByTestId('note-input');
  const chip = page.getByTestId('note-group');
  await expect(box).toBeFocused();
  await expect(chip).toHaveText('ทั้งที่ประชุม');
  await page.keyboard.press('Alt+KeyG');
  await expect(chip).toHaveText('กลุ่มเกษตร');
  await expect(box).toBeFocused();
  await page.keyboard.type('สมาชิกกลุ่มเล่าว่าบ่อน้ำตื้นเขินตั้งแต่ปีที่แล้ว');
  await page.keyboard.press('Enter');
  const rows = page.getByTestId('note-row');
  await expect(rows).toHaveCount(1);
  await expect(rows.first().getByTestId('note-group-badge')).toHaveText('กลุ่มเกษตร');

  await page.keyboard.press('Alt+KeyG');
  await expect(chip).toHaveText('กลุ่มสุขภาพ');
  await page.keyboard.press('Alt+KeyG');
  await expect(chip).toHaveText('ทั้งที่ประชุม');
  await page.keyboard.type('ประธานขอให้แต่ละกลุ่มสรุปประเด็นภายในสิบนาที');
  await page.keyboard.press('Enter');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(1).getByTestId('note-group-badge')).toHaveCount(0);

  const notes = await wethi.call('notes.list', { forumId: forum.id });
  expect(notes.map((n) => [n.text, n.groupId, n.agendaItemId])).toEqual([
    ['สมาชิกกลุ่มเล่าว่าบ่อน้ำตื้นเขินตั้งแต่ปีที่แล้ว', farming.id, consideration.id],
    ['ประธานขอให้แต่ละกลุ่มสรุปประเด็นภายในสิบนาที', null, consideration.id],
  ]);

  // The list by group: one group's notes only, then the plenary's only.
  await page.getByTestId('note-group-filter').click();
  await page.getByRole('option', { name: 'กลุ่มเกษตร' }).click();
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('บ่อน้ำตื้นเขิน');
  await page.keyboard.press('Alt+KeyG');
  await expect(chip).toHaveText('กลุ่มเกษตร');
  await screen(page, '4s-notes-group');
  await page.getByTestId('note-group-filter').click();
  await page.getByRole('option', { name: 'ที่ประชุมใหญ่' }).click();
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('สรุปประเด็นภายในสิบนาที');

  // The groups tab: each group's work counted; the step that presents it.
  await page.keyboard.press('Alt+Digit9');
  // By its label: the other cards name it too, in their members' "move to" lists.
  const card = page.getByTestId('group-card').and(page.getByLabel('กลุ่มเกษตร', { exact: true }));
  await expect(card.getByTestId('group-issue-count')).toHaveText('2 ประเด็น');
  await expect(card.getByTestId('group-note-count')).toHaveText('1 บันทึก');
  await expect(card.getByTestId('group-reported')).toHaveCount(0);
  await card.getByTestId('group-report-back').click();
  const dialog = page.getByTestId('report-back-dialog');
  await expect(dialog).toContainText('ผู้รายงาน: นางมาลี ใจดี');
  await expect(dialog.getByTestId('report-back-item')).toHaveValue(/เรื่องเพื่อพิจารณา · วาระปัจจุบัน/);
  await screen(page, '4s-groups-report-dialog');
  await page.keyboard.press('Enter');
  await expect(card.getByTestId('group-reported')).toContainText('วาระ 4');

  let issues = await wethi.call('issues.list', { forumId: forum.id });
  expect(issues.map((i) => [i.title, i.agendaItemId, i.raisedBy])).toEqual([
    ['น้ำไม่พอใช้ทำการเกษตรหน้าแล้ง', consideration.id, { kind: 'group', groupId: farming.id, name: 'กลุ่มเกษตร' }],
    ['ปุ๋ยราคาแพง', consideration.id, { kind: 'group', groupId: farming.id, name: 'กลุ่มเกษตร' }],
  ]);
  await screen(page, '4s-groups-reported');

  // Undo from the notification, then present again for good.
  await page.getByRole('button', { name: 'เลิกทำ' }).click();
  await expect(card.getByTestId('group-reported')).toHaveCount(0);
  issues = await wethi.call('issues.list', { forumId: forum.id });
  expect(issues.map((i) => i.agendaItemId)).toEqual([null, null]);
  expect((await wethi.call('notes.list', { forumId: forum.id, groupId: null })).map((n) => n.text)).toEqual(['ประธานขอให้แต่ละกลุ่มสรุปประเด็นภายในสิบนาที']);
  await card.getByTestId('group-report-back').click();
  await page.keyboard.press('Enter');
  await expect(card.getByTestId('group-reported')).toContainText('วาระ 4');

  // The plenary's issue list: the group's issues under item 4, raised by the group.
  await page.keyboard.press('Alt+Digit6');
  const issueRows = page.getByTestId('issue-row');
  await expect(issueRows).toHaveCount(2);
  for (const [i, title] of [water.title, fertiliser.title].entries()) {
    await expect(issueRows.nth(i)).toContainText(title);
    await expect(issueRows.nth(i)).toContainText('เสนอโดย กลุ่มเกษตร');
    await expect(issueRows.nth(i)).toContainText('วาระ 4');
  }
  await screen(page, '4s-issues-from-group');

  // The note pane: the reporter's summary among the plenary's notes of item 4.
  await page.keyboard.press('Alt+Digit7');
  await page.getByTestId('note-group-filter').click();
  await page.getByRole('option', { name: 'ทุกกลุ่ม' }).click();
  await expect(rows).toHaveCount(3);
  const report = rows.nth(2);
  await expect(report.getByTestId('note-speaker-name')).toHaveText('นางมาลี ใจดี');
  await expect(report.getByTestId('note-text')).toHaveText(
    'รายงานผลการประชุมกลุ่มย่อย กลุ่มเกษตร: ประเด็นที่กลุ่มเสนอ 2 ประเด็น ได้แก่ 1) น้ำไม่พอใช้ทำการเกษตรหน้าแล้ง 2) ปุ๋ยราคาแพง',
  );
  await expect(report.getByTestId('note-group-badge')).toHaveCount(0);
  await screen(page, '4s-notes-report-back');

  // The ? dialog lists the note pane's Alt+G beside every tab key.
  await page.getByTestId('note-list').click();
  await page.keyboard.press('F1');
  const help = page.getByTestId('shortcut-help');
  await expect(help).toContainText('เลือกกลุ่มย่อย');
  await expect(help).toContainText('กลุ่มย่อย');
  await screen(page, '4s-shortcut-help');
});
