/** The agenda's shape rules: one level of nesting, items kept in dense order under each parent. */
import type { Context } from '../context';
import { AppError, notFound } from '../errors';
import { outsideForum } from '../guard';
import { type AgendaRow, findRow, siblingIds, writePositions } from './store';

export function requireItem(ctx: Context, id: string): AgendaRow {
  const row = findRow(ctx, id);
  if (!row) throw notFound('agenda_item', id);
  return row;
}

export function requireSameForum(row: AgendaRow, forumId: string): void {
  if (row.forum_id !== forumId) throw outsideForum('agenda_item', row.id, forumId);
}

/**
 * The item `parentId` may take sub-items: it is in the same forum and is itself top-level
 * (nesting is one level only, 4.1 but never 4.1.1), and it is not the item being placed.
 */
export function checkParent(ctx: Context, forumId: string, parentId: string, placingId?: string): AgendaRow {
  if (parentId === placingId) {
    throw new AppError('validation', 'agenda.parent_is_self', 'An agenda item cannot be placed under itself', { id: parentId });
  }
  const parent = requireItem(ctx, parentId);
  requireSameForum(parent, forumId);
  if (parent.parent_id !== null) {
    throw new AppError(
      'validation',
      'agenda.nesting_too_deep',
      'Sub-items cannot have sub-items of their own: choose a top-level item as the parent',
      { parentId, grandparentId: parent.parent_id },
    );
  }
  return parent;
}

/** Places `id` at `index` (clamped to the end) among the items under `parentId`, renumbering them. */
export function placeAt(ctx: Context, forumId: string, parentId: string | null, id: string, index: number): void {
  const ids = siblingIds(ctx, forumId, parentId).filter((s) => s !== id);
  ids.splice(Math.min(index, ids.length), 0, id);
  writePositions(ctx, ids, parentId);
}

/** Closes the gap an item left under `parentId`. */
export function closeGap(ctx: Context, forumId: string, parentId: string | null): void {
  writePositions(ctx, siblingIds(ctx, forumId, parentId), parentId);
}
