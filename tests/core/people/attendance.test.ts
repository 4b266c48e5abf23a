import { describe, expect, it } from 'vitest';
import { manualClock, openCore } from '../../support/core';
import { forumDraft, personDraft } from '../../support/factories';

async function setUp() {
  const now = manualClock('2026-11-20T03:00:00.000Z');
  const t = await openCore({ now });
  const forum = await t.call('forums.create', forumDraft());
  const person = await t.call('people.create', personDraft());
  return { ...t, now, forum, person };
}

describe('attendance', () => {
  it('register records the person as expected but not arrived', async () => {
    const { call, forum, person } = await setUp();
    const a = await call('attendance.register', { forumId: forum.id, personId: person.id });
    expect(a).toEqual({ person, forumId: forum.id, registeredAt: '2026-11-20T03:00:00.000Z', checkedInAt: null });
    expect(await call('forums.get', { id: forum.id })).toMatchObject({ attendeeCount: 1, checkedInCount: 0 });
  });

  it('checkIn of a registered person records the time and keeps the registration time', async () => {
    const { call, now, forum, person } = await setUp();
    await call('attendance.register', { forumId: forum.id, personId: person.id });
    now.set('2026-11-23T02:05:00.000Z');
    const a = await call('attendance.checkIn', { forumId: forum.id, personId: person.id });
    expect(a).toMatchObject({ registeredAt: '2026-11-20T03:00:00.000Z', checkedInAt: '2026-11-23T02:05:00.000Z' });
  });

  it('checking in twice keeps the first arrival time', async () => {
    const { call, now, forum, person } = await setUp();
    now.set('2026-11-23T02:05:00.000Z');
    await call('attendance.checkIn', { forumId: forum.id, personId: person.id });
    now.set('2026-11-23T02:30:00.000Z');
    expect((await call('attendance.checkIn', { forumId: forum.id, personId: person.id })).checkedInAt).toBe('2026-11-23T02:05:00.000Z');
  });

  it('undo after a check-in that registered the person removes the attendance', async () => {
    const { call, forum, person } = await setUp();
    await call('attendance.checkIn', { forumId: forum.id, personId: person.id });
    expect(await call('attendance.undoCheckIn', { forumId: forum.id, personId: person.id })).toEqual({ ok: true });
    expect(await call('attendance.list', { forumId: forum.id })).toEqual([]);
    // The person stays in the register.
    expect(await call('people.get', { id: person.id })).toEqual(person);
  });

  it('undo of a pre-registered person keeps the registration', async () => {
    const { call, forum, person } = await setUp();
    await call('attendance.register', { forumId: forum.id, personId: person.id });
    await call('attendance.checkIn', { forumId: forum.id, personId: person.id });
    await call('attendance.undoCheckIn', { forumId: forum.id, personId: person.id });
    const list = await call('attendance.list', { forumId: forum.id });
    expect(list.map((a) => [a.person.id, a.checkedInAt])).toEqual([[person.id, null]]);
  });

  it('undo of someone not registered is not_found', async () => {
    const { call, forum, person } = await setUp();
    await expect(call('attendance.undoCheckIn', { forumId: forum.id, personId: person.id })).rejects.toMatchObject({ code: 'not_found' });
  });

  it('addAndCheckIn creates the person and checks them in at once; undo leaves them in the register only', async () => {
    const { call, now, forum } = await setUp();
    now.set('2026-11-23T02:09:00.000Z');
    const a = await call('attendance.addAndCheckIn', { forumId: forum.id, person: { titlePrefix: 'นางสาว', firstName: 'อำไพ' } });
    expect(a).toMatchObject({
      forumId: forum.id,
      registeredAt: '2026-11-23T02:09:00.000Z',
      checkedInAt: '2026-11-23T02:09:00.000Z',
      person: { titlePrefix: 'นางสาว', firstName: 'อำไพ' },
    });
    await call('attendance.undoCheckIn', { forumId: forum.id, personId: a.person.id });
    expect(await call('attendance.list', { forumId: forum.id })).toEqual([]);
    expect((await call('people.get', { id: a.person.id })).firstName).toBe('อำไพ');
  });

  it('addAndCheckIn for a forum that does not exist adds nobody', async () => {
    const { call, peek } = await setUp();
    await expect(
      call('attendance.addAndCheckIn', { forumId: '01936d2a-0000-7000-8000-00000000dead', person: { firstName: 'ใคร' } }),
    ).rejects.toMatchObject({ code: 'not_found' });
    expect(peek('SELECT count(*) AS n FROM person')).toEqual([{ n: 1 }]);
  });

  it('unregister removes the attendance', async () => {
    const { call, forum, person } = await setUp();
    await call('attendance.register', { forumId: forum.id, personId: person.id });
    await call('attendance.unregister', { forumId: forum.id, personId: person.id });
    expect(await call('attendance.list', { forumId: forum.id })).toEqual([]);
  });

  it('lists attendees in Thai order of first name, then last name', async () => {
    const { call, forum } = await setUp();
    for (const [firstName, lastName] of [
      ['โสภา', 'ก'],
      ['สมชาย', 'อ'],
      ['เกศินี', 'ข'],
      ['สมชาย', 'ข'],
      ['กมล', 'ค'],
    ] as const) {
      await call('attendance.addAndCheckIn', { forumId: forum.id, person: { firstName, lastName } });
    }
    const list = await call('attendance.list', { forumId: forum.id });
    // เ and โ are written first but sort under the consonant after them: เกศินี under ก, โสภา under ส.
    expect(list.map((a) => `${a.person.firstName} ${a.person.lastName}`)).toEqual(['กมล ค', 'เกศินี ข', 'สมชาย ข', 'สมชาย อ', 'โสภา ก']);
  });
});
