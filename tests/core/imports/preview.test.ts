/** imports.preview through the core on a real database: encodings, XLSX, columns, bad rows, unreadable files. */
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { THAI_HEADER, csv, type Harness, openHarness, sheetFile } from './harness';

let h: Harness;
beforeEach(async () => {
  h = await openHarness();
});
afterEach(() => h.close());

const SHEET = csv(THAI_HEADER, 'นาย,สมชาย,ใจดี,ชาย,45,0812345678,อบต.นาดี,ผู้ใหญ่บ้าน,3,อปท.,ผู้ให้บริการ,,', 'นาง,สมศรี,มีสุข,หญิง,67,0898765432,,,3,ประชาชน,ผู้รับบริการ,ผู้สูงอายุ,ใช่');

const preview = (fileName: string, bytes: Uint8Array | string, mapping?: Record<string, never>) =>
  h.run('imports.preview', { forumId: h.forumId, file: sheetFile(fileName, bytes), ...(mapping ? { mapping } : {}) });

async function xlsx(rows: (string | number | null)[][], at: Record<number, number> = {}): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('ลงทะเบียน');
  // `at` places a row (by index) on a given sheet row number, leaving blank rows between.
  rows.forEach((row, i) => {
    sheet.getRow(at[i] ?? i + 1).values = row;
  });
  workbook.addWorksheet('สรุป').addRow(['ไม่ใช่ใบลงทะเบียน']);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('CSV encodings', () => {
  it('reads UTF-8 with a BOM', async () => {
    const p = await preview('sheet.csv', `\uFEFF${SHEET}`);
    expect([p.format, p.encoding, p.rowCount, p.validCount]).toEqual(['csv', 'utf-8-bom', 2, 2]);
    expect(p.headers[0]).toBe('คำนำหน้า');
    expect(p.sample[1]?.cells.ชื่อ).toBe('สมศรี');
  });

  it('reads UTF-8 without a BOM', async () => {
    const p = await preview('sheet.csv', SHEET);
    expect([p.encoding, p.validCount]).toEqual(['utf-8', 2]);
  });

  it('reads Windows-874, as Thai Excel saves CSV', async () => {
    const p = await preview('sheet.csv', iconv.encode(SHEET, 'windows-874'));
    expect([p.encoding, p.validCount, p.unmappedHeaders]).toEqual(['windows-874', 2, []]);
    expect(p.sample.map((s) => `${s.cells.ชื่อ} ${s.cells.นามสกุล}`)).toEqual(['สมชาย ใจดี', 'สมศรี มีสุข']);
  });
});

describe('XLSX', () => {
  it('reads the first worksheet with sheet row numbers, numbers as text, and restores a phone\'s leading 0', async () => {
    const bytes = await xlsx(
      [
        ['ชื่อ', 'นามสกุล', 'อายุ', 'โทรศัพท์', 'เพศ'],
        ['สมชาย', 'ใจดี', 45, 812345678, 'ชาย'],
        ['สมหญิง', null, 'ไม่ทราบ', '0811111111', 'หญิง'],
      ],
      { 2: 5 },
    );
    const p = await preview('sheet.xlsx', bytes);
    expect([p.format, p.rowCount, p.validCount]).toEqual(['xlsx', 2, 1]);
    expect(p.sample.map((s) => [s.line, s.cells.อายุ, s.cells.โทรศัพท์])).toEqual([
      [2, '45', '812345678'],
      [5, 'ไม่ทราบ', '0811111111'],
    ]);
    expect(p.rejected).toEqual([expect.objectContaining({ line: 5, column: 'อายุ', reasonKey: 'import.problem.age_not_number' })]);

    await h.run('imports.commit', { forumId: h.forumId, file: sheetFile('sheet.xlsx', bytes), skipInvalid: true });
    const [attendee] = await h.run('attendance.list', { forumId: h.forumId });
    expect(attendee?.person).toMatchObject({ firstName: 'สมชาย', phone: '0812345678', ageGroup: '36_59', gender: 'male' });
  });

  it('finds the header row below a title row', async () => {
    const bytes = await xlsx([['ใบลงทะเบียนเวทีประชาคม หมู่ที่ 3'], ['ลำดับ', 'ชื่อ', 'นามสกุล'], [1, 'สมชาย', 'ใจดี']]);
    const p = await preview('sheet.xlsx', bytes);
    expect(p.headers).toEqual(['ลำดับ', 'ชื่อ', 'นามสกุล']);
    expect(p.unmappedHeaders).toEqual(['ลำดับ']);
    expect(p.sample).toEqual([{ line: 3, cells: { ลำดับ: '1', ชื่อ: 'สมชาย', นามสกุล: 'ใจดี' } }]);
  });
});

describe('columns', () => {
  it('recognises English headers', async () => {
    const p = await preview('people.csv', csv('Title,First Name,Last Name,Gender,Age,Phone,Organization,Position,Village,Sector,Role,Disadvantaged groups,Consent', 'Ms,Jane,Doe,female,30,0800000001,NGO X,staff,2,civil society,specialist,low income,yes'));
    expect(p.unmappedHeaders).toEqual([]);
    expect(Object.values(p.mapping)).toEqual(['titlePrefix', 'firstName', 'lastName', 'gender', 'age', 'phone', 'organisation', 'position', 'village', 'sector', 'role', 'disadvantagedGroups', 'consent']);
    expect(p.validCount).toBe(1);
  });

  it('uses the mapping the user chose for headers it does not know', async () => {
    const file = csv('ชื่อผู้เข้าร่วม,สกุล,เบอร์', 'สมชาย,ใจดี,0812345678');
    const before = await preview('sheet.csv', file);
    expect(before.unmappedHeaders).toEqual(['ชื่อผู้เข้าร่วม', 'เบอร์']);
    expect(before.rejected).toEqual([expect.objectContaining({ line: 1, column: 'ชื่อ', reasonKey: 'import.problem.no_first_name_column' })]);

    const after = await h.run('imports.preview', {
      forumId: h.forumId,
      file: sheetFile('sheet.csv', file),
      mapping: { ชื่อผู้เข้าร่วม: 'firstName', เบอร์: 'phone' },
    });
    expect([after.unmappedHeaders, after.rejected, after.validCount]).toEqual([[], [], 1]);
  });

  it('reports two columns mapped to the same field once, at the header line', async () => {
    const p = await preview('sheet.csv', csv('ชื่อ,First name', 'สมชาย,Somchai', 'สมหญิง,Somying'));
    expect(p.rejected).toEqual([
      expect.objectContaining({ line: 1, column: 'ชื่อ, First name', reasonKey: 'import.problem.column_mapped_twice', params: { columns: 'ชื่อ, First name', field: 'firstName' } }),
    ]);
    expect(p.validCount).toBe(0);
  });
});

describe('bad rows', () => {
  it('reports each with its line in the file, its column header and a reason', async () => {
    const file = csv(
      THAI_HEADER,
      ',,ไม่มีชื่อต้น,,,,,,,,,,', // line 2: no first name (the last name column is not enough)
      ',,,,,,,,,,,,', // line 3: blank, skipped silently
      'นาย,"สมชาย',
      'ใจดี",,ชาย,45,,,,,,,,', // lines 4-5: one row with a quoted new line, valid
      'นาย,สมปอง,ดี,ชายจริง,45,,,,,,,,', // line 6
      'นาย,สมพร,ดี,,สี่สิบ,,,,,,,,', // line 7
      'นาย,สมใจ,ดี,,,08l-234-5678,,,,,,,', // line 8: a letter l for a 1
      'นาง,สมศรี,ดี,,,,,,,ทหาร,,,', // line 9
      'นาง,สมหมาย,ดี,,,,,,,,ผู้ชม,,', // line 10
      'นาง,สมทรง,ดี,,,,,,,,,ผู้สูงอายุ,', // line 11: sensitive data without consent
    );
    const p = await preview('sheet.csv', file);
    expect(p.rejected.map((r) => [r.line, r.column, r.reasonKey])).toEqual([
      [2, 'ชื่อ', 'import.problem.missing_first_name'],
      [6, 'เพศ', 'import.problem.unknown_gender'],
      [7, 'อายุ', 'import.problem.age_not_number'],
      [8, 'โทรศัพท์', 'import.problem.phone_not_digits'],
      [9, 'ภาค', 'import.problem.unknown_sector'],
      [10, 'บทบาท', 'import.problem.unknown_role'],
      [11, 'กลุ่มผู้ด้อยโอกาส', 'import.problem.sensitive_without_consent'],
    ]);
    expect(p.rejected[1]?.reason).toBe('unknown gender "ชายจริง" (use ชาย, หญิง, อื่นๆ or ไม่ระบุ)');
    expect([p.rowCount, p.validCount]).toEqual([8, 1]);
  });

  it('rejects the second row with a phone already used earlier in the file', async () => {
    const p = await preview('sheet.csv', csv('ชื่อ,โทรศัพท์', 'สมชาย,081-234-5678', 'สมหญิง,0899999999', 'สมปอง,0812345678'));
    expect(p.rejected).toEqual([
      { line: 4, column: 'โทรศัพท์', reason: 'same phone as line 2', reasonKey: 'import.problem.duplicate_phone_in_file', params: { otherLine: '2' } },
    ]);
  });
});

describe('files it cannot read', () => {
  const attempt = async (fileName: string, bytes: Uint8Array | string) => {
    const result = await h.core.dispatch('imports.preview', { forumId: h.forumId, file: sheetFile(fileName, bytes) });
    if (result.ok) throw new Error('expected a failure');
    return [result.error.code, result.error.messageKey];
  };

  it.each([
    ['an empty file', 'sheet.csv', '', 'import.unreadable.empty'],
    ['only blank lines', 'sheet.csv', '\r\n , ,\r\n', 'import.unreadable.no_header'],
    ['an old .xls workbook', 'sheet.xls', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), 'import.unreadable.xls'],
    ['a damaged .xlsx', 'sheet.xlsx', Buffer.from('PK\u0003\u0004 not really a zip'), 'import.unreadable.corrupt_xlsx'],
    ['a .xlsx that is text', 'sheet.xlsx', 'ชื่อ,นามสกุล\n', 'import.unreadable.corrupt_xlsx'],
    ['a PDF', 'sheet.pdf', '%PDF-1.4\n', 'import.unreadable.not_spreadsheet'],
    ['binary data named .csv', 'sheet.csv', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]), 'import.unreadable.not_spreadsheet'],
  ])('refuses %s', async (_what, fileName, bytes, key) => {
    expect(await attempt(fileName, bytes)).toEqual(['import_unreadable', key]);
  });

  it('refuses an unknown forum', async () => {
    const result = await h.core.dispatch('imports.preview', { forumId: '01950000-0000-7000-8000-000000000000', file: sheetFile('a.csv', SHEET) });
    expect(result.ok ? null : result.error.code).toBe('not_found');
  });
});
