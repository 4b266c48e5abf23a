import { describe, expect, it } from 'vitest';
import type { AppError } from '../../../electron/core/errors';
import { manualClock, openCore } from '../../support/core';
import { personDraft } from '../../support/factories';
import { addAgendaItem, addGroup, newForum, setCurrentItem } from './support';

const code = (promise: Promise<unknown>) =>
  promise.then(
    () => 'resolved',
    (e: AppError) => e.code,
  );

async function setUp() {
  const clock = manualClock('2026-11-23T02:00:00.000Z');
  const t = await openCore({ now: clock });
  const forumId = await newForum(t);
  const itemA = addAgendaItem(t, forumId, 'ประธานแจ้งให้ทราบ', 1);
  const itemB = addAgendaItem(t, forumId, 'เรื่องเพื่อพิจารณา', 2);
  setCurrentItem(t, forumId, itemB);
  return { t, clock, forumId, itemA, itemB };
}

describe('notes', () => {
  it('a new note goes to the current agenda item, unattributed, as a statement, with an event and an audit row', async () => {
    const { t, clock, forumId, itemB } = await setUp();
    t.events.length = 0;
    clock.set('2026-11-23T02:05:00.000Z');
    const note = await t.call('notes.create', { forumId, text: '  ชาวบ้านขอให้ซ่อมถนน  ' });
    expect(note).toEqual({
      id: note.id,
      forumId,
      agendaItemId: itemB,
      groupId: null,
      speaker: null,
      kind: 'statement',
      text: 'ชาวบ้านขอให้ซ่อมถนน',
      createdAt: '2026-11-23T02:05:00.000Z',
      editedAt: null,
      deletedAt: null,
    });
    expect(t.events).toEqual([{ entity: 'note', id: note.id, forumId }]);
    expect(t.peek('SELECT op, entity, entity_id, detail FROM audit WHERE entity = ?', 'note')).toEqual([
      { op: 'notes.create', entity: 'note', entity_id: note.id, detail: forumId },
    ]);
  });

  it('takes an explicit agenda item, none (null), a speaker by name, a kind and a small group', async () => {
    const { t, forumId, itemA } = await setUp();
    const person = await t.call('people.create', personDraft({ titlePrefix: 'นาง', firstName: 'มาลี', lastName: 'ศรีสุข' }));
    const groupId = addGroup(t, forumId, 'กลุ่มที่ 1');
    const a = await t.call('notes.create', { forumId, text: 'เสนอให้ขุดลอกคลอง', kind: 'proposal', agendaItemId: itemA, speakerId: person.id, groupId });
    expect(a).toMatchObject({ agendaItemId: itemA, kind: 'proposal', speaker: { id: person.id, name: 'นางมาลี ศรีสุข' }, groupId });
    const b = await t.call('notes.create', { forumId, text: 'ไม่มีวาระ', agendaItemId: null });
    expect(b.agendaItemId).toBeNull();
  });

  it('with no current item the note is attached to no item', async () => {
    const { t, forumId } = await setUp();
    setCurrentItem(t, forumId, null);
    expect((await t.call('notes.create', { forumId, text: 'ก่อนเริ่มวาระ' })).agendaItemId).toBeNull();
  });

  it('refuses items, groups and speakers that are not there or belong to another forum, and a forum in the trash', async () => {
    const { t, forumId } = await setUp();
    const other = await newForum(t);
    const foreignItem = addAgendaItem(t, other, 'วาระของเวทีอื่น', 1);
    const foreignGroup = addGroup(t, other, 'กลุ่มอื่น');
    const missing = '01936d2a-0000-7000-8000-00000000dead';
    expect(await code(t.call('notes.create', { forumId, text: 'x', agendaItemId: foreignItem }))).toBe('outside_forum');
    expect(await code(t.call('notes.create', { forumId, text: 'x', groupId: foreignGroup }))).toBe('outside_forum');
    expect(await code(t.call('notes.create', { forumId, text: 'x', speakerId: missing }))).toBe('not_found');
    expect(await code(t.call('notes.create', { forumId: missing, text: 'x' }))).toBe('not_found');
    expect(await code(t.call('notes.create', { forumId, text: '   ' }))).toBe('validation');
    await t.call('forums.delete', { id: forumId });
    expect(await code(t.call('notes.create', { forumId, text: 'x' }))).toBe('not_found');
    expect(t.peek('SELECT count(*) AS n FROM note')).toEqual([{ n: 0 }]);
  });

  it('lists in the order taken, filtered by item, by no item, and by group', async () => {
    const { t, forumId, itemA, itemB } = await setUp();
    const groupId = addGroup(t, forumId, 'กลุ่มที่ 1');
    const n1 = await t.call('notes.create', { forumId, text: 'หนึ่ง', agendaItemId: itemA });
    const n2 = await t.call('notes.create', { forumId, text: 'สอง', groupId });
    const n3 = await t.call('notes.create', { forumId, text: 'สาม', agendaItemId: null });
    const n4 = await t.call('notes.create', { forumId, text: 'สี่', agendaItemId: itemA });
    const ids = async (input: { agendaItemId?: string | null; groupId?: string | null }) =>
      (await t.call('notes.list', { forumId, ...input })).map((n) => n.id);
    expect(await ids({})).toEqual([n1.id, n2.id, n3.id, n4.id]);
    expect(await ids({ agendaItemId: itemA })).toEqual([n1.id, n4.id]);
    expect(await ids({ agendaItemId: itemB })).toEqual([n2.id]);
    expect(await ids({ agendaItemId: null })).toEqual([n3.id]);
    expect(await ids({ groupId })).toEqual([n2.id]);
    expect(await ids({ groupId: null })).toEqual([n1.id, n3.id, n4.id]);
    // Another forum's notes never show.
    const other = await newForum(t);
    await t.call('notes.create', { forumId: other, text: 'เวทีอื่น' });
    expect(await ids({})).toHaveLength(4);
  });

  it('edits text, kind and speaker, stamping editedAt; null makes it unattributed', async () => {
    const { t, clock, forumId } = await setUp();
    const person = await t.call('people.create', personDraft({ titlePrefix: 'นาย', firstName: 'บุญมี', lastName: 'ใจดี' }));
    const note = await t.call('notes.create', { forumId, text: 'ร่าง', speakerId: person.id });
    t.events.length = 0;
    clock.set('2026-11-23T02:10:00.000Z');
    const edited = await t.call('notes.update', { id: note.id, patch: { text: 'ที่ประชุมเห็นชอบ', kind: 'draft_resolution' } });
    expect(edited).toMatchObject({ text: 'ที่ประชุมเห็นชอบ', kind: 'draft_resolution', speaker: { name: 'นายบุญมี ใจดี' } });
    expect(edited.editedAt).toBe('2026-11-23T02:10:00.000Z');
    expect(edited.createdAt).toBe(note.createdAt);
    expect((await t.call('notes.update', { id: note.id, patch: { speakerId: null } })).speaker).toBeNull();
    expect(t.events).toEqual([
      { entity: 'note', id: note.id, forumId },
      { entity: 'note', id: note.id, forumId },
    ]);
    // The FTS index follows the edit.
    expect((await t.call('search.query', { query: 'เห็นชอบ', forumId })).results.map((r) => r.id)).toEqual([note.id]);
  });

  it('an erased speaker leaves the note unattributed', async () => {
    const { t, forumId } = await setUp();
    const person = await t.call('people.create', personDraft());
    const note = await t.call('notes.create', { forumId, text: 'ความเห็น', speakerId: person.id });
    await t.call('people.erase', { id: person.id });
    expect((await t.call('notes.get', { id: note.id })).speaker).toBeNull();
  });

  it('delete moves a note to the trash, restore brings it back as it was', async () => {
    const { t, clock, forumId } = await setUp();
    const keep = await t.call('notes.create', { forumId, text: 'เก็บไว้' });
    const gone = await t.call('notes.create', { forumId, text: 'พิมพ์ผิด' });
    t.events.length = 0;
    clock.set('2026-11-23T02:20:00.000Z');
    expect(await t.call('notes.delete', { id: gone.id })).toEqual({ ok: true });
    expect((await t.call('notes.list', { forumId })).map((n) => n.id)).toEqual([keep.id]);
    const withDeleted = await t.call('notes.list', { forumId, includeDeleted: true });
    expect(withDeleted.map((n) => [n.id, n.deletedAt])).toEqual([
      [keep.id, null],
      [gone.id, '2026-11-23T02:20:00.000Z'],
    ]);
    // Editing or moving a deleted note is refused until it is restored.
    expect(await code(t.call('notes.update', { id: gone.id, patch: { text: 'แก้' } }))).toBe('conflict');
    expect(await code(t.call('notes.move', { id: gone.id, agendaItemId: null }))).toBe('conflict');
    const restored = await t.call('notes.restore', { id: gone.id });
    expect(restored).toEqual(gone);
    expect((await t.call('notes.list', { forumId })).map((n) => n.id)).toEqual([keep.id, gone.id]);
    expect(t.events).toEqual([
      { entity: 'note', id: gone.id, forumId },
      { entity: 'note', id: gone.id, forumId },
    ]);
    expect(await code(t.call('notes.delete', { id: '01936d2a-0000-7000-8000-00000000dead' }))).toBe('not_found');
  });

  it('moves a note to another item of its forum without marking it edited', async () => {
    const { t, forumId, itemA, itemB } = await setUp();
    const note = await t.call('notes.create', { forumId, text: 'ผิดวาระ' });
    expect(note.agendaItemId).toBe(itemB);
    const moved = await t.call('notes.move', { id: note.id, agendaItemId: itemA });
    expect(moved).toEqual({ ...note, agendaItemId: itemA });
    expect((await t.call('notes.move', { id: note.id, agendaItemId: null })).agendaItemId).toBeNull();
    const other = await newForum(t);
    const foreign = addAgendaItem(t, other, 'วาระอื่น', 1);
    expect(await code(t.call('notes.move', { id: note.id, agendaItemId: foreign }))).toBe('outside_forum');
    expect((await t.call('notes.get', { id: note.id })).agendaItemId).toBeNull();
  });
});
