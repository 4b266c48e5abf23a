import { expect, it } from 'vitest';
import { openCore, steppingClock } from '../../support/core';
import { seedSampleForum } from '../../support/sample-forum';

it('the sample forum has its cast, agenda, notes, polls, priorities and projects', async () => {
  const t = await openCore({ now: steppingClock() });
  const s = await seedSampleForum(t);

  const attendees = await t.call('attendance.list', { forumId: s.forumId });
  expect(attendees).toHaveLength(13);
  expect(attendees.filter((a) => a.checkedInAt === null).map((a) => a.person.id).sort()).toEqual([...s.absentIds].sort());
  expect(s.presentIds).toHaveLength(9);
  expect(s.guestIds).toHaveLength(2);

  const agenda = await t.call('agenda.list', { forumId: s.forumId });
  expect(agenda.items.map((i) => i.number)).toEqual(['1', '2', '3', '4', '4.1', '5']);
  expect(agenda.items.every((i) => i.startedAt !== null)).toBe(true);

  const notes = await t.call('notes.list', { forumId: s.forumId });
  expect(notes.map((n) => n.id)).toEqual(s.noteIds);
  expect(new Set(notes.map((n) => n.kind))).toEqual(new Set(['statement', 'question', 'proposal', 'draft_resolution']));

  const resolutions = await t.call('notes.resolutions', { forumId: s.forumId });
  expect(resolutions.map((r) => r.agendaItemId)).toEqual([s.item.previousMinutes, s.item.consideration, s.item.problems]);

  const priorities = await t.call('priorities.get', { forumId: s.forumId });
  expect(priorities.items.map((i) => i.issueId)).toEqual([s.issue.water, s.issue.road, s.issue.elderly, s.issue.prices]);
  expect(await t.call('projects.list', { forumId: s.forumId })).toHaveLength(3);
  expect(s.issueIds).not.toContain(s.issue.mergedIntoRoad);
});

it('scales up to more people, notes and polls', async () => {
  const t = await openCore({ now: steppingClock() });
  const s = await seedSampleForum(t, { people: 40, notes: 60, polls: 4 });
  expect(await t.call('attendance.list', { forumId: s.forumId })).toHaveLength(40);
  expect(s.absentIds).toHaveLength(2 + 2);
  expect(await t.call('notes.list', { forumId: s.forumId })).toHaveLength(60);
  expect(await t.call('polls.list', { forumId: s.forumId })).toHaveLength(4);
});
