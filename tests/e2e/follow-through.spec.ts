/**
 * Follow-through between forums (issue 14), in the real UI: a forum's agreement with three
 * partners, exported; a follow-up forum made from it, statuses updated with evidence, the
 * follow-up view and the projector, and the follow-up forum's minutes exported. Keyboard, axe-core,
 * screenshots at 1366×768 (projector 1920×1080).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { addPerson, makeForum, sharedWethi, shot, uniq, type Wethi } from './wethi';

const POND = 'โครงการขุดลอกหนองน้ำสาธารณะและทำรางระบายน้ำบ้านหนองบัว';
const ROAD = 'โครงการปรับปรุงถนนลูกรังเป็นถนนคอนกรีตเสริมเหล็กสายบ้านหนองบัว–บ้านโนนสูง';
const TAO = 'องค์การบริหารส่วนตำบลหนองบัว';
const SCHOOL = 'โรงเรียนบ้านหนองบัว (ประชารัฐวิทยาคาร)';
const GROUP = 'กลุ่มผู้ใช้น้ำบ้านหนองบัว';

/** A village forum with its plan: two projects, a resolution, and the chair registered. */
async function villageForum(wethi: Wethi) {
  const forum = await makeForum(wethi, { title: `เวทีประชาคมหมู่ที่ 3 บ้านหนองบัว เพื่อจัดทำแผนพัฒนาหมู่บ้าน ${uniq()}`, date: '2026-11-23' });
  const chair = await addPerson(wethi, forum.id, { titlePrefix: 'นาย', firstName: 'สมศักดิ์', lastName: 'ใจดี', position: 'ผู้ใหญ่บ้าน', phone: '0812345678' }, { checkIn: true });
  await wethi.call('notes.setResolution', { forumId: forum.id, agendaItemId: null, text: 'ที่ประชุมเห็นชอบให้ขุดลอกหนองน้ำสาธารณะเป็นลำดับแรก' });
  const pond = await wethi.call('projects.create', {
    forumId: forum.id,
    title: POND,
    type: 'requested',
    requestedFrom: 'local_government',
    requestedFromName: 'อบต.หนองบัว',
    budgetSatang: 450_000_00,
    budgetSource: 'ข้อบัญญัติ อบต.',
    // Due before today, whenever the test runs: the follow-up finds it overdue.
    startDate: '2026-06-01',
    endDate: '2026-10-31',
  });
  const road = await wethi.call('projects.create', { forumId: forum.id, title: ROAD, type: 'joint', requestedFrom: 'district', budgetSatang: 1_200_000_00, budgetSource: 'งบอำเภอ' });
  return { forum, chair, pond, road };
}

async function calm(page: Page) {
  const close = page.locator('.mantine-Notification-closeButton');
  for (let i = 0; i < 5 && (await close.count()) > 0; i++) await close.first().click({ timeout: 2000 }).catch(() => undefined);
  await page.evaluate(() => window.scrollTo(0, 0));
}

async function axeClean(page: Page, scope: string) {
  const result = await new AxeBuilder({ page }).include(scope).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

async function download(page: Page, click: () => Promise<void>) {
  const downloading = page.waitForEvent('download', { timeout: 60_000 });
  await click();
  const file = await downloading;
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'wethi-follow-')), file.suggestedFilename());
  await file.saveAs(out);
  return out;
}

const squash = (text: string) => text.replace(/\s+/g, '');

test('an agreement with three partners: made by keyboard and mouse, versions, exported as PDF and DOCX', async ({ page }) => {
  test.setTimeout(180_000);
  const wethi = sharedWethi();
  const { forum, pond } = await villageForum(wethi);
  await wethi.call('partners.create', { name: SCHOOL, kind: 'school', sector: 'academia', contactName: 'นางสาวกาญจนา ทองคำ', contactPhone: '043000000' });
  await wethi.call('partners.create', { name: GROUP, kind: 'community_group', sector: 'civil_society' });
  await wethi.open(page, `?forum=${forum.id}&tab=agreements`);
  await expect(page.getByText('ยังไม่มีบันทึกข้อตกลงความร่วมมือ')).toBeVisible({ timeout: 30_000 });

  // The third partner through the form, its contact a participant of this forum.
  await page.getByRole('button', { name: 'เพิ่มภาคี' }).click();
  const partnerForm = page.getByRole('dialog');
  await partnerForm.getByLabel('ชื่อหน่วยงาน/องค์กร').fill(TAO);
  await partnerForm.getByText('ผู้เข้าร่วมที่ลงทะเบียนแล้ว').click();
  await partnerForm.getByLabel('เลือกผู้เข้าร่วม').click();
  await page.getByRole('option', { name: /สมศักดิ์ ใจดี/ }).click();
  await partnerForm.getByLabel('ชื่อหน่วยงาน/องค์กร').press('Control+Enter');
  await expect(partnerForm).toBeHidden();
  await expect(page.getByTestId('partners-table')).toContainText('นายสมศักดิ์ ใจดี · ผู้ใหญ่บ้าน · 0812345678');

  // A new agreement by its shortcut.
  await page.keyboard.press('Alt+N');
  const editor = page.getByRole('dialog');
  await editor.getByLabel('เรื่อง').fill('ความร่วมมือในการฟื้นฟูหนองน้ำสาธารณะบ้านหนองบัว');
  await editor.getByLabel('วัตถุประสงค์ร่วม').fill('เพื่อให้ชุมชนมีน้ำใช้ตลอดฤดูแล้ง');
  const parties = editor.getByLabel('ภาคีที่ร่วมลงนาม');
  for (const name of [TAO, SCHOOL, GROUP]) {
    await parties.click();
    await page.getByRole('option', { name, exact: true }).click();
  }
  await editor.getByLabel(`บทบาทของ ${TAO}`).fill('สนับสนุนงบประมาณและเครื่องจักร');
  await editor.getByRole('button', { name: 'เพิ่มการสนับสนุน' }).click();
  const row = editor.getByTestId('commitment-row').first();
  await row.getByLabel('โครงการ', { exact: true }).click();
  await page.getByRole('option', { name: POND }).click();
  await row.getByLabel('จำนวนเงิน (บาท)').fill('200000');
  await editor.getByRole('button', { name: 'เพิ่มผู้ลงนาม' }).click();
  await editor.getByTestId('signatory-row').first().getByLabel('ชื่อผู้ลงนาม').fill('นายบุญชู มีทรัพย์');
  await editor.getByRole('button', { name: 'เพิ่มพยาน' }).click();
  await editor.getByTestId('signatory-row').nth(1).getByLabel('ชื่อผู้ลงนาม').fill('นางสาวศิริพร จดดี');
  await calm(page);
  await shot(page, 'follow-agreement-editor');
  await editor.getByRole('button', { name: 'บันทึก', exact: true }).click();
  await expect(editor).toBeHidden();

  const card = page.getByTestId('agreement-card');
  await expect(card).toContainText(`${TAO} · ${SCHOOL} · ${GROUP}`);
  await expect(card).toContainText('สนับสนุนรวม ฿200,000.00');
  await expect(page.getByTestId('funding-table')).toContainText('฿250,000.00');
  await calm(page);
  await shot(page, 'follow-agreements');
  await axeClean(page, '[role="tabpanel"]');

  const pdf = await download(page, () => card.getByRole('button', { name: 'PDF' }).click());
  const text = squash(execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }));
  for (const name of [TAO, SCHOOL, GROUP]) expect(text).toContain(squash(name));
  expect(text).toContain(squash('ข้อ ๑ วัตถุประสงค์ร่วม'));
  expect(text).toContain(squash('(นายบุญชู มีทรัพย์)'));
  execFileSync('pdftoppm', ['-png', '-r', '50', '-f', '1', '-l', '1', pdf, path.join(path.dirname(pdf), 'page')]);
  fs.copyFileSync(path.join(path.dirname(pdf), 'page-1.png'), path.join(path.dirname(pdf), '..', 'wethi-follow-agreement-page-1.png'));
  const docx = await download(page, () => card.getByRole('button', { name: 'DOCX' }).click());
  expect(fs.statSync(docx).size).toBeGreaterThan(5000);

  // Renewal: version 2 opens for editing; version 1 stays readable.
  await card.getByRole('button', { name: 'ต่ออายุ (ฉบับใหม่)' }).click();
  await expect(page.getByRole('dialog')).toContainText('แก้ไขข้อตกลง ฉบับที่ 2');
  await page.keyboard.press('Escape');
  await card.getByLabel('เลือกฉบับ').click();
  await page.getByRole('option', { name: 'ฉบับที่ 1', exact: true }).click();
  await expect(card).toContainText('ฉบับก่อนหน้า: เปิดดูได้อย่างเดียว');
  await expect(card.getByRole('button', { name: 'แก้ไข' })).toBeDisabled();
  expect((await wethi.call('agreements.funding', { forumId: forum.id })).find((f) => f.projectId === pond.id)?.committedSatang).toBe(200_000_00);
});

test('a follow-up forum: item 3 from the earlier forum, statuses with evidence, the view, the projector, the minutes', async ({ page, browser }) => {
  test.setTimeout(240_000);
  const wethi = sharedWethi();
  const { forum, pond, road } = await villageForum(wethi);
  await wethi.call('followUp.addStatus', { projectId: road.id, forumId: forum.id, status: 'in_progress', progressPercent: 20, reportedOn: '2027-02-01' });
  await wethi.open(page, `?forum=${forum.id}&tab=followup`);

  // Create the follow-up forum from here.
  await page.getByRole('button', { name: 'สร้างเวทีติดตามผล' }).click();
  const create = page.getByRole('dialog');
  await expect(create.getByLabel('ชื่อเวที')).toHaveValue(`เวทีติดตามผล ${forum.title}`);
  await create.getByLabel('วันที่จัดเวที').fill('2027-06-05');
  await create.getByLabel('ชื่อเวที').press('Control+Enter');
  await expect(page).toHaveURL(/tab=agenda/);
  await expect(page.getByText('เรื่องสืบเนื่องจากการประชุมครั้งที่แล้ว')).toBeVisible();
  const followId = new URL(page.url()).searchParams.get('forum') as string;
  const agenda = await wethi.call('agenda.list', { forumId: followId });
  expect(agenda.items[2]?.description).toContain('1. ที่ประชุมเห็นชอบให้ขุดลอกหนองน้ำสาธารณะเป็นลำดับแรก');
  expect(agenda.items[2]?.description).toContain(`${ROAD} – อยู่ระหว่างดำเนินการ (ร้อยละ 20)`);

  // Status updates from the follow-up tab: delayed with a reason, progress, spending and a photo.
  await wethi.open(page, `?forum=${followId}&tab=followup`);
  const rows = page.getByTestId('followup-row');
  // The first load waits on the shared, busy machine: the state, not a time, decides.
  await expect(rows).toHaveCount(2, { timeout: 30_000 });
  await page.getByRole('button', { name: `รายงานความก้าวหน้า ${POND}` }).click();
  const update = page.getByRole('dialog');
  await update.getByText('ล่าช้า', { exact: true }).click();
  await update.getByLabel('เหตุผล').fill('ฝนตกหนัก รถขุดเข้าพื้นที่ไม่ได้');
  await update.getByLabel('ความก้าวหน้า (ร้อยละ)').fill('60');
  await update.getByLabel('วันที่รายงาน').fill('2027-06-05');
  await update.getByLabel('เอกสารอ้างอิง').fill('หนังสือ อบต. ที่ ขก 0001/123');
  await update.getByRole('button', { name: 'เพิ่มแหล่งงบประมาณ' }).click();
  await update.getByLabel('จำนวนเงิน (บาท)').fill('300000');
  const photo = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'wethi-photo-')), 'หนองน้ำ.jpg');
  fs.writeFileSync(photo, Buffer.from('\xff\xd8\xff\xe0 photo of the pond works', 'latin1'));
  await update.locator('input[type="file"]').setInputFiles(photo);
  await calm(page);
  await shot(page, 'follow-status-update');
  await update.getByLabel('เหตุผล').press('Control+Enter');
  await expect(update).toBeHidden();
  const pondRow = rows.filter({ hasText: POND });
  await expect(pondRow).toContainText('ล่าช้า');
  await expect(pondRow).toContainText('60%');
  await expect(pondRow).toContainText('เกินกำหนด');
  await expect(pondRow).toContainText('฿300,000.00');

  // The timeline keeps the photo.
  await page.getByRole('button', { name: `ประวัติของ ${POND}` }).click();
  const drawer = page.getByRole('dialog');
  await expect(drawer).toContainText('ฝนตกหนัก รถขุดเข้าพื้นที่ไม่ได้');
  await expect(drawer.getByRole('button', { name: 'หนองน้ำ.jpg' })).toBeVisible();
  await page.keyboard.press('Escape');

  // A lesson, by keyboard.
  await page.getByLabel('บทเรียน', { exact: true }).fill('ขุดลอกช่วงฤดูฝนไม่ได้ ต้องเริ่มหลังออกพรรษา');
  await page.getByLabel('บทเรียน', { exact: true }).press('Control+Enter');
  await expect(page.getByTestId('lesson')).toContainText('ขุดลอกช่วงฤดูฝนไม่ได้');

  // The view: totals, charts with their tables.
  await expect(page.getByTestId('followup-totals')).toContainText('฿1,650,000.00');
  await expect(page.getByTestId('status-table')).toContainText('ล่าช้า');
  await expect(page.getByTestId('budget-table')).toContainText('ข้อบัญญัติ อบต.');
  await calm(page);
  await shot(page, 'follow-view');
  await axeClean(page, '[role="tabpanel"]');

  // The same view in English, still axe-clean; then back to Thai for the rest.
  await page.getByText('English', { exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('tab', { name: 'Follow-up' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByText('Projects of the plan')).toBeVisible();
  await expect(pondRow).toContainText('Delayed');
  await expect(page.getByTestId('status-table')).toContainText('Delayed');
  await axeClean(page, '[role="tabpanel"]');
  await calm(page);
  await shot(page, 'follow-view-en');
  await page.getByText('ไทย', { exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'th');

  // The projector, as the room sees it.
  await page.getByRole('button', { name: 'แสดงบนจอโปรเจกเตอร์' }).click();
  const projector = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
  await wethi.open(projector, `projector?forum=${followId}`);
  await expect(projector.getByTestId('projector-followup')).toContainText(POND);
  await expect(projector.getByTestId('projector-followup')).toContainText('เกินกำหนด 1 โครงการ');
  await shot(projector, 'follow-projector');
  await projector.close();

  // The follow-up forum's minutes: the follow-up table under item 3, the lesson.
  await wethi.open(page, `?forum=${followId}&tab=minutes`);
  const downloading = page.waitForEvent('download', { timeout: 90_000 });
  await page.getByTestId('export-pdf').click();
  const file = await downloading;
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'wethi-follow-minutes-')), file.suggestedFilename());
  await file.saveAs(out);
  const minutes = squash(execFileSync('pdftotext', [out, '-'], { encoding: 'utf8' }));
  expect(minutes.indexOf(squash('ผลการติดตามการดำเนินงานตามแผน'))).toBeGreaterThan(minutes.indexOf(squash('ระเบียบวาระที่ 3')));
  expect(minutes).toContain('ล่าช้า');
  expect(minutes).toContain(squash('บทเรียนจากการดำเนินงาน'));
  expect(minutes).toContain(squash('ขุดลอกช่วงฤดูฝนไม่ได้'));
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [out], { encoding: 'utf8' }))?.[1]);
  execFileSync('pdftoppm', ['-png', '-r', '50', '-f', '1', '-l', Math.min(pages, 3).toString(), out, path.join(os.tmpdir(), 'wethi-follow-minutes-page')]);
  expect(pond.id).toBeTruthy();
});
