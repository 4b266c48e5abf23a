/** Importing a sign-in sheet through the UI: preview, column mapping, problems, duplicates, commit. */
import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import { makeForum, sharedWethi, shot } from './wethi';

const HEADER = ['คำนำหน้า', 'ชื่อ', 'นามสกุล', 'เพศ', 'อายุ', 'โทรศัพท์', 'หน่วยงาน', 'หน้าที่', 'หมู่ที่', 'ภาค', 'บทบาท', 'กลุ่มผู้ด้อยโอกาส', 'ความยินยอม', 'หมายเหตุ'];
const ROWS = [
  ['นาง', 'บัวผัน', 'แสงทอง', 'หญิง', '67', '086-111-2222', 'ชมรมผู้สูงอายุบ้านโนน', 'ประธานชมรม', '3', 'ภาคประชาชน', 'ผู้รับบริการ', 'ผู้สูงอายุ', 'ใช่', 'มาพร้อมหลาน'],
  ['นาย', 'ประสิทธิ์', 'บุญมา', 'ชาย', '45', '0862223333', 'อบต.โนนสูง', 'ปลัด อบต.', '', 'อปท.', 'ผู้ให้บริการ', '', '', ''],
  ['นางสาว', 'กาญจนา', 'ศรีวงศ์', 'หญิง', '29', '0863334444', 'รพ.สต.โนนสูง', 'พยาบาลวิชาชีพ', '3', 'ภาครัฐ', 'ผู้ให้บริการ', '', '', ''],
  // Line 5: a gender the importer cannot read.
  ['นาย', 'ทองดี', 'มีสุข', 'ชายหญิง', '50', '0864445555', '', '', '3', 'ภาคประชาชน', '', '', '', ''],
  // Line 6: already in the register with this phone.
  ['นาย', 'สมพงษ์', 'ดีใจ', 'ชาย', '52', '0865556666', 'วิสาหกิจชุมชนทอผ้า', 'ประธาน', '3', 'เอกชน', '', '', '', ''],
];
const csv = () => `\uFEFF${[HEADER, ...ROWS].map((r) => r.join(',')).join('\r\n')}\r\n`;

test('import a Thai sign-in CSV: map a column, see the bad row, merge a duplicate, import only the valid rows', async ({ page }) => {
  const wethi = sharedWethi();
  const forum = await makeForum(wethi, { title: 'เวทีนำเข้ารายชื่อ ตำบลโนนสูง' });
  const existing = await wethi.call('people.create', { titlePrefix: 'นาย', firstName: 'สมพงษ์', lastName: 'ดีใจ', phone: '0865556666' });

  await wethi.open(page, `?forum=${forum.id}&tab=import`);
  await page.getByTestId('import-file').setInputFiles({ name: 'ใบลงทะเบียน-หมู่3.csv', mimeType: 'text/csv', buffer: Buffer.from(csv(), 'utf8') });

  await expect(page.getByTestId('import-counts')).toHaveText('5 แถว · ถูกต้อง 4 · มีปัญหา 1 แถว (1 จุด)');
  await expect(page.getByText('CSV · utf-8', { exact: false })).toBeVisible();
  const problems = page.getByTestId('import-problems');
  await expect(problems).toContainText('บรรทัด 5 คอลัมน์ "เพศ":');
  await expect(problems).toContainText('ไม่รู้จักเพศ "ชายหญิง"');
  // All or nothing by default: with a bad row the import cannot start.
  await expect(page.getByRole('button', { name: 'แก้ปัญหาในไฟล์ก่อน' })).toBeDisabled();

  // An unknown header is flagged and can be mapped by hand.
  const position = page.getByLabel('คอลัมน์ หน้าที่ คือ');
  await expect(position).toHaveValue('');
  await position.selectOption('position');
  await expect(page.getByLabel('คอลัมน์ หน้าที่ คือ')).toHaveValue('position');
  await expect(page.getByLabel('คอลัมน์ หมายเหตุ คือ')).toHaveValue('');

  // The same phone as someone in the register: offered as the same person, chosen by default.
  const duplicates = page.getByTestId('import-duplicates');
  await expect(duplicates).toContainText('บรรทัด 6');
  await expect(duplicates.getByLabel(/คนเดิม: นายสมพงษ์ ดีใจ/)).toBeChecked();
  await shot(page, '09-import-preview');

  await page.getByLabel(/นำเข้าเฉพาะแถวที่ถูกต้อง/).check();
  await page.getByRole('button', { name: 'นำเข้า 4 คน' }).click();
  const result = page.getByTestId('import-result');
  await expect(result).toContainText('นำเข้า 4 คน');
  await expect(result).toContainText('รวมกับคนเดิม 1 คน');
  await expect(result).toContainText('ข้าม 1 แถว');
  await shot(page, '10-import-result');

  const attendees = await wethi.call('attendance.list', { forumId: forum.id });
  expect(attendees.map((a) => a.person.firstName).sort()).toEqual(['กาญจนา', 'บัวผัน', 'ประสิทธิ์', 'สมพงษ์'].sort());
  expect(attendees.every((a) => a.checkedInAt === null)).toBe(true);
  const buaphan = attendees.find((a) => a.person.firstName === 'บัวผัน')?.person;
  expect(buaphan).toMatchObject({ titlePrefix: 'นาง', gender: 'female', ageGroup: '60_plus', phone: '0861112222', position: 'ประธานชมรม', village: '3', sector: 'citizens' });
  expect(buaphan?.sensitive).toMatchObject({ disadvantagedGroups: ['elderly'], consentRecordedBy: 'import: ใบลงทะเบียน-หมู่3.csv' });
  const prasit = attendees.find((a) => a.person.firstName === 'ประสิทธิ์')?.person;
  expect(prasit?.sensitive).toBeNull();
  // Merged, not duplicated: the existing record now carries the sheet's details.
  const sompong = attendees.find((a) => a.person.firstName === 'สมพงษ์')?.person;
  expect(sompong?.id).toBe(existing.id);
  expect(sompong?.organisation).toBe('วิสาหกิจชุมชนทอผ้า');
  expect((await wethi.call('people.search', { query: 'สมพงษ์' })).length).toBe(1);

  await page.getByRole('button', { name: 'ดูรายชื่อผู้เข้าร่วม' }).click();
  await expect(page.locator('[data-person-id]')).toHaveCount(4);
});

test('the template downloads as Excel and as CSV with the Thai headers, and the Excel one imports as it is', async ({ page }) => {
  const wethi = sharedWethi();
  const forum = await makeForum(wethi);
  await wethi.open(page, `?forum=${forum.id}&tab=import`);

  const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Excel' }).click()]);
  expect(xlsx.suggestedFilename()).toMatch(/\.xlsx$/);
  const xlsxBytes = fs.readFileSync(await xlsx.path());
  expect(xlsxBytes.subarray(0, 2).toString()).toBe('PK');

  const [csvFile] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'CSV', exact: true }).click()]);
  expect(csvFile.suggestedFilename()).toMatch(/\.csv$/);
  const text = fs.readFileSync(await csvFile.path(), 'utf8');
  for (const header of ['คำนำหน้า', 'ชื่อ', 'นามสกุล', 'กลุ่มผู้ด้อยโอกาส']) expect(text).toContain(header);

  // The workbook goes back in through the file picker: binary bytes survive the trip, its example row is valid.
  await page.getByTestId('import-file').setInputFiles({ name: xlsx.suggestedFilename(), mimeType: 'application/octet-stream', buffer: xlsxBytes });
  await expect(page.getByText('Excel (XLSX)', { exact: true })).toBeVisible();
  await expect(page.getByTestId('import-counts')).toHaveText('1 แถว · ถูกต้อง 1 · มีปัญหา 0 แถว');
  await page.getByRole('button', { name: 'นำเข้า 1 คน' }).click();
  await expect(page.getByTestId('import-result')).toContainText('นำเข้า 1 คน');
  const [person] = (await wethi.call('attendance.list', { forumId: forum.id })).map((a) => a.person);
  expect(person?.sensitive?.disadvantagedGroups).toEqual(['elderly']);
});

test('rows with several problems are counted as rows; who recorded consent is the facilitator, never the file', async ({ page }) => {
  const wethi = sharedWethi();
  const forum = await makeForum(wethi, { title: 'เวทีนำเข้ารายชื่อ หมู่ 9', facilitator: 'นางสาวศิริพร จดดี' });
  // Line 2 is fine; lines 3, 4 and 5 have five problems between them (gender + age + sector, age, gender).
  const sheet = [
    HEADER,
    ['นาง', 'ลำดวน', 'หอมจันทร์', 'หญิง', '71', '0869990001', '', '', '9', 'ภาคประชาชน', 'ผู้รับบริการ', 'ผู้สูงอายุ', 'ใช่', ''],
    ['นาย', 'ทองดี', 'มีสุข', 'ชายหญิง', 'สี่สิบ', '', '', '', '9', 'ดาวอังคาร', '', '', '', ''],
    ['นาง', 'สมใจ', 'ดีงาม', 'หญิง', 'สองร้อย', '', '', '', '9', '', '', '', '', ''],
    ['นาย', 'สมหมาย', 'ใจกว้าง', 'กลาง', '50', '', '', '', '9', '', '', '', '', ''],
  ];
  const text = `\uFEFF${sheet.map((r) => r.join(',')).join('\r\n')}\r\n`;
  await wethi.open(page, `?forum=${forum.id}&tab=import`);
  await page.getByTestId('import-file').setInputFiles({ name: 'รายชื่อ-หมู่9.csv', mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') });

  await expect(page.getByTestId('import-counts')).toHaveText('4 แถว · ถูกต้อง 1 · มีปัญหา 3 แถว (5 จุด)');
  await expect(page.getByTestId('import-problems')).toContainText('พบปัญหา 5 จุด ใน 3 แถว');
  const skip = page.getByLabel('นำเข้าเฉพาะแถวที่ถูกต้อง (ข้าม 3 แถวที่มีปัญหา)');
  await expect(skip).toBeVisible();
  // The sheet has disadvantaged-group data: consent was recorded by the facilitator, not by "รายชื่อ-หมู่9.csv".
  await expect(page.getByLabel('ผู้บันทึกความยินยอม')).toHaveValue('นางสาวศิริพร จดดี');
  await shot(page, 'import-rows-not-problems');

  await skip.check();
  await page.getByRole('button', { name: 'นำเข้า 1 คน' }).click();
  const result = page.getByTestId('import-result');
  await expect(result).toContainText('นำเข้า 1 คน');
  await expect(result).toContainText('ข้าม 3 แถว');
  const [lamduan] = (await wethi.call('attendance.list', { forumId: forum.id })).map((a) => a.person);
  expect(lamduan?.sensitive).toMatchObject({ disadvantagedGroups: ['elderly'], consentRecordedBy: 'นางสาวศิริพร จดดี' });

  // A forum without a facilitator: the field is left empty for whoever recorded the consent.
  const other = await makeForum(wethi, { title: 'เวทีไม่มีวิทยากร' });
  await wethi.open(page, `?forum=${other.id}&tab=import`);
  await page.getByTestId('import-file').setInputFiles({ name: 'รายชื่อ-หมู่9.csv', mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') });
  await expect(page.getByLabel('ผู้บันทึกความยินยอม')).toHaveValue('');
});
