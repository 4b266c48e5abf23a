/**
 * Ballot entry by keyboard, as fast as Playwright types: a ballot goes under a voter only when
 * that voter was picked for it (Ctrl+K), the next one is anonymous again, nothing typed fast is
 * merged or lost, a refused ballot never runs into the next person's, and removing a ballot can
 * be undone. Every stored ballot is read back through the API and compared with what was typed.
 */
import { expect, type Page, test } from '@playwright/test';
import { addPerson, holdCalls, makeForum, sharedWethi, shot, type Wethi } from './wethi';

const ISSUES = ['น้ำประปาหมู่บ้านไม่พอใช้ในหน้าแล้ง', 'ถนนลูกรังเข้าหมู่บ้านชำรุดเป็นหลุมบ่อ', 'ไฟส่องสว่างริมทางไม่พอ', 'ขยะล้นถังหน้าตลาด'];
const FIRST = [
  'ณัฐชนันท์พร', 'สมศักดิ์', 'บุญมี', 'ประยูร', 'มาลี', 'วิชัย', 'อำไพ', 'ทองดี', 'กาญจนา', 'ณรงค์',
  'พิมพ์ใจ', 'เกษม', 'สุชาติ', 'สมพร', 'จันทร์เพ็ญ', 'ประเสริฐ', 'บัวผัน', 'สายสุนีย์', 'อุดม', 'ละเอียด',
  'คำปุ่น', 'แสงเดือน', 'ทองใบ', 'สำราญ', 'บุญเรือน', 'ไพโรจน์', 'ลำดวน', 'สมบัติ', 'ดวงใจ', 'วันเพ็ญ',
];

interface Person {
  id: string;
  number: number;
  name: string;
  firstName: string;
}

async function setUp(wethi: Wethi, method: 'irv' | 'borda' = 'irv') {
  const forum = await makeForum(wethi, { title: 'เวทีประชาคมหมู่ 7 บ้านหนองบัวทอง' });
  for (const [i, firstName] of FIRST.entries()) {
    await addPerson(wethi, forum.id, { titlePrefix: i % 2 ? 'นาง' : 'นาย', firstName, lastName: i === 0 ? 'อู่สัมฤทธิ์ศรีสวัสดิ์' : 'ใจดี' }, { checkIn: true });
  }
  const issues = [];
  for (const title of ISSUES) issues.push(await wethi.call('issues.create', { forumId: forum.id, title }));
  const poll = await wethi.call('polls.create', { forumId: forum.id, title: 'จัดลำดับปัญหาหมู่ 7', method, options: issues.map((i) => ({ issueId: i.id })) });
  await wethi.call('polls.open', { id: poll.id });
  const roster = await wethi.call('speakers.roster', { forumId: forum.id });
  const people: Person[] = FIRST.map((firstName) => {
    const p = roster.find((r) => r.name.includes(firstName));
    if (!p) throw new Error(`no ${firstName}`);
    return { id: p.id, number: p.number, name: p.name, firstName };
  });
  return { forum, poll, people };
}

/** The polls tab, with the cursor in the ballot box (where it lands when the poll is shown). */
async function openEntry(page: Page, wethi: Wethi, forumId: string) {
  await wethi.open(page, `?forum=${forumId}&tab=polls`);
  // The first load is slow on a busy machine: waited for, not timed.
  await expect(page.getByTestId('ballot-box')).toBeFocused({ timeout: 30_000 });
  await expect(page.getByTestId('poll-results')).toBeVisible({ timeout: 30_000 });
}

/** A stored ballot as typed: option positions joined ("3 1"), and its voter's id or null. */
async function storedAsTyped(wethi: Wethi, pollId: string) {
  const [poll, inputs] = await Promise.all([wethi.call('polls.get', { id: pollId }), wethi.call('polls.inputs', { pollId })]);
  const position = new Map(poll.options.map((o) => [o.id, o.position]));
  return inputs.ballots.map((b) => ({ seq: b.seq, ballot: (b.ranking ?? []).map((id) => position.get(id)).join(' '), voterId: b.voterId }));
}

test('40 ranked ballots typed in one go, named (Ctrl+K) and anonymous mixed: every ballot stored as typed, under the right voter', async ({ page }) => {
  test.setTimeout(300_000);
  const wethi = sharedWethi();
  const { forum, poll, people } = await setUp(wethi);
  await openEntry(page, wethi, forum.id);
  const box = page.getByTestId('ballot-box');
  await expect(page.getByTestId('entry-mode')).toHaveText(/บัตรไม่ระบุชื่อ/);

  // Badge 13 and ballot "13": the ballot after a named one must not be taken for a badge number.
  const p = (n: number) => people[n] as Person;
  const script: { ballot: string; voter: Person | null; by?: 'badge' | 'name' }[] = [
    { ballot: '12', voter: p(4), by: 'name' },
    { ballot: '13', voter: null },
    { ballot: '31', voter: null },
    { ballot: '2413', voter: p(12), by: 'badge' },
    { ballot: '4', voter: null },
    { ballot: '0', voter: null },
    { ballot: '21', voter: p(0), by: 'name' },
    { ballot: '3 4 1 2', voter: null },
    { ballot: '14', voter: null },
    { ballot: '1', voter: p(9), by: 'badge' },
    { ballot: '13', voter: p(20), by: 'badge' },
    { ballot: '32', voter: null },
  ];
  const ballots = ['1234', '4321', '2', '31', '13', '43', '12', '3', '24', '41', '1', '342'];
  // Every third further ballot is named, by badge or by name in turn, each voter once.
  const unused = people.filter((person) => !script.some((s) => s.voter?.id === person.id));
  for (let i = 0; script.length < 40; i++) {
    const named = i % 3 === 1 ? (unused.shift() ?? null) : null;
    script.push({ ballot: ballots[i % ballots.length] as string, voter: named, by: i % 2 ? 'badge' : 'name' });
  }
  expect(script.filter((s) => s.voter).length).toBeGreaterThanOrEqual(10);

  for (const s of script) {
    if (s.voter) {
      await page.keyboard.press('Control+k');
      await page.keyboard.type(s.by === 'badge' ? String(s.voter.number) : s.voter.firstName);
      await page.keyboard.press('Enter');
    }
    await page.keyboard.type(s.ballot);
    await page.keyboard.press('Enter');
  }

  await expect(page.getByTestId('ballot-count')).toHaveText('40', { timeout: 60_000 });
  await expect(page.getByTestId('held-lines')).toHaveCount(0);
  await expect(page.getByTestId('entry-mode')).toHaveAttribute('data-mode', 'anonymous');
  await expect(box).toBeFocused();
  const stored = await storedAsTyped(wethi, poll.id);
  const blank = (b: string) => (b === '0' ? '' : b.replace(/\s/g, '').split('').join(' '));
  expect(stored.map((b) => [b.ballot, b.voterId])).toEqual(script.map((s) => [blank(s.ballot), s.voter?.id ?? null]));
  expect(stored.map((b) => b.seq)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));

  // The list shows the newest ballots with their voters, as stored.
  const newest = page.getByTestId('recent-ballot').first();
  await expect(newest.getByTestId('ballot-seq')).toHaveText('#40');
  await expect(newest.getByTestId('ballot-numbers')).toHaveText(blank(script[39]?.ballot ?? ''));
  await shot(page, 'polls-entry-40-ballots');
});

test('the entry says whose ballot it is, shows it in the list at once, and is anonymous again after a named ballot; Ctrl+Z takes it back, Undo puts it back', async ({ page }) => {
  test.setTimeout(180_000);
  const wethi = sharedWethi();
  const { forum, poll, people } = await setUp(wethi, 'borda');
  await openEntry(page, wethi, forum.id);
  const [somchai] = people as [Person];
  const box = page.getByTestId('ballot-box');
  const mode = page.getByTestId('entry-mode');

  await page.keyboard.press('Control+k');
  await expect(page.getByTestId('voter-picker')).toBeFocused();
  await page.keyboard.type(String(somchai.number));
  await page.keyboard.press('Enter');
  await expect(box).toBeFocused();
  await expect(mode).toHaveAttribute('data-mode', 'named');
  await expect(mode).toHaveAttribute('role', 'status');
  await expect(mode).toContainText(`บัตรของ ${somchai.name} (เลขที่ ${somchai.number}) (เฉพาะใบนี้)`);
  await expect(box).toHaveAccessibleName(new RegExp(`^บัตรของ ${somchai.name}`));
  await shot(page, 'polls-entry-named-mode');
  await page.keyboard.type('21');
  await page.keyboard.press('Enter');
  // At once in the list, with its voter; and the next ballot is anonymous, typed in the same box.
  const newest = page.getByTestId('recent-ballot').first();
  await expect(newest.getByTestId('ballot-numbers')).toHaveText('2 1');
  await expect(newest.getByTestId('ballot-voter')).toHaveText(`${somchai.name} (เลขที่ ${somchai.number})`);
  await expect(mode).toHaveAttribute('data-mode', 'anonymous');
  await expect(page.getByTestId('voter-picker')).toHaveValue('');
  await expect(box).toBeFocused();
  await page.keyboard.type('3');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('ballot-count')).toHaveText('2');
  expect((await storedAsTyped(wethi, poll.id)).map((b) => [b.ballot, b.voterId])).toEqual([
    ['2 1', somchai.id],
    ['3', null],
  ]);

  // Esc on the empty box lets go of a voter chosen by mistake.
  await page.keyboard.press('Control+k');
  await page.keyboard.type(String(people[1]?.number));
  await page.keyboard.press('Enter');
  await expect(mode).toHaveAttribute('data-mode', 'named');
  await page.keyboard.press('Escape');
  await expect(mode).toHaveAttribute('data-mode', 'anonymous');

  // Ctrl+Z takes the last ballot typed here back; the notification's Undo puts it back as #2.
  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('ballot-count')).toHaveText('1');
  await expect(page.getByText('นำบัตรใบที่ 2 ออกแล้ว')).toBeVisible();
  await page.getByRole('button', { name: 'เลิกทำ' }).click();
  await expect(page.getByTestId('ballot-count')).toHaveText('2');
  await expect(page.getByText('นำบัตรใบที่ 2 กลับมาแล้ว')).toBeVisible();
  expect((await storedAsTyped(wethi, poll.id)).map((b) => [b.seq, b.ballot])).toEqual([
    [1, '2 1'],
    [2, '3'],
  ]);
  // The visible "take back" button does what Ctrl+Z does.
  await page.getByTestId('take-back-last').click();
  await expect(page.getByTestId('ballot-count')).toHaveText('1');
});

test('a refused ballot is held, never joined to the next voter’s ballot; digits typed before the voter changed stay out of the new ballot; ✕ can be undone', async ({ page }) => {
  test.setTimeout(180_000);
  const wethi = sharedWethi();
  const { forum, poll, people } = await setUp(wethi);
  const [voted, second, third] = people as [Person, Person, Person];
  const options = (await wethi.call('polls.get', { id: poll.id })).options;
  await wethi.call('polls.addBallot', { pollId: poll.id, ranking: [options[0]?.id as string], voterId: voted.id });
  await openEntry(page, wethi, forum.id);
  const box = page.getByTestId('ballot-box');
  await expect(page.getByTestId('ballot-count')).toHaveText('1', { timeout: 20_000 });

  // A voter who has voted: "2" is refused and held with the reason; the box is empty again.
  await page.keyboard.press('Control+k');
  await page.keyboard.type(String(voted.number));
  await page.keyboard.press('Enter');
  await page.keyboard.type('2');
  await page.keyboard.press('Enter');
  const held = page.getByTestId('held-lines');
  await expect(held).toContainText(`${voted.name} (เลขที่ ${voted.number}) ลงคะแนนไปแล้ว`);
  await expect(held.getByTestId('held-line')).toContainText('บัตร "2"');
  await expect(box).toHaveValue('');
  await shot(page, 'polls-entry-refused-held');
  // The next voter's "3" is stored as "3", never "2 3".
  await page.keyboard.press('Control+k');
  await page.keyboard.type(String(second.number));
  await page.keyboard.press('Enter');
  await page.keyboard.type('3');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('ballot-count')).toHaveText('2');

  // Digits typed, then a voter chosen: they leave the box rather than join the voter's ballot.
  await page.keyboard.type('4');
  await page.keyboard.press('Control+k');
  await page.keyboard.type(String(third.number));
  await page.keyboard.press('Enter');
  await expect(box).toHaveValue('');
  await expect(held.getByTestId('held-line')).toHaveCount(2);
  await expect(held).toContainText('พิมพ์ไว้ก่อนเปลี่ยนผู้ลงคะแนน');
  await page.keyboard.type('1');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('ballot-count')).toHaveText('3');
  expect((await storedAsTyped(wethi, poll.id)).map((b) => [b.ballot, b.voterId])).toEqual([
    ['1', voted.id],
    ['3', second.id],
    ['1', third.id],
  ]);

  // A mistyped ballot is held too, and ↑ on the empty box brings the newest held one back.
  await page.keyboard.type('5');
  await page.keyboard.press('Enter');
  await expect(held.getByTestId('held-line')).toHaveCount(3);
  await expect(held).toContainText('ไม่มีตัวเลือกหมายเลข 5 (มี 1–4)');
  await page.keyboard.press('ArrowUp');
  await expect(box).toHaveValue('5');
  await expect(held.getByTestId('held-line')).toHaveCount(2);
  await page.keyboard.press('Escape');
  await held.getByRole('button', { name: 'ทิ้งบัตร "2" ที่ยังไม่ได้บันทึก' }).click();
  await held.getByRole('button', { name: 'ทิ้งบัตร "4" ที่ยังไม่ได้บันทึก' }).click();
  await expect(held).toHaveCount(0);

  // ✕ on the second voter's ballot: gone at once, back with Undo under its own entry number and voter.
  const row = page.getByTestId('recent-ballot').filter({ hasText: second.name });
  await row.getByRole('button', { name: 'นำบัตรใบที่ 2 ออก' }).click();
  await expect(page.getByTestId('ballot-count')).toHaveText('2');
  await expect(page.getByTestId('recent-ballot').filter({ hasText: second.name })).toHaveCount(0);
  await page.getByRole('button', { name: 'เลิกทำ' }).click();
  await expect(page.getByTestId('ballot-count')).toHaveText('3');
  const back = (await wethi.call('polls.inputs', { pollId: poll.id })).ballots.find((b) => b.voterId === second.id);
  expect(back?.seq).toBe(2);
  await expect(page.getByTestId('recent-ballot').filter({ hasText: second.name }).getByTestId('ballot-seq')).toHaveText('#2');
});

test('the ballot box waits for the list of people, so a voter typed at once is found and the ballot goes under them', async ({ page }) => {
  test.setTimeout(120_000);
  const wethi = sharedWethi();
  const { forum, poll, people } = await setUp(wethi);
  const voter = people[5] as Person;
  // The people are held back (a busy laptop's host) until the entry has been seen waiting.
  const release = await holdCalls(page, 'speakers.roster');
  await wethi.open(page, `?forum=${forum.id}&tab=polls`);
  await expect(page.getByTestId('ballot-entry-loading')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('ballot-box')).toHaveCount(0);
  release();

  await expect(page.getByTestId('ballot-box')).toBeFocused({ timeout: 30_000 });
  await page.keyboard.press('Control+k');
  await page.keyboard.type(String(voter.number));
  await page.keyboard.press('Enter');
  await page.keyboard.type('31');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('ballot-count')).toHaveText('1');
  expect((await storedAsTyped(wethi, poll.id)).map((b) => [b.ballot, b.voterId])).toEqual([['3 1', voter.id]]);
});
