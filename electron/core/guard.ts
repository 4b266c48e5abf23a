/**
 * The one check every write makes on what it points at, before it changes anything: the forum
 * it writes into exists (and is not in the trash), and every id it refers to exists and belongs
 * to that forum. The foreign keys only say a row exists somewhere: an agenda item, a poll or an
 * issue of another forum would pass them.
 *
 * Two answers, the same for every operation:
 * - `not_found`: there is no such row (or the forum is in the trash);
 * - `outside_forum`: the row exists but belongs to another forum (for people, who are one
 *   register shared by all forums: they are not registered at this forum where the operation
 *   needs an attendee).
 */
import type { Context } from './context';
import { AppError, notFound } from './errors';

/** The tables whose rows belong to one forum through their `forum_id` column. */
export const FORUM_TABLES = ['agenda_item', 'small_group', 'issue', 'note', 'resolution', 'poll', 'project', 'speech', 'speaker_queue'] as const;
export type ForumTable = (typeof FORUM_TABLES)[number];

export interface ForumState {
  id: string;
  currentAgendaItemId: string | null;
}

/** Where the id sat in the input, for forms and the CLI (e.g. `['options', '2', 'issueId']`). */
type Path = readonly string[];

export function outsideForum(entity: string, id: string, forumId: string, path?: Path, messageKey = 'error.outside_forum'): AppError {
  const what = entity === 'person' ? `person ${id} is not registered at forum ${forumId}` : `${entity} ${id} belongs to another forum than ${forumId}`;
  return new AppError('outside_forum', messageKey, what, { entity, id, forumId, ...(path ? { path } : {}) });
}

/** The forum a write goes into, with its current agenda item: it exists and is not in the trash. */
export function requireForum(ctx: Context, forumId: string): ForumState {
  const item = ctx.sql('SELECT current_agenda_item_id FROM forum WHERE id = ? AND deleted_at IS NULL').pluck().get(forumId) as
    | string
    | null
    | undefined;
  if (item === undefined) throw notFound('forum', forumId);
  return { id: forumId, currentAgendaItemId: item };
}

/** The forum a row belongs to; `not_found` when there is no such row. */
export function forumOf(ctx: Context, table: ForumTable, id: string): string {
  const owner = ctx.sql(`SELECT forum_id FROM ${table} WHERE id = ?`).pluck().get(id) as string | undefined;
  if (owner === undefined) throw notFound(table, id);
  return owner;
}

/** A row the write refers to is the forum's own; nothing to check when the reference is empty. */
export function requireInForum(ctx: Context, forumId: string, table: ForumTable, id: string | null | undefined, path?: Path): void {
  if (id == null) return;
  if (forumOf(ctx, table, id) !== forumId) throw outsideForum(table, id, forumId, path);
}

/**
 * A list the write puts in order (issues, projects, the speakers' queue): no id may be another
 * forum's. Ids that exist nowhere are left to the operation's own rule (an entry removed in
 * another window is a changed list to reload, not a stray reference).
 */
export function requireNoneOutside(ctx: Context, forumId: string, table: ForumTable, ids: readonly string[], path: Path): void {
  ids.forEach((id, index) => {
    const owner = ctx.sql(`SELECT forum_id FROM ${table} WHERE id = ?`).pluck().get(id) as string | undefined;
    if (owner !== undefined && owner !== forumId) throw outsideForum(table, id, forumId, [...path, String(index)]);
  });
}

/** A person of the register: people speak, raise issues and own projects without having signed in. */
export function requirePerson(ctx: Context, id: string | null | undefined): void {
  if (id == null) return;
  if (ctx.sql('SELECT 1 FROM person WHERE id = ?').get(id) === undefined) throw notFound('person', id);
}

/** A person registered at the forum: speakers in the queue, group members, named voters. */
export function requireAttendee(ctx: Context, forumId: string, personId: string, path?: Path): void {
  if (ctx.sql('SELECT 1 FROM attendance WHERE forum_id = ? AND person_id = ?').get(forumId, personId) !== undefined) return;
  requirePerson(ctx, personId);
  throw outsideForum('person', personId, forumId, path, 'error.not_attendee');
}
