/**
 * The phone page on a 360×640 phone: small on first load, every ballot kind, joining by typing
 * the address and the code (no QR), a ballot that
 * waits offline and is counted once when it comes back (also when the laptop stored it but the
 * answer was lost), and a ballot half-filled that survives a live update.
 */
import { expect, test } from '@playwright/test';
import { newPhone, openRoom } from './room-support';
import { makeForum, sharedWethi, shot as fullShot } from './wethi';
import type { Page } from '@playwright/test';

/** From the top, so the sticky header is where a phone shows it. */
const shot = async (page: Page, name: string) => {
  await page.evaluate(() => window.scrollTo(0, 0));
  await fullShot(page, name);
};

const wethi = sharedWethi();

test('first load is under 150 KB transferred, all from the laptop, and works without a secure context', async ({ browser }) => {
  const forum = await makeForum(wethi, { title: 'เวทีประชาคมหมู่ 7 บ้านหนองหญ้าปล้อง ตำบลหนองบัวแดง' });
  const room = await openRoom(wethi, forum.id);
  try {
    const context = await browser.newContext({ viewport: { width: 360, height: 640 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    let transferred = 0;
    const urls: string[] = [];
    cdp.on('Network.responseReceived', (e) => urls.push(e.response.url));
    cdp.on('Network.loadingFinished', (e) => {
      transferred += e.encodedDataLength;
    });
    await page.goto(room.url);
    await expect(page.getByText('รอการลงคะแนนครั้งถัดไป')).toBeVisible();
    await expect(page.locator('#title')).toHaveText(forum.title);
    test.info().annotations.push({ type: 'first load', description: `${transferred} bytes` });
    expect(transferred).toBeGreaterThan(1000);
    expect(transferred).toBeLessThan(150 * 1024);
    const origin = new URL(room.url).origin;
    expect(urls.filter((u) => !u.startsWith(origin))).toEqual([]);
    if (room.lan) expect(await page.evaluate(() => window.isSecureContext)).toBe(false);
    await context.close();
  } finally {
    await room.close();
  }
});

test('votes in every kind of ballot with large taps, and "บันทึกแล้ว" only once the laptop stored it', async ({ browser }) => {
  const forum = await makeForum(wethi, { title: 'เวทีประชาคมหมู่ 7 บ้านหนองหญ้าปล้อง' });
  const room = await openRoom(wethi, forum.id);
  try {
    const labels = ['ซ่อมถนนลูกรังสายหนองหญ้าปล้อง–โคกสว่าง', 'ขยายเขตประปาหมู่บ้าน', 'ไฟส่องสว่างทางเข้าวัด'];
    const options = labels.map((label) => ({ label }));
    const make = async (draft: Parameters<typeof wethi.call<'polls.create'>>[1]) => wethi.call('polls.open', { id: (await wethi.call('polls.create', draft)).id });
    const phone = await newPhone(browser, room.url);
    const { page } = phone;
    await expect(page.getByText('รอการลงคะแนนครั้งถัดไป')).toBeVisible();

    // Yes/no: the only open vote, so the phone goes straight to it.
    const yesNo = await make({ forumId: forum.id, title: 'เห็นชอบให้ใช้งบกองทุนหมู่บ้านซ่อมถนน', method: 'yes_no' });
    await expect(page.getByRole('heading', { name: yesNo.title })).toBeVisible();
    const yes = page.getByRole('button', { name: 'เห็นด้วย', exact: true });
    expect((await yes.boundingBox())?.height ?? 0).toBeGreaterThanOrEqual(48);
    await yes.tap();
    await shot(page, 'room-phone-yes-no');
    await page.getByRole('button', { name: 'ส่งคะแนน' }).tap();
    await expect(page.locator('#status')).toContainText('บันทึกแล้ว');
    expect((await wethi.call('polls.results', { id: yesNo.id })).yesNo?.yes).toBe(1);
    await wethi.call('polls.close', { id: yesNo.id });

    // Borda: tap in order, then move the last one up.
    const borda = await make({ forumId: forum.id, title: 'จัดลำดับโครงการ', method: 'borda', options });
    await expect(page.getByRole('heading', { name: borda.title })).toBeVisible();
    for (const label of [labels[2], labels[0], labels[1]]) await page.getByRole('button', { name: `＋ ${label}` }).tap();
    await page.getByRole('button', { name: 'เลื่อนขึ้น' }).nth(2).tap();
    await expect(page.locator('[data-ranked]')).toHaveText([new RegExp(labels[2] as string), new RegExp(labels[1] as string), new RegExp(labels[0] as string)]);
    await shot(page, 'room-phone-ranking');
    await page.getByRole('button', { name: 'ส่งคะแนน' }).tap();
    await expect(page.locator('#status')).toContainText('บันทึกแล้ว');
    const inputs = await wethi.call('polls.inputs', { pollId: borda.id });
    expect(inputs.ballots.map((b) => b.ranking)).toEqual([[borda.options[2]?.id, borda.options[1]?.id, borda.options[0]?.id]]);
    await wethi.call('polls.close', { id: borda.id });

    // Dots: 3 to spread.
    const dots = await make({ forumId: forum.id, title: 'แจกจุด', method: 'approval', rules: { mode: 'dots', dotsPerParticipant: 3 }, options });
    await expect(page.getByRole('heading', { name: dots.title })).toBeVisible();
    const plus = (i: number) => page.locator(`[data-option="${dots.options[i]?.id}"] button[aria-label="+"]`);
    await plus(1).tap();
    await plus(1).tap();
    await plus(0).tap();
    await expect(plus(2)).toBeDisabled();
    await page.getByRole('button', { name: 'ส่งคะแนน' }).tap();
    await expect(page.locator('#status')).toContainText('บันทึกแล้ว');
    expect((await wethi.call('polls.inputs', { pollId: dots.id })).ballots[0]?.dots).toEqual({ [dots.options[1]?.id as string]: 2, [dots.options[0]?.id as string]: 1 });
    await wethi.call('polls.close', { id: dots.id });

    // Scoring matrix: every option on every criterion.
    const matrix = await make({ forumId: forum.id, title: 'ให้คะแนนปัญหา', method: 'score_matrix', rules: { scale: { min: 1, max: 3 }, criteria: [{ name: 'ความรุนแรง' }, { name: 'ความเป็นไปได้' }] }, options });
    await expect(page.getByRole('heading', { name: matrix.title })).toBeVisible();
    const send = page.getByRole('button', { name: 'ส่งคะแนน' });
    for (const [o, option] of matrix.options.entries()) {
      await page.locator(`[data-cell="${option.id}|ความรุนแรง|${(o % 3) + 1}"]`).tap();
      if (o < 2) await page.locator(`[data-cell="${option.id}|ความเป็นไปได้|3"]`).tap();
    }
    await expect(send).toBeDisabled();
    await page.locator(`[data-cell="${matrix.options[2]?.id}|ความเป็นไปได้|1"]`).tap();
    await shot(page, 'room-phone-matrix');
    await send.tap();
    await expect(page.locator('#status')).toContainText('บันทึกแล้ว');
    expect((await wethi.call('polls.results', { id: matrix.id })).matrix?.scorers).toHaveLength(1);
    await wethi.call('polls.close', { id: matrix.id });

    // Fist to five: a concern is optional, but a block must give its reason (as typed in).
    const fist = await make({ forumId: forum.id, title: 'ฉันทามติ: ใช้ที่ดินวัดทำลานตากข้าว', method: 'consensus' });
    await expect(page.getByRole('heading', { name: fist.title })).toBeVisible();
    await page.locator('[data-value="2"]').tap();
    await expect(send).toBeEnabled();
    await page.locator('[data-value="block"]').tap();
    await expect(send).toBeDisabled();
    await page.getByLabel('เหตุผลที่คัดค้าน (ต้องกรอก)').fill('ต้องขอมติกรรมการวัดก่อน');
    await expect(send).toBeEnabled();
    await send.tap();
    await expect(page.locator('#status')).toContainText('บันทึกแล้ว');
    expect((await wethi.call('polls.inputs', { pollId: fist.id })).ballots[0]).toMatchObject({ value: 'block', concern: 'ต้องขอมติกรรมการวัดก่อน' });
    await phone.context.close();
  } finally {
    await room.close();
  }
});

test('offline, the ballot waits on the phone and is counted once when it comes back, even when only the answer was lost', async ({ browser }) => {
  const forum = await makeForum(wethi);
  const room = await openRoom(wethi, forum.id);
  try {
    const poll = await wethi.call('polls.open', { id: (await wethi.call('polls.create', { forumId: forum.id, title: 'เลือกหนึ่ง', method: 'plurality', options: [{ label: 'ถนน' }, { label: 'ประปา' }] })).id });
    const { context, page } = await newPhone(browser, room.url);
    await expect(page.getByRole('heading', { name: 'เลือกหนึ่ง' })).toBeVisible();
    await context.setOffline(true);
    await page.getByRole('button', { name: 'ประปา' }).tap();
    await page.getByRole('button', { name: 'ส่งคะแนน' }).tap();
    await expect(page.locator('#status')).toContainText('ยังไม่ได้บันทึก');
    await expect(page.locator('#status')).not.toContainText('บันทึกแล้ว');
    expect((await wethi.call('polls.results', { id: poll.id })).ballotCount).toBe(0);
    await context.setOffline(false);
    await expect(page.locator('#status')).toContainText('บันทึกแล้ว', { timeout: 20_000 });
    expect((await wethi.call('polls.results', { id: poll.id })).ballotCount).toBe(1);

    // The laptop stores the ballot but its answer never reaches the phone: the resend is not counted again.
    let dropped = 0;
    await page.route('**/room/ballots', async (route) => {
      if (dropped === 0) {
        dropped += 1;
        await route.fetch();
        await route.abort('connectionreset');
      } else {
        await route.continue();
      }
    });
    await page.getByRole('button', { name: 'ถนน' }).tap();
    await page.getByRole('button', { name: 'เปลี่ยนคะแนน' }).tap();
    await expect(page.locator('#status')).toContainText('บันทึกแล้ว', { timeout: 20_000 });
    expect(dropped).toBe(1);
    const results = await wethi.call('polls.results', { id: poll.id });
    expect(results.ballotCount).toBe(1);
    expect(results.winners.map((w) => w.label)).toEqual(['ถนน']);
    await context.close();
  } finally {
    await room.close();
  }
});

test('a live update never clears a ballot being filled in; the page comes back after sleep', async ({ browser }) => {
  const forum = await makeForum(wethi);
  const room = await openRoom(wethi, forum.id);
  try {
    const first = await wethi.call('polls.open', { id: (await wethi.call('polls.create', { forumId: forum.id, title: 'จัดลำดับ', method: 'irv', options: [{ label: 'ก' }, { label: 'ข' }, { label: 'ค' }] })).id });
    const { context, page } = await newPhone(browser, room.url);
    await expect(page.getByRole('heading', { name: 'จัดลำดับ' })).toBeVisible();
    await page.getByRole('button', { name: '＋ ค' }).tap();
    await page.getByRole('button', { name: '＋ ก' }).tap();
    // The facilitator opens another vote meanwhile: every phone gets a new snapshot.
    await wethi.call('polls.open', { id: (await wethi.call('polls.create', { forumId: forum.id, title: 'มติอื่น', method: 'yes_no' })).id });
    await page.waitForTimeout(1500);
    await expect(page.locator('[data-ranked]')).toHaveCount(2);
    await expect(page.locator('[data-ranked]').first()).toContainText('ค');

    // Asleep: offline, the vote closes meanwhile; awake again: the page shows it at once.
    await context.setOffline(true);
    await wethi.call('polls.close', { id: first.id });
    await context.setOffline(false);
    await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
    await expect(page.getByText('การลงคะแนนเรื่องนี้ปิดแล้ว')).toBeVisible();
    await expect(page.locator('[data-ranked]')).toHaveCount(2);
    await expect(page.getByRole('button', { name: 'ส่งคะแนน' })).toBeDisabled();
    await shot(page, 'room-phone-closed-keeps-ballot');
    await context.close();
  } finally {
    await room.close();
  }
});

test('a phone that cannot scan types the address and the code shown beside the QR code, then approves options', async ({ browser }) => {
  const forum = await makeForum(wethi, { title: 'เวทีประชาคมหมู่ 7 บ้านหนองหญ้าปล้อง ตำบลหนองบัวแดง' });
  const room = await openRoom(wethi, forum.id);
  try {
    // What the projector shows to type: the address alone, no code in it.
    expect(room.plainUrl).not.toContain(room.code);
    const phone = await newPhone(browser, room.plainUrl);
    const { page } = phone;
    await expect(page.getByRole('heading', { name: 'เข้าร่วมเวที' })).toBeVisible();
    const codeBox = page.getByRole('textbox', { name: 'รหัส' });
    // A mistyped code is refused in plain Thai and the phone stays on the join form.
    const wrong = String((Number(room.code) + 1) % 1_000_000).padStart(6, '0');
    await codeBox.fill(wrong);
    await page.getByRole('button', { name: 'เข้าร่วม', exact: true }).tap();
    await expect(page.getByRole('alert')).toHaveText('รหัสไม่ถูกต้อง ลองดูรหัสบนจออีกครั้ง');
    await expect(codeBox).toBeVisible();
    // The code as people read it off the screen, with a space in the middle.
    await codeBox.fill(`${room.code.slice(0, 3)} ${room.code.slice(3)}`);
    await page.getByRole('button', { name: 'เข้าร่วม', exact: true }).tap();
    await expect(page.locator('#title')).toHaveText(forum.title);
    await expect(page.getByText('รอการลงคะแนนครั้งถัดไป')).toBeVisible();
    expect((await wethi.call('room.status', { forumId: forum.id })).phones).toBe(1);

    // Approval, at most two: a third is refused by the page itself, and a tap takes a choice back.
    const labels = ['ซ่อมถนนลูกรังสายหนองหญ้าปล้อง–โคกสว่าง', 'ขยายเขตประปาหมู่บ้าน', 'ไฟส่องสว่างทางเข้าวัด'];
    const created = await wethi.call('polls.create', { forumId: forum.id, title: 'เลือกได้ไม่เกิน 2 โครงการ', method: 'approval', rules: { maxApprovals: 2 }, options: labels.map((label) => ({ label })) });
    const poll = await wethi.call('polls.open', { id: created.id });
    await expect(page.getByRole('heading', { name: poll.title })).toBeVisible();
    const option = (i: number) => page.locator(`[data-option="${poll.options[i]?.id}"]`);
    await option(0).tap();
    await option(2).tap();
    await expect(option(1)).toBeDisabled();
    await option(0).tap();
    await expect(option(1)).toBeEnabled();
    await option(1).tap();
    await expect(option(1)).toHaveAttribute('aria-pressed', 'true');
    await shot(page, 'room-phone-approval');
    await page.getByRole('button', { name: 'ส่งคะแนน' }).tap();
    await expect(page.locator('#status')).toContainText('บันทึกแล้ว');
    const ballots = (await wethi.call('polls.inputs', { pollId: poll.id })).ballots;
    expect(ballots).toHaveLength(1);
    expect([...(ballots[0]?.approved ?? [])].sort()).toEqual([poll.options[1]?.id, poll.options[2]?.id].sort());
    expect((await wethi.call('polls.results', { id: poll.id })).ballotCount).toBe(1);
    await phone.context.close();
  } finally {
    await room.close();
  }
});
