import { expect, it } from 'vitest';
import { consent } from '../../support/factories';
import { MISSING, at, openRoom } from '../speakers/room';

it('sets speaking time by group against the room, with speaker figures, Gini and warnings (hand-computed)', async () => {
  const { call, forumId, people, tick } = await openRoom([
    { firstName: 'มาลี', gender: 'female', sector: 'citizens', village: '3', sensitive: consent(['elderly']) },
    { firstName: 'สมชาย', gender: 'male', sector: 'local_government', village: '3' },
    { firstName: 'บุญมี', gender: 'male', sector: 'citizens', village: '5' },
    { firstName: 'ทองดี', gender: 'male', sector: 'citizens', village: '5' },
  ]);
  const [malee, somchai, boonmee] = people.map((p) => p.id) as [string, string, string];
  // สมชาย 0-240 s, มาลี 240-300 s, สมชาย 300-420 s, บุญมี 420-480 s (still speaking at 480 s).
  await call('speakers.start', { forumId, personId: somchai });
  tick(240);
  await call('speakers.start', { forumId, personId: malee });
  tick(300);
  await call('speakers.start', { forumId, personId: somchai });
  tick(420);
  await call('speakers.start', { forumId, personId: boonmee });
  tick(480);

  const s = await call('equity.summary', { forumId });
  expect(s).toMatchObject({ forumId, agendaItemId: null, at: at(480), attendees: 4, speeches: 4, totalMs: 480_000, unattributed: { speeches: 0, ms: 0 } });
  expect(s.speakers.map((x) => [x.person.id, x.person.number, x.speeches, x.ms, x.timeShare])).toEqual([
    [somchai, 2, 2, 360_000, 0.75],
    [malee, 1, 1, 60_000, 0.125],
    [boonmee, 3, 1, 60_000, 0.125],
  ]);
  expect(s.topThree).toEqual({ people: 3, share: 1 });
  expect(s.topTenth).toEqual({ people: 1, share: 0.75 });
  // Room 0, 1, 1, 6 min: (−3·0 − 1·1 + 1·1 + 3·6) / (4 · 8) = 18/32.
  expect(s.gini).toBe(0.5625);
  expect(s.byDimension.gender).toEqual([
    { key: 'male', attendees: 3, attendeeShare: 0.75, speeches: 3, speechShare: 0.75, ms: 420_000, timeShare: 0.875, gap: 0.125 },
    { key: 'female', attendees: 1, attendeeShare: 0.25, speeches: 1, speechShare: 0.25, ms: 60_000, timeShare: 0.125, gap: -0.125 },
  ]);
  expect(s.byDimension.sector.map((x) => [x.key, x.attendees, x.ms])).toEqual([
    ['citizens', 3, 120_000],
    ['local_government', 1, 360_000],
  ]);
  expect(s.byDimension.disadvantagedGroup.map((x) => [x.key, x.attendees, x.speeches])).toEqual([['elderly', 1, 1]]);
  // Four in the room is too few to call domination; every group present has spoken.
  expect(s.warnings).toEqual([]);
});

it('nobody spoke yet: zeros and the nobody_spoke warning', async () => {
  const { call, forumId } = await openRoom([{}, {}]);
  expect(await call('equity.summary', { forumId })).toMatchObject({
    attendees: 2,
    speeches: 0,
    totalMs: 0,
    gini: 0,
    speakers: [],
    warnings: [{ key: 'nobody_spoke', params: { attendees: 2 } }],
  });
  await expect(call('equity.summary', { forumId: MISSING })).rejects.toMatchObject({ code: 'not_found' });
});

it('an erased person’s speeches still count in the totals, as unattributed and unknown', async () => {
  const { call, forumId, people, tick } = await openRoom([{ gender: 'female' }, { gender: 'male' }]);
  const [gone, stays] = people.map((p) => p.id) as [string, string];
  await call('speakers.start', { forumId, personId: gone });
  tick(90);
  await call('speakers.start', { forumId, personId: stays });
  tick(120);
  await call('speakers.stop', { forumId });
  await call('people.erase', { id: gone });

  const s = await call('equity.summary', { forumId });
  expect(s).toMatchObject({ attendees: 1, speeches: 2, totalMs: 120_000, unattributed: { speeches: 1, ms: 90_000 } });
  expect(s.speakers.map((x) => [x.person.id, x.ms, x.timeShare])).toEqual([[stays, 30_000, 0.25]]);
  expect(s.byDimension.gender.map((x) => [x.key, x.attendees, x.speeches, x.ms])).toEqual([
    ['male', 1, 1, 30_000],
    ['unknown', 0, 1, 90_000],
  ]);
  // The room is the one remaining person: nobody to be unequal with.
  expect(s.gini).toBe(0);
});

it('covers one agenda item when asked, against the same room', async () => {
  const { call, forumId, people, tick } = await openRoom([{}, {}]);
  const [a, b] = people.map((p) => p.id) as [string, string];
  const one = await call('agenda.add', { forumId, title: 'วาระที่ 1' });
  const two = await call('agenda.add', { forumId, title: 'วาระที่ 2' });
  await call('speakers.start', { forumId, personId: a, agendaItemId: one.id });
  tick(60);
  await call('speakers.start', { forumId, personId: b, agendaItemId: two.id });
  tick(100);
  await call('speakers.stop', { forumId });
  const first = await call('equity.summary', { forumId, agendaItemId: one.id });
  expect(first).toMatchObject({ agendaItemId: one.id, attendees: 2, speeches: 1, totalMs: 60_000, gini: 0.5 });
  expect(first.speakers.map((x) => x.person.id)).toEqual([a]);
});
