import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { referencingTables } from '../../../electron/core/agenda/references';
import { DbContext } from '../../../electron/core/context';
import { ChangeBus } from '../../../electron/core/events';
import { openDatabase } from '../../../electron/core/store/database';
import { Entity } from '../../../shared/contract';
import { tempDir } from '../../support/temp';
import { addIssue, addItems, addNote, addResolution, forumWithCore, outline, storedPositions, writeRaw } from './harness';

describe('agenda delete and restore', () => {
  it('delete closes the gap; restore puts the item back in its place with the same id', async () => {
    const t = await forumWithCore();
    const { call, forumId } = t;
    const [, b] = await addItems(t, forumId, ['A', 'B', 'C']);
    const before = await call('agenda.list', { forumId });

    const deleted = await call('agenda.delete', { id: b ?? '' });
    expect(outline(await call('agenda.list', { forumId }))).toEqual(['1 A', '2 C']);
    expect(storedPositions(t, forumId)).toEqual({ top: [0, 1] });
    expect(deleted).toMatchObject({ forumId, wasCurrentId: null, items: [{ id: b, parentId: null, position: 1, title: 'B', referencedBy: {} }] });

    const restored = await call('agenda.restore', deleted);
    expect(restored).toEqual(before.items[1]);
    expect(await call('agenda.list', { forumId })).toEqual(before);
  });

  it('deleting a parent takes its sub-items; undo brings back both, in order, numbered as before', async () => {
    const t = await forumWithCore();
    const { call, forumId, events } = t;
    const [a, b] = await addItems(t, forumId, ['A', 'B', 'C']);
    const [b1, b2] = await addItems(t, forumId, ['B1', 'B2'], b);
    await addItems(t, forumId, ['A1'], a);
    const before = await call('agenda.list', { forumId });
    events.length = 0;

    const deleted = await call('agenda.delete', { id: b ?? '' });
    expect(deleted.items.map((i) => i.title)).toEqual(['B', 'B1', 'B2']);
    expect(outline(await call('agenda.list', { forumId }))).toEqual(['1 A', '1.1 A1', '2 C']);
    expect(events).toEqual([b, b1, b2].map((id) => ({ entity: 'agenda_item', id, forumId })));

    await call('agenda.restore', deleted);
    expect(await call('agenda.list', { forumId })).toEqual(before);
    expect(outline(before)).toEqual(['1 A', '1.1 A1', '2 B', '2.1 B1', '2.2 B2', '3 C']);
  });

  it('undo of a sub-item whose siblings moved meanwhile lands at its old index, clamped', async () => {
    const t = await forumWithCore();
    const { call, forumId } = t;
    const [a] = await addItems(t, forumId, ['A']);
    const [, , a3] = await addItems(t, forumId, ['A1', 'A2', 'A3'], a);
    const deleted = await call('agenda.delete', { id: a3 ?? '' });
    // Another sub-item goes too, so index 2 is now past the end: A3 comes back last.
    const deletedAgain = await call('agenda.delete', { id: (await call('agenda.list', { forumId })).items[1]?.id ?? '' });
    expect(deletedAgain.items[0]?.title).toBe('A1');
    await call('agenda.restore', deleted);
    expect(outline(await call('agenda.list', { forumId }))).toEqual(['1 A', '1.1 A2', '1.2 A3']);
    expect(storedPositions(t, forumId)).toEqual({ top: [0], [a ?? '']: [0, 1] });
  });

  it('undo of a sub-item whose parent has gone brings it back at the end of the top level', async () => {
    const t = await forumWithCore();
    const { call, forumId } = t;
    const [a] = await addItems(t, forumId, ['A', 'B']);
    const [a1] = await addItems(t, forumId, ['A1'], a);
    const child = await call('agenda.delete', { id: a1 ?? '' });
    await call('agenda.delete', { id: a ?? '' });
    const back = await call('agenda.restore', child);
    expect(back).toMatchObject({ id: a1, parentId: null, number: '2' });
    expect(outline(await call('agenda.list', { forumId }))).toEqual(['1 B', '2 A1']);
  });

  it('notes, issues and resolutions of a deleted item are kept, unattached, and re-attached on undo', async () => {
    const t = await forumWithCore();
    const { call, forumId, peek, events } = t;
    const [a, b] = await addItems(t, forumId, ['A', 'B']);
    const [b1] = await addItems(t, forumId, ['B1'], b);
    const noteOnB = addNote(t, forumId, b ?? '');
    const noteOnB1 = addNote(t, forumId, b1 ?? '');
    const issueOnB = addIssue(t, forumId, b ?? '');
    // The foreign key would delete a resolution with its item; it must survive.
    const resolution = addResolution(t, forumId, b ?? '');
    const noteOnA = addNote(t, forumId, a ?? '');
    writeRaw(
      t,
      "INSERT INTO note_draft (forum_id, author, text, kind, agenda_item_id, updated_at) VALUES (?, 'ผู้จด', 'กำลังพิมพ์', 'statement', ?, '2026-11-23T02:00:00.000Z')",
      forumId,
      b1,
    );
    events.length = 0;

    const deleted = await call('agenda.delete', { id: b ?? '' });
    expect(deleted.items.map((i) => i.referencedBy)).toEqual([{ issue: [issueOnB], note: [noteOnB], resolution: [resolution] }, { note: [noteOnB1] }]);
    expect(peek('SELECT id, agenda_item_id FROM note ORDER BY id')).toEqual(
      [
        { id: noteOnB, agenda_item_id: null },
        { id: noteOnB1, agenda_item_id: null },
        { id: noteOnA, agenda_item_id: a },
      ].sort((x, y) => x.id.localeCompare(y.id)),
    );
    expect(peek('SELECT agenda_item_id FROM issue')).toEqual([{ agenda_item_id: null }]);
    expect(peek('SELECT id, agenda_item_id FROM resolution')).toEqual([{ id: resolution, agenda_item_id: null }]);
    expect(peek('SELECT text, agenda_item_id FROM note_draft')).toEqual([{ text: 'กำลังพิมพ์', agenda_item_id: null }]);
    // Windows showing notes, issues and resolutions hear that they changed too.
    expect(events.filter((e) => e.entity !== 'agenda_item')).toEqual([
      { entity: 'issue', id: null, forumId },
      { entity: 'note', id: null, forumId },
      { entity: 'resolution', id: null, forumId },
    ]);

    await call('agenda.restore', deleted);
    expect(peek('SELECT id, agenda_item_id FROM note ORDER BY id')).toEqual(
      [
        { id: noteOnB, agenda_item_id: b },
        { id: noteOnB1, agenda_item_id: b1 },
        { id: noteOnA, agenda_item_id: a },
      ].sort((x, y) => x.id.localeCompare(y.id)),
    );
    expect(peek('SELECT agenda_item_id FROM issue')).toEqual([{ agenda_item_id: b }]);
    expect(peek('SELECT agenda_item_id FROM resolution')).toEqual([{ agenda_item_id: b }]);
  });

  it('a note moved to another item before the undo stays where it was moved', async () => {
    const t = await forumWithCore();
    const { call, forumId, peek } = t;
    const [a, b] = await addItems(t, forumId, ['A', 'B']);
    const note = addNote(t, forumId, b ?? '');
    const deleted = await call('agenda.delete', { id: b ?? '' });
    writeRaw(t, 'UPDATE note SET agenda_item_id = ? WHERE id = ?', a, note);
    await call('agenda.restore', deleted);
    expect(peek('SELECT agenda_item_id FROM note')).toEqual([{ agenda_item_id: a }]);
  });

  it('deleting the running current item stops its clock in the undo record; undo makes it current again, stopped', async () => {
    const t = await forumWithCore();
    const { call, forumId, clock } = t;
    const [a] = await addItems(t, forumId, ['A']);
    await call('agenda.start', { id: a ?? '' });
    clock.set('2026-11-23T02:03:00.000Z');
    const deleted = await call('agenda.delete', { id: a ?? '' });
    expect(deleted.wasCurrentId).toBe(a);
    expect(deleted.items[0]).toMatchObject({ elapsedMs: 180_000, startedAt: '2026-11-23T02:00:00.000Z', endedAt: '2026-11-23T02:03:00.000Z' });
    expect((await call('agenda.list', { forumId })).currentItemId).toBeNull();

    clock.set('2026-11-23T02:10:00.000Z');
    const back = await call('agenda.restore', deleted);
    expect(back).toMatchObject({ elapsedMs: 180_000, runningSince: null });
    expect((await call('agenda.current', { forumId }))?.id).toBe(a);
  });

  it('restoring twice is a conflict, and a record naming an unknown table is refused', async () => {
    const t = await forumWithCore();
    const { call, forumId } = t;
    const [a] = await addItems(t, forumId, ['A']);
    const deleted = await call('agenda.delete', { id: a ?? '' });
    await call('agenda.restore', deleted);
    await expect(call('agenda.restore', deleted)).rejects.toMatchObject({ code: 'conflict', messageKey: 'agenda.already_restored' });

    const again = await call('agenda.delete', { id: a ?? '' });
    const first = again.items[0];
    if (!first) throw new Error('no item');
    const forged = { ...again, items: [{ ...first, referencedBy: { person: [a ?? ''] } }] };
    await expect(call('agenda.restore', forged)).rejects.toMatchObject({ code: 'validation', messageKey: 'agenda.restore_malformed' });
    // Nothing of the failed restore stays behind.
    expect((await call('agenda.list', { forumId })).items).toEqual([]);
  });

  it('every table that refers to agenda items is an entity of the change events, so a delete or undo names it', async () => {
    const db = await openDatabase(path.join(tempDir(), 'refs.db'));
    try {
      const tables = referencingTables(new DbContext(db, { events: new ChangeBus() })).map((r) => r.table);
      expect(tables).toEqual(expect.arrayContaining(['issue', 'note', 'poll', 'resolution', 'small_group', 'speech']));
      expect(tables.filter((table) => !Entity.safeParse(table).success)).toEqual([]);
    } finally {
      db.close();
    }
  });
});
