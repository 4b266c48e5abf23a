/** Rows of the agenda_item table, their mapping to the contract's `AgendaItem`, and the forum's current item. */
import type { AgendaItem, AgendaList } from '../../../shared/contract';
import type { Context } from '../context';

export interface AgendaRow {
  id: string;
  forum_id: string;
  parent_id: string | null;
  position: number;
  title: string;
  description: string | null;
  planned_minutes: number | null;
  started_at: string | null;
  ended_at: string | null;
  elapsed_ms: number;
  running_since: string | null;
  created_at: string;
}

// Items of a forum in the trash are out of reach, as the forum itself is.
const SELECT = 'SELECT a.* FROM agenda_item a JOIN forum f ON f.id = a.forum_id AND f.deleted_at IS NULL';
// created_at and id break ties only if positions ever collide; writes keep them dense.
const ORDER = 'ORDER BY a.position, a.created_at, a.id';

export function findRow(ctx: Context, id: string): AgendaRow | null {
  return (ctx.sql(`${SELECT} WHERE a.id = ?`).get(id) as AgendaRow | undefined) ?? null;
}

export function rowsOf(ctx: Context, forumId: string): AgendaRow[] {
  return ctx.sql(`${SELECT} WHERE a.forum_id = ? ${ORDER}`).all(forumId) as AgendaRow[];
}

/** Ids of the items under one parent (null: the top level), in order. */
export function siblingIds(ctx: Context, forumId: string, parentId: string | null): string[] {
  return ctx
    .sql(`SELECT a.id FROM agenda_item a WHERE a.forum_id = ? AND a.parent_id IS ? ${ORDER}`)
    .pluck()
    .all(forumId, parentId) as string[];
}

export function hasChildren(ctx: Context, id: string): boolean {
  return ctx.sql('SELECT 1 FROM agenda_item WHERE parent_id = ? LIMIT 1').get(id) !== undefined;
}

/** Rewrites positions so they are 0, 1, 2, ... in the given order. */
export function writePositions(ctx: Context, ids: readonly string[], parentId: string | null): void {
  const update = ctx.sql('UPDATE agenda_item SET position = ?, parent_id = ? WHERE id = ? AND (position IS NOT ? OR parent_id IS NOT ?)');
  for (const [index, id] of ids.entries()) update.run(index, parentId, id, index, parentId);
}

export interface NewItem {
  id: string;
  forumId: string;
  parentId: string | null;
  position: number;
  title: string;
  description: string | null;
  plannedMinutes: number | null;
  startedAt?: string | null;
  endedAt?: string | null;
  elapsedMs?: number;
  createdAt: string;
}

export function insertRow(ctx: Context, item: NewItem): void {
  ctx
    .sql(
      `INSERT INTO agenda_item (id, forum_id, parent_id, position, title, description, planned_minutes,
         started_at, ended_at, elapsed_ms, running_since, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?)`,
    )
    .run(
      item.id,
      item.forumId,
      item.parentId,
      item.position,
      item.title,
      item.description,
      item.plannedMinutes,
      item.startedAt ?? null,
      item.endedAt ?? null,
      item.elapsedMs ?? 0,
      item.createdAt,
    );
}

const EDITABLE = { title: 'title', description: 'description', plannedMinutes: 'planned_minutes' } as const;
export type AgendaEdit = Partial<Record<keyof typeof EDITABLE, string | number | null>>;

export function updateRow(ctx: Context, id: string, patch: AgendaEdit): void {
  const keys = (Object.keys(patch) as (keyof typeof EDITABLE)[]).filter((k) => k in EDITABLE);
  if (keys.length === 0) return;
  ctx.sql(`UPDATE agenda_item SET ${keys.map((k) => `${EDITABLE[k]} = ?`).join(', ')} WHERE id = ?`).run(...keys.map((k) => patch[k] ?? null), id);
}

export function writeClock(
  ctx: Context,
  id: string,
  clock: { elapsedMs: number; runningSince: string | null; startedAt: string | null; endedAt: string | null },
): void {
  ctx
    .sql('UPDATE agenda_item SET elapsed_ms = ?, running_since = ?, started_at = ?, ended_at = ? WHERE id = ?')
    .run(clock.elapsedMs, clock.runningSince, clock.startedAt, clock.endedAt, id);
}

export function deleteRow(ctx: Context, id: string): void {
  ctx.sql('DELETE FROM agenda_item WHERE id = ?').run(id);
}

export function currentItemId(ctx: Context, forumId: string): string | null {
  return (ctx.sql('SELECT current_agenda_item_id FROM forum WHERE id = ?').pluck().get(forumId) as string | null | undefined) ?? null;
}

export function setCurrentItemId(ctx: Context, forumId: string, id: string | null): void {
  ctx.sql('UPDATE forum SET current_agenda_item_id = ? WHERE id = ?').run(id, forumId);
}

/** Display order with numbering: each top-level item ("4") followed by its sub-items ("4.1", "4.2"). */
export function toList(forumId: string, current: string | null, rows: readonly AgendaRow[]): AgendaList {
  const items: AgendaItem[] = [];
  const top = rows.filter((r) => r.parent_id === null);
  for (const [i, parent] of top.entries()) {
    items.push(toItem(parent, String(i + 1)));
    for (const [j, child] of rows.filter((r) => r.parent_id === parent.id).entries()) items.push(toItem(child, `${i + 1}.${j + 1}`));
  }
  return { forumId, currentItemId: current, items };
}

function toItem(row: AgendaRow, number: string): AgendaItem {
  return {
    id: row.id,
    forumId: row.forum_id,
    parentId: row.parent_id,
    position: row.position,
    number,
    title: row.title,
    description: row.description,
    plannedMinutes: row.planned_minutes,
    startedAt: row.started_at,
    endedAt: row.ended_at,
    elapsedMs: row.elapsed_ms,
    runningSince: row.running_since,
    createdAt: row.created_at,
  };
}

export function readList(ctx: Context, forumId: string): AgendaList {
  return toList(forumId, currentItemId(ctx, forumId), rowsOf(ctx, forumId));
}
