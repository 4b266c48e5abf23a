import { expect, it } from 'vitest';
import { forumDraft } from '../../support/factories';
import { openPlan, twoVillages } from './harness';

it('lessons are kept per forum, about a project of its plan or the plan as a whole, with undo', async () => {
  const p = await openPlan();
  const { v1, v2, pond, road } = await twoVillages(p);
  const follow = await p.call('followUp.createForum', { forum: forumDraft({ title: 'เวทีติดตาม', date: '2027-06-05' }), followUpOf: [v1.id] });
  const a = await p.call('lessons.create', { forumId: follow.id, projectId: pond.id, kind: 'obstacle', text: 'ขุดลอกช่วงฤดูฝนไม่ได้' });
  const b = await p.call('lessons.create', { forumId: follow.id, kind: 'next_time', text: 'ประสานงบประมาณตั้งแต่ต้นปีงบประมาณ' });
  expect(a.projectTitle).toBe(pond.title);
  expect(b.projectId).toBeNull();
  // A project of a forum this one does not follow up is not its to learn from.
  const other = await p.refusal('lessons.create', { forumId: follow.id, projectId: road.id, kind: 'went_well', text: 'x' });
  expect(other.messageKey).toBe('lesson.project_other_plan');

  await p.call('lessons.update', { id: a.id, patch: { kind: 'went_well', text: 'ชาวบ้านร่วมแรงขนดิน' } });
  await p.call('lessons.delete', { id: b.id });
  expect((await p.call('lessons.list', { forumId: follow.id })).map((l) => [l.kind, l.text])).toEqual([['went_well', 'ชาวบ้านร่วมแรงขนดิน']]);
  await p.call('lessons.restore', { id: b.id });
  expect((await p.call('lessons.list', { forumId: follow.id })).map((l) => l.id)).toEqual([a.id, b.id]);
  // The follow-up view carries the lessons of the forums of the plan.
  expect((await p.call('followUp.view', { forumId: follow.id })).lessons.map((l) => l.id)).toEqual([a.id, b.id]);
  expect(await p.call('lessons.list', { forumId: v2.id })).toEqual([]);
});
