/** The template, read back by the importer it is made for. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { IMPORT_FIELDS } from '../../../shared/contract';
import { type Harness, openHarness } from './harness';

let h: Harness;
beforeEach(async () => {
  h = await openHarness();
});
afterEach(() => h.close());

const THAI_HEADERS = ['คำนำหน้า', 'ชื่อ', 'นามสกุล', 'เพศ', 'อายุ', 'โทรศัพท์', 'หน่วยงาน', 'ตำแหน่ง', 'หมู่ที่', 'ภาค', 'บทบาท', 'กลุ่มผู้ด้อยโอกาส', 'ความยินยอม'];

describe.each(['csv', 'xlsx'] as const)('%s template', (format) => {
  it('has the Thai headers, every one recognised, and an example row that imports', async () => {
    const template = await h.run('imports.template', { format });
    expect(template.fileName).toBe(`wethi-sign-in-sheet.${format}`);
    const file = { fileName: template.fileName, dataBase64: template.dataBase64 };

    const p = await h.run('imports.preview', { forumId: h.forumId, file });
    expect(p.format).toBe(format);
    expect(p.headers).toEqual(THAI_HEADERS);
    expect(p.unmappedHeaders).toEqual([]);
    expect(Object.values(p.mapping)).toEqual([...IMPORT_FIELDS]);
    expect([p.rowCount, p.validCount, p.rejected]).toEqual([1, 1, []]);

    await h.run('imports.commit', { forumId: h.forumId, file });
    const [attendee] = await h.run('attendance.list', { forumId: h.forumId });
    expect(attendee?.person).toMatchObject({
      titlePrefix: 'นาง',
      firstName: 'สมศรี',
      gender: 'female',
      ageGroup: '60_plus',
      phone: '0812345678',
      sector: 'citizens',
      role: 'direct_recipient',
      sensitive: { disadvantagedGroups: ['elderly'] },
    });
  });
});

it('starts the CSV template with a UTF-8 BOM so Excel shows the Thai', async () => {
  const template = await h.run('imports.template', { format: 'csv' });
  const bytes = Buffer.from(template.dataBase64, 'base64');
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(template.mimeType).toBe('text/csv;charset=utf-8');
});
