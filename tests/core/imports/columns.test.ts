import { describe, expect, it } from 'vitest';
import { fieldOfHeader, planColumns } from '../../../electron/core/imports/columns';

describe('fieldOfHeader', () => {
  it.each([
    ['คำนำหน้า', 'titlePrefix'],
    ['ชื่อ', 'firstName'],
    ['นามสกุล', 'lastName'],
    ['เพศ', 'gender'],
    ['อายุ', 'age'],
    ['โทรศัพท์', 'phone'],
    ['หน่วยงาน', 'organisation'],
    ['ตำแหน่ง', 'position'],
    ['หมู่ที่', 'village'],
    ['ภาค', 'sector'],
    ['บทบาท', 'role'],
    ['กลุ่มผู้ด้อยโอกาส', 'disadvantagedGroups'],
    ['ความยินยอม', 'consent'],
    ['First Name', 'firstName'],
    ['first_name', 'firstName'],
    ['  LAST NAME ', 'lastName'],
    ['Organization', 'organisation'],
    ['organisation', 'organisation'],
    ['Disadvantaged Groups', 'disadvantagedGroups'],
    ['เบอร์โทร', 'phone'],
    ['อายุ (ปี)', 'age'],
    ['ชื่อ*', 'firstName'],
    ['Village (หมู่ที่)', 'village'],
  ])('%s → %s', (header, field) => {
    expect(fieldOfHeader(header)).toBe(field);
  });

  it('leaves a combined name column and notes unmapped', () => {
    expect(fieldOfHeader('ชื่อ-นามสกุล')).toBeUndefined();
    expect(fieldOfHeader('หมายเหตุ')).toBeUndefined();
    expect(fieldOfHeader('ลายมือชื่อ')).toBeUndefined();
  });
});

describe('planColumns', () => {
  it('lets the user mapping win, including null to ignore a known column', () => {
    const plan = planColumns(['ชื่อผู้เข้าร่วม', 'นามสกุล', 'เพศ', 'หมายเหตุ'], { ชื่อผู้เข้าร่วม: 'firstName', เพศ: null });
    expect(plan.mapping).toEqual({ ชื่อผู้เข้าร่วม: 'firstName', นามสกุล: 'lastName', เพศ: null, หมายเหตุ: null });
    // The user chose to ignore เพศ; หมายเหตุ simply matched nothing.
    expect(plan.unmappedHeaders).toEqual(['หมายเหตุ']);
    expect(plan.columns.get('firstName')).toEqual([{ index: 0, header: 'ชื่อผู้เข้าร่วม' }]);
    expect(plan.columns.has('gender')).toBe(false);
  });

  it('collects every column naming the same field', () => {
    const plan = planColumns(['ชื่อ', 'First name']);
    expect(plan.columns.get('firstName')).toEqual([
      { index: 0, header: 'ชื่อ' },
      { index: 1, header: 'First name' },
    ]);
  });
});
