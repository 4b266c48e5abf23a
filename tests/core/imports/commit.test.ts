/** imports.commit on a real database: all-or-nothing, skip-invalid, check-in, consent, merging, events. */
import type { ChangeEvent } from '../../../shared/contract';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { IMPORT_TIME, THAI_HEADER, csv, type Harness, openHarness, sheetFile } from './harness';

let h: Harness;
beforeEach(async () => {
  h = await openHarness();
});
afterEach(() => h.close());

const VALID_1 = 'นาย,สมชาย,ใจดี,ชาย,45,0812345678,อบต.นาดี,ผู้ใหญ่บ้าน,3,อปท.,ผู้ให้บริการ,,';
const VALID_2 = 'นาง,สมศรี,มีสุข,หญิง,67,0898765432,,,3,ประชาชน,ผู้รับบริการ,"ผู้สูงอายุ, คนพิการ",ใช่';
const INVALID = 'นาย,สมปอง,ดี,ชาย,สี่สิบห้า,,,,3,,,,';
const MIXED = csv(THAI_HEADER, VALID_1, INVALID, VALID_2);

const commit = (text: string, options: { skipInvalid?: boolean; checkIn?: boolean; consentRecordedBy?: string; mergeDuplicates?: Record<string, string> } = {}) =>
  h.run('imports.commit', { forumId: h.forumId, file: sheetFile('sheet.csv', text), ...options });

describe('all or nothing', () => {
  it('writes nothing when any row is invalid, and says which', async () => {
    const events: ChangeEvent[] = [];
    h.core.events.subscribe((e) => events.push(e));
    const before = h.counts();
    const result = await commit(MIXED);
    expect(result).toEqual({
      imported: 0,
      merged: 0,
      rejectedRows: 1,
      rejected: [
        {
          line: 3,
          column: 'อายุ',
          reason: 'age "สี่สิบห้า" is not a number or an age group',
          reasonKey: 'import.problem.age_not_number',
          params: { value: 'สี่สิบห้า' },
        },
      ],
    });
    expect(h.counts()).toEqual(before);
    expect(events).toEqual([]);
  });

  it('with skipInvalid imports the valid rows in one transaction and reports the rest', async () => {
    const events: ChangeEvent[] = [];
    h.core.events.subscribe((e) => events.push(e));
    const before = h.counts();
    const result = await commit(MIXED, { skipInvalid: true });
    expect([result.imported, result.merged, result.rejected.map((r) => r.line)]).toEqual([2, 0, [3]]);
    // Two people, two registrations, one sensitive record; one audit row per change event.
    expect(h.counts()).toEqual({
      person: before.person + 2,
      person_sensitive: before.person_sensitive + 1,
      attendance: before.attendance + 2,
      audit: before.audit + 2,
    });
    expect(events).toEqual([
      { entity: 'person', id: null, forumId: null },
      { entity: 'attendance', id: null, forumId: h.forumId },
    ]);
  });

  it('imports a sheet whose rows are all valid without any option', async () => {
    const result = await commit(csv(THAI_HEADER, VALID_1, VALID_2));
    expect(result).toEqual({ imported: 2, merged: 0, rejectedRows: 0, rejected: [] });
    const attendees = await h.run('attendance.list', { forumId: h.forumId });
    expect(attendees.map((a) => a.person.firstName).sort()).toEqual(['สมชาย', 'สมศรี']);
  });
});

describe('what is stored', () => {
  it('stores each field as the register expects it, registered but not checked in by default', async () => {
    await commit(csv(THAI_HEADER, VALID_1));
    const [attendee] = await h.run('attendance.list', { forumId: h.forumId });
    expect(attendee).toMatchObject({
      registeredAt: IMPORT_TIME,
      checkedInAt: null,
      person: {
        titlePrefix: 'นาย',
        firstName: 'สมชาย',
        lastName: 'ใจดี',
        gender: 'male',
        ageGroup: '36_59',
        phone: '0812345678',
        organisation: 'อบต.นาดี',
        position: 'ผู้ใหญ่บ้าน',
        village: '3',
        sector: 'local_government',
        role: 'provider',
        sensitive: null,
      },
    });
  });

  it('checks people in when the sheet was signed at the forum', async () => {
    await commit(csv(THAI_HEADER, VALID_1, VALID_2), { checkIn: true });
    const attendees = await h.run('attendance.list', { forumId: h.forumId });
    expect(attendees.map((a) => a.checkedInAt)).toEqual([IMPORT_TIME, IMPORT_TIME]);
    const forum = await h.run('forums.get', { id: h.forumId });
    expect([forum.attendeeCount, forum.checkedInCount]).toEqual([2, 2]);
  });

  it('records the consent with the import time and the file name, or who recorded it', async () => {
    await commit(csv(THAI_HEADER, VALID_2));
    const [first] = await h.run('attendance.list', { forumId: h.forumId });
    expect(first?.person.sensitive).toEqual({
      disadvantagedGroups: ['elderly', 'disability'],
      consentGivenAt: IMPORT_TIME,
      consentRecordedBy: 'import: sheet.csv',
    });

    const other = await h.run('forums.create', { title: 'เวทีครั้งที่ 2', date: '2026-04-01' });
    await h.run('imports.commit', {
      forumId: other.id,
      file: sheetFile('sheet2.csv', csv(THAI_HEADER, VALID_2.replace('0898765432', '0891111111').replace('สมศรี', 'สมใจ'))),
      consentRecordedBy: 'นางสาวพิมพ์ใจ (เจ้าหน้าที่ลงทะเบียน)',
    });
    const [second] = await h.run('attendance.list', { forumId: other.id });
    expect(second?.person.sensitive?.consentRecordedBy).toBe('นางสาวพิมพ์ใจ (เจ้าหน้าที่ลงทะเบียน)');
  });
});

describe('duplicates of registered people', () => {
  it('lists rows that match by phone or by name, and merges the ones chosen', async () => {
    const byPhone = await h.run('people.create', { firstName: 'ชาย', lastName: 'ใจดี', phone: '081-234-5678', sector: 'citizens' });
    const byName = await h.run('people.create', { firstName: 'สมศรี', lastName: 'มีสุข', gender: 'female' });
    const sheet = csv(THAI_HEADER, VALID_1, VALID_2, 'นาย,สมปอง,ดีงาม,ชาย,30,,,,4,,,,');

    const p = await h.run('imports.preview', { forumId: h.forumId, file: sheetFile('sheet.csv', sheet) });
    expect(p.duplicates.map((d) => [d.line, d.existing.id, d.by])).toEqual([
      [2, byPhone.id, 'phone'],
      [3, byName.id, 'name'],
    ]);

    const before = h.counts();
    const result = await commit(sheet, { mergeDuplicates: { '2': byPhone.id, '3': byName.id } });
    expect(result).toEqual({ imported: 3, merged: 2, rejectedRows: 0, rejected: [] });
    // Only สมปอง is new; all three are registered.
    expect(h.counts().person).toBe(before.person + 1);
    const attendees = await h.run('attendance.list', { forumId: h.forumId });
    expect(attendees.map((a) => a.person.id).sort()).toEqual([byPhone.id, byName.id, expect.any(String)].sort());

    // The register's own values stay; the sheet fills only what was empty.
    const kept = await h.run('people.get', { id: byPhone.id });
    expect(kept).toMatchObject({ firstName: 'ชาย', sector: 'citizens', gender: 'male', organisation: 'อบต.นาดี', village: '3', role: 'provider' });
    const filled = await h.run('people.get', { id: byName.id });
    expect(filled.sensitive?.disadvantagedGroups).toEqual(['elderly', 'disability']);
    expect(filled.phone).toBe('0898765432');
  });

  it('does not take a first name alone for the same person', async () => {
    await h.run('people.create', { firstName: 'สมชาย' });
    const p = await h.run('imports.preview', { forumId: h.forumId, file: sheetFile('sheet.csv', csv('ชื่อ', 'สมชาย')) });
    expect(p.duplicates).toEqual([]);
  });

  it('refuses a merge for a line that is not a data row of the file', async () => {
    const person = await h.run('people.create', { firstName: 'สมชาย', lastName: 'ใจดี' });
    const before = h.counts();
    const result = await h.core.dispatch('imports.commit', {
      forumId: h.forumId,
      file: sheetFile('sheet.csv', csv(THAI_HEADER, VALID_1)),
      mergeDuplicates: { '9': person.id },
    });
    expect(result.ok ? null : result.error.code).toBe('validation');
    expect(h.counts()).toEqual(before);
  });
});
