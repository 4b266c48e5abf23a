/**
 * Reads and writes of the merge feature: the forums taking part, their attendees and active
 * issues, and the traceability rows (merge_source, migration 8).
 */
import type { MergeForum } from '../../../shared/contract';
import { compareThai, fullName } from '../../../shared/domain/thai-text';
import type { Context } from '../context';
import { notFound } from '../errors';

const FORUM_SELECT = `
  SELECT f.id AS forumId, f.title, f.kind, f.village, f.date,
    (SELECT count(*) FROM attendance a WHERE a.forum_id = f.id) AS attendeeCount,
    (SELECT count(*) FROM issue i WHERE i.forum_id = f.id AND i.merged_into IS NULL) AS issueCount
  FROM forum f`;

export function findMergeForum(ctx: Context, id: string): MergeForum | null {
  return (ctx.sql(`${FORUM_SELECT} WHERE f.id = ? AND f.deleted_at IS NULL`).get(id) as MergeForum | undefined) ?? null;
}

export function requireMergeForum(ctx: Context, id: string): MergeForum {
  const forum = findMergeForum(ctx, id);
  if (!forum) throw notFound('forum', id);
  return forum;
}

/** Every other forum in the database (not deleted), by date, then village (หมู่ที่ 2 before หมู่ที่ 10). */
export function otherForums(ctx: Context, forumId: string): MergeForum[] {
  const forums = ctx.sql(`${FORUM_SELECT} WHERE f.id <> ? AND f.deleted_at IS NULL ORDER BY f.date, f.created_at`).all(forumId) as MergeForum[];
  return forums.sort((a, b) => a.date.localeCompare(b.date) || compareThai(forumLabel(a), forumLabel(b)));
}

/** How a source forum is named beside its items: its village, else its title. */
export const forumLabel = (f: Pick<MergeForum, 'village' | 'title'>) => f.village ?? f.title;

export interface AttendeeRow {
  forumId: string;
  personId: string;
  titlePrefix: string | null;
  firstName: string;
  lastName: string | null;
  phone: string | null;
  village: string | null;
}

/** Attendees of the forums, in the forums' order, each forum's people in registration order. */
export function attendeesOf(ctx: Context, forumIds: readonly string[]): AttendeeRow[] {
  const read = ctx.sql(
    `SELECT a.forum_id AS forumId, p.id AS personId, p.title_prefix AS titlePrefix, p.first_name AS firstName,
       p.last_name AS lastName, p.phone, p.village
     FROM attendance a JOIN person p ON p.id = a.person_id WHERE a.forum_id = ? ORDER BY a.badge_number, a.registered_at`,
  );
  return forumIds.flatMap((id) => read.all(id) as AttendeeRow[]);
}

export const attendeeName = (row: Pick<AttendeeRow, 'titlePrefix' | 'firstName' | 'lastName'>) => fullName(row);

export interface SourceIssueRow {
  id: string;
  forumId: string;
  title: string;
  description: string | null;
  category: string | null;
  raisedByPersonId: string | null;
}

/** Active issues of the forums, in the forums' order, each forum's in its own order. */
export function activeIssuesOf(ctx: Context, forumIds: readonly string[]): SourceIssueRow[] {
  const read = ctx.sql(
    `SELECT id, forum_id AS forumId, title, description, category, raised_by_person_id AS raisedByPersonId
     FROM issue WHERE forum_id = ? AND merged_into IS NULL ORDER BY position, created_at, id`,
  );
  return forumIds.flatMap((id) => read.all(id) as SourceIssueRow[]);
}

// ---------------------------------------------------------------------------------------------
// Traceability

export type TraceEntity = 'forum' | 'person' | 'issue' | 'project' | 'agreement';

export interface TraceRow {
  entityId: string;
  sourceForumId: string;
  sourceEntityId: string;
  mergedAt: string;
}

/** Adds the row unless that source record already went into this target; true when added. */
export function addTrace(ctx: Context, targetForumId: string, entity: TraceEntity, row: Omit<TraceRow, 'mergedAt'>, at: string): boolean {
  const result = ctx
    .sql(
      `INSERT INTO merge_source (target_forum_id, entity, entity_id, source_forum_id, source_entity_id, merged_at)
       VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
    )
    .run(targetForumId, entity, row.entityId, row.sourceForumId, row.sourceEntityId, at);
  return result.changes > 0;
}

/** The target's rows of one kind, in the order they were written. */
export function traceRows(ctx: Context, targetForumId: string, entity: TraceEntity): TraceRow[] {
  return ctx
    .sql(
      `SELECT entity_id AS entityId, source_forum_id AS sourceForumId, source_entity_id AS sourceEntityId, merged_at AS mergedAt
       FROM merge_source WHERE target_forum_id = ? AND entity = ? ORDER BY rowid`,
    )
    .all(targetForumId, entity) as TraceRow[];
}

/** Village forums merged into the target, in the order they first were. */
export function mergedForumIds(ctx: Context, targetForumId: string): string[] {
  return traceRows(ctx, targetForumId, 'forum').map((r) => r.sourceForumId);
}
