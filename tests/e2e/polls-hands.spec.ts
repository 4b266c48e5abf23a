/**
 * A show of hands with a breakdown by gender: a breakdown that does not add up is refused by the
 * host (nothing stored) and the refusal says where; the corrected one is stored and charted as
 * stacked bars. The result follows the entry live on the projector's poll screen.
 */
import { expect, type Page, test } from '@playwright/test';
import { addPerson, makeForum, sharedWethi, shot } from './wethi';

/** Fills a breakdown cell found by its label ("หญิง: ถนน"). */
/** Full-page shots from the top (the fixed header in its place), without notifications over the content. */
async function top(page: Page) {
  const close = page.locator('.mantine-Notification-closeButton');
  for (let i = 0; i < 5 && (await close.count()) > 0; i++) await close.first().click({ timeout: 2000 }).catch(() => undefined);
  await page.evaluate(() => window.scrollTo(0, 0));
}

const cell = (page: Page, group: string, option: string) => page.getByRole('textbox', { name: `${group}: ${option}`, exact: true });

test('show of hands with a gender breakdown: a mismatch is refused with a clear message, the fix is charted, the projector follows', async ({ page, browser }) => {
  test.setTimeout(90_000);
  const wethi = sharedWethi();
  const forum = await makeForum(wethi, { title: 'เวทีประชาคมหมู่ 9 บ้านหนองแวง' });
  for (let i = 1; i <= 30; i++) await addPerson(wethi, forum.id, { firstName: `ชาวบ้าน${i}`, lastName: 'หนองแวง' }, { checkIn: true });
  const poll = await wethi.call('polls.create', {
    forumId: forum.id,
    title: 'เรื่องที่ควรทำก่อน',
    method: 'show_of_hands',
    options: [{ label: 'ถนน' }, { label: 'ประปา' }, { label: 'ไฟฟ้า' }],
  });
  await wethi.call('polls.open', { id: poll.id });
  await wethi.call('projector.set', { forumId: forum.id, view: { mode: 'poll', pollId: poll.id } });

  // The projector window, as the room sees it.
  const projector = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  await wethi.open(projector, '');
  await projector.goto(`${wethi.origin}/projector?forum=${forum.id}`);
  await expect(projector.locator('[data-testid="projector"][data-mode="poll"]')).toBeVisible();

  await wethi.open(page, `?forum=${forum.id}&tab=polls`);
  await expect(page.getByTestId('poll-title')).toHaveText('เรื่องที่ควรทำก่อน');
  await page.getByLabel('1. ถนน').fill('12');
  await page.getByLabel('2. ประปา').fill('7');
  await page.getByLabel('3. ไฟฟ้า').fill('5');
  await page.getByRole('button', { name: 'แยกจำนวนตาม…' }).click();
  await page.getByRole('menuitem', { name: 'เพศ' }).click();
  // ถนน: women 5 + men 6 = 11, but 12 hands were counted.
  await cell(page, 'หญิง', 'ถนน').fill('5');
  await cell(page, 'ชาย', 'ถนน').fill('6');
  await cell(page, 'หญิง', 'ประปา').fill('4');
  await cell(page, 'ชาย', 'ประปา').fill('3');
  await cell(page, 'หญิง', 'ไฟฟ้า').fill('1');
  await cell(page, 'ชาย', 'ไฟฟ้า').fill('4');
  await expect(page.getByTestId('breakdown-gender')).toContainText('ต้องเป็น 12');
  await page.getByRole('button', { name: 'บันทึกจำนวน' }).click();
  const refusal = page.getByTestId('poll-refusal');
  await expect(refusal).toContainText('จำนวนที่กรอกไม่ถูกต้อง จึงไม่ได้บันทึก');
  await expect(refusal).toContainText('แยกตามเพศ: "ถนน" รวมได้ 11 แต่ยอดรวมคือ 12');
  // The host's own reason names the option and both sums.
  await expect(refusal).toContainText('"ถนน"');
  await top(page);
  await shot(page, '5-hands-refused');
  expect((await wethi.call('polls.inputs', { pollId: poll.id })).counts.hands).toBeNull();

  await cell(page, 'ชาย', 'ถนน').fill('7');
  await expect(page.getByTestId('breakdown-gender')).not.toContainText('ต้องเป็น');
  await page.getByRole('button', { name: 'บันทึกจำนวน' }).click();
  await expect(refusal).toBeHidden();
  await expect(page.getByTestId('winner-line')).toHaveText('นำอยู่: ถนน');
  const stacked = page.getByTestId('breakdown-chart-gender');
  await expect(stacked).toContainText('จำนวนมือแยกตามเพศ');
  // Two groups (women, men) × three options.
  await expect(stacked.locator('.recharts-bar-rectangle')).toHaveCount(6);

  const result = await wethi.call('polls.results', { id: poll.id });
  expect(result.ranking.map((e) => [e.label, e.score, e.rank])).toEqual([
    ['ถนน', 12, 1],
    ['ประปา', 7, 2],
    ['ไฟฟ้า', 5, 3],
  ]);
  const gender = result.breakdowns?.find((b) => b.by === 'gender');
  const label = new Map(result.ranking.map((e) => [e.optionId, e.label]));
  const women = gender?.groups.find((g) => g.group === 'female');
  expect(women?.hands.map((h) => [label.get(h.option), h.votes])).toEqual([
    ['ถนน', 5],
    ['ประปา', 4],
    ['ไฟฟ้า', 1],
  ]);
  await top(page);
  await shot(page, '5-hands-breakdown');

  // The room's screen follows the entry: the projector page renders the poll's own screen.
  const screen = projector;
  const onScreen = screen.getByTestId('projector-poll');
  await expect(onScreen).toContainText('เรื่องที่ควรทำก่อน');
  await expect(onScreen).toContainText('นับแล้ว 24');
  await expect(screen.getByTestId('projector-poll-outcome')).toHaveText('นำอยู่: ถนน');
  const size = await onScreen.evaluate((el) => Number.parseFloat(getComputedStyle(el.querySelector('h1') as Element).fontSize));
  expect(size).toBeGreaterThanOrEqual(32);
  await expect(onScreen.getByRole('button')).toHaveCount(0);

  // A recount entered elsewhere (another laptop, the API): ประปา overtakes, the screen follows.
  await wethi.call('polls.setCounts', { pollId: poll.id, kind: 'hands', hands: { [result.ranking[0]?.optionId ?? '']: 12, [result.ranking[1]?.optionId ?? '']: 15, [result.ranking[2]?.optionId ?? '']: 5 } });
  await expect(screen.getByTestId('projector-poll-outcome')).toHaveText('นำอยู่: ประปา');
  await expect(onScreen).toContainText('นับแล้ว 32');
  await shot(screen, '5-projector-poll');
  await projector.close();

  // The facilitator's full-screen preview shows the same screen before the room does.
  await page.getByRole('button', { name: 'ดูตัวอย่างบนจอ' }).click();
  await expect(page.getByTestId('projector-preview').getByTestId('projector-poll-outcome')).toHaveText('นำอยู่: ประปา');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('projector-preview')).toBeHidden();
});
