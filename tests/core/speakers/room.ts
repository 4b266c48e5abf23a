/** A forum with people checked in, on a real core with a clock that stands still until moved. */
import type { PersonDraft } from '../../../shared/contract';
import { manualClock, openCore } from '../../support/core';
import { forumDraft, personDraft } from '../../support/factories';

export const T0 = '2026-11-23T02:00:00.000Z';
/** T0 plus whole seconds, as the core writes it. */
export const at = (seconds: number) => new Date(Date.parse(T0) + seconds * 1000).toISOString();

export async function openRoom(drafts: Partial<PersonDraft>[] = [{}, {}, {}]) {
  const clock = manualClock(T0);
  const t = await openCore({ now: clock });
  const forum = await t.call('forums.create', forumDraft());
  const people = [];
  for (const draft of drafts) people.push((await t.call('attendance.addAndCheckIn', { forumId: forum.id, person: personDraft(draft) })).person);
  /** Moves the clock to T0 + seconds. */
  const tick = (seconds: number) => clock.set(at(seconds));
  return { ...t, forum, forumId: forum.id, people, tick };
}

export const MISSING = '01936d2a-0000-7000-8000-00000000dead';
