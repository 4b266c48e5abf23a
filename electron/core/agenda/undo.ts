/**
 * Deleting an item (with its sub-items) as a record that can be put back: the rows as they were,
 * with the clock stopped, and the other features' rows that referred to them.
 */
import { type ChangeEvent, type DeletedAgendaItems, Entity } from '../../../shared/contract';
import { stoppedClock } from '../../../shared/domain/agenda-clock';
import type { Context } from '../context';
import { AppError } from '../errors';
import { UnknownReferenceTable, detachReferences, reattachReferences } from './references';
import { type AgendaRow, currentItemId, deleteRow, findRow, insertRow, setCurrentItemId } from './store';
import { closeGap, placeAt } from './structure';

type Emit = (event: ChangeEvent) => void;

/**
 * Rows re-linked are remembered by table, and every table that refers to agenda items is an
 * entity of the change events (tests/core/agenda/delete-and-restore.test.ts checks it). One that
 * is not would refresh everything, as an event the windows do not know always has.
 */
const entityOf = (table: string): Entity => {
  const parsed = Entity.safeParse(table);
  return parsed.success ? parsed.data : '*';
};

export function deleteItem(ctx: Context, row: AgendaRow, emit: Emit): DeletedAgendaItems {
  const forumId = row.forum_id;
  const at = ctx.now();
  const children = ctx.sql('SELECT * FROM agenda_item WHERE parent_id = ? ORDER BY position, created_at, id').all(row.id) as AgendaRow[];
  const current = currentItemId(ctx, forumId);
  const doomed = [row, ...children];
  const touchedTables = new Set<string>();
  const items = doomed.map((r) => {
    const referencedBy = detachReferences(ctx, r.id);
    for (const table of Object.keys(referencedBy)) touchedTables.add(table);
    // A running clock stops at the delete: undone, the item has the time it had, not the time it was gone.
    const running = r.running_since !== null;
    return {
      id: r.id,
      parentId: r.parent_id,
      position: r.position,
      title: r.title,
      description: r.description,
      plannedMinutes: r.planned_minutes,
      startedAt: r.started_at,
      endedAt: running ? at : r.ended_at,
      elapsedMs: stoppedClock({ elapsedMs: r.elapsed_ms, runningSince: r.running_since }, at).elapsedMs,
      createdAt: r.created_at,
      referencedBy,
    };
  });
  const wasCurrentId = doomed.some((r) => r.id === current) ? current : null;
  if (wasCurrentId) setCurrentItemId(ctx, forumId, null);
  deleteRow(ctx, row.id);
  closeGap(ctx, forumId, row.parent_id);
  for (const r of doomed) emit({ entity: 'agenda_item', id: r.id, forumId });
  for (const table of touchedTables) emit({ entity: entityOf(table), id: null, forumId });
  return { forumId, wasCurrentId, items };
}

/** Puts deleted items back; returns the id of the restored top item. */
export function restoreItems(ctx: Context, deleted: DeletedAgendaItems, emit: Emit): string {
  const { forumId, items } = deleted;
  const [root, ...children] = items;
  if (!root || root.parentId === root.id || children.some((c) => c.parentId !== root.id)) {
    throw new AppError('validation', 'agenda.restore_malformed', 'The items to restore must be one item followed by its sub-items', {});
  }
  if (children.length > 0 && root.parentId !== null) {
    throw new AppError('validation', 'agenda.nesting_too_deep', 'Sub-items cannot have sub-items of their own', { id: root.id });
  }
  for (const item of items) {
    if (ctx.sql('SELECT 1 FROM agenda_item WHERE id = ?').get(item.id) !== undefined) {
      throw new AppError('conflict', 'agenda.already_restored', `agenda item ${item.id} is already on the agenda`, { id: item.id });
    }
  }
  // The parent may have been deleted or nested since: then the item comes back at the end of the top level.
  const parent = root.parentId ? findRow(ctx, root.parentId) : null;
  const parentOk = parent !== null && parent.forum_id === forumId && parent.parent_id === null;
  const parentId = parentOk ? parent.id : null;
  const index = parentOk || root.parentId === null ? root.position : Number.MAX_SAFE_INTEGER;

  const insert = (item: (typeof items)[number], parent: string | null, position: number) =>
    insertRow(ctx, { ...item, forumId, parentId: parent, position });
  insert(root, parentId, 0);
  placeAt(ctx, forumId, parentId, root.id, index);
  for (const [i, child] of [...children].sort((a, b) => a.position - b.position).entries()) insert(child, root.id, i);

  const touchedTables = new Set<string>();
  try {
    for (const item of items) {
      for (const table of reattachReferences(ctx, forumId, item.id, item.referencedBy)) touchedTables.add(table);
    }
  } catch (error) {
    if (error instanceof UnknownReferenceTable) {
      throw new AppError('validation', 'agenda.restore_malformed', `Nothing called ${error.message} refers to agenda items`, { table: error.message });
    }
    throw error;
  }
  if (deleted.wasCurrentId && items.some((i) => i.id === deleted.wasCurrentId) && currentItemId(ctx, forumId) === null) {
    setCurrentItemId(ctx, forumId, deleted.wasCurrentId);
  }
  for (const item of items) emit({ entity: 'agenda_item', id: item.id, forumId });
  for (const table of touchedTables) emit({ entity: entityOf(table), id: null, forumId });
  return root.id;
}
