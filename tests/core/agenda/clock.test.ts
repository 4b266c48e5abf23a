import { describe, expect, it } from 'vitest';
import type { AgendaList } from '../../../shared/contract';
import { elapsedMs, overrunMs } from '../../../shared/domain/agenda-clock';
import { addItems, forumWithCore } from './harness';

const byId = (list: AgendaList, id: string | undefined) => {
  const found = list.items.find((i) => i.id === id);
  if (!found) throw new Error(`no item ${id}`);
  return found;
};

describe('agenda clock', () => {
  it('start makes the item current and records when; stop folds the run into the elapsed time', async () => {
    const t = await forumWithCore();
    const { call, forumId, clock } = t;
    const [a] = await addItems(t, forumId, ['A']);

    const started = await call('agenda.start', { id: a ?? '' });
    expect(started.currentItemId).toBe(a);
    expect(byId(started, a)).toMatchObject({ startedAt: '2026-11-23T02:00:00.000Z', runningSince: '2026-11-23T02:00:00.000Z', elapsedMs: 0, endedAt: null });

    clock.set('2026-11-23T02:07:30.000Z');
    const stopped = await call('agenda.stop', { id: a ?? '' });
    expect(byId(stopped, a)).toMatchObject({ elapsedMs: 450_000, runningSince: null, endedAt: '2026-11-23T02:07:30.000Z' });
    // It stays current: notes typed after the clock stops still belong to it.
    expect(stopped.currentItemId).toBe(a);
    expect(t.peek('SELECT elapsed_ms, running_since FROM agenda_item WHERE id = ?', a)).toEqual([{ elapsed_ms: 450_000, running_since: null }]);
  });

  it('a second run adds to the first; the first start time is kept', async () => {
    const t = await forumWithCore();
    const { call, forumId, clock } = t;
    const [a] = await addItems(t, forumId, ['A']);
    await call('agenda.start', { id: a ?? '' });
    clock.set('2026-11-23T02:05:00.000Z');
    await call('agenda.stop', { id: a ?? '' });
    clock.set('2026-11-23T02:20:00.000Z');
    await call('agenda.start', { id: a ?? '' });
    clock.set('2026-11-23T02:22:15.500Z');
    const list = await call('agenda.stop', { id: a ?? '' });
    // 5:00 + 2:15.5, and the 15 minutes in between do not count.
    expect(byId(list, a)).toMatchObject({ elapsedMs: 435_500, startedAt: '2026-11-23T02:00:00.000Z', endedAt: '2026-11-23T02:22:15.500Z' });
  });

  it('starting another item stops the first, accumulating its time, and moves the current item', async () => {
    const t = await forumWithCore();
    const { call, forumId, clock, events } = t;
    const [a, b] = await addItems(t, forumId, ['A', 'B']);
    await call('agenda.start', { id: a ?? '' });
    clock.set('2026-11-23T02:12:00.000Z');
    events.length = 0;
    const list = await call('agenda.start', { id: b ?? '' });
    expect(list.currentItemId).toBe(b);
    expect(byId(list, a)).toMatchObject({ elapsedMs: 720_000, runningSince: null, endedAt: '2026-11-23T02:12:00.000Z' });
    expect(byId(list, b)).toMatchObject({ runningSince: '2026-11-23T02:12:00.000Z', startedAt: '2026-11-23T02:12:00.000Z' });
    expect(list.items.filter((i) => i.runningSince !== null).map((i) => i.id)).toEqual([b]);
    expect(events).toEqual([
      { entity: 'agenda_item', id: a, forumId },
      { entity: 'agenda_item', id: b, forumId },
    ]);
  });

  it('start on a running item and stop on a stopped one change nothing and announce nothing', async () => {
    const t = await forumWithCore();
    const { call, forumId, clock, events } = t;
    const [a] = await addItems(t, forumId, ['A']);
    const first = await call('agenda.start', { id: a ?? '' });
    clock.set('2026-11-23T02:01:00.000Z');
    events.length = 0;
    expect(await call('agenda.start', { id: a ?? '' })).toEqual(first);
    const stopped = await call('agenda.stop', { id: a ?? '' });
    expect(await call('agenda.stop', { id: a ?? '' })).toEqual(stopped);
    expect(events).toEqual([{ entity: 'agenda_item', id: a, forumId }]);
  });

  it('planned against actual: overrun figures from the live clock, hand-computed', async () => {
    const t = await forumWithCore();
    const { call, forumId, clock } = t;
    const item = await call('agenda.add', { forumId, title: 'เรื่องเพื่อพิจารณา', plannedMinutes: 15 });
    await call('agenda.start', { id: item.id });
    clock.set('2026-11-23T02:10:00.000Z');
    await call('agenda.stop', { id: item.id });
    clock.set('2026-11-23T02:30:00.000Z');
    const running = byId(await call('agenda.start', { id: item.id }), item.id);
    // 10 min in the first run; 7 min 20 s into the second at 02:37:20: 17:20 spent, 2:20 over the 15 planned.
    expect(elapsedMs(running, '2026-11-23T02:37:20.000Z')).toBe(1_040_000);
    expect(overrunMs(running, '2026-11-23T02:37:20.000Z')).toBe(140_000);
    // At 02:34:59 it is still 1 s within plan.
    expect(overrunMs(running, '2026-11-23T02:34:59.000Z')).toBe(0);
  });

  it('next starts the first item not yet taken up, then each following item in display order', async () => {
    const t = await forumWithCore();
    const { call, forumId, clock } = t;
    const [a, b] = await addItems(t, forumId, ['A', 'B']);
    const [b1] = await addItems(t, forumId, ['B1'], b);
    // A was run earlier and nothing is current now.
    await call('agenda.start', { id: a ?? '' });
    clock.set('2026-11-23T02:01:00.000Z');
    await call('agenda.setCurrent', { forumId, id: null });

    expect((await call('agenda.next', { forumId })).currentItemId).toBe(b);
    clock.set('2026-11-23T02:02:00.000Z');
    const onChild = await call('agenda.next', { forumId });
    expect(onChild.currentItemId).toBe(b1);
    expect(byId(onChild, b)).toMatchObject({ elapsedMs: 60_000, runningSince: null });
    clock.set('2026-11-23T02:04:00.000Z');
    // Past the last item: it stops and stays current.
    const end = await call('agenda.next', { forumId });
    expect(end.currentItemId).toBe(b1);
    expect(byId(end, b1)).toMatchObject({ elapsedMs: 120_000, runningSince: null });
    expect(end.items.every((i) => i.runningSince === null)).toBe(true);
  });

  it('next on an empty agenda does nothing', async () => {
    const { call, forumId } = await forumWithCore();
    expect(await call('agenda.next', { forumId })).toEqual({ forumId, currentItemId: null, items: [] });
  });

  it('resetClock clears a mistaken start; a running clock restarts from zero', async () => {
    const t = await forumWithCore();
    const { call, forumId, clock } = t;
    const [a] = await addItems(t, forumId, ['A']);
    await call('agenda.start', { id: a ?? '' });
    clock.set('2026-11-23T02:04:00.000Z');
    const reset = await call('agenda.resetClock', { id: a ?? '' });
    expect(reset).toMatchObject({ elapsedMs: 0, runningSince: '2026-11-23T02:04:00.000Z', startedAt: '2026-11-23T02:04:00.000Z' });
    await call('agenda.stop', { id: a ?? '' });
    expect(await call('agenda.resetClock', { id: a ?? '' })).toMatchObject({ elapsedMs: 0, runningSince: null, startedAt: null, endedAt: null });
  });
});
