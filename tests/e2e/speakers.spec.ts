/**
 * The speakers list run by keyboard: names and badge numbers typed into the queue, reordered,
 * next speaker with N, pause and resume with P, stop with S; the limit warning; a wrong speech
 * corrected and another removed. Every step is checked against the API as well.
 */
import { expect, type Page, test } from '@playwright/test';
import { addPerson, makeForum, sharedWethi, shot, type Wethi } from './wethi';

const ROOM = [
  { titlePrefix: 'นาย', firstName: 'สมชาย', lastName: 'ใจดี', gender: 'male', sector: 'citizens', village: '3' },
  { titlePrefix: 'นาง', firstName: 'สมศรี', lastName: 'มีสุข', gender: 'female', sector: 'citizens', village: '3' },
  { titlePrefix: 'นาย', firstName: 'ประเสริฐ', lastName: 'ทองคำ', gender: 'male', sector: 'local_government', village: '1' },
  { titlePrefix: 'นางสาว', firstName: 'มาลี', lastName: 'ศรีสวัสดิ์', gender: 'female', sector: 'government', village: '1' },
  { titlePrefix: 'นาย', firstName: 'บุญมี', lastName: 'รักถิ่น', gender: 'male', sector: 'citizens', village: '5' },
  { titlePrefix: 'นาง', firstName: 'คำแพง', lastName: 'แสงทอง', gender: 'female', sector: 'civil_society', village: '5' },
  { titlePrefix: 'นาย', firstName: 'วิชัย', lastName: 'ค้าขาย', gender: 'male', sector: 'private', village: '3' },
] as const;

async function room(wethi: Wethi) {
  const forum = await makeForum(wethi, { title: 'เวทีประชาคมหมู่ 3 บ้านหนองบัว' });
  const people = [];
  for (const p of ROOM) people.push(await addPerson(wethi, forum.id, { ...p }, { checkIn: true }));
  return { forum, people };
}

const queueNames = async (wethi: Wethi, forumId: string) => (await wethi.call('speakers.queue', { forumId })).map((e) => e.person.name);

async function addByTyping(page: Page, text: string) {
  const box = page.getByTestId('speaker-add');
  await expect(box).toBeFocused();
  await page.keyboard.type(text);
  await expect(page.getByRole('option').first()).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(box).toHaveValue('');
}

test('the speakers list runs by keyboard and records every speech', async ({ page }) => {
  const wethi = sharedWethi();
  const { forum, people } = await room(wethi);
  await wethi.open(page, `?forum=${forum.id}&tab=speakers`);
  await expect(page.getByTestId('current-speaker-name')).toHaveText('ยังไม่มีใครพูด');
  await expect(page.getByTestId('speaker-keys')).toContainText('คนถัดไป');

  // Three hands: by name, by badge number, by name again.
  await addByTyping(page, 'สมชาย');
  await addByTyping(page, '4');
  await addByTyping(page, 'คำแพง');
  const queue = page.getByTestId('queue-entry');
  await expect(queue).toHaveCount(3);
  await expect(queue.nth(1)).toContainText('นางสาวมาลี ศรีสวัสดิ์');
  expect(await queueNames(wethi, forum.id)).toEqual(['นายสมชาย ใจดี', 'นางสาวมาลี ศรีสวัสดิ์', 'นางคำแพง แสงทอง']);

  // Someone already waiting is not queued twice.
  await page.keyboard.type('สมชาย');
  await expect(page.getByRole('option').first()).toContainText('อยู่ในคิวแล้ว');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('speaker-add')).toHaveValue('');

  // Alt+↑ moves the third up; the focus stays on the moved entry.
  await queue.nth(2).focus();
  await page.keyboard.press('Alt+ArrowUp');
  await expect(queue.nth(1)).toContainText('คำแพง');
  await expect(queue.nth(1)).toBeFocused();
  await expect.poll(() => queueNames(wethi, forum.id)).toEqual(['นายสมชาย ใจดี', 'นางคำแพง แสงทอง', 'นางสาวมาลี ศรีสวัสดิ์']);

  // N: the head of the queue has the floor and the clock runs.
  await page.keyboard.press('n');
  await expect(page.getByTestId('current-speaker-name')).toHaveText('#1 นายสมชาย ใจดี');
  await expect(queue).toHaveCount(2);
  const clock = page.getByTestId('speech-clock');
  await expect(clock).toHaveText(/^0:0[1-9]$/, { timeout: 4000 });

  // P pauses (the clock stands still), P resumes.
  await page.keyboard.press('p');
  await expect(page.getByTestId('current-speaker')).toHaveAttribute('data-state', 'paused');
  expect((await wethi.call('speakers.current', { forumId: forum.id })).speech?.state).toBe('paused');
  const frozen = await clock.textContent();
  await page.waitForTimeout(1300);
  await expect(clock).toHaveText(frozen ?? '');
  await page.keyboard.press('p');
  await expect(page.getByTestId('current-speaker')).toHaveAttribute('data-state', 'running');
  expect((await wethi.call('speakers.current', { forumId: forum.id })).speech?.state).toBe('running');

  // N again: the first speech ends, the next begins, in one step.
  await page.keyboard.press('n');
  await expect(page.getByTestId('current-speaker-name')).toHaveText('#6 นางคำแพง แสงทอง');
  const afterNext = await wethi.call('speakers.list', { forumId: forum.id });
  expect(afterNext.map((s) => [s.person?.name, s.state])).toEqual([
    ['นายสมชาย ใจดี', 'ended'],
    ['นางคำแพง แสงทอง', 'running'],
  ]);
  expect(afterNext[0]?.pausedMs).toBeGreaterThan(1000);

  // The limit: chosen in the list; once over it, colour and words.
  await page.getByTestId('time-limit').click();
  await page.getByRole('option', { name: '1:00 นาที' }).click();
  await expect.poll(async () => (await wethi.call('speakers.current', { forumId: forum.id })).limitSeconds).toBe(60);
  await expect(page.getByTestId('current-speaker')).toContainText('เหลืออีก');
  await wethi.call('speakers.setTimeLimit', { forumId: forum.id, seconds: 1 });
  await expect(page.getByTestId('over-limit')).toContainText('เกินเวลา');
  await expect(page.getByTestId('current-speaker')).toHaveAttribute('data-state', 'over');
  await page.mouse.move(0, 0);
  await page.evaluate(() => window.scrollTo(0, 0));
  await shot(page, '4s-speakers-over-limit');

  // S ends the speech.
  await page.locator('body').click({ position: { x: 5, y: 300 } });
  await page.keyboard.press('s');
  await expect(page.getByTestId('current-speaker-name')).toHaveText('ยังไม่มีใครพูด');
  expect((await wethi.call('speakers.current', { forumId: forum.id })).speech).toBeNull();
  const history = page.getByTestId('speech-history');
  await expect(history.locator('tbody tr')).toHaveCount(2);

  // A speech filed under the wrong person is corrected.
  await page.getByRole('button', { name: 'แก้ไขการพูดของ #6 นางคำแพง แสงทอง' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('ผู้พูด').fill('บุญมี');
  await page.getByRole('option', { name: '#5 นายบุญมี รักถิ่น' }).click();
  await dialog.getByRole('button', { name: 'บันทึก' }).click();
  await expect(dialog).toBeHidden();
  await expect(history).toContainText('#5 นายบุญมี รักถิ่น');
  const corrected = await wethi.call('speakers.list', { forumId: forum.id });
  expect(corrected[1]?.person?.id).toBe(people[4]?.id);

  // The last in the queue speaks briefly, then that speech is removed as a mistake.
  await page.keyboard.press('n');
  await expect(page.getByTestId('current-speaker-name')).toHaveText('#4 นางสาวมาลี ศรีสวัสดิ์');
  await page.keyboard.press('s');
  await expect(history.locator('tbody tr')).toHaveCount(3);
  await page.getByRole('button', { name: 'ลบการพูดของ #4 นางสาวมาลี ศรีสวัสดิ์' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'ลบ' }).click();
  await expect(history.locator('tbody tr')).toHaveCount(2);
  expect((await wethi.call('speakers.list', { forumId: forum.id })).map((s) => s.person?.name)).toEqual(['นายสมชาย ใจดี', 'นายบุญมี รักถิ่น']);

  // The roster counts what each person has said.
  const roster = await wethi.call('speakers.roster', { forumId: forum.id });
  expect(roster.find((p) => p.number === 1)?.speeches).toBe(1);
  expect(roster.find((p) => p.number === 4)?.speeches).toBe(0);

  await wethi.call('speakers.enqueue', { forumId: forum.id, personId: people[1]?.id ?? '' });
  await wethi.call('speakers.enqueue', { forumId: forum.id, personId: people[6]?.id ?? '' });
  await wethi.call('speakers.setTimeLimit', { forumId: forum.id, seconds: 180 });
  await expect(queue).toHaveCount(2);
  await page.keyboard.press('n');
  await expect(page.getByTestId('current-speaker-name')).toHaveText('#2 นางสมศรี มีสุข');
  // Let the last confirmation go so it does not cover the queue in the picture.
  await expect(page.getByText('ลบบันทึกการพูดแล้ว')).toBeHidden({ timeout: 8000 });
  await page.mouse.move(0, 0);
  await page.evaluate(() => window.scrollTo(0, 0));
  await shot(page, '4s-speakers');
});

test('a queued person removed by mistake comes back in place with Undo', async ({ page }) => {
  const wethi = sharedWethi();
  const { forum, people } = await room(wethi);
  for (const i of [0, 1, 2]) await wethi.call('speakers.enqueue', { forumId: forum.id, personId: people[i]?.id ?? '' });
  await wethi.open(page, `?forum=${forum.id}&tab=speakers`);
  const queue = page.getByTestId('queue-entry');
  await expect(queue).toHaveCount(3);
  await queue.nth(1).focus();
  await page.keyboard.press('Delete');
  await expect(queue).toHaveCount(2);
  await expect(queue.nth(1)).toBeFocused();
  await page.getByRole('button', { name: 'เลิกทำ' }).click();
  await expect(queue).toHaveCount(3);
  await expect(queue.nth(1)).toContainText('นางสมศรี มีสุข');
  expect(await queueNames(wethi, forum.id)).toEqual(['นายสมชาย ใจดี', 'นางสมศรี มีสุข', 'นายประเสริฐ ทองคำ']);
});

test('the projector shows the speaker, the clock and who is next', async ({ browser }) => {
  const wethi = sharedWethi();
  const { forum, people } = await room(wethi);
  await wethi.call('speakers.start', { forumId: forum.id, personId: people[0]?.id ?? '' });
  for (const i of [3, 5]) await wethi.call('speakers.enqueue', { forumId: forum.id, personId: people[i]?.id ?? '' });
  await wethi.call('speakers.setTimeLimit', { forumId: forum.id, seconds: 120 });
  await wethi.call('projector.set', { forumId: forum.id, view: { mode: 'speaker', showClock: true, showQueue: true } });
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  const projector = await context.newPage();
  await projector.goto(`${wethi.origin}/projector?forum=${forum.id}#token=${wethi.token}`);
  const view = projector.getByTestId('projector-speaker');
  await expect(projector.getByTestId('projector-speaker-name')).toHaveText('#1 นายสมชาย ใจดี');
  await expect(projector.getByTestId('projector-next')).toContainText('นางสาวมาลี ศรีสวัสดิ์');
  await expect(projector.getByRole('button')).toHaveCount(0);
  const px = await projector.getByTestId('projector-next').evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize));
  expect(px).toBeGreaterThanOrEqual(32);
  await shot(projector, '4s-projector-speaker');

  // Over the limit: the clock turns to white on red.
  await wethi.call('speakers.setTimeLimit', { forumId: forum.id, seconds: 1 });
  await expect(view).toHaveAttribute('data-state', 'over');
  await expect(projector.getByTestId('projector-speech-status')).toContainText('เกินเวลา');
  await shot(projector, '4s-projector-speaker-over');
  await context.close();
});
