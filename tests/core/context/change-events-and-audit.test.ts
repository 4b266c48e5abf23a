import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ChangeEvent } from '../../../shared/contract';
import { DbContext } from '../../../electron/core/context';
import { ChangeBus } from '../../../electron/core/events';
import { openDatabase } from '../../../electron/core/store/database';
import { openCore } from '../../support/core';
import { forumDraft, personDraft } from '../../support/factories';
import { tempDir } from '../../support/temp';

describe('change events', () => {
  it('are emitted only once the write is on disk: a second connection already sees it', async () => {
    const t = await openCore();
    const seen: unknown[] = [];
    t.core.events.subscribe((event) => {
      seen.push({ event, rows: t.peek('SELECT title FROM forum WHERE id = ?', event.id) });
    });
    const forum = await t.call('forums.create', forumDraft({ title: 'เวทีหมู่ 7' }));
    expect(seen).toEqual([{ event: { entity: 'forum', id: forum.id, forumId: forum.id }, rows: [{ title: 'เวทีหมู่ 7' }] }]);
  });

  it('name what changed: a new person checked in gives a person event and an attendance event for the forum', async () => {
    const { call, events } = await openCore();
    const forum = await call('forums.create', forumDraft());
    events.length = 0;
    const a = await call('attendance.addAndCheckIn', { forumId: forum.id, person: personDraft() });
    expect(events).toEqual([
      { entity: 'person', id: a.person.id, forumId: null },
      { entity: 'attendance', id: a.person.id, forumId: forum.id },
    ]);
  });

  it('are not emitted, and nothing is written, when the operation fails', async () => {
    const { call, core, events, peek } = await openCore();
    const p = await call('people.create', personDraft());
    events.length = 0;
    await expect(call('people.merge', { keepId: p.id, duplicateId: p.id })).rejects.toMatchObject({ code: 'conflict' });
    await expect(call('attendance.checkIn', { forumId: '01936d2a-0000-7000-8000-00000000dead', personId: p.id })).rejects.toMatchObject({
      code: 'not_found',
    });
    expect((await core.dispatch('forums.create', { title: '' })).ok).toBe(false);
    expect(events).toEqual([]);
    expect(peek('SELECT op FROM audit')).toEqual([{ op: 'people.create' }]);
  });

  it('announced inside a transaction that then throws are dropped with the rolled-back rows', async () => {
    const file = path.join(tempDir(), 'ctx.db');
    const db = await openDatabase(file);
    const bus = new ChangeBus();
    const heard: ChangeEvent[] = [];
    bus.subscribe((e) => heard.push(e));
    let commits = 0;
    const ctx = new DbContext(db, { events: bus, onCommit: () => commits++ });
    try {
      expect(() =>
        ctx.write('people.create', (emit) => {
          ctx.sql("INSERT INTO person (id, first_name, gender, created_at, updated_at) VALUES ('p', 'x', 'male', 'now', 'now')").run();
          emit({ entity: 'person', id: 'p', forumId: null });
          throw new Error('late failure');
        }),
      ).toThrow('late failure');
      expect(heard).toEqual([]);
      expect(commits).toBe(0);
      expect(db.prepare('SELECT count(*) AS n FROM person').get()).toEqual({ n: 0 });
      expect(db.prepare('SELECT count(*) AS n FROM audit').get()).toEqual({ n: 0 });
    } finally {
      db.close();
    }
  });

  it('a listener that throws does not stop the others, nor fail the write', async () => {
    const { call, core, events } = await openCore();
    core.events.subscribe(() => {
      throw new Error('closed window');
    });
    const late: ChangeEvent[] = [];
    core.events.subscribe((e) => late.push(e));
    const forum = await call('forums.create', forumDraft());
    expect(late).toEqual([{ entity: 'forum', id: forum.id, forumId: forum.id }]);
    expect(events).toEqual(late);
  });
});

describe('audit', () => {
  it('records one row per change, with the operation, entity, id and forum, at the commit time', async () => {
    const { call, peek } = await openCore({ now: () => new Date('2026-11-23T02:00:00.000Z') });
    const forum = await call('forums.create', forumDraft());
    await call('forums.update', { id: forum.id, patch: { status: 'open' } });
    const a = await call('attendance.addAndCheckIn', { forumId: forum.id, person: personDraft() });
    await call('attendance.undoCheckIn', { forumId: forum.id, personId: a.person.id });
    // Reads leave no trace.
    await call('forums.list', {});
    await call('people.search', { query: 'สม' });

    expect(peek('SELECT at, op, entity, entity_id, detail FROM audit ORDER BY rowid')).toEqual([
      { at: '2026-11-23T02:00:00.000Z', op: 'forums.create', entity: 'forum', entity_id: forum.id, detail: forum.id },
      { at: '2026-11-23T02:00:00.000Z', op: 'forums.update', entity: 'forum', entity_id: forum.id, detail: forum.id },
      { at: '2026-11-23T02:00:00.000Z', op: 'attendance.addAndCheckIn', entity: 'person', entity_id: a.person.id, detail: null },
      { at: '2026-11-23T02:00:00.000Z', op: 'attendance.addAndCheckIn', entity: 'attendance', entity_id: a.person.id, detail: forum.id },
      { at: '2026-11-23T02:00:00.000Z', op: 'attendance.undoCheckIn', entity: 'attendance', entity_id: a.person.id, detail: forum.id },
    ]);
  });
});
