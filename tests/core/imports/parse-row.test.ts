import { describe, expect, it } from 'vitest';
import { type FieldColumns, parseRow } from '../../../electron/core/imports/parse-row';
import type { ImportField } from '../../../shared/contract';

const FIELDS: ImportField[] = ['titlePrefix', 'firstName', 'lastName', 'gender', 'age', 'phone', 'village', 'sector', 'role', 'disadvantagedGroups', 'consent'];
const HEADERS = ['คำนำหน้า', 'ชื่อ', 'นามสกุล', 'เพศ', 'อายุ', 'โทรศัพท์', 'หมู่ที่', 'ภาค', 'บทบาท', 'กลุ่มผู้ด้อยโอกาส', 'ความยินยอม'];
const columns: FieldColumns = Object.fromEntries(FIELDS.map((field, index) => [field, { index, header: HEADERS[index] ?? '' }]));
const consent = { givenAt: '2026-03-01T02:00:00.000Z', recordedBy: 'import: sheet.csv' };

/** A row with the given cells by field, the rest empty. */
const parse = (cells: Partial<Record<ImportField, string>>, line = 7) =>
  parseRow({ line, cells: FIELDS.map((f) => cells[f] ?? '') }, columns, consent);

const valuesOf = (cells: Partial<Record<ImportField, string>>) => {
  const result = parse({ firstName: 'สมชาย', ...cells });
  if (!result.values) throw new Error(JSON.stringify(result.problems));
  return result.values;
};

describe('parseRow values', () => {
  it.each([
    ['ชาย', 'male'],
    ['หญิง', 'female'],
    ['อื่นๆ', 'other'],
    ['อื่น ๆ', 'other'],
    ['ไม่ระบุ', 'unspecified'],
    ['Female', 'female'],
    ['M', 'male'],
    ['', 'unspecified'],
  ])('gender %s → %s', (text, gender) => {
    expect(valuesOf({ gender: text }).gender).toBe(gender);
  });

  it.each([
    ['ภาครัฐ', 'government'],
    ['ท้องถิ่น', 'local_government'],
    ['อปท.', 'local_government'],
    ['อปท', 'local_government'],
    ['เอกชน', 'private'],
    ['ประชาสังคม', 'civil_society'],
    ['วิชาการ', 'academia'],
    ['ประชาชน', 'citizens'],
    ['Civil Society', 'civil_society'],
    ['local_government', 'local_government'],
  ])('sector %s → %s', (text, sector) => {
    expect(valuesOf({ sector: text }).sector).toBe(sector);
  });

  it.each([
    ['ผู้ให้บริการ', 'provider'],
    ['ผู้รับบริการ', 'direct_recipient'],
    ['ผู้ได้รับผลกระทบทางอ้อม', 'indirectly_affected'],
    ['ผู้เชี่ยวชาญ', 'specialist'],
    ['Provider', 'provider'],
  ])('role %s → %s', (text, role) => {
    expect(valuesOf({ role: text }).role).toBe(role);
  });

  it.each([
    ['17', 'under_18'],
    ['18', '18_35'],
    ['35', '18_35'],
    ['36', '36_59'],
    ['59', '36_59'],
    ['60', '60_plus'],
    ['๖๒', '60_plus'],
    ['45 ปี', '36_59'],
    ['36_59', '36_59'],
    ['18-35', '18_35'],
    ['60+', '60_plus'],
  ])('age %s → %s', (text, group) => {
    expect(valuesOf({ age: text }).ageGroup).toBe(group);
  });

  it.each([
    ['081-234-5678', '0812345678'],
    ['081 234 5678', '0812345678'],
    ['812345678', '0812345678'],
    ['21234567', '021234567'],
    ['+66 81 234 5678', '+66812345678'],
    ['๐๘๑๒๓๔๕๖๗๘', '0812345678'],
  ])('phone %s → %s', (text, phone) => {
    expect(valuesOf({ phone: text }).phone).toBe(phone);
  });

  it.each([
    ['หมู่ที่ 5', '5'],
    ['ม.5', '5'],
    ['05', '5'],
    ['๓', '3'],
    ['บ้านนาดี', 'บ้านนาดี'],
  ])('village %s → %s', (text, village) => {
    expect(valuesOf({ village: text }).village).toBe(village);
  });

  it('expands abbreviated prefixes and splits a prefix written in the name column', () => {
    expect(valuesOf({ titlePrefix: 'น.ส.' }).titlePrefix).toBe('นางสาว');
    const split = valuesOf({ firstName: 'นางสาว สมหญิง' });
    expect([split.titlePrefix, split.firstName]).toEqual(['นางสาว', 'สมหญิง']);
    // Without a space it may be a name that starts like a prefix: left alone.
    expect(valuesOf({ firstName: 'นางนวล' })).toMatchObject({ titlePrefix: null, firstName: 'นางนวล' });
  });

  it('stores disadvantaged groups with the consent record, split on , ; / and new lines', () => {
    const values = valuesOf({ disadvantagedGroups: 'ผู้สูงอายุ, ผู้พิการ;รายได้น้อย/กลุ่มชาติพันธุ์\nอื่นๆ', consent: 'ยินยอม' });
    expect(values.sensitive).toEqual({
      disadvantagedGroups: ['elderly', 'disability', 'low_income', 'ethnic_minority', 'other'],
      consentGivenAt: consent.givenAt,
      consentRecordedBy: consent.recordedBy,
    });
  });

  it('stores nothing sensitive when consent is given but no group, or the cell says none', () => {
    expect(valuesOf({ consent: 'ใช่' }).sensitive).toBeNull();
    expect(valuesOf({ disadvantagedGroups: 'ไม่มี' }).sensitive).toBeNull();
  });
});

describe('parseRow problems', () => {
  const problemsOf = (cells: Partial<Record<ImportField, string>>) => parse(cells).problems.map((p) => [p.line, p.column, p.reasonKey]);

  it('reports each bad cell with the line and the header it came from', () => {
    expect(problemsOf({ firstName: '', gender: 'ช.ญ.', age: 'สี่สิบ', phone: '08x-1234', sector: 'ทหาร', role: 'ผู้ชม' })).toEqual([
      [7, 'ชื่อ', 'import.problem.missing_first_name'],
      [7, 'เพศ', 'import.problem.unknown_gender'],
      [7, 'อายุ', 'import.problem.age_not_number'],
      [7, 'โทรศัพท์', 'import.problem.phone_not_digits'],
      [7, 'ภาค', 'import.problem.unknown_sector'],
      [7, 'บทบาท', 'import.problem.unknown_role'],
    ]);
  });

  it('refuses disadvantaged groups without consent (PDPA)', () => {
    expect(problemsOf({ firstName: 'สมชาย', disadvantagedGroups: 'ผู้สูงอายุ' })).toEqual([[7, 'กลุ่มผู้ด้อยโอกาส', 'import.problem.sensitive_without_consent']]);
    expect(problemsOf({ firstName: 'สมชาย', disadvantagedGroups: 'ผู้สูงอายุ', consent: 'ไม่' })).toEqual([
      [7, 'กลุ่มผู้ด้อยโอกาส', 'import.problem.sensitive_without_consent'],
    ]);
    // An unreadable consent cell is its own problem, not also "without consent".
    expect(problemsOf({ firstName: 'สมชาย', disadvantagedGroups: 'ผู้สูงอายุ', consent: 'อาจจะ' })).toEqual([[7, 'ความยินยอม', 'import.problem.unknown_consent']]);
  });

  it('names the unknown value in the reason and its parameters', () => {
    const [problem] = parse({ firstName: 'สมชาย', disadvantagedGroups: 'ผู้สูงอายุ, นักเรียน', consent: 'ใช่' }).problems;
    expect(problem).toMatchObject({ column: 'กลุ่มผู้ด้อยโอกาส', reasonKey: 'import.problem.unknown_disadvantaged_group', params: { value: 'นักเรียน' } });
    expect(problem?.reason).toContain('นักเรียน');
  });

  it('rejects an age over 120 and an unknown consent word', () => {
    expect(problemsOf({ firstName: 'สมชาย', age: '450', consent: 'อาจจะ' })).toEqual([
      [7, 'อายุ', 'import.problem.age_out_of_range'],
      [7, 'ความยินยอม', 'import.problem.unknown_consent'],
    ]);
  });

  it('lets the contract schema have the last word (a first name over 100 characters)', () => {
    expect(problemsOf({ firstName: 'ก'.repeat(101) })).toEqual([[7, 'ชื่อ', 'import.problem.invalid_value']]);
  });
});
