/**
 * People as the speakers list and the groups show them (`PersonRef`: id, Thai display name,
 * badge number at the forum), and the roster the note pane picks speakers from.
 */
import type { Participant, PersonRef } from '../../../shared/contract';
import { compareThai, fullName } from '../../../shared/domain/thai-text';
import type { Context } from '../context';

/** The columns a query must select (as these names) for `toPersonRef`. */
export const PERSON_REF_COLUMNS = 'p.id AS ref_id, p.title_prefix AS ref_title, p.first_name AS ref_first, p.last_name AS ref_last, a.badge_number AS ref_number';

export interface PersonRefRow {
  ref_id: string | null;
  ref_title: string | null;
  ref_first: string | null;
  ref_last: string | null;
  ref_number: number | null;
}

/** Null when the join found no person (an unattributed speech, an erased person). */
export function toPersonRef(row: PersonRefRow): PersonRef | null {
  if (row.ref_id === null || row.ref_first === null) return null;
  return {
    id: row.ref_id,
    name: fullName({ titlePrefix: row.ref_title, firstName: row.ref_first, lastName: row.ref_last }),
    number: row.ref_number,
  };
}

export function findPersonRef(ctx: Context, forumId: string, personId: string): PersonRef | null {
  const row = ctx
    .sql(
      `SELECT ${PERSON_REF_COLUMNS} FROM person p
       LEFT JOIN attendance a ON a.forum_id = ? AND a.person_id = p.id WHERE p.id = ?`,
    )
    .get(forumId, personId) as PersonRefRow | undefined;
  return row ? toPersonRef(row) : null;
}

/** Speakers and group members are the forum's registered attendees. */
export function isRegistered(ctx: Context, forumId: string, personId: string): boolean {
  return ctx.sql('SELECT 1 FROM attendance WHERE forum_id = ? AND person_id = ?').get(forumId, personId) !== undefined;
}

interface RosterRow extends PersonRefRow {
  checked_in_at: string | null;
}

/** Registered attendees as refs, with whether they have arrived. */
export function attendeeRefs(ctx: Context, forumId: string): (PersonRef & { checkedIn: boolean })[] {
  const rows = ctx
    .sql(
      `SELECT ${PERSON_REF_COLUMNS}, a.checked_in_at FROM attendance a JOIN person p ON p.id = a.person_id
       WHERE a.forum_id = ? ORDER BY a.badge_number`,
    )
    .all(forumId) as RosterRow[];
  return rows.flatMap((row) => {
    const ref = toPersonRef(row);
    return ref ? [{ ...ref, checkedIn: row.checked_in_at !== null }] : [];
  });
}

/** The roster with speaking totals; `durations` maps person id → [speeches, ms]. */
export function roster(ctx: Context, forumId: string, durations: Map<string, { speeches: number; ms: number }>): Participant[] {
  return attendeeRefs(ctx, forumId).map((ref) => {
    const spoken = durations.get(ref.id);
    // Every registered row has a number (the 0004 trigger); 0 would fail the output check loudly.
    return { ...ref, number: ref.number ?? 0, speeches: spoken?.speeches ?? 0, speakingMs: spoken?.ms ?? 0 };
  });
}

/** For lists of people on screen: Thai name order, then badge number. */
export const byThaiName = (a: PersonRef, b: PersonRef) =>
  compareThai(a.name, b.name) || (a.number ?? Number.MAX_SAFE_INTEGER) - (b.number ?? Number.MAX_SAFE_INTEGER);
