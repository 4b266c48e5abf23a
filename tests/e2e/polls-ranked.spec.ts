/**
 * Ranked paper ballots typed by keyboard, ballot after ballot, checked against a count done by
 * hand. Nine ballots on three issues, A = ถนน, B = ประปา, C = ไฟฟ้า:
 *   4 × A > B > C,  3 × C > B > A,  2 × B > C (A left off: a partial ranking)
 * Borda (n = 3: 2, 1, 0 points; unranked 0): A = 4×2 = 8; B = 4×1 + 3×1 + 2×2 = 11;
 *   C = 3×2 + 2×1 = 8 → B wins with 11, A and C share rank 2 with 8.
 * IRV (majority of 9 is 5): round 1 A 4, B 2, C 3 → B out; its 2 ballots go to C:
 *   round 2 A 4, C 5 → C wins. Plurality would have picked A: each method picks differently.
 */
import { expect, type Page, test } from '@playwright/test';
import { addPerson, makeForum, sharedWethi, shot, type Wethi } from './wethi';

const BALLOTS = [...Array(4).fill('123'), ...Array(3).fill('3 2 1'), ...Array(2).fill('23')] as string[];

/** Full-page shots from the top (the fixed header in its place), without notifications over the content. */
async function ready(page: Page) {
  const close = page.locator('.mantine-Notification-closeButton');
  for (let i = 0; i < 5 && (await close.count()) > 0; i++) await close.first().click({ timeout: 2000 }).catch(() => undefined);
  await page.evaluate(() => window.scrollTo(0, 0));
}

async function setUp(wethi: Wethi) {
  const forum = await makeForum(wethi, { title: 'เวทีประชาคมหมู่ 3 บ้านโคกสว่าง' });
  for (let i = 1; i <= 10; i++) await addPerson(wethi, forum.id, { firstName: `ผู้เข้าร่วม${i}`, lastName: 'โคกสว่าง' }, { checkIn: true });
  const road = await wethi.call('issues.create', { forumId: forum.id, title: 'ถนนลูกรังชำรุด' });
  const water = await wethi.call('issues.create', { forumId: forum.id, title: 'น้ำประปาไม่ไหล' });
  const light = await wethi.call('issues.create', { forumId: forum.id, title: 'ไฟส่องสว่างไม่พอ' });
  return { forum, issues: [road, water, light] };
}

/** Types every ballot into the focused box, Enter after each; checks the counter follows. */
async function typeBallots(page: Page, ballots: string[]) {
  const box = page.getByTestId('ballot-box');
  await expect(box).toBeFocused();
  for (const ballot of ballots) {
    await page.keyboard.type(ballot);
    await page.keyboard.press('Enter');
    await expect(box).toHaveValue('');
  }
}

test('Borda by keyboard ballot entry: typed ballots, a refused ballot, Ctrl+Z, result as counted by hand', async ({ page }) => {
  test.setTimeout(90_000);
  const wethi = sharedWethi();
  const { forum } = await setUp(wethi);
  await wethi.open(page, `?forum=${forum.id}&tab=polls`);

  // Make the poll in the form: method, issues in ballot order, tie rule chosen up front.
  await page.getByTestId('new-poll').click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('เรื่องที่ลงคะแนน').fill('จัดลำดับปัญหาหมู่ 3');
  await dialog.getByTestId('method-borda').click();
  const issues = dialog.getByLabel('ประเด็นปัญหาของเวที');
  for (const title of ['ถนนลูกรังชำรุด', 'น้ำประปาไม่ไหล', 'ไฟส่องสว่างไม่พอ']) {
    await issues.click();
    await page.getByRole('option', { name: title }).click();
  }
  await expect(dialog.getByText('หมายเลขบนบัตรลงคะแนน')).toBeVisible();
  await dialog.getByRole('radio', { name: /จับสลาก/ }).check();
  await dialog.getByLabel('เลขตั้งต้นการจับสลาก').fill('2569');
  await shot(page, '5-ranked-create');
  await dialog.getByRole('button', { name: 'บันทึกและเปิดลงคะแนน' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('poll-status')).toHaveText('กำลังลงคะแนน');
  await expect(page.getByTestId('poll-tie-rule')).toContainText('จับสลาก เลขตั้งต้น 2569');

  // A ballot naming an option twice, or one that does not exist, never leaves the keyboard.
  const box = page.getByTestId('ballot-box');
  await box.focus();
  await page.keyboard.type('1 1');
  await expect(page.getByText('หมายเลข 1 ซ้ำในบัตรเดียวกัน')).toBeVisible();
  // Enter anyway: the line leaves the box (the next ballot cannot run into it) and is held with its reason.
  await page.keyboard.press('Enter');
  await expect(box).toHaveValue('');
  await expect(page.getByTestId('held-lines')).toContainText('หมายเลข 1 ซ้ำในบัตรเดียวกัน');
  // Ctrl+Z takes the last line back: here the held one.
  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('held-lines')).toHaveCount(0);
  await page.keyboard.type('4');
  await expect(page.getByText('ไม่มีตัวเลือกหมายเลข 4 (มี 1–3)')).toBeVisible();
  await page.keyboard.press('Escape');

  await typeBallots(page, BALLOTS);
  await expect(page.getByTestId('ballot-count')).toHaveText('9');
  // One too many, taken back with Ctrl+Z.
  await page.keyboard.type('2');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('ballot-count')).toHaveText('10');
  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('ballot-count')).toHaveText('9');
  await expect(page.getByText('นำบัตรใบที่ 10 ออกแล้ว')).toBeVisible();

  // Borda as counted by hand: B 11, then A and C tied at 8 (rank 2 each).
  const table = page.getByTestId('ranking-table');
  await expect(table.getByRole('row').nth(1)).toContainText('น้ำประปาไม่ไหล');
  await expect(table.getByRole('row').nth(1)).toContainText('11');
  await expect(table.getByRole('row', { name: /ถนนลูกรังชำรุด/ })).toContainText('8');
  await expect(table.getByRole('row', { name: /ไฟส่องสว่างไม่พอ/ })).toContainText('8');
  await expect(page.getByTestId('winner-line')).toHaveText('นำอยู่: น้ำประปาไม่ไหล');
  await expect(page.getByTestId('ranking-chart').locator('.recharts-bar-rectangle')).toHaveCount(3);

  const polls = await wethi.call('polls.list', { forumId: forum.id });
  const borda = polls[0];
  if (!borda) throw new Error('no poll');
  const result = await wethi.call('polls.results', { id: borda.id });
  expect(result.ranking.map((e) => [e.label, e.score, e.rank])).toEqual([
    ['น้ำประปาไม่ไหล', 11, 1],
    ['ถนนลูกรังชำรุด', 8, 2],
    ['ไฟส่องสว่างไม่พอ', 8, 2],
  ]);
  expect(result).toMatchObject({ method: 'borda', ballotCount: 9, tie: false, tieRule: { rule: 'lottery', seed: 2569 } });
  await ready(page);
  await shot(page, '5-ranked-borda');
});

test('IRV by keyboard: rounds as counted by hand, the winner differs from Borda', async ({ page }) => {
  test.setTimeout(90_000);
  const wethi = sharedWethi();
  const { forum, issues } = await setUp(wethi);
  const poll = await wethi.call('polls.create', {
    forumId: forum.id,
    title: 'จัดลำดับปัญหาหมู่ 3 (คัดออกทีละรอบ)',
    method: 'irv',
    options: issues.map((i) => ({ issueId: i.id })),
  });
  await wethi.call('polls.open', { id: poll.id });
  await wethi.open(page, `?forum=${forum.id}&tab=polls`);
  await expect(page.getByTestId('poll-title')).toHaveText('จัดลำดับปัญหาหมู่ 3 (คัดออกทีละรอบ)');
  await page.getByTestId('ballot-box').focus();
  await typeBallots(page, BALLOTS);
  await expect(page.getByTestId('ballot-count')).toHaveText('9');

  // Round 1: A 4, B 2, C 3 → B out; round 2: A 4, C 5 → C holds a majority of 9.
  const rounds = page.getByTestId('irv-rounds');
  await expect(rounds.getByRole('row', { name: /ถนนลูกรังชำรุด/ })).toHaveText(/ถนนลูกรังชำรุด\s*4\s*4/);
  await expect(rounds.getByRole('row', { name: /น้ำประปาไม่ไหล/ })).toHaveText(/น้ำประปาไม่ไหล\s*2/);
  await expect(rounds.getByRole('row', { name: /ไฟส่องสว่างไม่พอ/ })).toHaveText(/ไฟส่องสว่างไม่พอ\s*3\s*5/);
  await expect(page.getByText('รอบ 1: ตัด "น้ำประปาไม่ไหล" ออก เพราะได้คะแนนน้อยที่สุด')).toBeVisible();
  await expect(page.getByTestId('winner-line')).toHaveText('นำอยู่: ไฟส่องสว่างไม่พอ');

  const result = await wethi.call('polls.results', { id: poll.id });
  expect(result.winners.map((w) => w.label)).toEqual(['ไฟส่องสว่างไม่พอ']);
  expect(result.rounds?.map((r) => r.tally.map((v) => v.votes))).toEqual([
    [4, 2, 3],
    [4, 5],
  ]);
  await ready(page);
  await shot(page, '5-ranked-irv');
});

test('ballots under voters’ names by keyboard on a named-list IRV poll, with its agenda item and the forum’s tie rule; a voter not on the list is refused', async ({ page }) => {
  test.setTimeout(120_000);
  const wethi = sharedWethi();
  const { forum } = await setUp(wethi);
  await wethi.call('agenda.add', { forumId: forum.id, title: 'เปิดประชุม' });
  const item = await wethi.call('agenda.add', { forumId: forum.id, title: 'จัดลำดับความสำคัญของปัญหา' });
  await wethi.call('agenda.setCurrent', { forumId: forum.id, id: item.id });
  const roster = await wethi.call('speakers.roster', { forumId: forum.id });
  const badge = (first: string) => {
    const p = roster.find((r) => r.name.includes(first));
    if (!p) throw new Error(`no ${first}`);
    return p;
  };
  const [p1, p2, p3, p9] = [badge('ผู้เข้าร่วม1 '), badge('ผู้เข้าร่วม2 '), badge('ผู้เข้าร่วม3 '), badge('ผู้เข้าร่วม9 ')];

  // The forum agrees its tie rule once, on the details tab; new polls start with it.
  await wethi.open(page, `?forum=${forum.id}&tab=details`);
  await page.getByTestId('forum-tie-rule').getByText('จับสลาก').click();
  await expect(page.getByText('ค่าเริ่มต้นกติกาเมื่อคะแนนเท่ากัน: จับสลาก')).toBeVisible();
  expect((await wethi.call('forums.get', { id: forum.id })).defaultTieRule).toBe('lottery');

  await wethi.open(page, `?forum=${forum.id}&tab=polls`);
  await page.getByTestId('new-poll').click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('เรื่องที่ลงคะแนน').fill('คณะกรรมการหมู่บ้านจัดลำดับปัญหา');
  await expect(dialog.getByTestId('poll-agenda-item')).toHaveValue('2. จัดลำดับความสำคัญของปัญหา (วาระปัจจุบัน)');
  await dialog.getByTestId('method-irv').click();
  const issues = dialog.getByLabel('ประเด็นปัญหาของเวที');
  for (const title of ['ถนนลูกรังชำรุด', 'น้ำประปาไม่ไหล', 'ไฟส่องสว่างไม่พอ']) {
    await issues.click();
    await page.getByRole('option', { name: title }).click();
  }
  await expect(dialog.getByRole('radio', { name: /จับสลาก/ })).toBeChecked();
  // Who may vote: a named list of three, found by badge number.
  await dialog.getByTestId('eligibility-kind').getByText('ตามรายชื่อ').click();
  const voters = dialog.getByTestId('voter-list');
  for (const p of [p1, p2, p3]) {
    await voters.click();
    await page.keyboard.type(String(p.number));
    await page.getByRole('option', { name: `#${p.number} ${p.name}` }).click();
  }
  await expect(dialog.getByText('เลือกแล้ว 3 คน')).toBeVisible();
  // Close the list's dropdown (a click on the dialog's title) so the shot shows the form.
  await page.getByRole('heading', { name: 'สร้างการลงคะแนน' }).click();
  await shot(page, '5-ranked-named-list-create');
  await dialog.getByRole('button', { name: 'บันทึกและเปิดลงคะแนน' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('poll-agenda-item')).toHaveText('วาระ: 2. จัดลำดับความสำคัญของปัญหา');
  await expect(page.getByText(/ผู้มีสิทธิ์: ตามรายชื่อ 3 คน/)).toBeVisible();
  await expect(page.getByTestId('poll-tie-rule')).toContainText('จับสลาก');

  // Ctrl+K, voter, Enter, ballot, Enter — and the entry is anonymous again, in the ballot box.
  const voter = page.getByTestId('voter-picker');
  const box = page.getByTestId('ballot-box');
  await box.focus();
  for (const [p, ballot] of [
    [p1, '123'],
    [p2, '321'],
  ] as const) {
    await page.keyboard.press('Control+k');
    await expect(voter).toBeFocused();
    await page.keyboard.type(String(p.number));
    await page.keyboard.press('Enter');
    await expect(box).toBeFocused();
    await page.keyboard.type(ballot);
    await page.keyboard.press('Enter');
    await expect(box).toBeFocused();
    await expect(voter).toHaveValue('');
    await expect(page.getByTestId('entry-mode')).toHaveAttribute('data-mode', 'anonymous');
  }
  await expect(page.getByTestId('ballot-count')).toHaveText('2');
  await expect(page.getByTestId('ballot-voter').first()).toHaveText(`${p2.name} (เลขที่ ${p2.number})`);

  // Not on the list: the host refuses; the ballot is held with the reason, out of the box.
  await page.keyboard.press('Control+k');
  await page.keyboard.type(String(p9.number));
  await page.keyboard.press('Enter');
  await page.keyboard.type('2');
  await page.keyboard.press('Enter');
  await expect(page.getByText(`${p9.name} (เลขที่ ${p9.number}) ไม่อยู่ในรายชื่อผู้มีสิทธิ์ลงคะแนน บัตรนี้ไม่ได้บันทึก`)).toBeVisible();
  await expect(box).toHaveValue('');
  await expect(page.getByTestId('ballot-count')).toHaveText('2');
  await ready(page);
  await shot(page, '5-ranked-named-refused');

  // The same person twice is refused too; the third listed voter is taken. (Closing the
  // notifications for the shot moved the focus: back to the ballot box first.)
  await box.focus();
  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('held-lines')).toHaveCount(0);
  await page.keyboard.press('Control+k');
  await page.keyboard.type(String(p1.number));
  await page.keyboard.press('Enter');
  await page.keyboard.type('2');
  await page.keyboard.press('Enter');
  await expect(page.getByText(`${p1.name} (เลขที่ ${p1.number}) ลงคะแนนไปแล้ว`, { exact: false })).toBeVisible();
  await page.keyboard.press('Control+k');
  await page.keyboard.type(String(p3.number));
  await page.keyboard.press('Enter');
  await page.keyboard.type('2 3');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('ballot-count')).toHaveText('3');

  const polls = await wethi.call('polls.list', { forumId: forum.id });
  const poll = polls.find((p) => p.title === 'คณะกรรมการหมู่บ้านจัดลำดับปัญหา');
  if (!poll) throw new Error('no poll');
  expect(poll).toMatchObject({ method: 'irv', agendaItemId: item.id, eligibility: { kind: 'list' }, eligibleCount: 3, tieRule: { rule: 'lottery' } });
  const inputs = await wethi.call('polls.inputs', { pollId: poll.id });
  expect(inputs.ballots.map((b) => b.voterId)).toEqual([p1.id, p2.id, p3.id]);
  // Round 1: ถนน 1, น้ำ 1, ไฟ 1 — a three-way tie for fewest, settled by the lottery; the chart shows the rounds.
  await expect(page.getByTestId('irv-chart')).toBeVisible();
  await ready(page);
  await shot(page, '5-ranked-named-voters');
});

test('ballots imported from a CSV file: a bad line refused by number with nothing saved, then the good file; IRV rounds charted here and on the projector', async ({ page }) => {
  test.setTimeout(90_000);
  const wethi = sharedWethi();
  const { forum, issues } = await setUp(wethi);
  const poll = await wethi.call('polls.create', { forumId: forum.id, title: 'จัดลำดับปัญหาจากบัตรกระดาษ', method: 'irv', options: issues.map((i) => ({ issueId: i.id })) });
  await wethi.call('polls.open', { id: poll.id });
  await wethi.open(page, `?forum=${forum.id}&tab=polls`);
  await page.getByTestId('ballot-import-open').click();
  const dialog = page.getByRole('dialog');

  // Line 3 names an option that does not exist: the whole file is refused.
  const bad = 'อันดับ 1,อันดับ 2,อันดับ 3,จำนวน\n1,2,3,4\n3,2,9,3\nน้ำประปาไม่ไหล,ไฟส่องสว่างไม่พอ,,2\n';
  await page.locator('input[type="file"]').setInputFiles({ name: 'ballots.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) });
  await expect(dialog.getByTestId('ballot-import-problems')).toContainText('บรรทัด 3: ไม่มีตัวเลือก "9" ในการลงคะแนนนี้ (มีหมายเลข 1–3)');
  await expect(dialog.getByText('ยังไม่ได้บันทึกบัตรใดเลย แก้ไฟล์แล้วเลือกใหม่')).toBeVisible();
  await expect(dialog.getByTestId('ballot-import-save')).toBeDisabled();
  await shot(page, '5-ranked-import-refused');
  expect((await wethi.call('polls.inputs', { pollId: poll.id })).ballots).toEqual([]);

  // The corrected file: the same nine ballots as counted by hand above.
  const good = bad.replace('3,2,9,3', '3,2,1,3');
  await page.locator('input[type="file"]').setInputFiles({ name: 'ballots.csv', mimeType: 'text/csv', buffer: Buffer.from(good) });
  await expect(dialog.getByTestId('ballot-import-ready')).toContainText('3 บรรทัด รวม 9 ใบ');
  await dialog.getByTestId('ballot-import-save').click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('ballot-count')).toHaveText('9');
  const rounds = page.getByTestId('irv-rounds');
  await expect(rounds.getByRole('row', { name: /ไฟส่องสว่างไม่พอ/ })).toHaveText(/ไฟส่องสว่างไม่พอ\s*3\s*5/);
  const chart = page.getByTestId('irv-chart');
  // Round 1: three bars, round 2: two; the eliminated bar is labelled with a cross.
  await expect(chart.locator('.recharts-bar-rectangle')).toHaveCount(5);
  await expect(chart.getByText('2 ✕')).toBeVisible();
  await ready(page);
  await shot(page, '5-ranked-import-irv-chart');

  await page.getByRole('button', { name: 'ดูตัวอย่างบนจอ' }).click();
  const preview = page.getByRole('dialog');
  await expect(preview.getByTestId('irv-chart')).toBeVisible();
  await expect(preview.getByTestId('irv-chart').getByText('5', { exact: true })).toBeVisible();
  await shot(page, '5-ranked-irv-projector');
});
