import { describe, expect, it } from 'vitest';
import { addItems, forumWithCore } from './harness';

describe('the current agenda item', () => {
  it('is null at first, then the started item, as notes and issues read it from the forum row', async () => {
    const t = await forumWithCore();
    const { call, forumId, peek } = t;
    const [a] = await addItems(t, forumId, ['A']);
    expect(await call('agenda.current', { forumId })).toBeNull();
    await call('agenda.start', { id: a ?? '' });
    expect(await call('agenda.current', { forumId })).toMatchObject({ id: a, number: '1', title: 'A' });
    expect(peek('SELECT current_agenda_item_id FROM forum WHERE id = ?', forumId)).toEqual([{ current_agenda_item_id: a }]);
  });

  it('setCurrent chooses an item without starting it, and stops a clock running on another item', async () => {
    const t = await forumWithCore();
    const { call, forumId, clock, events } = t;
    const [a, b] = await addItems(t, forumId, ['A', 'B']);
    await call('agenda.start', { id: a ?? '' });
    clock.set('2026-11-23T02:03:00.000Z');
    events.length = 0;
    const list = await call('agenda.setCurrent', { forumId, id: b ?? '' });
    expect(list.currentItemId).toBe(b);
    expect(list.items.map((i) => [i.title, i.elapsedMs, i.runningSince])).toEqual([
      ['A', 180_000, null],
      ['B', 0, null],
    ]);
    expect(events).toEqual([
      { entity: 'agenda_item', id: a, forumId },
      { entity: 'agenda_item', id: b, forumId },
    ]);
    const cleared = await call('agenda.setCurrent', { forumId, id: null });
    expect(cleared.currentItemId).toBeNull();
    expect(await call('agenda.current', { forumId })).toBeNull();
  });

  it('setCurrent on the running item keeps its clock running', async () => {
    const t = await forumWithCore();
    const { call, forumId } = t;
    const [a] = await addItems(t, forumId, ['A']);
    await call('agenda.start', { id: a ?? '' });
    const list = await call('agenda.setCurrent', { forumId, id: a ?? '' });
    expect(list.items[0]?.runningSince).toBe('2026-11-23T02:00:00.000Z');
  });

  it('setCurrent refuses an item of another forum', async () => {
    const t = await forumWithCore();
    const { call, forumId } = t;
    const other = await call('forums.create', { title: 'เวทีอื่น', date: '2026-11-24' });
    const [elsewhere] = await addItems(t, other.id, ['X']);
    await expect(call('agenda.setCurrent', { forumId, id: elsewhere ?? '' })).rejects.toMatchObject({
      code: 'outside_forum',
      messageKey: 'error.outside_forum',
    });
  });

  it('one forum running an item does not stop another forum running one', async () => {
    const t = await forumWithCore();
    const { call, forumId } = t;
    const other = await call('forums.create', { title: 'เวทีอื่น', date: '2026-11-24' });
    const [a] = await addItems(t, forumId, ['A']);
    const [x] = await addItems(t, other.id, ['X']);
    await call('agenda.start', { id: a ?? '' });
    await call('agenda.start', { id: x ?? '' });
    expect((await call('agenda.current', { forumId }))?.runningSince).not.toBeNull();
    expect((await call('agenda.current', { forumId: other.id }))?.runningSince).not.toBeNull();
  });
});
