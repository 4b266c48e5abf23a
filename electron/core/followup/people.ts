/**
 * When two person records are confirmed to be one (`people.merge`), the follow-through rows that
 * name the duplicate follow the kept record instead of losing the link when the duplicate is
 * deleted (their foreign keys would set it to null).
 */
import type { Context } from '../context';

export function repointFollowThroughPerson(ctx: Context, fromId: string, toId: string): void {
  ctx.sql('UPDATE partner SET contact_person_id = ? WHERE contact_person_id = ?').run(toId, fromId);
  ctx.sql('UPDATE agreement_signatory SET person_id = ? WHERE person_id = ?').run(toId, fromId);
  ctx.sql('UPDATE status_update SET reported_by_person_id = ? WHERE reported_by_person_id = ?').run(toId, fromId);
}
