import { describe, expect, it } from 'vitest';
import type { AppError } from '../../../electron/core/errors';
import { manualClock, openCore } from '../../support/core';
import { addAgendaItem, newForum } from './support';

const code = (promise: Promise<unknown>) =>
  promise.then(
    () => 'resolved',
    (e: AppError) => e.code,
  );

async function setUp() {
  const clock = manualClock('2026-11-23T02:00:00.000Z');
  const t = await openCore({ now: clock });
  const forumId = await newForum(t);
  return { t, clock, forumId };
}

describe('resolutions (มติที่ประชุม)', () => {
  it('one per agenda item: setting it again replaces the text and keeps the id', async () => {
    const { t, clock, forumId } = await setUp();
    const item = addAgendaItem(t, forumId, 'รับรองรายงานการประชุมครั้งที่แล้ว', 2);
    t.events.length = 0;
    const first = await t.call('notes.setResolution', { forumId, agendaItemId: item, text: 'รับรองรายงาน' });
    expect(first).toEqual({
      id: first.id,
      forumId,
      agendaItemId: item,
      text: 'รับรองรายงาน',
      sourceNoteId: null,
      createdAt: '2026-11-23T02:00:00.000Z',
      updatedAt: '2026-11-23T02:00:00.000Z',
    });
    clock.set('2026-11-23T02:30:00.000Z');
    const second = await t.call('notes.setResolution', { forumId, agendaItemId: item, text: 'รับรองรายงานโดยมีการแก้ไข' });
    expect(second).toEqual({ ...first, text: 'รับรองรายงานโดยมีการแก้ไข', updatedAt: '2026-11-23T02:30:00.000Z' });
    expect(await t.call('notes.resolutions', { forumId })).toEqual([second]);
    expect(t.events).toEqual([
      { entity: 'resolution', id: first.id, forumId },
      { entity: 'resolution', id: first.id, forumId },
    ]);
  });

  it('lists in agenda order, sub-items after their parent, the forum-level one last', async () => {
    const { t, forumId } = await setUp();
    const five = addAgendaItem(t, forumId, 'เรื่องอื่น ๆ', 5);
    const four = addAgendaItem(t, forumId, 'เรื่องเพื่อพิจารณา', 4);
    const fourTwo = addAgendaItem(t, forumId, 'โครงการถนน', 2, four);
    const fourOne = addAgendaItem(t, forumId, 'โครงการประปา', 1, four);
    const one = addAgendaItem(t, forumId, 'ประธานแจ้ง', 1);
    for (const [agendaItemId, text] of [
      [null, 'ทั้งเวที'],
      [five, '5'],
      [fourTwo, '4.2'],
      [four, '4'],
      [fourOne, '4.1'],
      [one, '1'],
    ] as const) {
      await t.call('notes.setResolution', { forumId, agendaItemId, text });
    }
    expect((await t.call('notes.resolutions', { forumId })).map((r) => r.text)).toEqual(['1', '4', '4.1', '4.2', '5', 'ทั้งเวที']);
  });

  it('from a note: the note’s text, item and id; it replaces the item’s earlier resolution', async () => {
    const { t, forumId } = await setUp();
    const item = addAgendaItem(t, forumId, 'เรื่องเพื่อพิจารณา', 4);
    const typed = await t.call('notes.setResolution', { forumId, agendaItemId: item, text: 'พิมพ์ไว้ก่อน' });
    const note = await t.call('notes.create', { forumId, agendaItemId: item, kind: 'draft_resolution', text: 'ที่ประชุมมีมติให้ซ่อมถนนสายหลักเป็นอันดับแรก' });
    const resolution = await t.call('notes.resolutionFromNote', { noteId: note.id });
    expect(resolution).toMatchObject({ id: typed.id, agendaItemId: item, text: note.text, sourceNoteId: note.id });
    // Editing the text keeps the source unless told otherwise; null clears it.
    expect((await t.call('notes.setResolution', { forumId, agendaItemId: item, text: 'แก้ถ้อยคำ' })).sourceNoteId).toBe(note.id);
    expect((await t.call('notes.setResolution', { forumId, agendaItemId: item, text: 'แก้ถ้อยคำ', sourceNoteId: null })).sourceNoteId).toBeNull();
    expect(await t.call('notes.resolutions', { forumId })).toHaveLength(1);
  });

  it('refuses a deleted note, an item or note of another forum', async () => {
    const { t, forumId } = await setUp();
    const other = await newForum(t);
    const foreignItem = addAgendaItem(t, other, 'วาระอื่น', 1);
    const foreignNote = await t.call('notes.create', { forumId: other, text: 'เวทีอื่น' });
    const note = await t.call('notes.create', { forumId, text: 'ร่างมติ', kind: 'draft_resolution' });
    await t.call('notes.delete', { id: note.id });
    expect(await code(t.call('notes.resolutionFromNote', { noteId: note.id }))).toBe('conflict');
    expect(await code(t.call('notes.setResolution', { forumId, agendaItemId: foreignItem, text: 'x' }))).toBe('outside_forum');
    expect(await code(t.call('notes.setResolution', { forumId, agendaItemId: null, text: 'x', sourceNoteId: foreignNote.id }))).toBe('outside_forum');
    expect(await t.call('notes.resolutions', { forumId })).toEqual([]);
  });

  it('deletes a resolution', async () => {
    const { t, forumId } = await setUp();
    const r = await t.call('notes.setResolution', { forumId, agendaItemId: null, text: 'มติ' });
    t.events.length = 0;
    expect(await t.call('notes.deleteResolution', { id: r.id })).toEqual({ ok: true });
    expect(await t.call('notes.resolutions', { forumId })).toEqual([]);
    expect(t.events).toEqual([{ entity: 'resolution', id: r.id, forumId }]);
    expect(await code(t.call('notes.deleteResolution', { id: r.id }))).toBe('not_found');
  });
});
