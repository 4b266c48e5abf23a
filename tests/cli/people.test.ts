/** `wethi people import|list|template` as a child process, on real files and databases. */
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { databaseWithForum, dump, json, tempDir, wethi } from './wethi';

const HEADER = 'คำนำหน้า,ชื่อ,นามสกุล,เพศ,อายุ,โทรศัพท์,หน่วยงาน,ตำแหน่ง,หมู่ที่,ภาค,บทบาท,กลุ่มผู้ด้อยโอกาส,ความยินยอม';
const SOMCHAI = 'นาย,สมชาย,ใจดี,ชาย,45,081-234-5678,อบต.นาดี,ผู้ใหญ่บ้าน,3,อปท.,ผู้ให้บริการ,,';
const SOMSRI = 'นาง,สมศรี,มีสุข,หญิง,67,0898765432,,,3,ประชาชน,ผู้รับบริการ,ผู้สูงอายุ,ใช่';
const BAD_AGE = 'นาย,สมปอง,ดี,ชาย,สี่สิบห้า,,,,3,,,,';

interface ImportOutput {
  imported: number;
  merged: number;
  rejected: { line: number; column: string; reason: string; reasonKey: string }[];
}
interface AttendeeOutput {
  person: { id: string; firstName: string; lastName: string | null; phone: string | null; sensitive: unknown };
  checkedInAt: string | null;
}

let dir: string;
let db: string;
let forumId: string;
beforeEach(async () => {
  dir = tempDir();
  ({ db, forumId } = await databaseWithForum(dir));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const write = (name: string, content: string | Uint8Array) => {
  fs.writeFileSync(path.join(dir, name), content);
  return name;
};
const csv = (...lines: string[]) => `${lines.join('\r\n')}\r\n`;
const importSheet = (file: string, ...flags: string[]) => wethi(['people', 'import', '--db', db, '--forum', forumId, file, ...flags], dir);
const list = () => json<AttendeeOutput[]>(wethi(['people', 'list', '--db', db, '--forum', forumId], dir));

describe('people import', () => {
  it('imports a CSV (path relative to the working folder) and lists the attendees', () => {
    const run = importSheet(write('sheet.csv', csv(HEADER, SOMCHAI, SOMSRI)));
    expect(run.code).toBe(0);
    expect(json<ImportOutput>(run)).toEqual({ imported: 2, merged: 0, rejectedRows: 0, rejected: [] });
    const attendees = list();
    expect(attendees.map((a) => [a.person.firstName, a.person.phone, a.checkedInAt])).toEqual([
      ['สมชาย', '0812345678', null],
      ['สมศรี', '0898765432', null],
    ]);
  });

  it('exits 1 and leaves the database unchanged when a row is invalid', () => {
    const before = dump(db);
    const run = importSheet(write('sheet.csv', csv(HEADER, SOMCHAI, BAD_AGE, SOMSRI)));
    expect(run.code).toBe(1);
    expect(json<ImportOutput>(run)).toEqual({
      imported: 0,
      merged: 0,
      rejectedRows: 1,
      rejected: [
        expect.objectContaining({ line: 3, column: 'อายุ', reason: 'age "สี่สิบห้า" is not a number or an age group', reasonKey: 'import.problem.age_not_number' }),
      ],
    });
    expect(run.stderr).toContain('[import_invalid]');
    expect(dump(db)).toEqual(before);
  });

  it('with --skip-invalid imports the rest, reports the rejected line and exits 0', () => {
    const run = importSheet(write('sheet.csv', csv(HEADER, SOMCHAI, BAD_AGE, SOMSRI)), '--skip-invalid');
    expect(run.code).toBe(0);
    const out = json<ImportOutput>(run);
    expect([out.imported, out.rejected.map((r) => [r.line, r.column])]).toEqual([2, [[3, 'อายุ']]]);
    expect(list().map((a) => a.person.firstName)).toEqual(['สมชาย', 'สมศรี']);
  });

  it('with --skip-invalid still exits 1 when no row could be imported', () => {
    const run = importSheet(write('sheet.csv', csv(HEADER, BAD_AGE)), '--skip-invalid');
    expect(run.code).toBe(1);
    expect(json<ImportOutput>(run).imported).toBe(0);
  });

  it('checks people in with --check-in', () => {
    importSheet(write('sheet.csv', csv(HEADER, SOMCHAI)), '--check-in');
    expect(list()[0]?.checkedInAt).toMatch(/^\d{4}-\d\d-\d\dT/);
  });

  it('imports a Windows-874 CSV as Thai Excel saves it', () => {
    const run = importSheet(write('excel.csv', iconv.encode(csv(HEADER, SOMCHAI, SOMSRI), 'windows-874')));
    expect(run.code).toBe(0);
    expect(list().map((a) => `${a.person.firstName} ${a.person.lastName}`)).toEqual(['สมชาย ใจดี', 'สมศรี มีสุข']);
  });

  it('imports an XLSX workbook', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Sheet1');
    sheet.addRow(['First name', 'Last name', 'Phone', 'Sector']);
    sheet.addRow(['Somchai', 'Jaidee', 812345678, 'citizens']);
    const run = importSheet(write('sheet.xlsx', Buffer.from(await workbook.xlsx.writeBuffer())));
    expect(run.code).toBe(0);
    expect(list().map((a) => [a.person.firstName, a.person.phone])).toEqual([['Somchai', '0812345678']]);
  });

  it('reads columns it does not know through --map', () => {
    const file = write('other.csv', csv('ชื่อผู้เข้าร่วม,สกุล,ลายเซ็น', 'สมชาย,ใจดี,x'));
    const refused = importSheet(file);
    expect(refused.code).toBe(1);
    expect(json<ImportOutput>(refused).rejected[0]?.reasonKey).toBe('import.problem.no_first_name_column');
    const run = importSheet(file, '--map', 'ชื่อผู้เข้าร่วม=firstName', '--map', 'ลายเซ็น=');
    expect(run.code).toBe(0);
    expect(list().map((a) => a.person.firstName)).toEqual(['สมชาย']);
  });

  it('merges rows matching registered people with --merge-duplicates', () => {
    const file = write('sheet.csv', csv(HEADER, SOMCHAI, SOMSRI));
    importSheet(file);
    const people = dump(db).person.length;
    const other = json<{ id: string }>(wethi(['forum', 'create', '--db', db, '--title', 'ครั้งที่ 2', '--date', '2026-04-01'], dir)).id;
    const run = wethi(['people', 'import', '--db', db, '--forum', other, file, '--merge-duplicates'], dir);
    expect(json<ImportOutput>(run)).toEqual({ imported: 2, merged: 2, rejectedRows: 0, rejected: [] });
    expect(dump(db).person.length).toBe(people);
  });

  it('reports a forum that does not exist, a file that does not exist, and a missing file argument', () => {
    const noForum = wethi(['people', 'import', '--db', db, '--forum', '01950000-0000-7000-8000-000000000000', write('a.csv', csv(HEADER, SOMCHAI))], dir);
    expect([noForum.code, noForum.stdout]).toEqual([1, '']);
    expect(noForum.stderr).toContain('[not_found]');

    const noFile = importSheet('nope.csv');
    expect(noFile.code).toBe(1);
    expect(noFile.stderr).toContain('nope.csv');

    expect(wethi(['people', 'import', '--db', db, '--forum', forumId], dir).code).toBe(2);
  });

  it('refuses a file that is not a sheet with import_unreadable', () => {
    const run = importSheet(write('photo.csv', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0])));
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('[import_unreadable]');
  });
});

describe('people template', () => {
  it.each(['csv', 'xlsx'])('writes a %s template that imports as it is', (format) => {
    const written = wethi(['people', 'template', '--format', format, '--out', `t.${format}`], dir);
    expect(json(written)).toEqual({ file: path.join(dir, `t.${format}`) });
    const run = importSheet(`t.${format}`);
    expect(json<ImportOutput>(run)).toEqual({ imported: 1, merged: 0, rejectedRows: 0, rejected: [] });
  });
});
