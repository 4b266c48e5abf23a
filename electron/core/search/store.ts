/**
 * The search statements. Each shape of query (index or scan, how many LIKE terms, one forum or
 * all) is its own SQL text, so each is prepared once and planned for what it is.
 */
import type { Context } from '../context';
import type { SpeakerColumns } from '../notes/store';
import { SNIPPET_CHARS } from './segments';

export interface SearchPlan {
  /** FTS5 MATCH expression for the indexed terms, or null when every term is too short for it. */
  match: string | null;
  /** LIKE patterns, one per short term, all of which must match. */
  likes: string[];
  /** Whether FTS5 marks the matches (every term indexed) or the caller marks them in the text. */
  sqlMarks: boolean;
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
  /** snippet() output with markers, or the plain text when the caller marks it. */
  body: string | null;
}

export type NoteHitRow = HitRow & SpeakerColumns;

export interface IssueHitRow extends HitRow {
  title: string;
}

const MARKS = `char(2), char(3)`;
const LIKE = `LIKE ? ESCAPE '\\'`;

/**
 * Newest first, by rowid: notes are inserted as they are taken, so rowid order is time order,
 * and FTS5 can walk its index in rowid order and stop at the limit instead of ranking every
 * match (a common trigram such as การ is in most Thai sentences).
 */
export function searchNotes(ctx: Context, plan: SearchPlan): NoteHitRow[] {
  const fts = plan.match !== null;
  const forum = plan.forumId !== null;
  const where: string[] = [];
  const params: unknown[] = [];
  if (fts) {
    where.push('note_fts MATCH ?');
    params.push(plan.match);
  }
  if (forum) {
    where.push('n.forum_id = ?');
    params.push(plan.forumId);
    if (fts) {
      // The forum's notes lie within this rowid range, which FTS5 can seek to: without it, an
      // old forum's matches would be reached only after walking every newer forum's.
      where.push(
        'note_fts.rowid BETWEEN (SELECT min(rowid) FROM note WHERE forum_id = ?) AND (SELECT max(rowid) FROM note WHERE forum_id = ?)',
      );
      params.push(plan.forumId, plan.forumId);
    }
  }
  for (const like of plan.likes) {
    where.push(`n.text ${LIKE}`);
    params.push(like);
  }
  const body = plan.sqlMarks ? `snippet(note_fts, 0, ${MARKS}, '…', ${SNIPPET_CHARS})` : 'n.text';
  const sql = `
    SELECT n.id, n.forum_id, f.title AS forum_title, n.agenda_item_id, n.created_at AS at, ${body} AS body,
           n.speaker_id, p.title_prefix, p.first_name, p.last_name
    FROM ${fts ? 'note_fts JOIN note n ON n.rowid = note_fts.rowid' : 'note n'}
    JOIN forum f ON f.id = n.forum_id
    LEFT JOIN person p ON p.id = n.speaker_id
    WHERE ${[...where, 'n.deleted_at IS NULL', 'f.deleted_at IS NULL'].join(' AND ')}
    ORDER BY ${fts ? 'note_fts.rowid' : 'n.rowid'} DESC
    LIMIT ?`;
  return ctx.sql(sql).all(...params, plan.limit) as NoteHitRow[];
}

/** Issues that were merged into another are left out: the survivor carries their history. */
export function searchIssues(ctx: Context, plan: SearchPlan): IssueHitRow[] {
  const fts = plan.match !== null;
  const where: string[] = [];
  const params: unknown[] = [];
  if (fts) {
    where.push('issue_fts MATCH ?');
    params.push(plan.match);
  }
  if (plan.forumId !== null) {
    where.push('i.forum_id = ?');
    params.push(plan.forumId);
  }
  for (const like of plan.likes) {
    where.push(`(i.title ${LIKE} OR coalesce(i.description, '') ${LIKE})`);
    params.push(like, like);
  }
  const [title, body] = plan.sqlMarks
    ? [`highlight(issue_fts, 0, ${MARKS})`, `snippet(issue_fts, 1, ${MARKS}, '…', ${SNIPPET_CHARS})`]
    : ['i.title', 'i.description'];
  const sql = `
    SELECT i.id, i.forum_id, f.title AS forum_title, i.agenda_item_id, i.created_at AS at, ${title} AS title, ${body} AS body
    FROM ${fts ? 'issue_fts JOIN issue i ON i.rowid = issue_fts.rowid' : 'issue i'}
    JOIN forum f ON f.id = i.forum_id
    WHERE ${[...where, 'i.merged_into IS NULL', 'f.deleted_at IS NULL'].join(' AND ')}
    ORDER BY ${fts ? 'issue_fts.rowid' : 'i.rowid'} DESC
    LIMIT ?`;
  return ctx.sql(sql).all(...params, plan.limit) as IssueHitRow[];
}
