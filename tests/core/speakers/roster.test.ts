import { expect, it } from 'vitest';
import { forumDraft, personDraft } from '../../support/factories';
import { openRoom } from './room';

it('the roster lists registered attendees by badge number, with what each has said so far', async () => {
  const { call, forumId, people, tick } = await openRoom([{ firstName: 'มาลี', titlePrefix: 'นาง' }, { firstName: 'ก้อง' }]);
  const late = await call('people.create', personDraft({ firstName: 'บุญมี' }));
  await call('attendance.register', { forumId, personId: late.id });
  const [a, b] = people.map((p) => p.id) as [string, string];
  await call('speakers.start', { forumId, personId: a });
  tick(30);
  await call('speakers.start', { forumId, personId: b });
  tick(40);
  await call('speakers.start', { forumId, personId: a });
  tick(55);
  const roster = await call('speakers.roster', { forumId });
  expect(roster.map((p) => [p.number, p.id, p.checkedIn, p.speeches, p.speakingMs])).toEqual([
    [1, a, true, 2, 45_000],
    [2, b, true, 1, 10_000],
    [3, late.id, false, 0, 0],
  ]);
  expect(roster[0]?.name).toMatch(/^นางมาลี/);
});

it('badge numbers are kept when someone earlier leaves the list, and are counted per forum', async () => {
  const { call, forumId, people } = await openRoom([{}, {}, {}]);
  await call('attendance.undoCheckIn', { forumId, personId: people[0]?.id as string });
  const newcomer = await call('attendance.addAndCheckIn', { forumId, person: personDraft() });
  expect((await call('speakers.roster', { forumId })).map((p) => [p.id, p.number])).toEqual([
    [people[1]?.id, 2],
    [people[2]?.id, 3],
    [newcomer.person.id, 4],
  ]);
  const other = await call('forums.create', forumDraft());
  await call('attendance.checkIn', { forumId: other.id, personId: people[2]?.id as string });
  expect((await call('speakers.roster', { forumId: other.id })).map((p) => p.number)).toEqual([1]);
});
