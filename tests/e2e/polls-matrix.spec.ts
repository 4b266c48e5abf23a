/**
 * The scoring matrix as community planning runs it: three small groups each score three issues
 * on the five common criteria (severity weighted ×2), typed by keyboard sheet by sheet. Weighted
 * totals per sheet, by hand (weights 2, 1, 1, 1, 1):
 *            ถนน                 น้ำ                 ไฟ
 *   กลุ่ม 1  5 4 4 3 4 → 25      4 5 5 4 5 → 27      2 2 3 5 3 → 17
 *   กลุ่ม 2  5 5 4 3 4 → 26      3 4 4 4 4 → 22      3 2 2 4 4 → 18
 *   กลุ่ม 3  4 4 5 4 5 → 26      5 5 5 3 4 → 27      2 3 2 5 3 → 17
 * Totals (mean of the sheets): ถนน 77/3 = 25.667, น้ำ 76/3 = 25.333, ไฟ 52/3 = 17.333.
 * What if severity weighed 0: ถนน 49/3, น้ำ 52/3, ไฟ 38/3, so น้ำ moves up to first.
 * Then the result is adopted as the forum's priority list, recorded as a resolution.
 */
import { expect, type Page, test } from '@playwright/test';
import { addPerson, makeForum, sharedWethi, shot } from './wethi';

const ROAD = 'ถนนลูกรังชำรุด';
const WATER = 'น้ำประปาไม่ไหล';
const LIGHT = 'ไฟส่องสว่างไม่พอ';
const SHEETS: Record<string, string[][]> = {
  'กลุ่ม 1': [
    ['5', '4', '4', '3', '4'],
    ['4', '5', '5', '4', '5'],
    ['2', '2', '3', '5', '3'],
  ],
  'กลุ่ม 2': [
    ['5', '5', '4', '3', '4'],
    ['3', '4', '4', '4', '4'],
    ['3', '2', '2', '4', '4'],
  ],
  'กลุ่ม 3': [
    ['4', '4', '5', '4', '5'],
    ['5', '5', '5', '3', '4'],
    ['2', '3', '2', '5', '3'],
  ],
};

/** Full-page shots from the top (the fixed header in its place), without notifications over the content. */
async function ready(page: Page) {
  const close = page.locator('.mantine-Notification-closeButton');
  for (let i = 0; i < 5 && (await close.count()) > 0; i++) await close.first().click({ timeout: 2000 }).catch(() => undefined);
  await page.evaluate(() => window.scrollTo(0, 0));
}

test('three small groups score a matrix by keyboard; heat map, what-if weights, and the priority list adopted as a resolution', async ({ page }) => {
  test.setTimeout(120_000);
  const wethi = sharedWethi();
  const forum = await makeForum(wethi, { title: 'เวทีประชาคมหมู่ 4 บ้านหนองบัว' });
  for (let i = 1; i <= 12; i++) await addPerson(wethi, forum.id, { firstName: `ชาวบ้าน${i}`, lastName: 'หนองบัว' }, { checkIn: true });
  for (const name of Object.keys(SHEETS)) await wethi.call('groups.create', { forumId: forum.id, name });
  for (const title of [ROAD, WATER, LIGHT]) await wethi.call('issues.create', { forumId: forum.id, title });

  await wethi.open(page, `?forum=${forum.id}&tab=polls`);
  await page.getByTestId('new-poll').click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('เรื่องที่ลงคะแนน').fill('จัดลำดับความสำคัญของปัญหาหมู่ 4');
  // The scoring matrix is the default method, with the five common criteria filled in.
  await expect(dialog.getByTestId('method-score_matrix')).toHaveAttribute('aria-checked', 'true');
  for (const [i, name] of ['ความรุนแรง', 'จำนวนผู้ได้รับผลกระทบ', 'ความเร่งด่วน', 'ความเป็นไปได้', 'การยอมรับของชุมชน'].entries()) {
    await expect(dialog.getByLabel(`ชื่อเกณฑ์ที่ ${i + 1}`)).toHaveValue(name);
  }
  await dialog.getByLabel('น้ำหนักเกณฑ์ที่ 1').fill('2');
  const issues = dialog.getByLabel('ประเด็นปัญหาของเวที');
  for (const title of [ROAD, WATER, LIGHT]) {
    await issues.click();
    await page.getByRole('option', { name: title }).click();
  }
  await dialog.getByRole('button', { name: 'บันทึกและเปิดลงคะแนน' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('คะแนน 1–5 · เกณฑ์: ความรุนแรง ×2, จำนวนผู้ได้รับผลกระทบ')).toBeVisible();

  // Sheet by sheet: pick the group, then type and Tab through its grid.
  for (const [group, rows] of Object.entries(SHEETS)) {
    await page.getByTestId('scorer-select').click();
    await page.getByRole('option', { name: group, exact: true }).click();
    await page.getByLabel(`${ROAD} – ความรุนแรง`).focus();
    for (const row of rows) {
      for (const score of row) {
        await page.keyboard.type(score);
        await page.keyboard.press('Tab');
      }
    }
    await expect(page.getByTestId('scorer-sheet').filter({ hasText: group })).toContainText('✓');
  }
  // A score off the scale is never sent.
  await page.getByLabel(`${LIGHT} – ความเป็นไปได้`).fill('7');
  await expect(page.getByLabel(`${LIGHT} – ความเป็นไปได้`)).toHaveAttribute('aria-invalid', 'true');
  await page.getByLabel(`${LIGHT} – ความเป็นไปได้`).fill('5');
  await ready(page);
  await shot(page, '5-matrix-entry');

  const heat = page.getByTestId('matrix-heatmap');
  await expect(heat.getByRole('row', { name: new RegExp(ROAD) })).toContainText('25.667');
  await expect(heat.getByRole('row', { name: new RegExp(WATER) })).toContainText('25.333');
  await expect(heat.getByRole('row', { name: new RegExp(LIGHT) })).toContainText('17.333');
  await expect(page.getByTestId('winner-line')).toHaveText(`นำอยู่: ${ROAD}`);

  // What if severity counted for nothing? Water moves up to first.
  const slider = page.getByRole('slider', { name: 'น้ำหนักของความรุนแรง' });
  await slider.focus();
  await page.keyboard.press('Home');
  const whatIf = page.getByTestId('what-if-ranking');
  await expect(whatIf.getByRole('row').nth(1)).toContainText(WATER);
  await expect(whatIf.getByRole('row').nth(1)).toContainText('จาก 2');
  const poll = (await wethi.call('polls.list', { forumId: forum.id }))[0];
  if (!poll) throw new Error('no poll');
  const what = await wethi.call('polls.results', { id: poll.id, weights: { ความรุนแรง: 0 } });
  expect(what.whatIf?.ranking.map((e) => e.label)).toEqual([WATER, ROAD, LIGHT]);
  const result = await wethi.call('polls.results', { id: poll.id });
  expect(result.matrix?.table.map((r) => [r.label, r.sum])).toEqual([
    [ROAD, 77],
    [WATER, 76],
    [LIGHT, 52],
  ]);
  expect(result.ranking.map((e) => e.label)).toEqual([ROAD, WATER, LIGHT]);
  await ready(page);
  await shot(page, '5-matrix-results');

  // Close, then adopt the ranking as the priority list (a resolution with method and tie rule).
  await page.getByRole('button', { name: 'ปิดลงคะแนน' }).click();
  await expect(page.getByTestId('poll-status')).toHaveText('ปิดแล้ว');
  await page.getByTestId('adopt-priorities').getByRole('button', { name: 'ใช้เป็นลำดับความสำคัญ' }).click();
  const confirm = page.getByRole('dialog');
  const preview = confirm.getByTestId('resolution-preview');
  await expect(preview).toContainText('ด้วยวิธีตารางให้คะแนนตามเกณฑ์');
  await expect(preview).toContainText('กติกาเมื่อคะแนนเท่ากัน: ประธานที่ประชุมชี้ขาด');
  await expect(preview).toContainText(`1. ${ROAD}`);
  await page.evaluate(() => window.scrollTo(0, 0));
  await shot(page, '5-priorities-confirm');
  await confirm.getByRole('button', { name: 'ใช้เป็นลำดับความสำคัญ' }).click();
  await expect(confirm).toBeHidden();
  const list = page.getByTestId('priority-list');
  await expect(list.getByTestId('priority-item')).toHaveText([new RegExp(`^1${ROAD}`), new RegExp(`^2${WATER}`), new RegExp(`^3${LIGHT}`)]);
  await expect(list).toContainText('บันทึกเป็นมติที่ประชุมแล้ว');
  await expect(page.getByTestId('adopt-priorities')).toContainText('ผลนี้เป็นลำดับความสำคัญของเวทีแล้ว');

  const priorities = await wethi.call('priorities.get', { forumId: forum.id });
  expect(priorities.items.map((i) => [i.rank, i.title])).toEqual([
    [1, ROAD],
    [2, WATER],
    [3, LIGHT],
  ]);
  expect(priorities.source).toMatchObject({ kind: 'poll', pollId: poll.id, method: 'score_matrix', tieRule: { rule: 'casting_vote' }, tie: false });
  const resolutions = await wethi.call('notes.resolutions', { forumId: forum.id });
  expect(resolutions.find((r) => r.id === priorities.resolutionId)?.text).toContain(`1. ${ROAD}\n2. ${WATER}\n3. ${LIGHT}`);
  await ready(page);
  await shot(page, '5-priorities');
});

test('whose sheet is open is said above the grid; Ctrl+Enter finishes it; a removed sheet comes back with Undo', async ({ page }) => {
  test.setTimeout(180_000);
  const wethi = sharedWethi();
  const forum = await makeForum(wethi, { title: 'เวทีประชาคมหมู่ 14 บ้านหนองบัว' });
  for (let i = 1; i <= 4; i++) await addPerson(wethi, forum.id, { firstName: `ชาวบ้าน${i}`, lastName: 'หนองบัว' }, { checkIn: true });
  for (const name of ['กลุ่มสตรีแม่บ้านเกษตรกร', 'กลุ่มเยาวชน']) await wethi.call('groups.create', { forumId: forum.id, name });
  const poll = await wethi.call('polls.create', {
    forumId: forum.id,
    title: 'ให้คะแนนปัญหา',
    method: 'score_matrix',
    rules: { scale: { min: 1, max: 5 }, criteria: [{ name: 'ความรุนแรง', weight: 1 }] },
    options: [{ label: ROAD }, { label: WATER }],
  });
  await wethi.call('polls.open', { id: poll.id });
  await wethi.open(page, `?forum=${forum.id}&tab=polls`);
  const mode = page.getByTestId('scorer-mode');
  await expect(mode).toHaveText('ยังไม่ได้เลือกแผ่นคะแนน เลือกกลุ่มหรือผู้ให้คะแนนก่อน', { timeout: 30_000 });
  await page.getByTestId('scorer-select').click();
  await page.getByRole('option', { name: 'กลุ่มสตรีแม่บ้านเกษตรกร' }).click();
  await expect(mode).toHaveText('กำลังกรอกแผ่นคะแนนของ กลุ่มสตรีแม่บ้านเกษตรกร');
  await expect(mode).toHaveAttribute('role', 'status');
  await page.getByLabel(`${ROAD} – ความรุนแรง`).focus();
  await page.keyboard.type('4');
  await page.keyboard.press('Tab');
  await page.keyboard.type('5');
  await expect(page.getByTestId('scorer-sheet').filter({ hasText: 'กลุ่มสตรีแม่บ้านเกษตรกร' })).toContainText('✓');
  // Done with this group's sheet: the grid closes and the cursor is back in the scorer field.
  await page.keyboard.press('Control+Enter');
  await expect(mode).toHaveText('ยังไม่ได้เลือกแผ่นคะแนน เลือกกลุ่มหรือผู้ให้คะแนนก่อน');
  await expect(page.getByTestId('matrix-grid')).toHaveCount(0);
  await expect(page.getByTestId('scorer-select')).toBeFocused();

  // Removing the sheet says so, with Undo that brings every score back.
  await page.keyboard.press('Escape');
  await page.getByTestId('scorer-sheet').filter({ hasText: 'กลุ่มสตรีแม่บ้านเกษตรกร' }).click();
  await page.getByRole('button', { name: 'ลบแผ่นคะแนนนี้' }).click();
  await expect(page.getByTestId('scorer-sheet')).toHaveCount(0);
  await page.getByRole('button', { name: 'เลิกทำ' }).click();
  await expect(page.getByTestId('scorer-sheet').filter({ hasText: 'กลุ่มสตรีแม่บ้านเกษตรกร' })).toContainText('✓');
  const scorers = (await wethi.call('polls.inputs', { pollId: poll.id })).scorers;
  const id = (label: string) => poll.options.find((o) => o.label === label)?.id as string;
  expect(scorers.map((s) => [s.name, s.scores])).toEqual([['กลุ่มสตรีแม่บ้านเกษตรกร', { [id(ROAD)]: { ความรุนแรง: 4 }, [id(WATER)]: { ความรุนแรง: 5 } }]]);
});
