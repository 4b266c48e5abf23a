/**
 * The room end to end: the facilitator opens it from the app and puts the QR code on the
 * projector; three phones (separate mobile contexts) join by the URL decoded from a screenshot
 * of the projector, vote in a yes/no poll, a Borda poll and a scoring matrix, one of them going
 * offline mid-vote and coming back; the projector's counts and the revealed result are right.
 *
 * Hand count. Options A = ซ่อมถนน…, B = ขยายเขตประปา…, C = ไฟส่องสว่าง…
 *   yes/no: phones 1 and 2 yes, phone 3 no → 2 : 1, carried.
 *   Borda (2, 1, 0 points): A>B>C, B>A>C, B>C>A → A = 2 + 1 = 3, B = 1 + 2 + 2 = 5, C = 1 → B wins.
 *   matrix (two criteria, weight 1, scale 1–5), each total = Σ criteria of the mean over phones:
 *     A (5,4) (4,4) (3,5) → 4 + 13/3; B (3,3) (4,2) (5,5) → 4 + 10/3; C (1,2) (2,2) (1,1) → 4/3 + 5/3 = 3 → A, B, C.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type Browser, expect as baseExpect, type Page, test } from '@playwright/test';
import { PHONE } from './room-support';
import { ROOT } from './host';
import { makeForum, sharedWethi, shot } from './wethi';

const wethi = sharedWethi();
// Three phones, a projector and the control window in one browser, on a machine shared by many runs.
const expect = baseExpect.configure({ timeout: 30_000 });
const LABELS = ['ซ่อมถนนลูกรังสายหนองหญ้าปล้อง–โคกสว่าง', 'ขยายเขตประปาหมู่บ้านถึงคุ้มหนองบัว', 'ไฟส่องสว่างทางเข้าวัดและโรงเรียน'];
const CRITERIA = ['ความรุนแรงของปัญหา', 'ความเป็นไปได้ด้วยทรัพยากรชุมชน'];

/** Decodes the QR code in a PNG with jsQR, in a blank page of the same browser. */
async function decodeQr(browser: Browser, png: Buffer): Promise<string | null> {
  const page = await browser.newPage();
  try {
    await page.addScriptTag({ path: path.join(ROOT, 'node_modules/jsqr/dist/jsQR.js') });
    return await page.evaluate(async (b64) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = img.width;
      canvas.height = img.height;
      const ctx = canvas.getContext('2d') as CanvasRenderingContext2D;
      ctx.drawImage(img, 0, 0);
      const data = ctx.getImageData(0, 0, img.width, img.height);
      const decode = (window as unknown as { jsQR: (d: Uint8ClampedArray, w: number, h: number) => { data: string } | null }).jsQR;
      return decode(data.data, img.width, img.height)?.data ?? null;
    }, png.toString('base64'));
  } finally {
    await page.close();
  }
}

async function tapRanking(page: Page, order: number[]) {
  for (const i of order) await page.getByRole('button', { name: `＋ ${LABELS[i]}` }).tap();
}

async function scoreMatrix(page: Page, optionIds: string[], sheet: [number, number][]) {
  for (const [o, [a, b]] of sheet.entries()) {
    await page.locator(`[data-cell="${optionIds[o]}|${CRITERIA[0]}|${a}"]`).tap();
    await page.locator(`[data-cell="${optionIds[o]}|${CRITERIA[1]}|${b}"]`).tap();
  }
}

async function send(page: Page) {
  await page.getByRole('button', { name: 'ส่งคะแนน' }).tap();
  await expect(page.locator('#status')).toContainText('บันทึกแล้ว', { timeout: 20_000 });
  await page.getByRole('button', { name: '‹ กลับ' }).tap();
}

test('three phones join from the projector QR code and vote; one goes offline and comes back; counts and revealed results are right', async ({ page, browser }) => {
  test.setTimeout(180_000);
  const forum = await makeForum(wethi, { title: 'เวทีประชาคมหมู่ 7 บ้านหนองหญ้าปล้อง ตำบลหนองบัวแดง ครั้งที่ 2/2569' });
  const options = LABELS.map((label) => ({ label }));
  const yesNo = await wethi.call('polls.create', { forumId: forum.id, title: 'เห็นชอบให้ใช้งบกองทุนหมู่บ้านซ่อมถนน', method: 'yes_no' });
  const borda = await wethi.call('polls.create', { forumId: forum.id, title: 'จัดลำดับโครงการที่จะเสนอ อบต.', method: 'borda', options });
  const matrix = await wethi.call('polls.create', {
    forumId: forum.id,
    title: 'ให้คะแนนปัญหาตามเกณฑ์',
    method: 'score_matrix',
    rules: { scale: { min: 1, max: 5 }, criteria: CRITERIA.map((name) => ({ name })) },
    options,
  });

  // The facilitator opens the room from the app, on a port no other run on this machine uses.
  await wethi.open(page, `?forum=${forum.id}&tab=room`);
  await expect(page.getByTestId('room-closed')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('room-address')).not.toHaveValue('');
  const port = 20_000 + Math.floor(Math.random() * 30_000);
  await page.getByLabel('พอร์ต').fill(String(port));
  await page.getByTestId('room-open').click();
  await expect(page.getByTestId('room-open-card')).toBeVisible({ timeout: 30_000 });
  const code = (await page.getByTestId('room-code').textContent()) ?? '';
  expect(code).toMatch(/^\d{6}$/);
  try {
    for (const poll of [yesNo, borda, matrix]) await wethi.call('polls.open', { id: poll.id });
    await expect(page.getByTestId('room-polls').locator('[data-poll-row]')).toHaveCount(3);
    // A new poll takes any joined phone, stated plainly as devices, not people.
    await expect(page.getByTestId('room-poll-voters').first()).toHaveValue('ทุกเครื่องที่เข้าร่วม');
    await expect(page.getByTestId('room-poll-voters-note').first()).toHaveText('นับเป็นเครื่อง ไม่ใช่คน: หนึ่งเครื่อง หนึ่งเสียง');
    await shot(page, 'room-facilitator-open');

    // The venue guide, printed with the room open: one page carrying the room's code.
    const downloading = page.waitForEvent('download', { timeout: 60_000 });
    await page.getByTestId('room-venue-guide').click();
    const guide = await downloading;
    expect(guide.suggestedFilename()).toMatch(/^venue-guide-th-.*\.pdf$/);
    const guideFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'wethi-guide-')), guide.suggestedFilename());
    await guide.saveAs(guideFile);
    expect(execFileSync('pdfinfo', [guideFile], { encoding: 'utf8' })).toMatch(/Pages:\s+1\n/);
    expect(execFileSync('pdftotext', [guideFile, '-'], { encoding: 'utf8' })).toContain(code);

    const [projector] = await Promise.all([page.waitForEvent('popup'), page.getByRole('button', { name: 'เปิดจอโปรเจกเตอร์' }).click()]);
    await projector.setViewportSize({ width: 1920, height: 1080 });
    await page.getByTestId('room-project').click();
    await expect(projector.getByTestId('projector-room')).toBeVisible();
    await expect(projector.getByTestId('projector-room-code')).toHaveText(code);
    await expect(projector.getByTestId('projector-room-hidden')).toBeVisible();
    await projector.evaluate(() => document.fonts.ready);
    const url = await decodeQr(browser, await projector.screenshot());
    expect(url).toMatch(new RegExp(`^http://[0-9.]+:${port}/\\?c=${code}$`));
    await expect(projector.getByTestId('projector-room-url')).toHaveText(new URL(url as string).host);

    const phones = [];
    for (let i = 0; i < 3; i++) {
      const context = await browser.newContext(PHONE);
      const phone = await context.newPage();
      await phone.goto(url as string);
      await expect(phone.getByRole('heading', { name: 'เรื่องที่เปิดให้ลงคะแนน' })).toBeVisible();
      phones.push({ context, page: phone });
    }
    await expect(projector.getByTestId('projector-room-phones')).toContainText('3');
    const matrixOptions = (await wethi.call('polls.get', { id: matrix.id })).options.map((o) => o.id);
    const sheets: [number, number][][] = [
      [[5, 4], [3, 3], [1, 2]],
      [[4, 4], [4, 2], [2, 2]],
      [[3, 5], [5, 5], [1, 1]],
    ];
    const rankings = [
      [0, 1, 2],
      [1, 0, 2],
      [1, 2, 0],
    ];
    for (const [i, { context, page: phone }] of phones.entries()) {
      await phone.locator(`[data-poll="${yesNo.id}"]`).tap();
      await phone.getByRole('button', { name: i < 2 ? 'เห็นด้วย' : 'ไม่เห็นด้วย', exact: true }).tap();
      await send(phone);

      await phone.locator(`[data-poll="${borda.id}"]`).tap();
      await tapRanking(phone, rankings[i] as number[]);
      if (i === 2) {
        // Phone 3 loses the network mid-vote: its ballot waits on the phone.
        await context.setOffline(true);
        await phone.getByRole('button', { name: 'ส่งคะแนน' }).tap();
        await expect(phone.locator('#status')).toContainText('ยังไม่ได้บันทึก');
        await phone.evaluate(() => window.scrollTo(0, 0));
        await shot(phone, 'room-phone-offline');
        expect((await wethi.call('polls.results', { id: borda.id })).ballotCount).toBe(2);
        await context.setOffline(false);
        await expect(phone.locator('#status')).toContainText('บันทึกแล้ว', { timeout: 20_000 });
        await phone.getByRole('button', { name: '‹ กลับ' }).tap();
      } else {
        await send(phone);
      }

      await phone.locator(`[data-poll="${matrix.id}"]`).tap();
      await scoreMatrix(phone, matrixOptions, sheets[i] as [number, number][]);
      await send(phone);
    }
    await phones[0]?.page.evaluate(() => window.scrollTo(0, 0));
    await shot(phones[0]?.page as Page, 'room-phone-list-voted');

    // The projector counts every phone ballot once; results stay hidden.
    for (const poll of [yesNo, borda, matrix]) await expect(projector.locator(`[data-testid="projector-room-ballots"][data-poll="${poll.id}"]`)).toContainText(': ส่งคะแนนแล้ว 3');
    await expect(projector.getByTestId('projector-poll')).toHaveCount(0);
    await shot(projector, 'room-projector-counts');

    // Every stored ballot is one that was cast, as it was cast: no more, no fewer.
    const stored = async (pollId: string) => (await wethi.call('polls.inputs', { pollId })).ballots;
    const bordaOptions = (await wethi.call('polls.get', { id: borda.id })).options.map((o) => o.id);
    // Compared as text with keys in order, so a sheet's layout does not matter, only its scores.
    const canonical = (x: unknown): unknown =>
      Array.isArray(x) ? x.map(canonical) : x && typeof x === 'object' ? Object.fromEntries(Object.entries(x).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, canonical(v)])) : x;
    const sorted = (xs: unknown[]) => xs.map((x) => JSON.stringify(canonical(x))).sort();
    expect(sorted((await stored(yesNo.id)).map((b) => b.choice))).toEqual(sorted(['yes', 'yes', 'no']));
    expect(sorted((await stored(borda.id)).map((b) => b.ranking))).toEqual(sorted(rankings.map((r) => r.map((i) => bordaOptions[i]))));
    const castSheets = sheets.map((sheet) => Object.fromEntries(sheet.map(([a, b], o) => [matrixOptions[o], { [CRITERIA[0] as string]: a, [CRITERIA[1] as string]: b }])));
    expect(sorted((await stored(matrix.id)).map((b) => b.scores))).toEqual(sorted(castSheets));

    // Close voting, reveal the Borda result from the room tab.
    for (const poll of [yesNo, borda, matrix]) await wethi.call('polls.close', { id: poll.id });
    // The row loses its "close the vote" button once it shows the vote closed, and the switch
    // moves up: it is pressed once the row says closed, by a click that waits for it to stand still.
    const bordaRow = page.locator(`[data-poll-row="${borda.id}"]`);
    await expect(bordaRow.getByTestId('room-poll-step')).toHaveCount(0);
    await bordaRow.getByTestId('room-poll-reveal').click();
    await expect(projector.getByTestId('projector-room-results')).toBeVisible();
    await expect(projector.getByTestId('projector-poll-outcome')).toContainText(LABELS[1] as string);
    await shot(projector, 'room-projector-revealed');

    const bordaResults = await wethi.call('polls.results', { id: borda.id });
    expect(bordaResults.ranking.map((r) => [r.label, r.score])).toEqual([
      [LABELS[1], 5],
      [LABELS[0], 3],
      [LABELS[2], 1],
    ]);
    expect((await wethi.call('polls.results', { id: yesNo.id })).yesNo).toMatchObject({ yes: 2, no: 1, abstain: 0, outcome: 'carried' });
    const matrixResults = await wethi.call('polls.results', { id: matrix.id });
    expect(matrixResults.ranking.map((r) => [r.label, Math.round(r.score * 1000) / 1000])).toEqual([
      [LABELS[0], 8.333],
      [LABELS[1], 7.333],
      [LABELS[2], 3],
    ]);
    for (const p of phones) await p.context.close();
  } finally {
    await wethi.call('room.close', { forumId: forum.id });
  }
});
