/**
 * Checks on what an issue points at: its agenda item and small group are the forum's own, its
 * raiser is in the register (through the one guard, electron/core/guard.ts), and its category
 * is on the forum's list.
 */
import type { Context } from '../context';
import { AppError } from '../errors';
import { requireInForum, requirePerson } from '../guard';
import { storedCategories } from './categories';

export interface Links {
  agendaItemId?: string | null;
  groupId?: string | null;
  raisedByPersonId?: string | null;
  category?: string | null;
}

export function checkLinks(ctx: Context, forumId: string, links: Links): void {
  requireInForum(ctx, forumId, 'agenda_item', links.agendaItemId);
  requireInForum(ctx, forumId, 'small_group', links.groupId);
  // A raiser is anyone in the register: people speak up without having signed in.
  requirePerson(ctx, links.raisedByPersonId);
  if (links.category && !storedCategories(ctx, forumId).some((c) => c.key === links.category)) {
    throw new AppError('validation', 'issue.unknown_category', `category ${links.category} is not in this forum's list`, {
      category: links.category,
    });
  }
}
