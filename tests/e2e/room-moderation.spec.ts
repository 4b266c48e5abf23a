/**
 * What phones send waits for the facilitator: accepted into the forum's issues, merged into an
 * issue already listed (its cause and need added there), a question accepted as it is, or
 * hidden; then the accepted ones go on the projector, newest first, without the senders' names.
 */
import { randomBytes } from 'node:crypto';
import { expect as baseExpect, test } from '@playwright/test';
import { newPhone, openRoom } from './room-support';
import { makeForum, sharedWethi, shot } from './wethi';

const wethi = sharedWethi();
// The control window and the projector in one browser, on a machine shared by many runs.
const expect = baseExpect.configure({ timeout: 30_000 });
const id = () => randomBytes(16).toString('hex');

test('the facilitator accepts, merges and hides what phones sent, and shows the accepted on the projector', async ({ page }) => {
  const forum = await makeForum(wethi, { title: 'เวทีประชาคมหมู่ 7 บ้านหนองหญ้าปล้อง ตำบลหนองบัวแดง ครั้งที่ 2/2569' });
  const road = await wethi.call('issues.create', { forumId: forum.id, title: 'ถนนลูกรังสายหนองหญ้าปล้อง–โคกสว่างเป็นหลุมบ่อ' });
  const status = await wethi.call('room.open', { forumId: forum.id, host: '127.0.0.1', port: 0 });
  try {
    const base = status.room?.plainUrl as string;
    const post = async (path: string, body: unknown, token?: string) => {
      const r = await fetch(`${base}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify(body) });
      expect(r.status, `${path}: ${await r.clone().text()}`).toBe(200);
      return r.json() as Promise<Record<string, unknown>>;
    };
    const token = (await post('/room/join', { code: status.room?.code })).voterToken as string;
    const send = (body: Record<string, unknown>) => post('/room/ideas', { submissionId: id(), anonymous: true, ...body }, token);
    await send({ kind: 'issue', text: 'น้ำประปาหมู่บ้านขุ่นทุกครั้งที่ฝนตก', cause: 'บ่อพักน้ำไม่มีฝาปิด', need: 'ทำฝาปิดและล้างบ่อพัก' });
    await send({ kind: 'issue', text: 'ถนนเข้าหมู่บ้านพัง', cause: 'รถบรรทุกอ้อยวิ่งผ่านทุกวัน', need: 'ลงหินคลุกบดอัด' });
    await send({ kind: 'question', text: 'งบซ่อมถนนปีนี้มาจากกองทุนหมู่บ้านหรือ อบต.' });
    await send({ kind: 'idea', text: 'ขายของออนไลน์ราคาถูก คลิกเลย' });

    await wethi.open(page, `?forum=${forum.id}&tab=room`);
    const queue = page.getByTestId('room-queue');
    const card = (text: string) => queue.locator('[data-submission]').filter({ hasText: text });
    await expect(queue.locator('[data-submission]')).toHaveCount(4);
    await shot(page, 'room-moderation-pending');

    // A new problem becomes an issue of the forum.
    await card('น้ำประปาหมู่บ้านขุ่น').getByRole('button', { name: 'รับเป็นประเด็น' }).click();
    // A duplicate of an issue already listed: merged, its cause and need added there.
    await card('ถนนเข้าหมู่บ้านพัง').getByRole('button', { name: 'รวมกับประเด็นเดิม' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('ประเด็นที่จะรวมเข้า').click();
    await page.getByRole('option', { name: road.title }).click();
    await dialog.getByRole('button', { name: 'รวมกับประเด็นเดิม' }).click();
    await expect(dialog).toHaveCount(0);
    // A question is accepted as it is; spam is hidden.
    await card('งบซ่อมถนน').getByRole('button', { name: 'รับคำถาม' }).click();
    await card('ขายของออนไลน์').getByRole('button', { name: 'ซ่อน' }).click();
    await expect(queue.locator('[data-submission]')).toHaveCount(0);

    const issues = await wethi.call('issues.list', { forumId: forum.id });
    expect(issues.map((i) => i.title)).toEqual([road.title, 'น้ำประปาหมู่บ้านขุ่นทุกครั้งที่ฝนตก']);
    const merged = await wethi.call('issues.get', { id: road.id });
    expect(merged.causes.map((c) => c.text)).toEqual(['รถบรรทุกอ้อยวิ่งผ่านทุกวัน']);
    expect(merged.needs.map((c) => c.text)).toEqual(['ลงหินคลุกบดอัด']);

    // The accepted ones on the projector; the hidden one nowhere.
    await page.locator('label').filter({ hasText: /^รับแล้ว$/ }).click();
    await expect(queue.locator('[data-submission]')).toHaveCount(3);
    const [projector] = await Promise.all([page.waitForEvent('popup'), page.getByRole('button', { name: 'เปิดจอโปรเจกเตอร์' }).click()]);
    await projector.setViewportSize({ width: 1920, height: 1080 });
    await page.getByTestId('room-show-accepted').click();
    const items = projector.getByTestId('projector-room-accepted-item');
    await expect(items).toHaveCount(3);
    await expect(projector.getByTestId('projector-room-accepted')).not.toContainText('ขายของออนไลน์');
    await expect(items.filter({ hasText: 'น้ำประปาหมู่บ้านขุ่น' })).toContainText('บ่อพักน้ำไม่มีฝาปิด');
    await expect(projector.getByTestId('projector-room-join-small')).toContainText(status.room?.code as string);
    await shot(projector, 'room-projector-accepted');
  } finally {
    await wethi.call('room.close', { forumId: forum.id });
  }
});

test('a problem typed on a phone, sent while offline, reaches the queue once; the facilitator edits it and accepts it as an issue', async ({ page, browser }) => {
  test.setTimeout(120_000);
  const forum = await makeForum(wethi, { title: 'เวทีประชาคมหมู่ 7 บ้านหนองหญ้าปล้อง ตำบลหนองบัวแดง ครั้งที่ 2/2569' });
  const room = await openRoom(wethi, forum.id);
  const phone = await newPhone(browser, room.url);
  try {
    const p = phone.page;
    await p.getByRole('button', { name: 'เสนอปัญหา / ความคิด / คำถาม' }).tap();
    await p.locator('#idea-text').fill('น้ำประปาหมู่บ้านขุ่นทุกครั้งที่ฝนตก');
    await p.locator('#idea-cause').fill('บ่อพักน้ำไม่มีฝาปิด');
    await p.locator('#idea-need').fill('ทำฝาปิดบ่อพัก');
    await p.locator('#idea-name').fill('ป้าแดง');
    await phone.context.setOffline(true);
    await p.getByRole('button', { name: 'ส่ง', exact: true }).tap();
    await expect(p.locator('#status')).toContainText('ยังไม่ได้บันทึก');
    // The form is free for the next one while the first waits on the phone.
    await expect(p.locator('#idea-text')).toHaveValue('');
    await phone.context.setOffline(false);
    await expect(p.locator('#status')).toContainText('ส่งถึงผู้ดำเนินการแล้ว', { timeout: 40_000 });
    await p.evaluate(() => window.scrollTo(0, 0));
    await shot(p, 'room-phone-idea-sent');

    await wethi.open(page, `?forum=${forum.id}&tab=room`);
    const queue = page.getByTestId('room-queue');
    await expect(queue.locator('[data-submission]')).toHaveCount(1);
    const card = queue.locator('[data-submission]').first();
    await expect(card).toContainText('ป้าแดง');
    await card.getByRole('button', { name: 'แก้ไข' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('ปัญหา').fill('น้ำประปาหมู่บ้านขุ่นหลังฝนตก');
    await dialog.getByRole('button', { name: 'บันทึก' }).click();
    await expect(dialog).toHaveCount(0);
    await expect(card).toContainText('น้ำประปาหมู่บ้านขุ่นหลังฝนตก');
    await card.getByRole('button', { name: 'รับเป็นประเด็น' }).click();
    await expect(queue.locator('[data-submission]')).toHaveCount(0);
    const issues = await wethi.call('issues.list', { forumId: forum.id });
    expect(issues.map((i) => [i.title, i.causes.map((c) => c.text), i.needs.map((n) => n.text)])).toEqual([['น้ำประปาหมู่บ้านขุ่นหลังฝนตก', ['บ่อพักน้ำไม่มีฝาปิด'], ['ทำฝาปิดบ่อพัก']]]);
    expect(await wethi.call('room.submissions', { forumId: forum.id })).toHaveLength(1);
  } finally {
    await phone.context.close();
    await room.close();
  }
});
