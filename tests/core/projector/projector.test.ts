import { describe, expect, it } from 'vitest';
import { PROJECTOR_MODES } from '../../../shared/contract';
import { openCore } from '../../support/core';
import { forumDraft } from '../../support/factories';
import { writeRaw } from '../agenda/harness';

describe('projector', () => {
  it('shows the welcome screen for a new forum', async () => {
    const { call } = await openCore();
    const forum = await call('forums.create', forumDraft());
    expect(await call('projector.get', { forumId: forum.id })).toEqual({ forumId: forum.id, view: { mode: 'welcome', showCheckInCount: true } });
  });

  it('set and get round-trip every mode, with the defaults filled in', async () => {
    const { call } = await openCore();
    const { id: forumId } = await call('forums.create', forumDraft());
    const { id: pollId } = await call('polls.create', { forumId, title: 'เห็นชอบแผน', method: 'yes_no' });
    const cases = [
      [{ mode: 'welcome', showCheckInCount: false }, { mode: 'welcome', showCheckInCount: false }],
      [{ mode: 'blank' }, { mode: 'blank' }],
      [{ mode: 'logo' }, { mode: 'logo' }],
      [{ mode: 'agenda' }, { mode: 'agenda', showTimer: true, showOutline: false }],
      [{ mode: 'speaker', showQueue: false }, { mode: 'speaker', showClock: true, showQueue: false }],
      [{ mode: 'issues' }, { mode: 'issues', groupByCategory: false }],
      [{ mode: 'representation', dimension: 'gender' }, { mode: 'representation', dimension: 'gender', basis: 'checked_in' }],
      [{ mode: 'equity' }, { mode: 'equity', dimension: 'sector' }],
      [{ mode: 'message', text: '  พักรับประทานอาหารว่าง 15 นาที ' }, { mode: 'message', text: 'พักรับประทานอาหารว่าง 15 นาที' }],
      [{ mode: 'poll', pollId }, { mode: 'poll', pollId }],
      [{ mode: 'room' }, { mode: 'room', show: 'join' }],
    ] as const;
    expect(cases.map(([, out]) => out.mode).sort()).toEqual([...PROJECTOR_MODES].sort());
    for (const [view, expected] of cases) {
      expect(await call('projector.set', { forumId, view })).toEqual({ forumId, view: expected });
      expect(await call('projector.get', { forumId })).toEqual({ forumId, view: expected });
    }
  });

  it('refuses an invalid view by the schema, and keeps the one shown', async () => {
    const { call, core, events } = await openCore();
    const { id: forumId } = await call('forums.create', forumDraft());
    await call('projector.set', { forumId, view: { mode: 'agenda' } });
    events.length = 0;
    const invalid: unknown[] = [
      { mode: 'slideshow' },
      { mode: 'agenda', showTimer: 'yes' },
      { mode: 'poll' },
      { mode: 'poll', pollId: 'not-a-uuid' },
      { mode: 'message', text: '   ' },
      { mode: 'equity', dimension: 'religion' },
      { mode: 'blank', extra: 1 },
      {},
    ];
    for (const view of invalid) {
      const result = await core.dispatch('projector.set', { forumId, view });
      expect(result).toMatchObject({ ok: false, error: { code: 'validation' } });
    }
    expect(events).toEqual([]);
    expect((await call('projector.get', { forumId })).view.mode).toBe('agenda');
  });

  it('emits a projector event for the forum only after the view is on disk', async () => {
    const t = await openCore();
    const { id: forumId } = await t.call('forums.create', forumDraft());
    const seen: unknown[] = [];
    t.core.events.subscribe((event) => seen.push({ event, stored: t.peek('SELECT projector FROM forum WHERE id = ?', forumId) }));
    await t.call('projector.set', { forumId, view: { mode: 'issues', groupByCategory: true } });
    expect(seen).toEqual([
      { event: { entity: 'projector', id: forumId, forumId }, stored: [{ projector: '{"mode":"issues","groupByCategory":true}' }] },
    ]);
    // Display state: the forum itself is not changed.
    const forum = await t.call('forums.get', { id: forumId });
    expect(forum.updatedAt).toBe(forum.createdAt);
  });

  it('shows the welcome screen when the stored view is one this version does not know', async () => {
    const t = await openCore();
    const { id: forumId } = await t.call('forums.create', forumDraft());
    writeRaw(t, `UPDATE forum SET projector = '{"mode":"hologram"}' WHERE id = ?`, forumId);
    expect((await t.call('projector.get', { forumId })).view).toEqual({ mode: 'welcome', showCheckInCount: true });
    writeRaw(t, `UPDATE forum SET projector = 'not json' WHERE id = ?`, forumId);
    expect((await t.call('projector.get', { forumId })).view.mode).toBe('welcome');
  });

  it('get and set for a missing or deleted forum are not_found', async () => {
    const { call } = await openCore();
    const { id: forumId } = await call('forums.create', forumDraft());
    await call('forums.delete', { id: forumId });
    await expect(call('projector.get', { forumId })).rejects.toMatchObject({ code: 'not_found' });
    await expect(call('projector.set', { forumId, view: { mode: 'blank' } })).rejects.toMatchObject({ code: 'not_found' });
  });
});
