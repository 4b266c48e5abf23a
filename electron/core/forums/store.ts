/** Rows of the forum table and their mapping to the contract's `Forum`. */
import { type Forum, forumFields } from '../../../shared/contract';
import { columnsOf } from '../../../shared/domain/field-names';
import type { Context } from '../context';

interface ForumRow {
  id: string;
  title: string;
  kind: Forum['kind'];
  number: string | null;
  date: string;
  start_time: string | null;
  end_time: string | null;
  venue: string | null;
  village: string | null;
  tambon: string | null;
  district: string | null;
  province: string | null;
  organiser: string | null;
  facilitator: string | null;
  note_taker: string | null;
  iap2_level: Forum['iap2Level'];
  status: Forum['status'];
  expected_sectors: string;
  default_tie_rule: Forum['defaultTieRule'];
  archived: number;
  created_at: string;
  updated_at: string;
  attendee_count: number;
  checked_in_count: number;
}

const SELECT = `
  SELECT f.*,
    (SELECT count(*) FROM attendance a WHERE a.forum_id = f.id) AS attendee_count,
    (SELECT count(*) FROM attendance a WHERE a.forum_id = f.id AND a.checked_in_at IS NOT NULL) AS checked_in_count
  FROM forum f`;

function toForum(row: ForumRow): Forum {
  return {
    id: row.id,
    title: row.title,
    kind: row.kind,
    number: row.number,
    date: row.date,
    startTime: row.start_time,
    endTime: row.end_time,
    venue: row.venue,
    village: row.village,
    tambon: row.tambon,
    district: row.district,
    province: row.province,
    organiser: row.organiser,
    facilitator: row.facilitator,
    noteTaker: row.note_taker,
    iap2Level: row.iap2_level,
    status: row.status,
    expectedSectors: JSON.parse(row.expected_sectors) as Forum['expectedSectors'],
    defaultTieRule: row.default_tie_rule,
    archived: row.archived === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    attendeeCount: row.attendee_count,
    checkedInCount: row.checked_in_count,
  };
}

export type ForumValues = Omit<Forum, 'id' | 'archived' | 'createdAt' | 'updatedAt' | 'attendeeCount' | 'checkedInCount'>;

export function findForum(ctx: Context, id: string, { withDeleted = false } = {}): Forum | null {
  const row = ctx
    .sql(`${SELECT} WHERE f.id = ? AND (? OR f.deleted_at IS NULL)`)
    .get(id, withDeleted ? 1 : 0) as ForumRow | undefined;
  return row ? toForum(row) : null;
}

export function listForums(ctx: Context, filter: { archived: boolean; deleted: boolean }): Forum[] {
  const rows = ctx
    .sql(
      `${SELECT} WHERE (? OR f.archived = 0) AND (f.deleted_at IS NOT NULL) = ?
       ORDER BY f.date DESC, f.created_at DESC`,
    )
    .all(filter.archived ? 1 : 0, filter.deleted ? 1 : 0) as ForumRow[];
  return rows.map(toForum);
}

/** Column of each contract field (snake_case of its name): the contract's field list is the one map. */
const COLUMNS: Readonly<Record<keyof ForumValues, string>> = columnsOf(forumFields);

const toColumnValue = (key: keyof ForumValues, value: unknown) => (key === 'expectedSectors' ? JSON.stringify(value) : value);

export function insertForum(ctx: Context, id: string, values: ForumValues, at: string): void {
  const keys = Object.keys(COLUMNS) as (keyof ForumValues)[];
  ctx
    .sql(
      `INSERT INTO forum (id, ${keys.map((k) => COLUMNS[k]).join(', ')}, created_at, updated_at)
       VALUES (?, ${keys.map(() => '?').join(', ')}, ?, ?)`,
    )
    .run(id, ...keys.map((k) => toColumnValue(k, values[k])), at, at);
}

export function updateForum(ctx: Context, id: string, patch: Partial<ForumValues>, at: string): void {
  const keys = (Object.keys(patch) as (keyof ForumValues)[]).filter((k) => k in COLUMNS);
  const sets = [...keys.map((k) => `${COLUMNS[k]} = ?`), 'updated_at = ?'];
  ctx.sql(`UPDATE forum SET ${sets.join(', ')} WHERE id = ?`).run(...keys.map((k) => toColumnValue(k, patch[k])), at, id);
}

export function setForumFlags(ctx: Context, id: string, flags: { archived?: boolean; deletedAt?: string | null }, at: string): void {
  if (flags.archived !== undefined) ctx.sql('UPDATE forum SET archived = ?, updated_at = ? WHERE id = ?').run(flags.archived ? 1 : 0, at, id);
  if (flags.deletedAt !== undefined) ctx.sql('UPDATE forum SET deleted_at = ?, updated_at = ? WHERE id = ?').run(flags.deletedAt, at, id);
}
