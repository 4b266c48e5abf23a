import { describe, expect, it } from 'vitest';
import { MISSING, at, openRoom } from './room';

describe('the speakers queue', () => {
  it('adds people at the end with their badge number, and refuses someone already waiting', async () => {
    const { call, forumId, people, tick } = await openRoom([{ firstName: 'สมชาย', lastName: 'ใจดี' }, { firstName: 'มาลี' }, {}]);
    const [a, b] = people as [(typeof people)[0], (typeof people)[0]];
    await call('speakers.enqueue', { forumId, personId: b.id });
    tick(5);
    const queue = await call('speakers.enqueue', { forumId, personId: a.id });
    expect(queue.map((e) => [e.position, e.person.id, e.person.number, e.addedAt])).toEqual([
      [1, b.id, 2, at(0)],
      [2, a.id, 1, at(5)],
    ]);
    expect(queue[1]?.person.name).toBe('นายสมชาย ใจดี');
    await expect(call('speakers.enqueue', { forumId, personId: b.id })).rejects.toMatchObject({ code: 'conflict', messageKey: 'error.already_queued' });
    expect(await call('speakers.queue', { forumId })).toEqual(queue);
  });

  it('takes only people registered at the forum', async () => {
    const { call, forumId } = await openRoom([]);
    const stranger = await call('people.create', { firstName: 'คนนอก' });
    await expect(call('speakers.enqueue', { forumId, personId: stranger.id })).rejects.toMatchObject({ code: 'outside_forum', messageKey: 'error.not_attendee' });
    await expect(call('speakers.enqueue', { forumId, personId: MISSING })).rejects.toMatchObject({ code: 'not_found' });
    await expect(call('speakers.queue', { forumId: MISSING })).rejects.toMatchObject({ code: 'not_found' });
  });

  it('reorders to exactly the order given, and refuses a list that is not the queue', async () => {
    const { call, forumId, people } = await openRoom([{}, {}, {}]);
    for (const p of people) await call('speakers.enqueue', { forumId, personId: p.id });
    const queue = await call('speakers.queue', { forumId });
    const [e1, e2, e3] = queue.map((e) => e.id) as [string, string, string];
    const reordered = await call('speakers.reorder', { forumId, orderedIds: [e3, e1, e2] });
    expect(reordered.map((e) => [e.id, e.position])).toEqual([
      [e3, 1],
      [e1, 2],
      [e2, 3],
    ]);
    for (const orderedIds of [[e1, e2], [e1, e2, e2], [e1, e2, e3, MISSING]]) {
      await expect(call('speakers.reorder', { forumId, orderedIds })).rejects.toMatchObject({ code: 'conflict', messageKey: 'error.queue_changed' });
    }
    expect((await call('speakers.queue', { forumId })).map((e) => e.id)).toEqual([e3, e1, e2]);
  });

  it('removes an entry; the rest keep their order and close up', async () => {
    const { call, forumId, people, events } = await openRoom([{}, {}, {}]);
    for (const p of people) await call('speakers.enqueue', { forumId, personId: p.id });
    const [e1, e2, e3] = (await call('speakers.queue', { forumId })).map((e) => e.id) as [string, string, string];
    events.length = 0;
    const queue = await call('speakers.dequeue', { entryId: e2 });
    expect(queue.map((e) => [e.id, e.position])).toEqual([
      [e1, 1],
      [e3, 2],
    ]);
    expect(events).toEqual([{ entity: 'speaker_queue', id: e2, forumId }]);
    await expect(call('speakers.dequeue', { entryId: e2 })).rejects.toMatchObject({ code: 'not_found' });
  });

  it('next ends the current speech and starts the head of the queue at the same instant, in one transaction', async () => {
    const { call, forumId, people, tick, events, peek } = await openRoom([{}, {}, {}]);
    const [a, b, c] = people as [(typeof people)[0], (typeof people)[0], (typeof people)[0]];
    await call('speakers.start', { forumId, personId: a.id });
    await call('speakers.enqueue', { forumId, personId: b.id });
    await call('speakers.enqueue', { forumId, personId: c.id });
    tick(90);
    events.length = 0;
    const { ended, started } = await call('speakers.next', { forumId });
    expect(ended).toMatchObject({ person: { id: a.id }, state: 'ended', endedAt: at(90), durationMs: 90_000 });
    expect(started).toMatchObject({ person: { id: b.id }, state: 'running', startedAt: at(90), durationMs: 0 });
    expect((await call('speakers.queue', { forumId })).map((e) => e.person.id)).toEqual([c.id]);
    expect(events.map((e) => e.entity).sort()).toEqual(['speaker_queue', 'speech', 'speech']);
    // One transaction: the three audit rows share one op and one time.
    expect(peek("SELECT op, at, entity FROM audit WHERE op = 'speakers.next' ORDER BY entity")).toEqual([
      { op: 'speakers.next', at: at(90), entity: 'speaker_queue' },
      { op: 'speakers.next', at: at(90), entity: 'speech' },
      { op: 'speakers.next', at: at(90), entity: 'speech' },
    ]);
    expect(peek('SELECT count(*) AS n FROM speech WHERE ended_at IS NULL')).toEqual([{ n: 1 }]);
  });

  it('next with an empty queue only ends the speech, and with nothing at all does nothing', async () => {
    const { call, forumId, people, tick, events } = await openRoom([{}]);
    await call('speakers.start', { forumId, personId: people[0]?.id ?? null });
    tick(30);
    expect(await call('speakers.next', { forumId })).toMatchObject({ ended: { durationMs: 30_000 }, started: null });
    events.length = 0;
    expect(await call('speakers.next', { forumId })).toEqual({ ended: null, started: null });
    expect(events).toEqual([]);
  });

  it('a person erased from the register leaves the queue', async () => {
    const { call, forumId, people } = await openRoom([{}, {}]);
    for (const p of people) await call('speakers.enqueue', { forumId, personId: p.id });
    await call('people.erase', { id: people[0]?.id as string });
    expect((await call('speakers.queue', { forumId })).map((e) => [e.person.id, e.position])).toEqual([[people[1]?.id, 1]]);
  });
});
