/**
 * Dates are typed and read in the Buddhist Era: `15/01/2569` is 15 January 2026, a year is
 * always พ.ศ., the calendar is Thai with พ.ศ. years, and a day more than five years from today
 * is questioned before it is saved. Typed key by key, as a facilitator types.
 */
import { expect, type Page, test } from '@playwright/test';
import { makeForum, sharedWethi, shot, uniq } from './wethi';

// Every "far from today" below is measured from this day, not from the machine's clock.
const TODAY = new Date('2026-12-07T10:00:00+07:00');

async function typeDate(page: Page, label: string, text: string) {
  const field = page.getByRole('dialog').getByRole('textbox', { name: label, exact: true });
  await field.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  await page.keyboard.type(text);
}

test('a new forum: 15/01/2569 is stored as 2026-01-15 and shown as 15 มกราคม 2569', async ({ page }) => {
  const wethi = sharedWethi();
  await page.clock.setFixedTime(TODAY);
  await wethi.open(page);
  await page.keyboard.press('Control+n');
  const dialog = page.getByRole('dialog', { name: 'สร้างเวทีใหม่' });
  const title = `เวทีวันที่พุทธศักราช ${uniq()}`;
  await expect(dialog.getByLabel('ชื่อเวที')).toBeFocused();
  await page.keyboard.type(title);

  // Today is offered in the field, in พ.ศ.
  await expect(dialog.getByRole('textbox', { name: 'วันที่', exact: true })).toHaveValue('07/12/2569');
  await typeDate(page, 'วันที่', '15/01/2569');
  await expect(dialog.getByText('15 มกราคม 2569')).toBeVisible();
  // The calendar follows what was typed, in Thai with the พ.ศ. year.
  await expect(page.getByRole('button', { name: 'มกราคม 2569', exact: true })).toBeVisible();
  await expect(page.getByText('อา.', { exact: true })).toBeVisible();
  await shot(page, 'dates-01-typed');
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('textbox', { name: 'วันที่', exact: true })).toHaveValue('15/01/2569');
  await page.keyboard.press('Control+Enter');

  await expect(page.getByRole('heading', { name: title })).toBeVisible();
  await expect(page.getByText(/15 มกราคม 2569/).first()).toBeVisible();
  const saved = (await wethi.call('forums.list', {})).find((f) => f.title === title);
  expect(saved?.date).toBe('2026-01-15');
});

test('a year typed in the Christian era is read as พ.ศ. and questioned before saving; going back keeps the form', async ({ page }) => {
  test.setTimeout(90_000);
  const wethi = sharedWethi();
  const forum = await makeForum(wethi, { date: '2026-11-23' });
  await page.clock.setFixedTime(TODAY);
  await wethi.open(page, `?forum=${forum.id}&tab=details`);
  await page.getByRole('button', { name: 'แก้ไข', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'แก้ไขข้อมูลเวที' });
  await expect(dialog.getByRole('textbox', { name: 'วันที่', exact: true })).toHaveValue('23/11/2569');

  await typeDate(page, 'วันที่', '15/01/2026');
  await expect(dialog.getByText('15 มกราคม 2026')).toBeVisible();
  await page.keyboard.press('Control+Enter');
  const ask = page.getByRole('dialog', { name: 'วันที่นี้ห่างจากวันนี้เกิน 5 ปี' });
  await expect(ask).toContainText('15 มกราคม 2026');
  await shot(page, 'dates-02-far-date');
  // The safe answer is the default one: Enter goes back to the form and nothing is saved.
  await expect(ask.getByRole('button', { name: 'กลับไปแก้วันที่' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(ask).toBeHidden();
  expect((await wethi.call('forums.get', { id: forum.id })).date).toBe('2026-11-23');

  // Corrected to พ.ศ., it saves without a question.
  await typeDate(page, 'วันที่', '๑๕/๐๑/๒๕๖๙');
  await expect(dialog.getByText('15 มกราคม 2569')).toBeVisible();
  await page.keyboard.press('Control+Enter');
  await expect(dialog).toBeHidden();
  expect((await wethi.call('forums.get', { id: forum.id })).date).toBe('2026-01-15');
});

test('a far date the facilitator means is saved once confirmed', async ({ page }) => {
  const wethi = sharedWethi();
  const forum = await makeForum(wethi, { date: '2026-11-23' });
  await page.clock.setFixedTime(TODAY);
  await wethi.open(page, `?forum=${forum.id}&tab=details`);
  await page.getByRole('button', { name: 'แก้ไข', exact: true }).click();
  await typeDate(page, 'วันที่', '1/6/75');
  await page.keyboard.press('Control+Enter');
  const ask = page.getByRole('dialog', { name: 'วันที่นี้ห่างจากวันนี้เกิน 5 ปี' });
  await expect(ask).toContainText('1 มิถุนายน 2575');
  await ask.getByRole('button', { name: 'บันทึกตามนี้' }).click();
  await expect(ask).toBeHidden();
  await expect.poll(async () => (await wethi.call('forums.get', { id: forum.id })).date).toBe('2032-06-01');
});

test('picking from the calendar: Thai months, พ.ศ. years from the year level down to the day', async ({ page }) => {
  test.setTimeout(90_000);
  const wethi = sharedWethi();
  const forum = await makeForum(wethi, { date: '2026-11-23' });
  await page.clock.setFixedTime(TODAY);
  await wethi.open(page, `?forum=${forum.id}&tab=details`);
  await page.getByRole('button', { name: 'แก้ไข', exact: true }).click();
  await page.getByRole('dialog').getByRole('textbox', { name: 'วันที่', exact: true }).click();
  await page.getByRole('button', { name: 'พฤศจิกายน 2569', exact: true }).click();
  await page.getByRole('button', { name: '2569', exact: true }).click();
  await expect(page.getByText('2563 – 2572')).toBeVisible();
  await page.getByRole('button', { name: '2570', exact: true }).click();
  await page.getByRole('button', { name: 'ก.พ.', exact: true }).click();
  await page.getByRole('button', { name: '14 กุมภาพันธ์ 2570' }).click();
  await expect(page.getByRole('dialog').getByRole('textbox', { name: 'วันที่', exact: true })).toHaveValue('14/02/2570');
  await page.keyboard.press('Control+Enter');
  await expect.poll(async () => (await wethi.call('forums.get', { id: forum.id })).date).toBe('2027-02-14');
});

test('in English the months are English and the years still พ.ศ.', async ({ page }) => {
  const wethi = sharedWethi();
  const forum = await makeForum(wethi, { date: '2026-11-23' });
  await page.clock.setFixedTime(TODAY);
  await page.addInitScript(() => localStorage.setItem('wethi.lang', 'en'));
  await wethi.open(page, `?forum=${forum.id}&tab=details`);
  await page.getByRole('button', { name: 'Edit', exact: true }).click();
  const field = page.getByRole('dialog').getByRole('textbox', { name: 'Date', exact: true });
  await expect(field).toHaveValue('23/11/2569');
  await field.click();
  await expect(page.getByRole('button', { name: 'November 2569', exact: true })).toBeVisible();
  await expect(page.getByRole('dialog').getByText('23 November 2569 BE')).toBeVisible();
});
