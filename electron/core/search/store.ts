/**
 * The search statements. Each shape of query (index or scan, how many LIKE terms, one forum or
 * all) is its own SQL text, so each is prepared once and planned for what it is. The FTS5 tables
 * hold a Thai-normalised copy of the text (migration 13): the trigram MATCH and the LIKE scans for
 * short words both read it. Rows come back with their text as written: the caller marks the
 * matches (segments.ts).
 */
import type { Context } from '../context';
import type { SpeakerColumns } from '../notes/store';

export interface SearchPlan {
  /** FTS5 MATCH expression for the indexed terms, or null when every term is too short for it. */
  match: string | null;
  /** LIKE patterns, one per short term, all of which must match. */
  likes: string[];
  forumId: string | null;
  /** Rows wanted: one more than shown tells whether there are more. */
  limit: number;
}

export interface HitRow {
  id: string;
  forum_id: string;
  forum_title: string;
  agenda_item_id: string | null;
  at: string;
  /** The text the excerpt is cut from. */
  body: string | null;
}

export type NoteHitRow = HitRow & SpeakerColumns;

export interface IssueHitRow extends HitRow {
  title: string;
}

const like = (column: string) => `${column} LIKE ? ESCAPE '\\'`;

/** WHERE terms shared by the three searches: the index match, the forum, the short terms (on the normalised copy). */
function conditions(plan: SearchPlan, fts: string, alias: string, table: string, likeOf: (pattern: string) => { sql: string; params: unknown[] }) {
  const where: string[] = [];
  const params: unknown[] = [];
  if (plan.match !== null) {
    where.push(`${fts} MATCH ?`);
    params.push(plan.match);
  }
  if (plan.forumId !== null) {
    where.push(`${alias}.forum_id = ?`);
    params.push(plan.forumId);
    // The forum's rows lie within this rowid range, which FTS5 can seek to: without it, an
    // old forum's matches would be reached only after walking every newer forum's.
    where.push(`${fts}.rowid BETWEEN (SELECT min(rowid) FROM ${table} WHERE forum_id = ?) AND (SELECT max(rowid) FROM ${table} WHERE forum_id = ?)`);
    params.push(plan.forumId, plan.forumId);
  }
  for (const pattern of plan.likes) {
    const l = likeOf(pattern);
    where.push(l.sql);
    params.push(...l.params);
  }
  return { where, params };
}

/**
 * Newest first, by rowid: rows are inserted as they are recorded, so rowid order is time order,
 * and FTS5 can walk its index in rowid order and stop at the limit instead of ranking every
 * match (a common trigram such as การ is in most Thai sentences).
 */
export function searchNotes(ctx: Context, plan: SearchPlan): NoteHitRow[] {
  const { where, params } = conditions(plan, 'note_fts', 'n', 'note', (p) => ({ sql: like('note_fts.text'), params: [p] }));
  const sql = `
    SELECT n.id, n.forum_id, f.title AS forum_title, n.agenda_item_id, n.created_at AS at, n.text AS body,
           n.speaker_id, p.title_prefix, p.first_name, p.last_name
    FROM note_fts JOIN note n ON n.rowid = note_fts.rowid
    JOIN forum f ON f.id = n.forum_id
    LEFT JOIN person p ON p.id = n.speaker_id
    WHERE ${[...where, 'n.deleted_at IS NULL', 'f.deleted_at IS NULL'].join(' AND ')}
    ORDER BY note_fts.rowid DESC
    LIMIT ?`;
  return ctx.sql(sql).all(...params, plan.limit) as NoteHitRow[];
}

/** Issues that were merged into another are left out: the survivor carries their history. */
export function searchIssues(ctx: Context, plan: SearchPlan): IssueHitRow[] {
  const { where, params } = conditions(plan, 'issue_fts', 'i', 'issue', (p) => ({ sql: `(${like('issue_fts.title')} OR ${like('issue_fts.description')})`, params: [p, p] }));
  const sql = `
    SELECT i.id, i.forum_id, f.title AS forum_title, i.agenda_item_id, i.created_at AS at, i.title, i.description AS body
    FROM issue_fts JOIN issue i ON i.rowid = issue_fts.rowid
    JOIN forum f ON f.id = i.forum_id
    WHERE ${[...where, 'i.merged_into IS NULL', 'f.deleted_at IS NULL'].join(' AND ')}
    ORDER BY issue_fts.rowid DESC
    LIMIT ?`;
  return ctx.sql(sql).all(...params, plan.limit) as IssueHitRow[];
}

/** Resolutions (มติที่ประชุม), with the item they were decided under. */
export function searchResolutions(ctx: Context, plan: SearchPlan): HitRow[] {
  const { where, params } = conditions(plan, 'resolution_fts', 'r', 'resolution', (p) => ({ sql: like('resolution_fts.text'), params: [p] }));
  const sql = `
    SELECT r.id, r.forum_id, f.title AS forum_title, r.agenda_item_id, r.created_at AS at, r.text AS body
    FROM resolution_fts JOIN resolution r ON r.rowid = resolution_fts.rowid
    JOIN forum f ON f.id = r.forum_id
    WHERE ${[...where, 'f.deleted_at IS NULL'].join(' AND ')}
    ORDER BY resolution_fts.rowid DESC
    LIMIT ?`;
  return ctx.sql(sql).all(...params, plan.limit) as HitRow[];
}
