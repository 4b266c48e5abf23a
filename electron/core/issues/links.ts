/**
 * Checks on what an issue points at: the forum, its agenda item, small group, raiser and
 * category must exist and belong to the forum, so a stale screen cannot cross forums.
 */
import type { Context } from '../context';
import { AppError, notFound } from '../errors';
import { storedCategories } from './categories';

export interface ForumState {
  currentAgendaItemId: string | null;
}

export function requireForum(ctx: Context, forumId: string): ForumState {
  const row = ctx.sql('SELECT current_agenda_item_id FROM forum WHERE id = ? AND deleted_at IS NULL').get(forumId) as
    | { current_agenda_item_id: string | null }
    | undefined;
  if (!row) throw notFound('forum', forumId);
  return { currentAgendaItemId: row.current_agenda_item_id };
}

const otherForum = (entity: string, id: string) =>
  new AppError('validation', 'issue.link_other_forum', `${entity} ${id} belongs to another forum`, { entity, id });

export interface Links {
  agendaItemId?: string | null;
  groupId?: string | null;
  raisedByPersonId?: string | null;
  category?: string | null;
}

export function checkLinks(ctx: Context, forumId: string, links: Links): void {
  const inForum = (table: string, entity: string, id: string | null | undefined) => {
    if (!id) return;
    const owner = ctx.sql(`SELECT forum_id FROM ${table} WHERE id = ?`).pluck().get(id) as string | undefined;
    if (owner === undefined) throw notFound(entity, id);
    if (owner !== forumId) throw otherForum(entity, id);
  };
  inForum('agenda_item', 'agenda_item', links.agendaItemId);
  inForum('small_group', 'small_group', links.groupId);
  // A raiser is anyone in the register: people speak up without having signed in.
  if (links.raisedByPersonId && ctx.sql('SELECT 1 FROM person WHERE id = ?').get(links.raisedByPersonId) === undefined) {
    throw notFound('person', links.raisedByPersonId);
  }
  if (links.category && !storedCategories(ctx, forumId).some((c) => c.key === links.category)) {
    throw new AppError('validation', 'issue.unknown_category', `category ${links.category} is not in this forum's list`, {
      category: links.category,
    });
  }
}
