import { describe, expect, it } from 'vitest';
import type { AppError } from '../../../electron/core/errors';
import { manualClock, openCore } from '../../support/core';
import { personDraft } from '../../support/factories';
import { addAgendaItem, newForum, writeDb } from './support';

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

describe('the draft being typed', () => {
  it('is saved exactly as typed, replaced by each save, and read back; no events, no audit rows', async () => {
    const { t, clock, forumId } = await setUp();
    const itemId = addAgendaItem(t, forumId, 'เรื่องเพื่อพิจารณา', 4);
    const person = await t.call('people.create', personDraft({ titlePrefix: 'นาย', firstName: 'ทองดี', lastName: 'พรหมมา' }));
    const events = t.events.length;
    const audits = t.peek<{ n: number }>('SELECT count(*) AS n FROM audit')[0]?.n;

    expect(await t.call('notes.getDraft', { forumId, author: 'ผู้จด' })).toBeNull();
    clock.set('2026-11-23T02:01:00.000Z');
    expect(await t.call('notes.saveDraft', { forumId, author: 'ผู้จด', text: 'ชาวบ้าน' })).toEqual({ savedAt: '2026-11-23T02:01:00.000Z' });
    clock.set('2026-11-23T02:01:01.000Z');
    await t.call('notes.saveDraft', { forumId, author: 'ผู้จด', text: 'ชาวบ้านขอให้  ', kind: 'question', agendaItemId: itemId, speakerId: person.id });

    expect(await t.call('notes.getDraft', { forumId, author: 'ผู้จด' })).toEqual({
      forumId,
      author: 'ผู้จด',
      text: 'ชาวบ้านขอให้  ',
      kind: 'question',
      agendaItemId: itemId,
      speaker: { id: person.id, name: 'นายทองดี พรหมมา' },
      updatedAt: '2026-11-23T02:01:01.000Z',
    });
    // Durable as soon as the call returns: another connection (another process) sees it on disk.
    expect(t.peek('SELECT author, text FROM note_draft')).toEqual([{ author: 'ผู้จด', text: 'ชาวบ้านขอให้  ' }]);
    expect(t.events.length).toBe(events);
    expect(t.peek<{ n: number }>('SELECT count(*) AS n FROM audit')[0]?.n).toBe(audits);
  });

  it('keeps one draft per author and forum; clearing or saving empty text removes only that one', async () => {
    const { t, forumId } = await setUp();
    const other = await newForum(t);
    await t.call('notes.saveDraft', { forumId, author: 'หน้าต่าง 1', text: 'หนึ่ง' });
    await t.call('notes.saveDraft', { forumId, author: 'หน้าต่าง 2', text: 'สอง' });
    await t.call('notes.saveDraft', { forumId: other, author: 'หน้าต่าง 1', text: 'เวทีอื่น' });
    await t.call('notes.clearDraft', { forumId, author: 'หน้าต่าง 1' });
    await t.call('notes.saveDraft', { forumId, author: 'หน้าต่าง 2', text: '' });
    expect(t.peek('SELECT forum_id = ? AS here, author, text FROM note_draft ORDER BY author', forumId)).toEqual([
      { here: 0, author: 'หน้าต่าง 1', text: 'เวทีอื่น' },
    ]);
    expect(await t.call('notes.getDraft', { forumId, author: 'หน้าต่าง 2' })).toBeNull();
  });

  it('refuses a forum that does not exist', async () => {
    const { t } = await setUp();
    expect(await code(t.call('notes.saveDraft', { forumId: '01936d2a-0000-7000-8000-00000000dead', author: 'ผู้จด', text: 'x' }))).toBe('not_found');
  });

  it('drops an agenda item or speaker that has gone since the draft was saved', async () => {
    const { t, forumId } = await setUp();
    const itemId = addAgendaItem(t, forumId, 'วาระ', 1);
    const person = await t.call('people.create', personDraft());
    await t.call('notes.saveDraft', { forumId, author: 'ผู้จด', text: 'ค้าง', agendaItemId: itemId, speakerId: person.id });
    writeDb(t, 'DELETE FROM agenda_item WHERE id = ?', itemId);
    await t.call('people.erase', { id: person.id });
    expect(await t.call('notes.getDraft', { forumId, author: 'ผู้จด' })).toMatchObject({ text: 'ค้าง', agendaItemId: null, speaker: null });
  });
});

describe('storing a note clears its author’s draft in the same transaction', () => {
  it('after notes.create the note is on disk and the draft is not; other authors keep theirs', async () => {
    const { t, forumId } = await setUp();
    await t.call('notes.saveDraft', { forumId, author: 'ผู้จด', text: 'ที่ประชุมเห็นชอบ' });
    await t.call('notes.saveDraft', { forumId, author: 'ผู้ช่วย', text: 'อีกเรื่อง' });
    const note = await t.call('notes.create', { forumId, text: 'ที่ประชุมเห็นชอบ', author: 'ผู้จด' });
    expect(t.peek('SELECT id FROM note')).toEqual([{ id: note.id }]);
    expect(t.peek('SELECT author FROM note_draft')).toEqual([{ author: 'ผู้ช่วย' }]);
    // Without an author no draft is touched.
    await t.call('notes.create', { forumId, text: 'จากที่อื่น' });
    expect(t.peek('SELECT author FROM note_draft')).toEqual([{ author: 'ผู้ช่วย' }]);
  });

  it('when clearing the draft fails, the note is not stored either', async () => {
    const { t, forumId } = await setUp();
    await t.call('notes.saveDraft', { forumId, author: 'ผู้จด', text: 'ห้ามหาย' });
    // Make the draft's deletion fail inside the transaction, after the note's insert has run.
    writeDb(t, "CREATE TRIGGER refuse_clear BEFORE DELETE ON note_draft BEGIN SELECT RAISE(ABORT, 'draft clear refused'); END");
    await expect(t.call('notes.create', { forumId, text: 'ห้ามหาย', author: 'ผู้จด' })).rejects.toThrow(/draft clear refused/);
    expect(t.peek('SELECT count(*) AS n FROM note')).toEqual([{ n: 0 }]);
    expect(t.peek('SELECT text FROM note_draft')).toEqual([{ text: 'ห้ามหาย' }]);
    expect(t.peek('SELECT count(*) AS n FROM audit WHERE entity = ?', 'note')).toEqual([{ n: 0 }]);
  });

  it('when storing the note fails, the draft stays', async () => {
    const { t, forumId } = await setUp();
    await t.call('notes.saveDraft', { forumId, author: 'ผู้จด', text: 'ห้ามหาย' });
    writeDb(t, "CREATE TRIGGER refuse_note BEFORE INSERT ON note BEGIN SELECT RAISE(ABORT, 'note refused'); END");
    await expect(t.call('notes.create', { forumId, text: 'ห้ามหาย', author: 'ผู้จด' })).rejects.toThrow(/note refused/);
    expect(t.peek('SELECT text FROM note_draft')).toEqual([{ text: 'ห้ามหาย' }]);
    expect(t.peek('SELECT count(*) AS n FROM note')).toEqual([{ n: 0 }]);
  });
});
