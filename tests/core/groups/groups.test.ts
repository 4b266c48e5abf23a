import { describe, expect, it } from 'vitest';
import { MISSING, openRoom } from '../speakers/room';

const ids = (refs: { id: string }[]) => refs.map((r) => r.id);

describe('small groups', () => {
  it('create, rename, list in order with members, facilitator and reporter, delete', async () => {
    const { call, forumId, people, events } = await openRoom([{ firstName: 'มาลี' }, { firstName: 'ก้อง' }, { firstName: 'บุญมี' }]);
    const [malee, kong, boonmee] = people.map((p) => p.id) as [string, string, string];
    const one = await call('groups.create', { forumId, name: ' กลุ่มเกษตร ' });
    const two = await call('groups.create', { forumId, name: 'กลุ่มสุขภาพ' });
    expect(one).toMatchObject({ name: 'กลุ่มเกษตร', position: 1, members: [], facilitator: null, reporter: null });
    expect(two.position).toBe(2);
    await expect(call('groups.create', { forumId, name: 'กลุ่มเกษตร' })).rejects.toMatchObject({ code: 'conflict', messageKey: 'error.group_name_taken' });

    await call('groups.setMembers', { groupId: one.id, personIds: [malee, kong] });
    const updated = await call('groups.update', { id: one.id, patch: { name: 'กลุ่มเกษตรกร', facilitatorId: boonmee, reporterId: malee } });
    expect(updated).toMatchObject({
      name: 'กลุ่มเกษตรกร',
      facilitator: { id: boonmee, number: 3 },
      reporter: { id: malee, number: 1 },
    });
    // Members in Thai name order: ก้อง before มาลี.
    expect(ids(updated.members)).toEqual([kong, malee]);
    expect(await call('groups.get', { id: one.id })).toEqual(updated);

    const list = await call('groups.list', { forumId });
    expect(list.groups.map((g) => [g.name, g.position])).toEqual([
      ['กลุ่มเกษตรกร', 1],
      ['กลุ่มสุขภาพ', 2],
    ]);
    expect(ids(list.unassigned)).toEqual([boonmee]);

    events.length = 0;
    await call('groups.delete', { id: one.id });
    expect(events).toEqual([{ entity: 'small_group', id: one.id, forumId }]);
    const after = await call('groups.list', { forumId });
    expect(after.groups.map((g) => [g.name, g.position])).toEqual([['กลุ่มสุขภาพ', 1]]);
    expect(ids(after.unassigned)).toEqual([kong, boonmee, malee]);
    await expect(call('groups.get', { id: one.id })).rejects.toMatchObject({ code: 'not_found' });
  });

  it('a person is in at most one group: assigning or setting members moves them, null takes them out', async () => {
    const { call, forumId, people } = await openRoom([{ firstName: 'ก' }, { firstName: 'ข' }, { firstName: 'ค' }]);
    const [a, b, c] = people.map((p) => p.id) as [string, string, string];
    const one = await call('groups.create', { forumId, name: 'หนึ่ง' });
    const two = await call('groups.create', { forumId, name: 'สอง' });
    await call('groups.setMembers', { groupId: one.id, personIds: [a, b] });
    await call('groups.update', { id: one.id, patch: { reporterId: b } });

    let list = await call('groups.assign', { forumId, personId: b, groupId: two.id });
    expect(list.groups.map((g) => ids(g.members))).toEqual([[a], [b]]);
    // The reporter left the group, so it has none now.
    expect(list.groups[0]?.reporter).toBeNull();

    list = await call('groups.setMembers', { groupId: two.id, personIds: [a, c, c] });
    expect(list.groups.map((g) => ids(g.members))).toEqual([[], [a, c]]);
    expect(ids(list.unassigned)).toEqual([b]);

    list = await call('groups.assign', { forumId, personId: a, groupId: null });
    expect(list.groups.map((g) => ids(g.members))).toEqual([[], [c]]);
  });

  it('the reporter must be a member; the facilitator any registered attendee', async () => {
    const { call, forumId, people } = await openRoom([{}, {}]);
    const [a, b] = people.map((p) => p.id) as [string, string];
    const g = await call('groups.create', { forumId, name: 'กลุ่ม' });
    await call('groups.setMembers', { groupId: g.id, personIds: [a] });
    await expect(call('groups.update', { id: g.id, patch: { reporterId: b } })).rejects.toMatchObject({ code: 'conflict', messageKey: 'error.reporter_not_member' });
    expect(await call('groups.update', { id: g.id, patch: { facilitatorId: b } })).toMatchObject({ facilitator: { id: b } });
    const stranger = await call('people.create', { firstName: 'คนนอก' });
    await expect(call('groups.update', { id: g.id, patch: { facilitatorId: stranger.id } })).rejects.toMatchObject({ messageKey: 'error.not_attendee' });
    await expect(call('groups.setMembers', { groupId: g.id, personIds: [stranger.id] })).rejects.toMatchObject({ messageKey: 'error.not_attendee' });
    expect(await call('groups.update', { id: g.id, patch: { facilitatorId: null } })).toMatchObject({ facilitator: null });
  });

  it('a group of another forum cannot be assigned to', async () => {
    const { call, forumId, people } = await openRoom([{}]);
    const other = await openRoom([]);
    const foreign = await other.call('groups.create', { forumId: other.forumId, name: 'ที่อื่น' });
    await expect(call('groups.assign', { forumId, personId: people[0]?.id as string, groupId: foreign.id })).rejects.toMatchObject({ code: 'not_found' });
    await expect(call('groups.list', { forumId: MISSING })).rejects.toMatchObject({ code: 'not_found' });
  });

  it('deleting a group sends its issues back to the plenary', async () => {
    const { call, forumId } = await openRoom([]);
    const g = await call('groups.create', { forumId, name: 'กลุ่ม' });
    const issue = await call('issues.create', { forumId, title: 'น้ำท่วมขัง', groupId: g.id });
    await call('groups.delete', { id: g.id });
    expect(await call('issues.get', { id: issue.id })).toMatchObject({ groupId: null });
  });

  it('an erased member leaves the group; an erased facilitator leaves it without one', async () => {
    const { call, forumId, people } = await openRoom([{}, {}]);
    const [a, b] = people.map((p) => p.id) as [string, string];
    const g = await call('groups.create', { forumId, name: 'กลุ่ม' });
    await call('groups.setMembers', { groupId: g.id, personIds: [a] });
    await call('groups.update', { id: g.id, patch: { facilitatorId: b, reporterId: a } });
    await call('people.erase', { id: a });
    await call('people.erase', { id: b });
    expect(await call('groups.get', { id: g.id })).toMatchObject({ members: [], facilitator: null, reporter: null });
  });
});
