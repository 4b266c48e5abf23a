/**
 * Who votes, on the phone page itself: a phone that was in last month's room joins this one
 * from its QR code; checked-in participants prove who they are with their badge number and
 * personal code (or the last four digits of their phone number) and are never counted twice,
 * on paper or on another phone; printed one-time voting codes, printed from the room tab and
 * read back from the PDF, are one ballot each.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect as baseExpect, type Page, test } from '@playwright/test';
import { newPhone, openRoom, type Phone } from './room-support';
import { addPerson, makeForum, sharedWethi, shot } from './wethi';

const wethi = sharedWethi();
// Phones and the control window in one browser, on a machine shared by many runs.
const expect = baseExpect.configure({ timeout: 30_000 });

/** From the top, so the sticky header is where a phone shows it. */
const phoneShot = async (page: Page, name: string) => {
  await page.evaluate(() => window.scrollTo(0, 0));
  await shot(page, name);
};

test('a phone that was in an earlier forum’s room joins the next one from its QR code, as one phone', async ({ browser }) => {
  test.setTimeout(120_000);
  const earlier = await makeForum(wethi, { title: 'เวทีประชาคมหมู่ 7 ครั้งที่ 1/2569' });
  const next = await makeForum(wethi, { title: 'เวทีประชาคมหมู่ 7 บ้านหนองหญ้าปล้อง ตำบลหนองบัวแดง ครั้งที่ 2/2569' });
  // The same laptop, address and port as last time: the phone's saved session is still there.
  const first = await openRoom(wethi, earlier.id);
  const port = first.port;
  const phone = await newPhone(browser, first.url);
  try {
    await expect(phone.page.locator('#title')).toHaveText(earlier.title);
    await expect(phone.page.getByText('รอการลงคะแนนครั้งถัดไป')).toBeVisible();
    await first.close();

    const status = await wethi.call('room.open', { forumId: next.id, host: first.host, port });
    const room = status.room;
    if (!room) throw new Error('the room did not open');
    expect(room.url).not.toBe(first.url);
    await phone.page.goto(room.url);
    await expect(phone.page.locator('#title')).toHaveText(next.title);
    await expect(phone.page.getByText('รอการลงคะแนนครั้งถัดไป')).toBeVisible();
    expect((await wethi.call('room.status', { forumId: next.id })).phones).toBe(1);

    // Scanning the same code again keeps the phone it is: still one phone, one vote.
    await phone.page.goto(room.url);
    await expect(phone.page.locator('#title')).toHaveText(next.title);
    await expect(phone.page.getByText('รอการลงคะแนนครั้งถัดไป')).toBeVisible();
    expect((await wethi.call('room.status', { forumId: next.id })).phones).toBe(1);
  } finally {
    await phone.context.close();
    await wethi.call('room.close', { forumId: next.id });
    await wethi.call('room.close', { forumId: earlier.id });
  }
});

test('checked-in participants prove who they are on the phone and are counted once, on paper or by phone', async ({ browser }) => {
  test.setTimeout(120_000);
  const forum = await makeForum(wethi, { title: 'เวทีประชาคมหมู่ 7 บ้านหนองหญ้าปล้อง ตำบลหนองบัวแดง ครั้งที่ 2/2569' });
  const kampaeng = await addPerson(wethi, forum.id, { titlePrefix: 'นาง', firstName: 'คำแพง', lastName: 'แสงทองศรีสวัสดิ์วัฒนา', gender: 'female', sector: 'citizens' }, { checkIn: true });
  const prasert = await addPerson(wethi, forum.id, { titlePrefix: 'นาย', firstName: 'ประเสริฐ', lastName: 'ทองคำ', gender: 'male', sector: 'citizens', phone: '081-234-5678' }, { checkIn: true });
  const somsri = await addPerson(wethi, forum.id, { titlePrefix: 'นาง', firstName: 'สมศรี', lastName: 'ใจดี', gender: 'female', sector: 'citizens' }, { checkIn: true });
  const codes = await wethi.call('room.personalCodes', { forumId: forum.id });
  const codeOf = (personId: string) => codes.find((c) => c.personId === personId) as (typeof codes)[number];
  const poll = await wethi.call('polls.create', {
    forumId: forum.id,
    title: 'เลือกโครงการที่จะเสนอ อบต. เป็นอันดับแรก',
    method: 'plurality',
    options: [{ label: 'ซ่อมถนนลูกรังสายหนองหญ้าปล้อง–โคกสว่าง' }, { label: 'ขยายเขตประปาหมู่บ้าน' }],
  });
  await wethi.call('room.setPollSettings', { pollId: poll.id, voters: 'checked_in' });
  await wethi.call('polls.open', { id: poll.id });
  const [road, water] = poll.options.map((o) => o.id) as [string, string];
  // Somsri voted on paper, typed in under her name.
  await wethi.call('polls.addBallot', { pollId: poll.id, ranking: [water], voterId: somsri.id });
  const room = await openRoom(wethi, forum.id);
  const phones: Phone[] = [];
  try {
    const identify = async (page: Page, badge: number, code: string) => {
      await page.locator('#badge').fill(String(badge));
      await page.locator('#personal').fill(code);
      await page.getByRole('button', { name: 'ยืนยัน' }).tap();
    };
    // Kampaeng: a wrong code first, then hers.
    const one = await newPhone(browser, room.url);
    phones.push(one);
    await one.page.locator(`[data-poll="${poll.id}"]`).tap();
    await expect(one.page.getByText('เรื่องนี้ให้เฉพาะผู้ที่ลงทะเบียนแล้ว')).toBeVisible();
    const wrong = codeOf(kampaeng.id).code === '0000' ? '1111' : '0000';
    await identify(one.page, codeOf(kampaeng.id).badgeNumber, wrong);
    await expect(one.page.getByRole('alert')).toHaveText('หมายเลขหรือรหัสไม่ถูกต้อง');
    await phoneShot(one.page, 'room-phone-identify');
    await identify(one.page, codeOf(kampaeng.id).badgeNumber, codeOf(kampaeng.id).code);
    await expect(one.page.getByRole('heading', { name: poll.title })).toBeVisible();
    await one.page.getByRole('button', { name: 'ซ่อมถนนลูกรัง' }).tap();
    await one.page.getByRole('button', { name: 'ส่งคะแนน' }).tap();
    await expect(one.page.locator('#status')).toContainText('บันทึกแล้ว');
    await one.page.getByRole('button', { name: '‹ กลับ' }).tap();
    await expect(one.page.locator('[data-identity]')).toHaveText(`สวัสดี คำแพง (#${codeOf(kampaeng.id).badgeNumber})`);

    // Another phone cannot take Kampaeng over; Prasert proves himself with his phone number's last four digits.
    const two = await newPhone(browser, room.url);
    phones.push(two);
    await two.page.locator(`[data-poll="${poll.id}"]`).tap();
    await identify(two.page, codeOf(kampaeng.id).badgeNumber, codeOf(kampaeng.id).code);
    await expect(two.page.getByRole('alert')).toHaveText('ตัวตนนี้ใช้อยู่ในเครื่องอื่น แจ้งผู้ดำเนินการ');
    await identify(two.page, codeOf(prasert.id).badgeNumber, '5678');
    await two.page.getByRole('button', { name: 'ขยายเขตประปา' }).tap();
    await two.page.getByRole('button', { name: 'ส่งคะแนน' }).tap();
    await expect(two.page.locator('#status')).toContainText('บันทึกแล้ว');

    // Somsri, who voted on paper, is told so on her phone and her phone ballot is refused.
    const three = await newPhone(browser, room.url);
    phones.push(three);
    await three.page.locator(`[data-poll="${poll.id}"]`).tap();
    await identify(three.page, codeOf(somsri.id).badgeNumber, codeOf(somsri.id).code);
    await expect(three.page.getByText('คุณลงคะแนนเรื่องนี้แล้ว')).toBeVisible();

    // And Kampaeng, who voted by phone, cannot be typed in again on paper.
    await expect(wethi.call('polls.addBallot', { pollId: poll.id, ranking: [water], voterId: kampaeng.id })).rejects.toThrow();

    // One ballot each, under each one's name, as cast.
    const ballots = (await wethi.call('polls.inputs', { pollId: poll.id })).ballots;
    expect(ballots.map((b) => [b.voterId, b.ranking]).sort()).toEqual(
      [
        [somsri.id, [water]],
        [kampaeng.id, [road]],
        [prasert.id, [water]],
      ].sort(),
    );
    const results = await wethi.call('polls.results', { id: poll.id });
    expect(results.ballotCount).toBe(3);
    expect(results.winners.map((w) => w.label)).toEqual(['ขยายเขตประปาหมู่บ้าน']);
    expect((await wethi.call('room.status', { forumId: forum.id })).identified).toBe(3);
  } finally {
    for (const p of phones) await p.context.close();
    await room.close();
  }
});

test('printed one-time voting codes: printed from the room tab, one ballot per code; voting opened and closed there', async ({ page, browser }) => {
  test.setTimeout(120_000);
  const forum = await makeForum(wethi, { title: 'เวทีประชาคมหมู่ 7 บ้านหนองหญ้าปล้อง ตำบลหนองบัวแดง ครั้งที่ 2/2569' });
  const poll = await wethi.call('polls.create', { forumId: forum.id, title: 'เห็นชอบให้ใช้งบกองทุนหมู่บ้านซ่อมถนน', method: 'yes_no' });
  const room = await openRoom(wethi, forum.id);
  const phones: Phone[] = [];
  try {
    // The facilitator, in the room tab: this poll takes printed codes; three slips, printed.
    await wethi.open(page, `?forum=${forum.id}&tab=room`);
    const row = page.locator(`[data-poll-row="${poll.id}"]`);
    await row.getByTestId('room-poll-voters').click();
    await page.getByRole('option', { name: 'รหัสที่พิมพ์แจก' }).click();
    await expect(row.getByTestId('room-poll-voters-note')).toHaveText('หนึ่งรหัส หนึ่งเสียง');
    await page.getByLabel('จำนวนรหัสที่เพิ่ม').fill('3');
    await page.getByRole('button', { name: 'เพิ่มรหัส' }).click();
    await expect(page.getByText('รหัสลงคะแนนที่พิมพ์แล้ว 3 รหัส (ใช้แล้ว 0)')).toBeVisible();
    const downloading = page.waitForEvent('download', { timeout: 60_000 });
    await page.getByTestId('room-print-voting').click();
    const download = await downloading;
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'wethi-codes-')), download.suggestedFilename());
    await download.saveAs(file);
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
    const printed = [...text.matchAll(/\b(\d{4}) (\d{4})\b/g)].map((m) => `${m[1]} ${m[2]}`);
    expect(printed).toHaveLength(3);
    expect((await wethi.call('room.pollSettings', { pollId: poll.id })).voters).toBe('codes');
    // Voting is opened (and later closed) from the same tab.
    await row.getByTestId('room-poll-step').click();
    await expect(row.getByTestId('room-poll-step')).toHaveText('ปิดลงคะแนน');
    expect((await wethi.call('polls.get', { id: poll.id })).status).toBe('open');

    const identified = async (code: string) => {
      const phone = await newPhone(browser, room.url);
      phones.push(phone);
      await phone.page.locator(`[data-poll="${poll.id}"]`).tap();
      await expect(phone.page.getByText('เรื่องนี้ใช้รหัสลงคะแนนที่แจกให้')).toBeVisible();
      // Typed as printed, with the space.
      await phone.page.locator('#voting').fill(code);
      await phone.page.getByRole('button', { name: 'ยืนยัน' }).tap();
      return phone;
    };
    const one = await identified(printed[0] as string);
    await one.page.getByRole('button', { name: 'เห็นด้วย', exact: true }).tap();
    await one.page.getByRole('button', { name: 'ส่งคะแนน' }).tap();
    await expect(one.page.locator('#status')).toContainText('บันทึกแล้ว');
    await phoneShot(one.page, 'room-phone-voting-code');

    // The same slip on a second phone is refused; that phone's own slip works.
    const two = await identified(printed[0] as string);
    await expect(two.page.getByRole('alert')).toHaveText('ตัวตนนี้ใช้อยู่ในเครื่องอื่น แจ้งผู้ดำเนินการ');
    await two.page.locator('#voting').fill(printed[1] as string);
    await two.page.getByRole('button', { name: 'ยืนยัน' }).tap();
    await two.page.getByRole('button', { name: 'ไม่เห็นด้วย', exact: true }).tap();
    await two.page.getByRole('button', { name: 'ส่งคะแนน' }).tap();
    await expect(two.page.locator('#status')).toContainText('บันทึกแล้ว');

    const results = await wethi.call('polls.results', { id: poll.id });
    expect(results.yesNo).toMatchObject({ yes: 1, no: 1 });
    await expect(page.getByText('รหัสลงคะแนนที่พิมพ์แล้ว 3 รหัส (ใช้แล้ว 2)')).toBeVisible();
    await expect(row.getByTestId('room-poll-count')).toHaveText('2');
    await shot(page, 'room-facilitator-codes');
    await row.getByTestId('room-poll-step').click();
    await expect(row.getByTestId('room-poll-step')).toHaveCount(0);
    expect((await wethi.call('polls.get', { id: poll.id })).status).toBe('closed');
    await expect(two.page.getByText('รอการลงคะแนนครั้งถัดไป')).toBeVisible();
  } finally {
    for (const p of phones) await p.context.close();
    await room.close();
  }
});
