/**
 * The minutes tab (รายงานการประชุม): an item's summary seeded from its notes, edited (autosaved,
 * "edited" badge, the preview following, the notes untouched), reset from the notes; Thai digits;
 * PDF, DOCX and XLSX exported from the UI with a progress indicator and checked as files; typing
 * kept across a tab switch; Ctrl+S; the empty state; an export error in plain words.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { addPerson, makeForum, openTab, SCREENSHOTS, sharedWethi, type Wethi } from './wethi';

const ROAD_NOTE = 'ถนนลูกรังสายบ้านโนนสูงไปหนองบัวเป็นหลุมเป็นบ่อ รถจักรยานยนต์ล้มบ่อย';
const WATER_NOTE = 'น้ำประปาหมู่บ้านไหลอ่อนช่วงเย็น';
const RESOLUTION = 'ที่ประชุมมีมติให้เสนอโครงการซ่อมถนนต่อ อบต.โนนสูง';
const EDITED = 'ที่ประชุมอภิปรายเรื่องถนนลูกรังชำรุดอย่างกว้างขวาง และเห็นพ้องให้ซ่อมก่อนฤดูฝน';

/** A forum with two agenda items, notes under the second (one by a named speaker) and its resolution. */
async function forumWithNotes(wethi: Wethi) {
  const forum = await makeForum(wethi, { title: 'เวทีประชาคมหมู่ 6 บ้านโนนสูง', noteTaker: 'นางสาวมาลี ศรีสวัสดิ์' });
  const somchai = await addPerson(wethi, forum.id, { titlePrefix: 'นาย', firstName: 'สมชาย', lastName: 'ใจดี', gender: 'male', village: '6' }, { checkIn: true });
  const announcements = await wethi.call('agenda.add', { forumId: forum.id, title: 'เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ' });
  const roads = await wethi.call('agenda.add', { forumId: forum.id, title: 'พิจารณาปัญหาถนนและน้ำประปาในหมู่บ้าน' });
  const road = await wethi.call('notes.create', { forumId: forum.id, agendaItemId: roads.id, text: ROAD_NOTE, speakerId: somchai.id });
  const water = await wethi.call('notes.create', { forumId: forum.id, agendaItemId: roads.id, text: WATER_NOTE });
  await wethi.call('notes.setResolution', { forumId: forum.id, agendaItemId: roads.id, text: RESOLUTION });
  return { forum, announcements, roads, notes: [road, water] };
}

/** What the note-taker sees at 1366×768 (the window, not the whole page). */
async function screen(page: Page, name: string) {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  await page.evaluate(() => document.fonts.ready);
  await page.waitForTimeout(350);
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) });
}

const summaryBox = (page: Page, number: string, title: string) => page.getByRole('textbox', { name: `สรุปการประชุม ระเบียบวาระที่ ${number} ${title}` });
const preview = (page: Page) => page.frameLocator('iframe[title="ตัวอย่างรายงานการประชุม"]').locator('body');
const saved = (page: Page) => expect(page.getByTestId('minutes-save-status')).toHaveAttribute('data-state', 'saved', { timeout: 10_000 });

/** Export requests wait here until the test has seen the progress indicator, however fast the file is made. */
const heldExports = new Map<Page, () => void>();
async function slowExports(page: Page) {
  await page.route('**/api/reports.export', async (route) => {
    await new Promise<void>((resolve) => heldExports.set(page, resolve));
    await route.continue();
  });
}

async function exportFrom(page: Page, format: 'pdf' | 'docx' | 'xlsx') {
  const button = page.getByTestId(`export-${format}`);
  const downloading = page.waitForEvent('download', { timeout: 40_000 });
  await button.click();
  // The progress: the button spins and a notification says the file is being made.
  await expect(button).toHaveAttribute('data-loading', 'true');
  await expect(page.getByTestId('export-progress')).toBeVisible();
  await expect.poll(() => heldExports.has(page)).toBe(true);
  heldExports.get(page)?.();
  heldExports.delete(page);
  const download = await downloading;
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'wethi-minutes-')), download.suggestedFilename());
  await download.saveAs(file);
  await expect(page.getByTestId('export-done').filter({ hasText: download.suggestedFilename() })).toBeVisible();
  await expect(button).not.toHaveAttribute('data-loading', 'true');
  return { file, bytes: fs.readFileSync(file), name: download.suggestedFilename() };
}

test('minutes: seeded from the notes, edited with a live preview, reset, exported as PDF, DOCX and XLSX', async ({ page }) => {
  // Three exports, a PDF among them printed by Chromium, on a small shared machine.
  test.setTimeout(150_000);
  const wethi = sharedWethi();
  const { forum, announcements, roads, notes } = await forumWithNotes(wethi);
  await wethi.open(page, `?forum=${forum.id}&tab=minutes`);

  // The summary starts from the item's notes; the resolution is shown, not edited here.
  const box = summaryBox(page, '2', roads.title);
  await expect(box).toHaveValue(new RegExp(ROAD_NOTE));
  await expect(box).toHaveValue(new RegExp(WATER_NOTE));
  await expect(summaryBox(page, '1', announcements.title)).toHaveValue('');
  const roadItem = page.getByTestId('minutes-item').filter({ has: box });
  await expect(roadItem.getByTestId('minutes-resolution')).toContainText(RESOLUTION);
  await expect(roadItem.getByTestId('section-edited')).toHaveCount(0);
  await expect(page.getByText('บันทึกข้อคิดเห็นของเวทีไม่ถูกเปลี่ยน')).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'ชื่อผู้จดรายงานการประชุม' })).toHaveValue('นางสาวมาลี ศรีสวัสดิ์');
  await expect(preview(page)).toContainText(ROAD_NOTE, { timeout: 15_000 });
  await expect(preview(page)).toContainText(RESOLUTION);

  // Edited: saved as typed, badged, and the preview follows.
  await box.fill(EDITED);
  await expect(roadItem.getByTestId('section-edited')).toHaveText('แก้ไขแล้ว');
  await saved(page);
  await expect(preview(page)).toContainText(EDITED, { timeout: 15_000 });
  await expect(preview(page)).not.toContainText(ROAD_NOTE);
  await page.getByRole('textbox', { name: 'ตำแหน่งผู้จดรายงานการประชุม' }).fill('ผู้ช่วยผู้ใหญ่บ้าน หมู่ที่ 6');
  await page.getByRole('textbox', { name: 'ชื่อผู้ตรวจรายงานการประชุม' }).fill('นายประเสริฐ ทองดี');
  await saved(page);
  await expect(preview(page)).toContainText('นายประเสริฐ ทองดี', { timeout: 15_000 });
  await screen(page, '6-minutes-edited');

  const sections = await wethi.call('reports.sections', { forumId: forum.id });
  const roadSection = sections.find((s) => s.key === `item:${roads.id}`);
  expect(roadSection).toMatchObject({ text: EDITED, edited: true });
  expect(roadSection?.seededText).toContain(ROAD_NOTE);
  // The notes themselves are never changed by the minutes.
  const stored = await wethi.call('notes.list', { forumId: forum.id });
  expect(stored.map((n) => n.text).sort()).toEqual(notes.map((n) => n.text).sort());

  // Reset from the notes, after a confirm that shows the text it goes back to.
  await roadItem.getByRole('button', { name: /^คืนค่าจากบันทึก/ }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText(ROAD_NOTE);
  await screen(page, '6-minutes-reset');
  await dialog.getByRole('button', { name: 'คืนค่า', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(box).toHaveValue(new RegExp(ROAD_NOTE));
  await expect(roadItem.getByTestId('section-edited')).toHaveCount(0);
  await expect(preview(page)).toContainText(ROAD_NOTE, { timeout: 15_000 });
  expect((await wethi.call('reports.sections', { forumId: forum.id })).find((s) => s.key === `item:${roads.id}`)).toMatchObject({ edited: false });

  // Edited again, with Thai digits on for the preview and the files.
  await box.fill(EDITED);
  await saved(page);
  await page.getByRole('switch', { name: 'ตัวเลขไทย' }).check({ force: true });
  // 23 November 2026 is ๒๓ พฤศจิกายน ๒๕๖๙ in the Buddhist Era.
  await expect(preview(page)).toContainText('๒๕๖๙', { timeout: 15_000 });
  await expect(preview(page)).toContainText(EDITED);

  await slowExports(page);
  const pdf = await exportFrom(page, 'pdf');
  expect(pdf.bytes.subarray(0, 4).toString('latin1')).toBe('%PDF');
  expect(pdf.name).toMatch(/\.pdf$/);
  await expect(page.getByTestId('export-done').filter({ hasText: pdf.name })).toContainText(/· \d+ หน้า/);
  await screen(page, '6-minutes-exported');
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf.file, '-'], { encoding: 'utf8' });
  const flat = (s: string) => s.replace(/\s+/g, '');
  expect(flat(text)).toContain(flat(EDITED));
  expect(text).toContain('๒๕๖๙');

  for (const format of ['docx', 'xlsx'] as const) {
    const file = await exportFrom(page, format);
    expect(file.bytes.subarray(0, 2).toString('latin1'), `${format} is a zip`).toBe('PK');
    expect(file.name).toMatch(new RegExp(`\\.${format}$`));
  }
});

test('minutes: nothing typed is lost on a tab switch; Ctrl+S saves at once; Ctrl+P exports the PDF', async ({ page }) => {
  test.setTimeout(90_000);
  const wethi = sharedWethi();
  const { forum, roads } = await forumWithNotes(wethi);
  await wethi.open(page, `?forum=${forum.id}&tab=minutes`);
  const opening = page.getByRole('textbox', { name: 'ข้อความเปิดประชุม' });
  await expect(opening).toBeVisible();

  // Typed and straight to another tab: saved on the way out.
  await opening.fill('ประธานกล่าวเปิดประชุมและชี้แจงวัตถุประสงค์ของเวที');
  await openTab(page, 'agenda');
  await expect
    .poll(async () => (await wethi.call('reports.sections', { forumId: forum.id })).find((s) => s.key === 'opening')?.text)
    .toBe('ประธานกล่าวเปิดประชุมและชี้แจงวัตถุประสงค์ของเวที');
  await openTab(page, 'minutes');
  await expect(opening).toHaveValue('ประธานกล่าวเปิดประชุมและชี้แจงวัตถุประสงค์ของเวที');

  // Ctrl+S in the box: saved before the autosave would have fired.
  await page.route('**/api/reports.saveSection', (route) => route.continue());
  const box = summaryBox(page, '2', roads.title);
  await box.click();
  await box.press('Control+End');
  const saving = page.waitForRequest('**/api/reports.saveSection');
  await page.keyboard.type(' ปิดท้าย');
  await page.keyboard.press('Control+S');
  await saving;
  await saved(page);
  expect((await wethi.call('reports.sections', { forumId: forum.id })).find((s) => s.key === `item:${roads.id}`)?.text).toMatch(/ปิดท้าย$/);

  // Ctrl+P (shown on the PDF button) exports the PDF, from inside the box.
  await expect(page.getByTestId('export-pdf')).toContainText('Ctrl');
  const downloading = page.waitForEvent('download', { timeout: 40_000 });
  await box.press('Control+P');
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/\.pdf$/);
});

test('minutes: a forum without an agenda says to make one first, and goes to the agenda tab', async ({ page }) => {
  const wethi = sharedWethi();
  const forum = await makeForum(wethi, { title: 'เวทีที่ยังไม่มีวาระ' });
  await wethi.open(page, `?forum=${forum.id}&tab=minutes`);
  await expect(page.getByTestId('minutes-empty')).toContainText('ยังไม่มีระเบียบวาระ');
  await screen(page, '6-minutes-empty');
  await page.getByRole('button', { name: 'ไปที่แท็บระเบียบวาระ' }).click();
  await expect(page).toHaveURL(/tab=agenda/);
});

test('minutes: a PDF that cannot be printed says why in Thai and offers the DOCX', async ({ page }) => {
  const wethi = sharedWethi();
  const { forum } = await forumWithNotes(wethi);
  // The core's answer on a computer without Chromium (electron/core/reports/pdf/chromium-printer.ts).
  await page.route('**/api/reports.export', async (route) => {
    const body = route.request().postDataJSON() as { format: string };
    if (body.format !== 'pdf') return route.continue();
    return route.fulfill({
      contentType: 'application/json',
      body: JSON.stringify({ ok: false, error: { code: 'not_found', messageKey: 'error.chromium_missing', message: 'No Chromium was found to print the PDF' } }),
    });
  });
  await wethi.open(page, `?forum=${forum.id}&tab=minutes`);
  await page.getByTestId('export-pdf').click();
  const failed = page.getByTestId('export-failed');
  await expect(failed).toContainText('ส่งออก PDF ไม่สำเร็จ');
  await expect(failed).toContainText('ไม่พบโปรแกรม Chromium');
  await screen(page, '6-minutes-no-chromium');
  const downloading = page.waitForEvent('download', { timeout: 40_000 });
  await failed.getByRole('button', { name: 'ส่งออก DOCX แทน' }).click();
  expect((await downloading).suggestedFilename()).toMatch(/\.docx$/);
});
