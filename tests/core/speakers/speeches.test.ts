import { describe, expect, it } from 'vitest';
import { MISSING, at, openRoom } from './room';

describe('speeches and the speaker’s clock', () => {
  it('start, pause, resume, stop: paused time is left out (hand-computed ms)', async () => {
    const { call, forumId, people, tick } = await openRoom([{}]);
    const personId = people[0]?.id as string;
    const started = await call('speakers.start', { forumId, personId });
    expect(started).toMatchObject({ startedAt: at(0), state: 'running', durationMs: 0, pausedMs: 0, pausedSince: null, endedAt: null });

    tick(40); // spoke 0-40 s
    expect(await call('speakers.pause', { forumId })).toMatchObject({ state: 'paused', pausedSince: at(40), durationMs: 40_000 });
    tick(70); // paused 40-70 s: the clock stands still
    expect((await call('speakers.current', { forumId })).speech).toMatchObject({ durationMs: 40_000 });
    expect(await call('speakers.resume', { forumId })).toMatchObject({ state: 'running', pausedMs: 30_000, pausedSince: null, durationMs: 40_000 });
    tick(95); // spoke 70-95 s
    expect((await call('speakers.current', { forumId })).speech).toMatchObject({ durationMs: 65_000 });
    tick(100); // paused 100-130 s, then stopped while paused
    await call('speakers.pause', { forumId });
    tick(130);
    const stopped = await call('speakers.stop', { forumId });
    // 40 + 25 + 5 = 70 s spoken; 30 + 30 s paused; 130 s on the wall.
    expect(stopped).toMatchObject({ state: 'ended', endedAt: at(130), pausedMs: 60_000, pausedSince: null, durationMs: 70_000 });
    tick(500);
    expect(await call('speakers.list', { forumId })).toMatchObject([{ durationMs: 70_000 }]);
    expect(await call('speakers.current', { forumId })).toEqual({ speech: null, limitSeconds: null, at: at(500) });
  });

  it('pausing twice or resuming a running clock changes nothing; with nobody speaking it is a conflict', async () => {
    const { call, forumId, people, tick, events } = await openRoom([{}]);
    await expect(call('speakers.pause', { forumId })).rejects.toMatchObject({ code: 'conflict', messageKey: 'error.not_speaking' });
    await expect(call('speakers.resume', { forumId })).rejects.toMatchObject({ code: 'conflict' });
    expect(await call('speakers.stop', { forumId })).toBeNull();
    await call('speakers.start', { forumId, personId: people[0]?.id as string });
    events.length = 0;
    expect(await call('speakers.resume', { forumId })).toMatchObject({ state: 'running' });
    tick(10);
    await call('speakers.pause', { forumId });
    tick(20);
    expect(await call('speakers.pause', { forumId })).toMatchObject({ pausedSince: at(10), durationMs: 10_000 });
    expect(events).toHaveLength(1);
  });

  it('starting someone else ends the running speech at the same instant, folding an open pause', async () => {
    const { call, forumId, people, tick } = await openRoom([{}, {}]);
    const [a, b] = people.map((p) => p.id) as [string, string];
    await call('speakers.start', { forumId, personId: a });
    tick(20);
    await call('speakers.pause', { forumId });
    tick(50);
    const second = await call('speakers.start', { forumId, personId: b });
    expect(second).toMatchObject({ person: { id: b }, startedAt: at(50) });
    const [first] = await call('speakers.list', { forumId });
    expect(first).toMatchObject({ person: { id: a }, endedAt: at(50), pausedMs: 30_000, durationMs: 20_000, state: 'ended' });
  });

  it('starting the person already speaking does not cut their speech; if paused it resumes', async () => {
    const { call, forumId, people, tick } = await openRoom([{}]);
    const personId = people[0]?.id as string;
    const first = await call('speakers.start', { forumId, personId });
    tick(10);
    await call('speakers.pause', { forumId });
    tick(25);
    const again = await call('speakers.start', { forumId, personId });
    expect(again).toMatchObject({ id: first.id, state: 'running', pausedMs: 15_000, durationMs: 10_000 });
    expect(await call('speakers.list', { forumId })).toHaveLength(1);
  });

  it('an unattributed speech ("from the floor") is stored with no person; two in a row are two speeches', async () => {
    const { call, forumId, tick } = await openRoom([]);
    await call('speakers.start', { forumId, personId: null });
    tick(12);
    await call('speakers.start', { forumId, personId: null });
    tick(20);
    await call('speakers.stop', { forumId });
    expect((await call('speakers.list', { forumId })).map((s) => [s.person, s.durationMs])).toEqual([
      [null, 12_000],
      [null, 8_000],
    ]);
  });

  it('a queued person who is started directly leaves the queue', async () => {
    const { call, forumId, people } = await openRoom([{}, {}]);
    const [a, b] = people.map((p) => p.id) as [string, string];
    await call('speakers.enqueue', { forumId, personId: a });
    await call('speakers.enqueue', { forumId, personId: b });
    await call('speakers.start', { forumId, personId: b });
    expect((await call('speakers.queue', { forumId })).map((e) => e.person.id)).toEqual([a]);
  });

  it('files speeches under the forum’s current agenda item unless told otherwise, and lists by item', async () => {
    const { call, forumId, people, tick } = await openRoom([{}]);
    const personId = people[0]?.id as string;
    const one = await call('agenda.add', { forumId, title: 'ประธานแจ้งให้ที่ประชุมทราบ' });
    const two = await call('agenda.add', { forumId, title: 'เรื่องเพื่อพิจารณา' });
    await call('agenda.setCurrent', { forumId, id: two.id });
    expect(await call('speakers.start', { forumId, personId })).toMatchObject({ agendaItemId: two.id });
    tick(5);
    expect(await call('speakers.start', { forumId, personId, agendaItemId: one.id })).toMatchObject({ agendaItemId: one.id });
    tick(6);
    expect(await call('speakers.start', { forumId, personId, agendaItemId: null })).toMatchObject({ agendaItemId: null });
    expect((await call('speakers.list', { forumId, agendaItemId: one.id })).map((s) => s.durationMs)).toEqual([1_000]);
    expect(await call('speakers.list', { forumId })).toHaveLength(3);

    const other = await openRoom([]);
    const foreign = await other.call('agenda.add', { forumId: other.forumId, title: 'อื่น ๆ' });
    await expect(call('speakers.start', { forumId, personId, agendaItemId: foreign.id })).rejects.toMatchObject({ code: 'not_found' });
  });

  it('a time limit per forum: copied onto each speech, applied to the running one, over only past it', async () => {
    const { call, forumId, people, tick, events } = await openRoom([{}, {}]);
    const [a, b] = people.map((p) => p.id) as [string, string];
    await call('speakers.start', { forumId, personId: a });
    tick(100);
    events.length = 0;
    const now = await call('speakers.setTimeLimit', { forumId, seconds: 90 });
    expect(now).toMatchObject({ limitSeconds: 90, at: at(100), speech: { limitSeconds: 90, durationMs: 100_000, remainingMs: -10_000, overLimit: true } });
    expect(events).toEqual([{ entity: 'speech', id: now.speech?.id, forumId }]);
    const next = await call('speakers.start', { forumId, personId: b });
    expect(next).toMatchObject({ limitSeconds: 90, remainingMs: 90_000, overLimit: false });
    tick(190);
    expect((await call('speakers.current', { forumId })).speech).toMatchObject({ remainingMs: 0, overLimit: false });
    tick(191);
    expect((await call('speakers.current', { forumId })).speech).toMatchObject({ remainingMs: -1_000, overLimit: true });
    await call('speakers.setTimeLimit', { forumId, seconds: null });
    expect(await call('speakers.current', { forumId })).toMatchObject({ limitSeconds: null, speech: { limitSeconds: null, remainingMs: null, overLimit: false } });
    // The earlier speech keeps the limit it ran against.
    expect((await call('speakers.list', { forumId }))[0]).toMatchObject({ limitSeconds: 90, overLimit: true });
    await expect(call('speakers.setTimeLimit', { forumId, seconds: 0 })).rejects.toMatchObject({ code: 'validation' });
  });

  it('a mistaken speech can be re-attributed or removed', async () => {
    const { call, forumId, people, events } = await openRoom([{}, {}]);
    const [a, b] = people.map((p) => p.id) as [string, string];
    const s = await call('speakers.start', { forumId, personId: a });
    expect(await call('speakers.update', { id: s.id, patch: { personId: b } })).toMatchObject({ person: { id: b, number: 2 } });
    expect(await call('speakers.update', { id: s.id, patch: { personId: null } })).toMatchObject({ person: null });
    events.length = 0;
    await call('speakers.delete', { id: s.id });
    expect(events).toEqual([{ entity: 'speech', id: s.id, forumId }]);
    expect(await call('speakers.list', { forumId })).toEqual([]);
    expect(await call('speakers.current', { forumId })).toMatchObject({ speech: null });
    await expect(call('speakers.delete', { id: s.id })).rejects.toMatchObject({ code: 'not_found' });
    await expect(call('speakers.start', { forumId: MISSING, personId: null })).rejects.toMatchObject({ code: 'not_found' });
  });

  it('an erased person’s speeches stay as anonymous time', async () => {
    const { call, forumId, people, tick } = await openRoom([{}]);
    const personId = people[0]?.id as string;
    await call('speakers.start', { forumId, personId });
    tick(45);
    await call('speakers.stop', { forumId });
    await call('people.erase', { id: personId });
    expect(await call('speakers.list', { forumId })).toMatchObject([{ person: null, durationMs: 45_000 }]);
  });

  it('every change is one speech event for the forum', async () => {
    const { call, forumId, people, events } = await openRoom([{}]);
    events.length = 0;
    const s = await call('speakers.start', { forumId, personId: people[0]?.id as string });
    await call('speakers.pause', { forumId });
    await call('speakers.resume', { forumId });
    await call('speakers.stop', { forumId });
    expect(events).toEqual(Array.from({ length: 4 }, () => ({ entity: 'speech', id: s.id, forumId })));
  });
});
