/**
 * Rows of other features (notes, issues, speeches, resolutions, polls, group report-backs) that
 * point at agenda items. Deleting an item must not lose them: the foreign keys would null some
 * and cascade-delete others (resolutions), so before a delete they are detached explicitly and
 * remembered, and an undo points them back. The tables are found from the schema's foreign keys, so a feature that
 * adds a reference to agenda_item is covered without a change here (one such column per table:
 * the rows are remembered by table).
 */
import type { Context } from '../context';

interface ReferencingTable {
  table: string;
  column: string;
  /** Whether the table has a forum_id column, to keep a re-link inside the item's forum. */
  scoped: boolean;
}

// Tables without an `id` key cannot be remembered row by row; the forum's own pointer to its
// current item is handled by the agenda itself.
const DISCOVER = `
  SELECT m.name AS "table", fk."from" AS "column",
    EXISTS (SELECT 1 FROM pragma_table_info(m.name) c WHERE c.name = 'forum_id') AS scoped
  FROM sqlite_schema m, pragma_foreign_key_list(m.name) fk
  WHERE m.type = 'table' AND fk."table" = 'agenda_item' AND m.name NOT IN ('agenda_item', 'forum')
    AND EXISTS (SELECT 1 FROM pragma_table_info(m.name) c WHERE c.name = 'id')
  ORDER BY m.name, fk."from"`;

export function referencingTables(ctx: Context): ReferencingTable[] {
  return (ctx.sql(DISCOVER).all() as { table: string; column: string; scoped: number }[]).map((r) => ({ ...r, scoped: r.scoped === 1 }));
}

/** How many rows refer to any of the items, by table (tables with none left out). */
export function countReferences(ctx: Context, itemIds: readonly string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const { table, column } of referencingTables(ctx)) {
    let n = 0;
    for (const id of itemIds) n += ctx.sql(`SELECT count(*) FROM "${table}" WHERE "${column}" = ?`).pluck().get(id) as number;
    if (n > 0) counts[table] = (counts[table] ?? 0) + n;
  }
  return counts;
}

/** Unhooks every row pointing at the item and says which ones they were, by table. */
export function detachReferences(ctx: Context, itemId: string): Record<string, string[]> {
  const detached: Record<string, string[]> = {};
  for (const { table, column } of referencingTables(ctx)) {
    const ids = ctx.sql(`SELECT id FROM "${table}" WHERE "${column}" = ?`).pluck().all(itemId) as string[];
    if (ids.length === 0) continue;
    ctx.sql(`UPDATE "${table}" SET "${column}" = NULL WHERE "${column}" = ?`).run(itemId);
    detached[table] = [...(detached[table] ?? []), ...ids];
  }
  forgetInDrafts(ctx, itemId);
  return detached;
}

/**
 * A draft being typed names its item without a foreign key; pointing at a deleted item it would
 * fail to become a note. Unattached, it is still saved.
 */
export function forgetInDrafts(ctx: Context, itemId: string): void {
  ctx.sql('UPDATE note_draft SET agenda_item_id = NULL WHERE agenda_item_id = ?').run(itemId);
}

export class UnknownReferenceTable extends Error {}

/**
 * Points remembered rows back at the item. Rows attached elsewhere since (a note moved to
 * another item) are left where they are; rows deleted since are simply gone.
 * Returns the tables in which something was re-attached.
 */
export function reattachReferences(ctx: Context, forumId: string, itemId: string, referencedBy: Record<string, readonly string[]>): string[] {
  const known = referencingTables(ctx);
  const touched: string[] = [];
  for (const [table, ids] of Object.entries(referencedBy)) {
    const targets = known.filter((k) => k.table === table);
    // Table names come from the caller: only tables found in the schema are ever named in SQL.
    if (targets.length === 0) throw new UnknownReferenceTable(table);
    let changed = 0;
    for (const { column, scoped } of targets) {
      const update = ctx.sql(`UPDATE "${table}" SET "${column}" = ? WHERE id = ? AND "${column}" IS NULL${scoped ? ' AND forum_id = ?' : ''}`);
      for (const id of ids) changed += update.run(...(scoped ? [itemId, id, forumId] : [itemId, id])).changes;
    }
    if (changed > 0) touched.push(table);
  }
  return touched;
}
