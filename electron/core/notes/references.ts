/**
 * Checks that what a note or resolution points at exists and belongs to the same forum. The
 * foreign keys only say a row exists somewhere; an agenda item of another forum would pass them.
 */
import type { Context } from '../context';
import { notFound } from '../errors';

/** The forum's current agenda item (or null), and a not_found error when the forum is missing or in the trash. */
export function currentAgendaItem(ctx: Context, forumId: string): string | null {
  const row = ctx.sql('SELECT current_agenda_item_id AS item FROM forum WHERE id = ? AND deleted_at IS NULL').get(forumId) as
    | { item: string | null }
    | undefined;
  if (!row) throw notFound('forum', forumId);
  return row.item;
}

export function requireForum(ctx: Context, forumId: string): void {
  currentAgendaItem(ctx, forumId);
}

export function checkAgendaItem(ctx: Context, forumId: string, id: string | null | undefined): void {
  if (id == null) return;
  if (ctx.sql('SELECT 1 FROM agenda_item WHERE id = ? AND forum_id = ?').get(id, forumId) === undefined) throw notFound('agenda_item', id);
}

export function checkGroup(ctx: Context, forumId: string, id: string | null | undefined): void {
  if (id == null) return;
  if (ctx.sql('SELECT 1 FROM small_group WHERE id = ? AND forum_id = ?').get(id, forumId) === undefined) throw notFound('small_group', id);
}

/** A speaker is anyone in the register: people speak before they are checked in, or without registering. */
export function checkPerson(ctx: Context, id: string | null | undefined): void {
  if (id == null) return;
  if (ctx.sql('SELECT 1 FROM person WHERE id = ?').get(id) === undefined) throw notFound('person', id);
}
