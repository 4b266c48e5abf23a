/**
 * The other methods on their entry screens: yes/no with quorum and majority, dot voting per
 * participant with the limit enforced, a tie settled by the chair's casting vote, and a
 * fist-to-five consensus check with a block and its reason.
 */
import { expect, type Page, test } from '@playwright/test';
import { addPerson, makeForum, sharedWethi, shot, type Wethi } from './wethi';

async function ready(page: Page) {
  const close = page.locator('.mantine-Notification-closeButton');
  for (let i = 0; i < 5 && (await close.count()) > 0; i++) await close.first().click({ timeout: 2000 }).catch(() => undefined);
  await page.evaluate(() => window.scrollTo(0, 0));
}

async function forumWith(wethi: Wethi, title: string, people: number) {
  const forum = await makeForum(wethi, { title });
  for (let i = 1; i <= people; i++) await addPerson(wethi, forum.id, { firstName: `สมาชิก${i}`, lastName: 'ทดสอบ' }, { checkIn: true });
  return forum;
}

test('yes / no / abstain: quorum and majority stated, the motion carried', async ({ page }) => {
  const wethi = sharedWethi();
  const forum = await forumWith(wethi, 'เวทีประชาคมหมู่ 2 บ้านดงเย็น', 8);
  await wethi.open(page, `?forum=${forum.id}&tab=polls`);
  await page.getByTestId('new-poll').click();
  const dialog = page.getByRole('dialog');
  await dialog.getByTestId('method-yes_no').click();
  await dialog.getByLabel('เรื่องที่ลงคะแนน').fill('เห็นชอบให้ขุดลอกลำห้วยเป็นโครงการแรก');
  await dialog.getByLabel('องค์ประชุม (คน)').fill('6');
  await dialog.getByRole('button', { name: 'บันทึกและเปิดลงคะแนน' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('เสียงข้างมากธรรมดา (เห็นด้วยมากกว่าไม่เห็นด้วย) · องค์ประชุม 6 คน')).toBeVisible();
  await page.getByLabel('เห็นด้วย', { exact: true }).fill('5');
  await page.getByLabel('ไม่เห็นด้วย', { exact: true }).fill('2');
  await page.getByLabel('งดออกเสียง', { exact: true }).fill('1');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('yes-no-outcome')).toHaveText('ที่ประชุมมีมติเห็นด้วย');
  await expect(page.getByTestId('poll-results')).toContainText('ครบ (ต้องการ 6)');
  const poll = (await wethi.call('polls.list', { forumId: forum.id }))[0];
  const result = await wethi.call('polls.results', { id: poll?.id ?? '' });
  expect(result.yesNo).toMatchObject({ yes: 5, no: 2, abstain: 1, present: 8, quorumMet: true, outcome: 'carried' });
  await ready(page);
  await shot(page, '5-yes-no');
});

test('dot voting per participant by keyboard: one number per dot, the limit refused before it is sent', async ({ page }) => {
  const wethi = sharedWethi();
  const forum = await forumWith(wethi, 'เวทีประชาคมหมู่ 8 บ้านนาดี', 5);
  const poll = await wethi.call('polls.create', {
    forumId: forum.id,
    title: 'ติดดาวเลือกกิจกรรม',
    method: 'approval',
    rules: { mode: 'dots', dotsPerParticipant: 3 },
    options: [{ label: 'ตลาดนัดชุมชน' }, { label: 'ลานกีฬา' }, { label: 'ศาลาประชาคม' }],
  });
  await wethi.call('polls.open', { id: poll.id });
  await wethi.open(page, `?forum=${forum.id}&tab=polls`);
  const box = page.getByTestId('ballot-box');
  await box.focus();
  await page.keyboard.type('1 1 1 2');
  await expect(page.getByText('ใช้ดาวเกิน 3 ดวงต่อคน')).toBeVisible();
  await page.keyboard.press('Escape');
  for (const sheet of ['113', '222', '3 3 2']) {
    await page.keyboard.type(sheet);
    await expect(page.getByTestId('ballot-preview')).not.toBeEmpty();
    await page.keyboard.press('Enter');
    await expect(box).toHaveValue('');
  }
  await expect(page.getByTestId('ballot-count')).toHaveText('3');
  // Dots: ตลาด 2, ลานกีฬา 3 + 1 = 4, ศาลา 1 + 2 = 3.
  const table = page.getByTestId('ranking-table');
  await expect(table.getByRole('row').nth(1)).toContainText('ลานกีฬา');
  await expect(table.getByRole('row').nth(1)).toContainText('4');
  const result = await wethi.call('polls.results', { id: poll.id });
  expect(result.ranking.map((e) => [e.label, e.score])).toEqual([
    ['ลานกีฬา', 4],
    ['ศาลาประชาคม', 3],
    ['ตลาดนัดชุมชน', 2],
  ]);
  await ready(page);
  await shot(page, '5-dots');
});

test('dot voting under participants’ names: dots spread over several sheets, the per-participant limit refused by the host, naming the person', async ({ page }) => {
  const wethi = sharedWethi();
  const forum = await forumWith(wethi, 'เวทีประชาคมหมู่ 9 บ้านหนองแวง', 4);
  const poll = await wethi.call('polls.create', {
    forumId: forum.id,
    title: 'ติดดาวเลือกกิจกรรมรายคน',
    method: 'approval',
    rules: { mode: 'dots', dotsPerParticipant: 3 },
    options: [{ label: 'ตลาดนัดชุมชน' }, { label: 'ลานกีฬา' }, { label: 'ศาลาประชาคม' }],
  });
  await wethi.call('polls.open', { id: poll.id });
  const member = (await wethi.call('speakers.roster', { forumId: forum.id })).find((p) => p.name.includes('สมาชิก1 '));
  if (!member) throw new Error('no member');
  const name = `${member.name} (เลขที่ ${member.number})`;
  await wethi.open(page, `?forum=${forum.id}&tab=polls`);
  const voter = page.getByTestId('voter-picker');
  const box = page.getByTestId('ballot-box');
  const sheet = async (dots: string) => {
    await box.focus();
    await page.keyboard.press('Control+k');
    await page.keyboard.type(String(member.number));
    await page.keyboard.press('Enter');
    await expect(box).toBeFocused();
    await page.keyboard.type(dots);
    await page.keyboard.press('Enter');
  };
  // Two dots, then two more: four in all is over the three each participant has.
  await sheet('1 1');
  await expect(page.getByTestId('ballot-count')).toHaveText('1');
  await sheet('3 3');
  await expect(page.getByTestId('held-reason')).toHaveText(`${name} ใช้ดาวไปแล้ว 2 ดวง ได้คนละ 3 ดวง บัตรนี้ไม่ได้บันทึก`);
  await expect(page.getByTestId('ballot-count')).toHaveText('1');
  await ready(page);
  await shot(page, '5-dots-named-refused');
  // The held sheet is let go (Ctrl+Z takes back the last line: the refused one); the last dot fits.
  await box.focus();
  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('held-lines')).toBeHidden();
  await sheet('3');
  await expect(page.getByTestId('ballot-count')).toHaveText('2');
  const inputs = await wethi.call('polls.inputs', { pollId: poll.id });
  expect(inputs.ballots.map((b) => [b.voterId, Object.values(b.dots ?? {}).reduce((a, n) => a + n, 0)])).toEqual([
    [member.id, 2],
    [member.id, 1],
  ]);
  // The picker shows the dots used.
  await voter.focus();
  await page.keyboard.type(String(member.number));
  await expect(page.getByRole('option', { name: new RegExp(`#${member.number} .*ใช้ดาว 3/3`) })).toBeVisible();
});

test('a tie for first place is shown as a tie, and the chair’s casting vote is recorded with the result', async ({ page }) => {
  const wethi = sharedWethi();
  const forum = await forumWith(wethi, 'เวทีประชาคมหมู่ 1 บ้านใหม่', 4);
  const poll = await wethi.call('polls.create', {
    forumId: forum.id,
    title: 'เลือกที่ตั้งศาลาใหม่',
    method: 'plurality',
    tieRule: { rule: 'casting_vote' },
    options: [{ label: 'ข้างวัด' }, { label: 'ข้างโรงเรียน' }],
  });
  await wethi.call('polls.open', { id: poll.id });
  await wethi.open(page, `?forum=${forum.id}&tab=polls`);
  await page.getByTestId('ballot-box').focus();
  for (const ballot of ['1', '2', '1', '2']) {
    await page.keyboard.type(ballot);
    await page.keyboard.press('Enter');
  }
  await expect(page.getByTestId('ballot-count')).toHaveText('4');
  await expect(page.getByTestId('winner-line')).toHaveText('คะแนนเท่ากัน 2 ข้อ: ข้างวัด, ข้างโรงเรียน');
  const note = page.getByTestId('tie-note');
  await expect(note).toContainText('ข้อที่เท่ากัน: ข้างวัด, ข้างโรงเรียน');
  await expect(note).toContainText('ประธานที่ประชุมชี้ขาด');
  await note.getByRole('button', { name: 'ข้างโรงเรียน' }).click();
  const confirm = page.getByRole('dialog');
  await expect(confirm.getByTestId('casting-confirm-choice')).toHaveText('ประธานชี้ขาดให้ "ข้างโรงเรียน" ชนะ');
  await confirm.getByRole('button', { name: 'บันทึกการชี้ขาด' }).click();
  await expect(note.getByTestId('casting-decisions')).toContainText('ประธานชี้ขาดให้ "ข้างโรงเรียน" ชนะ');
  const result = await wethi.call('polls.results', { id: poll.id });
  expect(result.tie).toBe(true);
  expect(result.winners.map((w) => w.label)).toEqual(['ข้างวัด', 'ข้างโรงเรียน']);
  expect(result.tieBreak).toMatchObject({ rule: 'casting_vote', status: 'decided' });
  expect(result.ranking.find((e) => e.optionId === result.tieBreak?.chosen)?.label).toBe('ข้างโรงเรียน');
  await ready(page);
  await shot(page, '5-tie-casting-vote');
});

test('fist to five: a block is refused without its reason; with it, it stops consensus', async ({ page }) => {
  const wethi = sharedWethi();
  const forum = await forumWith(wethi, 'เวทีประชาคมหมู่ 5 บ้านหนองแวง', 6);
  const poll = await wethi.call('polls.create', { forumId: forum.id, title: 'ใช้เงินกองทุนหมู่บ้านซ่อมประปา', method: 'consensus' });
  await wethi.call('polls.open', { id: poll.id });
  await wethi.open(page, `?forum=${forum.id}&tab=polls`);
  await page.getByLabel('จำนวนคน').fill('5');
  await page.getByRole('button', { name: 'บันทึก', exact: true }).click();
  await expect(page.getByText('ลงแล้ว 5 เสียง')).toBeVisible();
  // On the value buttons, B picks a block (digits 0–5 pick a value).
  await page.getByRole('radiogroup', { name: 'ระดับที่ยกมือ' }).getByRole('radio', { name: '5' }).focus();
  await page.keyboard.press('b');
  await expect(page.getByText('คัดค้าน – หยุดมตินี้ไว้ก่อน ต้องให้เหตุผล')).toBeVisible();
  // Without its reason the block is not stored: the form says why and puts the cursor there.
  await page.getByRole('button', { name: 'บันทึก', exact: true }).click();
  const reason = page.getByRole('textbox', { name: 'เหตุผลที่คัดค้าน' });
  await expect(page.getByText('การคัดค้านต้องมีเหตุผล เพื่อบันทึกในรายงานการประชุม')).toBeVisible();
  await expect(reason).toBeFocused();
  expect((await wethi.call('polls.inputs', { pollId: poll.id })).ballots.map((b) => b.value)).toEqual([5]);
  await page.keyboard.type('ควรของบ อบต. ก่อน ไม่ควรใช้เงินกองทุน');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('consensus-outcome')).toContainText('ยังไม่ได้ฉันทามติ');
  await expect(page.getByTestId('consensus-outcome')).toContainText('มีผู้คัดค้าน 1 คน');
  await expect(page.getByTestId('poll-results')).toContainText('ควรของบ อบต. ก่อน ไม่ควรใช้เงินกองทุน');
  const result = await wethi.call('polls.results', { id: poll.id });
  expect(result.consensus).toMatchObject({ consensus: false, votes: 6, blocks: 1, reasons: ['block'] });
  await ready(page);
  await shot(page, '5-consensus');
});

test('a draft is edited before it opens; a tie under the re-vote rule makes a new draft with the tied options only', async ({ page }) => {
  const wethi = sharedWethi();
  const forum = await forumWith(wethi, 'เวทีประชาคมหมู่ 10 บ้านโคกกลาง', 5);
  await wethi.open(page, `?forum=${forum.id}&tab=polls`);
  await page.getByTestId('new-poll').click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('เรื่องที่ลงคะแนน').fill('ที่ตั้งศาลา');
  await dialog.getByTestId('method-plurality').click();
  await dialog.getByLabel('ตัวเลือกอื่น ๆ').fill('ข้างวัด\nข้างโรงเรียน\nข้างตลาด');
  await dialog.getByRole('radio', { name: /ลงคะแนนใหม่/ }).check();
  await dialog.getByRole('button', { name: 'บันทึกเป็นร่าง' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('poll-status')).toHaveText('ร่าง');

  await page.getByRole('button', { name: 'แก้ไขร่าง' }).click();
  await expect(dialog.getByLabel('ตัวเลือกอื่น ๆ')).toHaveValue('ข้างวัด\nข้างโรงเรียน\nข้างตลาด');
  await dialog.getByLabel('เรื่องที่ลงคะแนน').fill('เลือกที่ตั้งศาลาประชาคมหลังใหม่');
  await dialog.getByRole('button', { name: 'บันทึกและเปิดลงคะแนน' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('poll-title')).toHaveText('เลือกที่ตั้งศาลาประชาคมหลังใหม่');
  await expect(page.getByTestId('poll-tie-rule')).toContainText('ลงคะแนนใหม่เฉพาะข้อที่คะแนนเท่ากัน');

  await page.getByTestId('ballot-box').focus();
  for (const ballot of ['1', '2', '3', '1', '2']) {
    await page.keyboard.type(ballot);
    await page.keyboard.press('Enter');
  }
  await expect(page.getByTestId('ballot-count')).toHaveText('5');
  const note = page.getByTestId('tie-note');
  await expect(note).toContainText('ต้องลงคะแนนใหม่ระหว่าง ข้างวัด, ข้างโรงเรียน');
  await note.getByRole('button', { name: 'สร้างการลงคะแนนใหม่เฉพาะข้อที่เท่ากัน' }).click();
  await expect(page.getByTestId('poll-title')).toHaveText('เลือกที่ตั้งศาลาประชาคมหลังใหม่ (ลงคะแนนใหม่)');
  await expect(page.getByTestId('poll-status')).toHaveText('ร่าง');
  const polls = await wethi.call('polls.list', { forumId: forum.id });
  expect(polls.map((p) => [p.title, p.status, p.options.map((o) => o.label)])).toEqual([
    ['เลือกที่ตั้งศาลาประชาคมหลังใหม่', 'open', ['ข้างวัด', 'ข้างโรงเรียน', 'ข้างตลาด']],
    ['เลือกที่ตั้งศาลาประชาคมหลังใหม่ (ลงคะแนนใหม่)', 'draft', ['ข้างวัด', 'ข้างโรงเรียน']],
  ]);
  expect(polls[1]?.tieRule).toEqual({ rule: 'revote' });
});
