/**
 * From a count to a decision on record: the chair's casting vote (confirmed, kept in view,
 * cleared only while the poll is open), no "motion failed" before anyone voted, a motion or a
 * consensus made a resolution without retyping it, and a priority list adopted beside a
 * resolution the agenda item already has.
 */
import { expect, type Page, test } from '@playwright/test';
import { addPerson, makeForum, sharedWethi, shot, type Wethi } from './wethi';

async function forumWithItem(wethi: Wethi, title: string, people: number) {
  const forum = await makeForum(wethi, { title });
  for (let i = 1; i <= people; i++) await addPerson(wethi, forum.id, { firstName: `ผู้ร่วมเวที${i}`, lastName: 'บ้านดอนแดง' }, { checkIn: true });
  const item = await wethi.call('agenda.add', { forumId: forum.id, title: 'เรื่องเพื่อพิจารณา' });
  await wethi.call('agenda.setCurrent', { forumId: forum.id, id: item.id });
  return { forum, item };
}

/** The polls tab, once its result has loaded (slow on a busy machine: waited for, not timed). */
async function openPolls(page: Page, wethi: Wethi, forumId: string) {
  await wethi.open(page, `?forum=${forumId}&tab=polls`);
  await expect(page.getByTestId('poll-results')).toBeVisible({ timeout: 30_000 });
}

async function closeNotifications(page: Page) {
  const close = page.locator('.mantine-Notification-closeButton');
  for (let i = 0; i < 5 && (await close.count()) > 0; i++) await close.first().click({ timeout: 2000 }).catch(() => undefined);
}

test('IRV casting vote: only the tied options are badged, the choice is confirmed, stays in view, is cleared with Undo while open and kept once closed', async ({ page }) => {
  test.setTimeout(180_000);
  const wethi = sharedWethi();
  const { forum } = await forumWithItem(wethi, 'เวทีประชาคมหมู่ 6 บ้านดอนแดง', 5);
  const poll = await wethi.call('polls.create', {
    forumId: forum.id,
    title: 'เลือกที่ตั้งศาลาประชาคม',
    method: 'irv',
    tieRule: { rule: 'casting_vote' },
    options: [{ label: 'ข้างวัด' }, { label: 'ข้างโรงเรียน' }, { label: 'ข้างตลาด' }],
  });
  await wethi.call('polls.open', { id: poll.id });
  await openPolls(page, wethi, forum.id);
  const box = page.getByTestId('ballot-box');
  await expect(box).toBeFocused();
  // ข้างวัด 2, ข้างโรงเรียน 1, ข้างตลาด 1 of 4: no majority; the last two tie for elimination in round 1.
  for (const ballot of ['1', '1', '2', '3']) {
    await page.keyboard.type(ballot);
    await page.keyboard.press('Enter');
  }
  await expect(page.getByTestId('ballot-count')).toHaveText('4');
  const note = page.getByTestId('tie-note');
  await expect(note).toContainText('ข้อที่เท่ากัน: ข้างโรงเรียน, ข้างตลาด');
  const table = page.getByTestId('ranking-table');
  await expect(table.getByRole('row', { name: /ข้างวัด/ }).getByTestId('rank-badge')).toHaveText('นำ');
  await expect(table.getByRole('row', { name: /ข้างโรงเรียน/ }).getByTestId('rank-badge')).toHaveText('เสมอ รอชี้ขาด');
  await expect(table.getByRole('row', { name: /ข้างตลาด/ }).getByTestId('rank-badge')).toHaveText('เสมอ รอชี้ขาด');
  await expect(table.getByText('เสมอที่หนึ่ง')).toHaveCount(0);
  await shot(page, 'polls-casting-waiting');

  // One click only opens the question; Cancel records nothing.
  await note.getByRole('button', { name: 'ข้างตลาด' }).click();
  const confirm = page.getByRole('dialog');
  await expect(confirm.getByTestId('casting-confirm-choice')).toHaveText('รอบที่ 1: ประธานชี้ขาดให้ตัด "ข้างตลาด" ออก');
  await shot(page, 'polls-casting-confirm');
  await confirm.getByRole('button', { name: 'ยกเลิก' }).click();
  expect((await wethi.call('polls.get', { id: poll.id })).tieRule).toEqual({ rule: 'casting_vote', choices: [] });
  await note.getByRole('button', { name: 'ข้างตลาด' }).click();
  await confirm.getByRole('button', { name: 'บันทึกการชี้ขาด' }).click();
  await expect(confirm).toBeHidden();

  // The count goes on (round 2: ข้างวัด 2 of 3), and the decision stays in view with "clear".
  await expect(page.getByTestId('winner-line')).toHaveText('นำอยู่: ข้างวัด');
  await expect(note.getByTestId('casting-decisions')).toContainText('รอบที่ 1: ประธานชี้ขาดให้ตัด "ข้างตลาด" ออก');
  await expect(table.getByRole('row', { name: /ข้างโรงเรียน/ }).getByTestId('rank-badge')).toHaveCount(0);
  const cleared = note.getByTestId('clear-casting');
  await closeNotifications(page);
  await cleared.click();
  await expect(note).toContainText('ข้อที่เท่ากัน: ข้างโรงเรียน, ข้างตลาด');
  expect((await wethi.call('polls.get', { id: poll.id })).tieRule).toEqual({ rule: 'casting_vote', choices: [] });
  // Undo puts the decision back.
  await page.getByRole('button', { name: 'เลิกทำ' }).click();
  await expect(note.getByTestId('casting-decisions')).toContainText('ตัด "ข้างตลาด" ออก');
  const market = poll.options.find((o) => o.label === 'ข้างตลาด')?.id;
  expect((await wethi.call('polls.get', { id: poll.id })).tieRule).toEqual({ rule: 'casting_vote', choices: [market] });

  // Closed: the decision is on record, shown, and only reopening the poll changes it.
  await page.getByRole('button', { name: 'ปิดลงคะแนน' }).click();
  await expect(page.getByTestId('poll-status')).toHaveText('ปิดแล้ว');
  await expect(note.getByTestId('casting-decisions')).toContainText('ตัด "ข้างตลาด" ออก');
  await expect(note.getByTestId('clear-casting')).toHaveCount(0);
  await expect(note).toContainText('ถ้าจะแก้ให้เปิดลงคะแนนอีกครั้ง');
  await expect(page.getByTestId('winner-line')).toHaveText('ผู้ชนะ: ข้างวัด');
  await closeNotifications(page);
  await shot(page, 'polls-casting-closed');
  await page.getByRole('button', { name: 'เปิดอีกครั้ง' }).click();
  await expect(note.getByTestId('clear-casting')).toBeVisible();
});

test('a yes/no poll says "no votes yet" until counts are entered, on the screen and the projector; the motion becomes a resolution beside the note-taker’s', async ({ page }) => {
  test.setTimeout(180_000);
  const wethi = sharedWethi();
  const { forum, item } = await forumWithItem(wethi, 'เวทีประชาคมหมู่ 11 บ้านโนนสูง', 8);
  const poll = await wethi.call('polls.create', { forumId: forum.id, title: 'ขุดลอกลำห้วยเป็นโครงการแรก', method: 'yes_no' });
  await wethi.call('polls.open', { id: poll.id });
  await openPolls(page, wethi, forum.id);
  await expect(page.getByTestId('warning-no_input')).toHaveText('ยังไม่มีคะแนน');
  await expect(page.getByTestId('yes-no-outcome')).toHaveCount(0);
  await expect(page.getByText('ญัตติไม่ผ่าน')).toHaveCount(0);
  await page.getByRole('button', { name: 'ดูตัวอย่างบนจอ' }).click();
  await expect(page.getByRole('dialog').getByTestId('projector-poll-outcome')).toHaveText('ยังไม่มีคะแนน');
  await page.keyboard.press('Escape');
  // Counts saved as zeros: still no outcome, and no tie for the chair to settle.
  await page.getByLabel('เห็นด้วย', { exact: true }).fill('0');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('no-votes')).toHaveText('ยังไม่มีคะแนน');
  await expect(page.getByTestId('tie-note')).toHaveCount(0);
  await expect(page.getByTestId('yes-no-outcome')).toHaveCount(0);

  await page.getByLabel('เห็นด้วย', { exact: true }).fill('6');
  await page.getByLabel('ไม่เห็นด้วย', { exact: true }).fill('1');
  await page.getByLabel('งดออกเสียง', { exact: true }).fill('1');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('yes-no-outcome')).toHaveText('ที่ประชุมมีมติเห็นด้วย');
  const make = page.getByTestId('make-resolution');
  await expect(make.getByRole('button', { name: 'ทำเป็นมติ' })).toBeDisabled();

  // The note-taker had written a resolution for the item already.
  await wethi.call('notes.setResolution', { forumId: forum.id, agendaItemId: item.id, text: 'ที่ประชุมรับทราบปัญหาลำห้วยตื้นเขิน' });
  await page.getByRole('button', { name: 'ปิดลงคะแนน' }).click();
  await expect(page.getByTestId('poll-status')).toHaveText('ปิดแล้ว');
  await make.getByRole('button', { name: 'ทำเป็นมติ' }).click();
  const text = page.getByTestId('resolution-text');
  await expect(text).toHaveValue(
    'ที่ประชุมมีมติเห็นชอบเรื่อง "ขุดลอกลำห้วยเป็นโครงการแรก" ด้วยคะแนนเห็นด้วย 6 เสียง ไม่เห็นด้วย 1 เสียง งดออกเสียง 1 เสียง จากผู้มาประชุม 8 คน',
  );
  await expect(text).toBeFocused();
  // Ctrl+End: the end of the text (End alone stops at the end of the wrapped line).
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' โดยให้ อบต. สนับสนุนงบประมาณ');
  await shot(page, 'polls-make-resolution');
  await page.keyboard.press('Control+Enter');
  const exists = page.getByTestId('resolution-exists');
  await expect(exists.getByTestId('resolution-existing')).toHaveText('ที่ประชุมรับทราบปัญหาลำห้วยตื้นเขิน');
  await shot(page, 'polls-resolution-exists');
  await exists.getByRole('button', { name: 'เพิ่มเป็นมติอีกข้อ' }).click();
  await expect(page.getByText('บันทึกมติที่ประชุมแล้ว')).toBeVisible();
  const resolutions = (await wethi.call('notes.resolutions', { forumId: forum.id })).filter((r) => r.agendaItemId === item.id);
  expect(resolutions.map((r) => r.text)).toEqual([
    'ที่ประชุมรับทราบปัญหาลำห้วยตื้นเขิน',
    'ที่ประชุมมีมติเห็นชอบเรื่อง "ขุดลอกลำห้วยเป็นโครงการแรก" ด้วยคะแนนเห็นด้วย 6 เสียง ไม่เห็นด้วย 1 เสียง งดออกเสียง 1 เสียง จากผู้มาประชุม 8 คน โดยให้ อบต. สนับสนุนงบประมาณ',
  ]);
});

test('a consensus check becomes a resolution; before any hand it shows no outcome', async ({ page }) => {
  test.setTimeout(120_000);
  const wethi = sharedWethi();
  const { forum, item } = await forumWithItem(wethi, 'เวทีประชาคมหมู่ 12 บ้านโนนงาม', 6);
  const poll = await wethi.call('polls.create', { forumId: forum.id, title: 'รับรองแผนปฏิบัติการปี 2570', method: 'consensus' });
  await wethi.call('polls.open', { id: poll.id });
  await openPolls(page, wethi, forum.id);
  await expect(page.getByTestId('warning-no_input')).toHaveText('ยังไม่มีคะแนน');
  await expect(page.getByTestId('consensus-outcome')).toHaveCount(0);
  await page.getByLabel('จำนวนคน').fill('6');
  await page.getByRole('button', { name: 'บันทึก', exact: true }).click();
  await expect(page.getByTestId('consensus-outcome')).toContainText('ได้ฉันทามติ');
  await page.getByRole('button', { name: 'ปิดลงคะแนน' }).click();
  await page.getByTestId('make-resolution').getByRole('button', { name: 'ทำเป็นมติ' }).click();
  await expect(page.getByTestId('resolution-text')).toHaveValue('ที่ประชุมมีมติโดยฉันทามติเห็นชอบเรื่อง "รับรองแผนปฏิบัติการปี 2570" (ลงเสียง 6 เสียง ค่าเฉลี่ย 5 ไม่มีผู้คัดค้าน)');
  await page.getByRole('button', { name: 'บันทึกมติ' }).click();
  await expect(page.getByText('บันทึกมติที่ประชุมแล้ว')).toBeVisible();
  const resolutions = await wethi.call('notes.resolutions', { forumId: forum.id });
  expect(resolutions.filter((r) => r.agendaItemId === item.id).map((r) => r.text)).toEqual([
    'ที่ประชุมมีมติโดยฉันทามติเห็นชอบเรื่อง "รับรองแผนปฏิบัติการปี 2570" (ลงเสียง 6 เสียง ค่าเฉลี่ย 5 ไม่มีผู้คัดค้าน)',
  ]);
});

test('priorities adopted on an agenda item that has a resolution: added as a further resolution, the earlier one kept', async ({ page }) => {
  test.setTimeout(180_000);
  const wethi = sharedWethi();
  const { forum, item } = await forumWithItem(wethi, 'เวทีประชาคมหมู่ 13 บ้านหนองไผ่', 4);
  const road = await wethi.call('issues.create', { forumId: forum.id, title: 'ถนนลูกรังชำรุด' });
  const water = await wethi.call('issues.create', { forumId: forum.id, title: 'น้ำประปาไม่ไหล' });
  const poll = await wethi.call('polls.create', { forumId: forum.id, title: 'จัดลำดับปัญหา', method: 'borda', options: [{ issueId: road.id }, { issueId: water.id }] });
  await wethi.call('polls.open', { id: poll.id });
  await wethi.call('polls.addBallots', { pollId: poll.id, ballots: [{ ranking: poll.options.map((o) => o.id).reverse(), count: 3 }] });
  await wethi.call('polls.close', { id: poll.id });
  await wethi.call('notes.setResolution', { forumId: forum.id, agendaItemId: item.id, text: 'ที่ประชุมเห็นควรซ่อมถนนก่อนฤดูฝน' });
  await openPolls(page, wethi, forum.id);
  await page.getByTestId('adopt-priorities').getByRole('button', { name: 'ใช้เป็นลำดับความสำคัญ' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'ใช้เป็นลำดับความสำคัญ' }).click();
  const exists = page.getByTestId('resolution-exists');
  await expect(exists.getByTestId('resolution-existing')).toHaveText('ที่ประชุมเห็นควรซ่อมถนนก่อนฤดูฝน');
  await expect(exists.getByRole('button', { name: 'แทนที่มติเดิม' })).toBeVisible();
  // Enter takes the safe choice, which has the focus: keep both.
  await expect(exists.getByRole('button', { name: 'เพิ่มเป็นมติอีกข้อ' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByText('บันทึกลำดับความสำคัญ 2 ประเด็นเป็นมติเพิ่มเติมของวาระนี้แล้ว')).toBeVisible();
  const resolutions = (await wethi.call('notes.resolutions', { forumId: forum.id })).filter((r) => r.agendaItemId === item.id);
  expect(resolutions).toHaveLength(2);
  expect(resolutions[0]?.text).toBe('ที่ประชุมเห็นควรซ่อมถนนก่อนฤดูฝน');
  expect(resolutions[1]?.text).toContain('1. น้ำประปาไม่ไหล\n2. ถนนลูกรังชำรุด');
  expect((await wethi.call('priorities.get', { forumId: forum.id })).resolutionId).toBe(resolutions[1]?.id);
});
