/**
 * Who is in the room: charts with tables beside them, and the warnings, which follow check-ins
 * made in another window without a reload.
 */
import { expect, test } from '@playwright/test';
import { addPerson, makeForum, sharedWethi, shot } from './wethi';

test('the representation tab warns when no disadvantaged group is present, and the warning goes once one checks in', async ({ browser }) => {
  const wethi = sharedWethi();
  const forum = await makeForum(wethi, { title: 'เวทีประชาคมหมู่ 7 บ้านดอนแดง', expectedSectors: ['citizens', 'local_government', 'government'] });
  await addPerson(wethi, forum.id, { titlePrefix: 'นาย', firstName: 'เอกชัย', lastName: 'ใจกล้า', gender: 'male', ageGroup: '36_59', village: '7', sector: 'citizens', role: 'direct_recipient' }, { checkIn: true });
  await addPerson(wethi, forum.id, { titlePrefix: 'นาง', firstName: 'พิมพ์ใจ', lastName: 'สุขสันต์', gender: 'female', ageGroup: '18_35', village: '7', sector: 'citizens', role: 'direct_recipient' }, { checkIn: true });
  await addPerson(wethi, forum.id, { titlePrefix: 'นาย', firstName: 'ชาตรี', lastName: 'ปกครอง', gender: 'male', ageGroup: '36_59', village: '2', sector: 'government', role: 'provider' }, { checkIn: true });
  // Registered with consent-backed group data, not arrived yet.
  await addPerson(wethi, forum.id, {
    titlePrefix: 'นาง',
    firstName: 'คำปุน',
    lastName: 'พิการดี',
    gender: 'female',
    ageGroup: '60_plus',
    village: '7',
    sector: 'citizens',
    role: 'direct_recipient',
    sensitive: { disadvantagedGroups: ['elderly', 'disability'], consentGivenAt: new Date().toISOString(), consentRecordedBy: 'นางสาวมาลี ศรีสวัสดิ์' },
  });

  const context = await browser.newContext();
  const report = await context.newPage();
  const table = await context.newPage();
  await wethi.open(report, `?forum=${forum.id}&tab=representation`);
  const warnings = report.getByTestId('representation-warnings');
  await expect(warnings).toContainText('ยังไม่มีกลุ่มผู้ด้อยโอกาสในเวที');
  await expect(warnings).toContainText('ยังไม่มีผู้แทนจาก อปท.');
  await expect(warnings).not.toContainText('ยังไม่มีผู้แทนจาก ภาครัฐ');
  await expect(report.getByTestId('representation-total')).toHaveText('มาแล้ว 3 คน');

  const sector = report.getByTestId('dimension-sector');
  await expect(sector.locator('.recharts-bar-rectangle')).toHaveCount(2);
  await expect(sector.getByRole('row', { name: /ภาคประชาชน/ })).toContainText('2');
  await expect(sector.getByRole('row', { name: /ภาคประชาชน/ })).toContainText('66.7%');
  await expect(report.getByTestId('dimension-disadvantagedGroup')).toContainText('ยังไม่มีผู้แทนกลุ่มผู้ด้อยโอกาส');
  await shot(report, '11-representation-warning');

  // At the registration table (another window), check her in by keyboard only.
  await wethi.open(table, `?forum=${forum.id}&tab=checkin`);
  await expect(table.getByRole('combobox', { name: 'ค้นหาผู้เข้าร่วม' })).toBeFocused();
  await table.keyboard.type('คำปุน');
  // The register is shared by every forum (other tests add people of the same name): the one
  // registered for this forum comes first, and Enter takes the first.
  await expect(table.getByRole('option').first()).toContainText('คำปุน พิการดี');
  await expect(table.getByRole('option').first()).toContainText('มีในรายชื่อ');
  await table.keyboard.press('Enter');
  await expect(table.getByText(/ลงทะเบียน นางคำปุน พิการดี แล้ว/)).toBeVisible();

  // The report window follows by itself.
  await report.bringToFront();
  await expect(report.getByTestId('representation-total')).toHaveText('มาแล้ว 4 คน');
  await expect(warnings).not.toContainText('ยังไม่มีกลุ่มผู้ด้อยโอกาส');
  await expect(warnings).toContainText('ยังไม่มีผู้แทนจาก อปท.');
  const groups = report.getByTestId('dimension-disadvantagedGroup');
  await expect(groups.getByRole('row', { name: /ผู้สูงอายุ/ })).toContainText('25%');
  await expect(groups.getByRole('row', { name: /คนพิการ/ })).toContainText('1');
  const summary = await wethi.call('representation.summary', { forumId: forum.id });
  expect(summary.warnings.map((w) => w.key)).not.toContain('no_disadvantaged');
  expect(summary.warnings).toContainEqual({ key: 'sector_missing', params: { sector: 'local_government' } });

  // Counting everyone on the list instead of arrivals.
  await report.getByText('ทุกคนในรายชื่อ').click();
  await expect(report.getByTestId('representation-total')).toHaveText('ในรายชื่อ 4 คน');
  await report.getByText('คนที่มาแล้ว').click();
  await shot(report, '12-representation');
  await context.close();
});
