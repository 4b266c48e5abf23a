import { describe, expect, it } from 'vitest';
import { manualClock, openCore } from '../../support/core';
import { consent, forumDraft, personDraft } from '../../support/factories';

describe('people', () => {
  it('create keeps the phone as digits and fills defaults', async () => {
    const { call } = await openCore({ now: () => new Date('2026-11-23T02:00:00.000Z') });
    const p = await call('people.create', { firstName: ' สมหญิง ', lastName: 'ใจดี', phone: '081-234 (5678)' });
    expect(p).toEqual({
      id: p.id,
      titlePrefix: null,
      firstName: 'สมหญิง',
      lastName: 'ใจดี',
      gender: 'unspecified',
      ageGroup: null,
      phone: '0812345678',
      organisation: null,
      position: null,
      village: null,
      sector: null,
      role: null,
      sensitive: null,
      createdAt: '2026-11-23T02:00:00.000Z',
      updatedAt: '2026-11-23T02:00:00.000Z',
    });
    expect(await call('people.get', { id: p.id })).toEqual(p);
  });

  it('update changes only the keys in the patch', async () => {
    const now = manualClock('2026-11-20T03:00:00.000Z');
    const { call } = await openCore({ now });
    const before = await call('people.create', personDraft({ organisation: 'อบต.หนองบัว', sensitive: consent(['elderly']) }));
    now.set('2026-11-23T04:00:00.000Z');
    const after = await call('people.update', { id: before.id, patch: { position: 'ปลัด', village: '5' } });
    expect(after).toEqual({ ...before, position: 'ปลัด', village: '5', updatedAt: '2026-11-23T04:00:00.000Z' });
  });

  describe('sensitive data (PDPA)', () => {
    it('is stored with who recorded the consent and when', async () => {
      const { call, peek } = await openCore();
      const p = await call('people.create', personDraft({ sensitive: consent(['disability', 'low_income', 'disability']) }));
      // Repeated groups are stored once.
      expect(p.sensitive).toEqual({ ...consent(['disability', 'low_income']) });
      expect(peek('SELECT person_id, disadvantaged_groups, consent_at, consent_by FROM person_sensitive')).toEqual([
        { person_id: p.id, disadvantaged_groups: '["disability","low_income"]', consent_at: '2026-11-23T02:00:00.000Z', consent_by: 'นางสาวผู้จด บันทึก' },
      ]);
    });

    it('is refused by the schema without the consent fields, and nothing is written', async () => {
      const { core, peek } = await openCore();
      for (const sensitive of [
        { disadvantagedGroups: ['elderly'] },
        { disadvantagedGroups: ['elderly'], consentGivenAt: '2026-11-23T02:00:00.000Z' },
        { disadvantagedGroups: ['elderly'], consentGivenAt: '2026-11-23T02:00:00.000Z', consentRecordedBy: '   ' },
        { disadvantagedGroups: [], consentGivenAt: '2026-11-23T02:00:00.000Z', consentRecordedBy: 'ผู้จด' },
      ]) {
        const result = await core.dispatch('people.create', { firstName: 'มาลี', sensitive });
        expect(result, JSON.stringify(sensitive)).toMatchObject({ ok: false, error: { code: 'validation' } });
      }
      expect(peek('SELECT count(*) AS n FROM person')).toEqual([{ n: 0 }]);
    });

    it('`sensitive: null` deletes it; a patch without the key leaves it', async () => {
      const { call, peek } = await openCore();
      const p = await call('people.create', personDraft({ sensitive: consent(['ethnic_minority']) }));
      expect((await call('people.update', { id: p.id, patch: { phone: '0800000000' } })).sensitive).not.toBeNull();
      expect(peek('SELECT count(*) AS n FROM person_sensitive')).toEqual([{ n: 1 }]);
      expect((await call('people.update', { id: p.id, patch: { sensitive: null } })).sensitive).toBeNull();
      expect(peek('SELECT count(*) AS n FROM person_sensitive')).toEqual([{ n: 0 }]);
    });
  });

  describe('merge', () => {
    it('moves attendance to the kept person, fills their empty fields, and removes the duplicate', async () => {
      const { call, peek } = await openCore();
      const f1 = await call('forums.create', forumDraft());
      const f2 = await call('forums.create', forumDraft());
      const keep = await call('people.create', { firstName: 'สมชาย', lastName: 'ใจดี', phone: '0812345678', organisation: null });
      const dup = await call('people.create', {
        titlePrefix: 'นาย',
        firstName: 'สมชาย',
        lastName: 'ใจดีมาก',
        phone: '0899999999',
        organisation: 'อบต.หนองบัว',
        sensitive: consent(['elderly']),
      });
      await call('attendance.register', { forumId: f1.id, personId: keep.id });
      await call('attendance.checkIn', { forumId: f2.id, personId: dup.id });

      const merged = await call('people.merge', { keepId: keep.id, duplicateId: dup.id });
      // Filled where empty, never overwritten.
      expect(merged).toMatchObject({
        id: keep.id,
        titlePrefix: 'นาย',
        lastName: 'ใจดี',
        phone: '0812345678',
        organisation: 'อบต.หนองบัว',
        sensitive: consent(['elderly']),
      });
      await expect(call('people.get', { id: dup.id })).rejects.toMatchObject({ code: 'not_found' });
      const attendance = await call('people.export', { id: keep.id });
      expect(attendance.attendance.map((a) => [a.forumId, a.checkedInAt !== null]).sort()).toEqual(
        [
          [f1.id, false],
          [f2.id, true],
        ].sort(),
      );
      expect(peek('SELECT person_id FROM attendance WHERE person_id = ?', dup.id)).toEqual([]);
      expect(peek('SELECT count(*) AS n FROM person_sensitive WHERE person_id = ?', dup.id)).toEqual([{ n: 0 }]);
    });

    it('where both attended one forum, keeps one attendance with the earlier check-in', async () => {
      const now = manualClock('2026-11-23T02:10:00.000Z');
      const { call } = await openCore({ now });
      const forum = await call('forums.create', forumDraft());
      const keep = await call('attendance.addAndCheckIn', { forumId: forum.id, person: { firstName: 'บุญมี' } });
      now.set('2026-11-23T02:01:00.000Z');
      await call('attendance.addAndCheckIn', { forumId: forum.id, person: { firstName: 'บุญมี', phone: '0811111111' } });
      const dupId = (await call('attendance.list', { forumId: forum.id })).find((a) => a.person.phone)?.person.id ?? '';

      await call('people.merge', { keepId: keep.person.id, duplicateId: dupId });
      const list = await call('attendance.list', { forumId: forum.id });
      expect(list.map((a) => [a.person.id, a.checkedInAt])).toEqual([[keep.person.id, '2026-11-23T02:01:00.000Z']]);
    });

    it('refuses to merge a person with themselves', async () => {
      const { call } = await openCore();
      const p = await call('people.create', personDraft());
      await expect(call('people.merge', { keepId: p.id, duplicateId: p.id })).rejects.toMatchObject({ code: 'conflict' });
      expect(await call('people.get', { id: p.id })).toEqual(p);
    });
  });

  it('export holds the person and every forum they attended, with titles', async () => {
    const { call } = await openCore({ now: () => new Date('2026-11-23T02:00:00.000Z') });
    const early = await call('forums.create', forumDraft({ title: 'เวทีแรก', date: '2026-01-10' }));
    const late = await call('forums.create', forumDraft({ title: 'เวทีหลัง', date: '2026-11-23' }));
    const p = await call('attendance.addAndCheckIn', { forumId: late.id, person: personDraft({ sensitive: consent(['other']) }) });
    await call('attendance.register', { forumId: early.id, personId: p.person.id });

    const exported = await call('people.export', { id: p.person.id });
    // Every other kind of record is in tests/core/people/export-everything.test.ts; here there is none.
    const nothingElse = { notes: [], speeches: [], issuesRaised: [], groups: [], speakerQueue: [], ballots: [], scores: [], pollEligibility: [], projectsOwned: [] };
    expect(exported).toEqual({
      person: p.person,
      attendance: [
        { forumId: early.id, forumTitle: 'เวทีแรก', forumDate: '2026-01-10', registeredAt: '2026-11-23T02:00:00.000Z', checkedInAt: null, badgeNumber: 1 },
        { forumId: late.id, forumTitle: 'เวทีหลัง', forumDate: '2026-11-23', registeredAt: '2026-11-23T02:00:00.000Z', checkedInAt: '2026-11-23T02:00:00.000Z', badgeNumber: 1 },
      ],
      ...nothingElse,
      exportedAt: '2026-11-23T02:00:00.000Z',
    });
  });

  it('erase removes the person, their sensitive data and their attendance, and nobody else', async () => {
    const { call, peek } = await openCore();
    const forum = await call('forums.create', forumDraft());
    const gone = await call('attendance.addAndCheckIn', { forumId: forum.id, person: personDraft({ sensitive: consent(['elderly']) }) });
    const stays = await call('attendance.addAndCheckIn', { forumId: forum.id, person: personDraft({ sensitive: consent(['low_income']) }) });

    expect(await call('people.erase', { id: gone.person.id })).toEqual({ ok: true, redacted: 0, backups: { rewritten: [], deleted: [] }, compacted: true });
    await expect(call('people.get', { id: gone.person.id })).rejects.toMatchObject({ code: 'not_found' });
    expect(peek('SELECT id FROM person')).toEqual([{ id: stays.person.id }]);
    expect(peek('SELECT person_id FROM person_sensitive')).toEqual([{ person_id: stays.person.id }]);
    expect(peek('SELECT person_id FROM attendance')).toEqual([{ person_id: stays.person.id }]);
    expect((await call('forums.get', { id: forum.id })).attendeeCount).toBe(1);
  });
});
