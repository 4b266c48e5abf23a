import { expect, it } from 'vitest';
import { manualClock, openCore } from '../../support/core';
import { forumDraft } from '../../support/factories';

it('without forum times, starts and ends with the agenda clocks, read as Bangkok wall-clock time', async () => {
  const clock = manualClock('2026-11-23T02:00:00.000Z');
  const t = await openCore({ now: clock });
  const forum = await t.call('forums.create', forumDraft({ startTime: null, endTime: null }));
  const first = await t.call('agenda.add', { forumId: forum.id, title: 'เปิดประชุม' });
  await t.call('agenda.add', { forumId: forum.id, title: 'เรื่องเพื่อพิจารณา' });

  let model = await t.call('reports.minutes', { forumId: forum.id });
  expect([model.startTime, model.endTime, model.opening]).toEqual([null, null, '']);

  clock.set('2026-11-23T02:35:00.000Z');
  await t.call('agenda.start', { id: first.id });
  clock.set('2026-11-23T04:10:00.000Z');
  await t.call('agenda.next', { forumId: forum.id });
  clock.set('2026-11-23T05:45:00.000Z');
  await t.call('agenda.next', { forumId: forum.id });

  model = await t.call('reports.minutes', { forumId: forum.id });
  expect([model.startTime, model.endTime]).toEqual(['09:35', '12:45']);
  expect(model.opening).toBe('ประธานกล่าวเปิดประชุมเมื่อเวลา 09.35 น.');

  // The organiser's own times win over the clocks.
  await t.call('forums.update', { id: forum.id, patch: { startTime: '09:30', endTime: '13:00' } });
  model = await t.call('reports.minutes', { forumId: forum.id });
  expect([model.startTime, model.endTime]).toEqual(['09:30', '13:00']);
});
