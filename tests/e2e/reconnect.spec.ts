/**
 * Browser mode, the host restarted (a new token, the same address): the page does not give way
 * to "cannot connect" and what was typed in the note box, before and during the outage, stays
 * there and is saved once the page has the new token, whether from the new link opened in
 * another tab or pasted into the page.
 */
import { expect, type Page, test } from '@playwright/test';
import { type RunningHost, startHost } from './host';
import { wethiAt } from './wethi';

let host: RunningHost;

test.beforeAll(async () => {
  host = await startHost('reconnect');
});
test.afterAll(async () => {
  await host.stop();
});

const box = (page: Page) => page.getByTestId('note-input');
const draftState = (page: Page) => page.getByTestId('draft-status');
/** The draft author of the page's window (window-author.ts), to read its draft back from the host. */
const authorOf = (page: Page) => page.evaluate(() => sessionStorage.getItem('wethi.noteAuthor') ?? '');

/**
 * A forum's note pane with text saved, then the host killed while more is typed, then the host
 * back with a new token: the page shows the reconnect bar.
 */
async function typeThroughARestart(page: Page, title: string, before: string, during: string) {
  const first = wethiAt(host.origin, host.token);
  const forum = await first.call('forums.create', { title, date: '2026-11-23' });
  await first.open(page, `?forum=${forum.id}&tab=notes`);
  await expect(box(page)).toBeFocused();
  await page.keyboard.type(before);
  await expect(draftState(page)).toHaveAttribute('data-state', 'saved');
  const author = await authorOf(page);

  // The host goes away; the note-taker keeps typing.
  await host.kill();
  await page.keyboard.type(during);
  await expect(draftState(page)).toHaveAttribute('data-state', 'failed');
  host = await host.restart();
  await expect(page.getByTestId('reconnect-banner')).toBeVisible({ timeout: 30_000 });
  return { forum, author, wethi: wethiAt(host.origin, host.token) };
}

test('a host restart with a new token: the typed text stays in the box and is saved once reconnected', async ({ page, context }) => {
  // Two restarts of a real host; the machines running it are small and shared.
  test.setTimeout(240_000);
  const before = 'ผู้ใหญ่บ้านแจ้งว่าถนนสายหลักจะซ่อมเดือนหน้า';
  const during = ' ที่ประชุมขอให้ติดไฟส่องสว่างด้วย';
  const { forum, author, ...back } = await typeThroughARestart(page, 'เวทีประชาคมหมู่ 6 ไฟดับ', before, during);
  let { wethi } = back;

  // Back, with a new token: the page says so, and keeps the note box and its text.
  const banner = page.getByTestId('reconnect-banner');
  await expect(page.getByRole('heading', { name: 'ยังเชื่อมต่อกับเวทีไม่ได้' })).toHaveCount(0);
  await expect(box(page)).toHaveValue(before + during);
  await page.screenshot({ path: 'test-results/screenshots/reconnect-banner.png' });

  // The new link opened in another tab (as the host itself does): this page takes its token.
  const fresh = await context.newPage();
  await wethi.open(fresh);
  await expect(banner).toBeHidden();
  await expect(draftState(page)).toHaveAttribute('data-state', 'saved');
  expect((await wethi.call('notes.getDraft', { forumId: forum.id, author }))?.text).toBe(before + during);
  await fresh.close();

  // Again, and this time the new link is pasted into the page, by keyboard.
  await host.kill();
  const again = ' และขอให้ อบต. ช่วยดูแลเรื่องน้ำประปา';
  await box(page).focus();
  await page.keyboard.type(again);
  host = await host.restart();
  wethi = wethiAt(host.origin, host.token);
  await expect(banner).toBeVisible({ timeout: 30_000 });
  const link = banner.getByLabel('ลิงก์ใหม่จากโปรแกรมเวที');
  await link.focus();
  await page.keyboard.type('http://127.0.0.1/#token=not-the-new-one');
  await page.keyboard.press('Enter');
  await expect(banner).toContainText('ลิงก์นี้ใช้ไม่ได้');
  await link.fill('');
  await page.keyboard.type(`${host.origin}/#token=${host.token}`);
  await page.keyboard.press('Enter');
  await expect(banner).toBeHidden();
  await expect(box(page)).toHaveValue(before + during + again);
  await expect(draftState(page)).toHaveAttribute('data-state', 'saved');

  // And the note goes in as one, under the new token.
  await box(page).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('note-row')).toHaveCount(1);
  const notes = await wethi.call('notes.list', { forumId: forum.id });
  expect(notes.map((n) => n.text)).toEqual([before + during + again]);
});

test('reloaded during the outage anyway: the text typed meanwhile comes back with the new link and is saved', async ({ page }) => {
  test.setTimeout(180_000);
  const before = 'เสนอให้ขุดลอกหนองน้ำสาธารณะ';
  const during = ' ก่อนถึงหน้าแล้งปีหน้า';
  const { forum, author, wethi } = await typeThroughARestart(page, 'เวทีประชาคมหมู่ 8 โหลดหน้าใหม่', before, during);

  // Reloaded against the advice: the old token is gone, so the page can only explain.
  await page.reload();
  await expect(page.getByRole('heading', { name: 'ยังเชื่อมต่อกับเวทีไม่ได้' })).toBeVisible();
  // The new link, in this same tab: the box has everything, and the host gets it.
  await wethi.open(page, `?forum=${forum.id}&tab=notes`);
  // A whole page load and the notes tab on a busy machine: waited for, not timed.
  await expect(box(page)).toHaveValue(before + during, { timeout: 30_000 });
  await expect(draftState(page)).toHaveAttribute('data-state', 'saved');
  expect((await wethi.call('notes.getDraft', { forumId: forum.id, author }))?.text).toBe(before + during);
});
