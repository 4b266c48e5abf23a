import { describe, expect, it } from 'vitest';
import { manualClock, openCore, steppingClock } from '../../support/core';
import { forumDraft, personDraft } from '../../support/factories';

describe('forums', () => {
  it('create fills defaults, trims text and turns empty text into null; get returns the same forum', async () => {
    const { call } = await openCore({ now: () => new Date('2026-11-20T03:00:00.000Z') });
    const created = await call('forums.create', { title: '  เวทีประชาคม หมู่ 3  ', date: '2026-11-23', venue: '   ' });
    expect(created).toEqual({
      id: created.id,
      title: 'เวทีประชาคม หมู่ 3',
      kind: 'village',
      number: null,
      date: '2026-11-23',
      startTime: null,
      endTime: null,
      venue: null,
      village: null,
      tambon: null,
      district: null,
      province: null,
      organiser: null,
      facilitator: null,
      noteTaker: null,
      iap2Level: null,
      status: 'planned',
      expectedSectors: [],
      defaultTieRule: 'casting_vote',
      archived: false,
      createdAt: '2026-11-20T03:00:00.000Z',
      updatedAt: '2026-11-20T03:00:00.000Z',
      attendeeCount: 0,
      checkedInCount: 0,
    });
    // UUID v7: time-ordered, so forums from several laptops merge without clashes.
    expect(created.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(await call('forums.get', { id: created.id })).toEqual(created);
  });

  it('update changes only the keys in the patch', async () => {
    const now = manualClock('2026-11-20T03:00:00.000Z');
    const { call } = await openCore({ now });
    const before = await call('forums.create', forumDraft({ facilitator: 'นางสาวกมล', expectedSectors: ['citizens'] }));
    now.set('2026-11-21T08:30:00.000Z');
    const after = await call('forums.update', { id: before.id, patch: { venue: 'โรงเรียนบ้านหนองบัว', iap2Level: 'consult', facilitator: '' } });
    expect(after).toEqual({
      ...before,
      venue: 'โรงเรียนบ้านหนองบัว',
      iap2Level: 'consult',
      facilitator: null,
      updatedAt: '2026-11-21T08:30:00.000Z',
    });
    expect(await call('forums.get', { id: before.id })).toEqual(after);
  });

  it('update of a forum that does not exist is not_found', async () => {
    const { call } = await openCore();
    await expect(call('forums.update', { id: '01936d2a-0000-7000-8000-00000000dead', patch: { title: 'x' } })).rejects.toMatchObject({
      code: 'not_found',
    });
  });

  it('duplicate copies the settings and registrations, not the check-ins, as a new planned forum', async () => {
    const { call } = await openCore({ now: steppingClock() });
    const source = await call('forums.create', forumDraft({ status: 'closed', number: '1/2569', expectedSectors: ['government', 'citizens'] }));
    const arrived = await call('attendance.addAndCheckIn', { forumId: source.id, person: personDraft() });
    const expected = await call('people.create', personDraft());
    await call('attendance.register', { forumId: source.id, personId: expected.id });

    const copy = await call('forums.duplicate', { id: source.id });
    expect(copy.id).not.toBe(source.id);
    const { id: _a, createdAt: _b, updatedAt: _c, status: _d, checkedInCount: _e, ...settings } = source;
    expect(copy).toMatchObject({ ...settings, status: 'planned', attendeeCount: 2, checkedInCount: 0 });

    const copied = await call('attendance.list', { forumId: copy.id });
    expect(copied.map((a) => a.person.id).sort()).toEqual([arrived.person.id, expected.id].sort());
    expect(copied.every((a) => a.checkedInAt === null)).toBe(true);
    // The source is untouched.
    expect((await call('forums.get', { id: source.id })).checkedInCount).toBe(1);
  });

  it('archive hides a forum from the default list and unarchive brings it back', async () => {
    const { call } = await openCore();
    const kept = await call('forums.create', forumDraft());
    const old = await call('forums.create', forumDraft());
    expect((await call('forums.setArchived', { id: old.id, archived: true })).archived).toBe(true);
    expect((await call('forums.list', {})).map((f) => f.id)).toEqual([kept.id]);
    expect((await call('forums.list', { includeArchived: true })).map((f) => f.id).sort()).toEqual([kept.id, old.id].sort());
    await call('forums.setArchived', { id: old.id, archived: false });
    expect(await call('forums.list', {})).toHaveLength(2);
  });

  it('delete moves a forum to the trash with its attendance, and restore brings both back', async () => {
    const { call } = await openCore();
    const forum = await call('forums.create', forumDraft());
    await call('attendance.addAndCheckIn', { forumId: forum.id, person: personDraft() });

    expect(await call('forums.delete', { id: forum.id })).toEqual({ ok: true });
    expect(await call('forums.list', { includeArchived: true })).toEqual([]);
    await expect(call('forums.get', { id: forum.id })).rejects.toMatchObject({ code: 'not_found' });
    expect((await call('forums.listDeleted', {})).map((f) => f.id)).toEqual([forum.id]);

    const restored = await call('forums.restore', { id: forum.id });
    expect(restored).toMatchObject({ id: forum.id, attendeeCount: 1, checkedInCount: 1 });
    expect(await call('forums.listDeleted', {})).toEqual([]);
    expect((await call('forums.list', {})).map((f) => f.id)).toEqual([forum.id]);
  });

  it('lists the latest forum date first, and the later-created first within a day', async () => {
    const { call } = await openCore({ now: steppingClock() });
    const a = await call('forums.create', forumDraft({ title: 'a', date: '2026-11-23' }));
    const b = await call('forums.create', forumDraft({ title: 'b', date: '2027-01-05' }));
    const c = await call('forums.create', forumDraft({ title: 'c', date: '2026-11-23' }));
    const d = await call('forums.create', forumDraft({ title: 'd', date: '2025-12-31' }));
    expect((await call('forums.list', {})).map((f) => f.id)).toEqual([b.id, c.id, a.id, d.id]);
  });
});
