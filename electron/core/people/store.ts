/** Rows of person, person_sensitive and attendance, mapped to the contract's types. */
import type { Attendee, Person } from '../../../shared/contract';
import type { Context } from '../context';

interface PersonRow {
  id: string;
  title_prefix: string | null;
  first_name: string;
  last_name: string | null;
  gender: Person['gender'];
  age_group: Person['ageGroup'];
  phone: string | null;
  organisation: string | null;
  position: string | null;
  village: string | null;
  sector: Person['sector'];
  role: Person['role'];
  created_at: string;
  updated_at: string;
  disadvantaged_groups: string | null;
  consent_at: string | null;
  consent_by: string | null;
}

export const PERSON_SELECT = `
  SELECT p.*, s.disadvantaged_groups, s.consent_at, s.consent_by
  FROM person p LEFT JOIN person_sensitive s ON s.person_id = p.id`;

export function toPerson(row: PersonRow): Person {
  return {
    id: row.id,
    titlePrefix: row.title_prefix,
    firstName: row.first_name,
    lastName: row.last_name,
    gender: row.gender,
    ageGroup: row.age_group,
    phone: row.phone,
    organisation: row.organisation,
    position: row.position,
    village: row.village,
    sector: row.sector,
    role: row.role,
    sensitive:
      row.disadvantaged_groups && row.consent_at && row.consent_by
        ? {
            disadvantagedGroups: JSON.parse(row.disadvantaged_groups),
            consentGivenAt: row.consent_at,
            consentRecordedBy: row.consent_by,
          }
        : null,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export type PersonValues = Omit<Person, 'id' | 'createdAt' | 'updatedAt'>;

const COLUMNS = {
  titlePrefix: 'title_prefix',
  firstName: 'first_name',
  lastName: 'last_name',
  gender: 'gender',
  ageGroup: 'age_group',
  phone: 'phone',
  organisation: 'organisation',
  position: 'position',
  village: 'village',
  sector: 'sector',
  role: 'role',
} as const satisfies Record<Exclude<keyof PersonValues, 'sensitive'>, string>;
type ColumnKey = keyof typeof COLUMNS;
const COLUMN_KEYS = Object.keys(COLUMNS) as ColumnKey[];

export function findPerson(ctx: Context, id: string): Person | null {
  const row = ctx.sql(`${PERSON_SELECT} WHERE p.id = ?`).get(id) as PersonRow | undefined;
  return row ? toPerson(row) : null;
}

export function allPeople(ctx: Context): Person[] {
  return (ctx.sql(PERSON_SELECT).all() as PersonRow[]).map(toPerson);
}

export function insertPerson(ctx: Context, id: string, values: PersonValues, at: string): void {
  ctx
    .sql(
      `INSERT INTO person (id, ${COLUMN_KEYS.map((k) => COLUMNS[k]).join(', ')}, created_at, updated_at)
       VALUES (?, ${COLUMN_KEYS.map(() => '?').join(', ')}, ?, ?)`,
    )
    .run(id, ...COLUMN_KEYS.map((k) => values[k]), at, at);
  writeSensitive(ctx, id, values.sensitive);
}

export function updatePerson(ctx: Context, id: string, patch: Partial<PersonValues>, at: string): void {
  const keys = COLUMN_KEYS.filter((k) => k in patch);
  ctx
    .sql(`UPDATE person SET ${[...keys.map((k) => `${COLUMNS[k]} = ?`), 'updated_at = ?'].join(', ')} WHERE id = ?`)
    .run(...keys.map((k) => patch[k]), at, id);
  if ('sensitive' in patch) writeSensitive(ctx, id, patch.sensitive ?? null);
}

/** Sensitive data exists only with its consent record; null deletes both. */
function writeSensitive(ctx: Context, personId: string, sensitive: Person['sensitive']): void {
  ctx.sql('DELETE FROM person_sensitive WHERE person_id = ?').run(personId);
  if (!sensitive) return;
  ctx
    .sql('INSERT INTO person_sensitive (person_id, disadvantaged_groups, consent_at, consent_by) VALUES (?, ?, ?, ?)')
    .run(personId, JSON.stringify([...new Set(sensitive.disadvantagedGroups)]), sensitive.consentGivenAt, sensitive.consentRecordedBy);
}

interface AttendanceRow extends PersonRow {
  forum_id: string;
  registered_at: string;
  checked_in_at: string | null;
}

const toAttendee = (row: AttendanceRow): Attendee => ({
  person: toPerson(row),
  forumId: row.forum_id,
  registeredAt: row.registered_at,
  checkedInAt: row.checked_in_at,
});

const ATTENDANCE_SELECT = `
  SELECT p.*, s.disadvantaged_groups, s.consent_at, s.consent_by, a.forum_id, a.registered_at, a.checked_in_at
  FROM attendance a JOIN person p ON p.id = a.person_id LEFT JOIN person_sensitive s ON s.person_id = p.id`;

export function listAttendees(ctx: Context, forumId: string): Attendee[] {
  return (ctx.sql(`${ATTENDANCE_SELECT} WHERE a.forum_id = ?`).all(forumId) as AttendanceRow[]).map(toAttendee);
}

export function findAttendee(ctx: Context, forumId: string, personId: string): (Attendee & { registeredByCheckIn: boolean }) | null {
  const row = ctx
    .sql(`${ATTENDANCE_SELECT.replace('a.checked_in_at', 'a.checked_in_at, a.registered_by_check_in')} WHERE a.forum_id = ? AND a.person_id = ?`)
    .get(forumId, personId) as (AttendanceRow & { registered_by_check_in: number }) | undefined;
  return row ? { ...toAttendee(row), registeredByCheckIn: row.registered_by_check_in === 1 } : null;
}

export function register(ctx: Context, forumId: string, personId: string, at: string, opts: { checkedIn: boolean; byCheckIn: boolean }): void {
  ctx
    .sql(
      `INSERT INTO attendance (forum_id, person_id, registered_at, checked_in_at, registered_by_check_in)
       VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (forum_id, person_id) DO UPDATE SET checked_in_at = coalesce(attendance.checked_in_at, excluded.checked_in_at)`,
    )
    .run(forumId, personId, at, opts.checkedIn ? at : null, opts.byCheckIn ? 1 : 0);
}
