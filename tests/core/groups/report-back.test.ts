import { describe, expect, it } from 'vitest';
import { MISSING, T0, at, openRoom } from '../speakers/room';

/** A forum at agenda item 4 with one group (มาลี reports, ก้อง is a member) and its work. */
async function roomWithGroupWork() {
  const room = await openRoom([{ firstName: 'มาลี', lastName: 'ใจดี', titlePrefix: 'นาง' }, { firstName: 'ก้อง' }, { firstName: 'บุญมี' }]);
  const { call, forumId, people } = room;
  const [malee, kong] = people.map((p) => p.id) as [string, string];
  const announcements = await call('agenda.add', { forumId, title: 'ประธานแจ้งให้ที่ประชุมทราบ' });
  const consideration = await call('agenda.add', { forumId, title: 'เรื่องเพื่อพิจารณา' });
  await call('agenda.setCurrent', { forumId, id: consideration.id });
  const group = await call('groups.create', { forumId, name: 'กลุ่มเกษตร' });
  await call('groups.setMembers', { groupId: group.id, personIds: [malee, kong] });
  await call('groups.update', { id: group.id, patch: { reporterId: malee } });
  // Entered during the group's own discussion: under no item, or (by mistake) under item 1.
  const water = await call('issues.create', { forumId, title: 'น้ำไม่พอใช้ทำการเกษตร', groupId: group.id, agendaItemId: null });
  const road = await call('issues.create', { forumId, title: 'ถนนเข้าสวนชำรุด', groupId: group.id, raisedByPersonId: kong, agendaItemId: announcements.id });
  const plenary = await call('issues.create', { forumId, title: 'ขยะในหมู่บ้าน', agendaItemId: announcements.id });
  const twin = await call('issues.create', { forumId, title: 'น้ำไม่พอ', groupId: group.id, agendaItemId: null });
  await call('issues.merge', { survivorId: water.id, mergedId: twin.id });
  const groupNote = await call('notes.create', { forumId, text: 'สมาชิกเล่าว่าหน้าแล้งน้ำไม่พอ', groupId: group.id, agendaItemId: null });
  return { ...room, malee, kong, announcements, consideration, group, water, road, plenary, twin, groupNote };
}

describe('reporting a small group back to the plenary', () => {
  it('moves the group’s active issues to the current item, still raised by the group, and records the reporter’s summary', async () => {
    const r = await roomWithGroupWork();
    const { call, forumId, group, consideration } = r;
    r.tick(600);
    r.events.length = 0;

    const done = await call('groups.reportBack', { groupId: group.id });

    expect(done.issueIds).toEqual([r.water.id, r.road.id]);
    expect(await call('issues.get', { id: r.water.id })).toMatchObject({
      agendaItemId: consideration.id,
      groupId: group.id,
      raisedBy: { kind: 'group', groupId: group.id, name: 'กลุ่มเกษตร' },
      updatedAt: at(600),
    });
    // A person who raised an issue in the group is still who raised it.
    expect(await call('issues.get', { id: r.road.id })).toMatchObject({ agendaItemId: consideration.id, raisedBy: { kind: 'person', personId: r.kong } });
    // Not the group's: untouched. Merged into the group's issue: history, left where it was.
    expect(await call('issues.get', { id: r.plenary.id })).toMatchObject({ agendaItemId: r.announcements.id, updatedAt: T0 });
    expect(await call('issues.get', { id: r.twin.id })).toMatchObject({ agendaItemId: null, mergedInto: r.water.id });

    expect(done.note).toEqual({
      id: done.note.id,
      forumId,
      agendaItemId: consideration.id,
      groupId: null,
      speaker: { id: r.malee, name: 'นางมาลี ใจดี' },
      kind: 'statement',
      text: 'รายงานผลการประชุมกลุ่มย่อย กลุ่มเกษตร: ประเด็นที่กลุ่มเสนอ 2 ประเด็น ได้แก่ 1) น้ำไม่พอใช้ทำการเกษตร 2) ถนนเข้าสวนชำรุด',
      createdAt: at(600),
      editedAt: null,
      deletedAt: null,
    });
    // The group's own note stays the group's.
    expect(await call('notes.list', { forumId, groupId: group.id })).toEqual([expect.objectContaining({ id: r.groupNote.id })]);
    expect((await call('notes.list', { forumId, agendaItemId: consideration.id, groupId: null })).map((n) => n.id)).toEqual([done.note.id]);

    const report = { reportedAt: at(600), agendaItemId: consideration.id, noteId: done.note.id };
    expect(done.group.report).toEqual(report);
    expect((await call('groups.list', { forumId })).groups[0]?.report).toEqual(report);
    expect(done.undo).toEqual({
      groupId: group.id,
      noteId: done.note.id,
      previousReport: null,
      issues: [
        { id: r.water.id, agendaItemId: null },
        { id: r.road.id, agendaItemId: r.announcements.id },
      ],
    });
    expect(r.events).toEqual([
      { entity: 'issue', id: r.water.id, forumId },
      { entity: 'issue', id: r.road.id, forumId },
      { entity: 'note', id: done.note.id, forumId },
      { entity: 'small_group', id: group.id, forumId },
    ]);
  });

  it('undo puts the issues back under their items, the note in the trash and the group unreported; only once', async () => {
    const r = await roomWithGroupWork();
    const { call, forumId, group } = r;
    const done = await call('groups.reportBack', { groupId: group.id });
    r.tick(60);
    r.events.length = 0;

    const undone = await call('groups.undoReportBack', { undo: done.undo });

    expect(undone.report).toBeNull();
    expect(await call('issues.get', { id: r.water.id })).toMatchObject({ agendaItemId: null, groupId: group.id });
    expect(await call('issues.get', { id: r.road.id })).toMatchObject({ agendaItemId: r.announcements.id });
    expect(await call('notes.get', { id: done.note.id })).toMatchObject({ deletedAt: at(60) });
    expect(await call('notes.list', { forumId, groupId: null })).toEqual([]);
    expect(r.events).toEqual([
      { entity: 'issue', id: r.water.id, forumId },
      { entity: 'issue', id: r.road.id, forumId },
      { entity: 'note', id: done.note.id, forumId },
      { entity: 'small_group', id: group.id, forumId },
    ]);
    await expect(call('groups.undoReportBack', { undo: done.undo })).rejects.toMatchObject({ code: 'conflict', messageKey: 'error.report_changed' });
  });

  it('a second report keeps the first as the one undo goes back to; the first can no longer be undone', async () => {
    const r = await roomWithGroupWork();
    const { call, forumId, group, consideration, announcements } = r;
    const first = await call('groups.reportBack', { groupId: group.id });
    r.tick(300);
    const late = await call('issues.create', { forumId, title: 'ราคาปุ๋ยแพง', groupId: group.id, agendaItemId: null });
    const second = await call('groups.reportBack', { groupId: group.id, agendaItemId: announcements.id });

    expect(second.note.text).toBe(
      'รายงานผลการประชุมกลุ่มย่อย กลุ่มเกษตร: ประเด็นที่กลุ่มเสนอ 3 ประเด็น ได้แก่ 1) น้ำไม่พอใช้ทำการเกษตร 2) ถนนเข้าสวนชำรุด 3) ราคาปุ๋ยแพง',
    );
    expect(second.undo.previousReport).toEqual(first.group.report);
    expect(second.undo.issues).toEqual([
      { id: r.water.id, agendaItemId: consideration.id },
      { id: r.road.id, agendaItemId: consideration.id },
      { id: late.id, agendaItemId: null },
    ]);
    await expect(call('groups.undoReportBack', { undo: first.undo })).rejects.toMatchObject({ code: 'conflict' });

    const undone = await call('groups.undoReportBack', { undo: second.undo });
    expect(undone.report).toEqual({ reportedAt: T0, agendaItemId: consideration.id, noteId: first.note.id });
    expect((await call('issues.list', { forumId })).map((i) => [i.title, i.agendaItemId])).toEqual([
      ['น้ำไม่พอใช้ทำการเกษตร', consideration.id],
      ['ถนนเข้าสวนชำรุด', consideration.id],
      ['ขยะในหมู่บ้าน', announcements.id],
      ['ราคาปุ๋ยแพง', null],
    ]);
    expect(await call('notes.get', { id: first.note.id })).toMatchObject({ deletedAt: null });
  });

  it('a group with no reporter and no issues reports an unattributed "no issues"; agendaItemId null attaches to none', async () => {
    const { call, forumId } = await openRoom([]);
    const g = await call('groups.create', { forumId, name: 'กลุ่มที่ 2' });
    const done = await call('groups.reportBack', { groupId: g.id, agendaItemId: null });
    expect(done.issueIds).toEqual([]);
    expect(done.note).toMatchObject({ speaker: null, agendaItemId: null, text: 'รายงานผลการประชุมกลุ่มย่อย กลุ่มที่ 2: ไม่มีประเด็นที่กลุ่มเสนอ' });
    expect(done.group.report).toEqual({ reportedAt: T0, agendaItemId: null, noteId: done.note.id });
  });

  it('undo after an item or the note was deleted brings back what still exists instead of failing', async () => {
    const r = await roomWithGroupWork();
    const { call, group, announcements } = r;
    const done = await call('groups.reportBack', { groupId: group.id });
    await call('agenda.delete', { id: announcements.id });
    await call('notes.delete', { id: done.note.id });
    const undone = await call('groups.undoReportBack', { undo: done.undo });
    expect(undone.report).toBeNull();
    // Item 1 is gone, so the road issue it came from goes back to no item.
    expect(await call('issues.get', { id: r.road.id })).toMatchObject({ agendaItemId: null });
  });

  it('refuses an unknown group and an agenda item of another forum; changes nothing then', async () => {
    const r = await roomWithGroupWork();
    const other = await openRoom([]);
    const foreign = await other.call('agenda.add', { forumId: other.forumId, title: 'ที่อื่น' });
    await expect(r.call('groups.reportBack', { groupId: MISSING })).rejects.toMatchObject({ code: 'not_found' });
    await expect(r.call('groups.reportBack', { groupId: r.group.id, agendaItemId: foreign.id })).rejects.toMatchObject({ code: 'not_found' });
    expect(await r.call('issues.get', { id: r.water.id })).toMatchObject({ agendaItemId: null });
    expect((await r.call('groups.get', { id: r.group.id })).report).toBeNull();
    expect(await r.call('notes.list', { forumId: r.forumId, groupId: null })).toEqual([]);
  });
});
