/** Rows of the resolution table: at most one per agenda item (and one forum-level, without an item). */
import type { Resolution } from '../../../shared/contract';
import type { Context } from '../context';

interface ResolutionRow {
  id: string;
  forum_id: string;
  agenda_item_id: string | null;
  text: string;
  source_note_id: string | null;
  created_at: string;
  updated_at: string;
}

const toResolution = (row: ResolutionRow): Resolution => ({
  id: row.id,
  forumId: row.forum_id,
  agendaItemId: row.agenda_item_id,
  text: row.text,
  sourceNoteId: row.source_note_id,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

export function findResolution(ctx: Context, id: string): Resolution | null {
  const row = ctx.sql('SELECT * FROM resolution WHERE id = ?').get(id) as ResolutionRow | undefined;
  return row ? toResolution(row) : null;
}

/** In agenda order: a sub-item (4.1) right after its parent (4), the forum-level resolution last. */
export function listResolutions(ctx: Context, forumId: string): Resolution[] {
  const rows = ctx
    .sql(
      `SELECT r.* FROM resolution r
       LEFT JOIN agenda_item a ON a.id = r.agenda_item_id
       LEFT JOIN agenda_item parent ON parent.id = a.parent_id
       WHERE r.forum_id = ?
       ORDER BY r.agenda_item_id IS NULL, coalesce(parent.position, a.position), a.parent_id IS NOT NULL, a.position, r.created_at`,
    )
    .all(forumId) as ResolutionRow[];
  return rows.map(toResolution);
}

export interface ResolutionValues {
  forumId: string;
  agendaItemId: string | null;
  text: string;
  /** undefined keeps an existing resolution's source. */
  sourceNoteId?: string | null;
}

/**
 * One resolution per item: updates the item's resolution or inserts it. Looked up first rather
 * than ON CONFLICT because migration 3 has no unique index on (forum_id, agenda_item_id); the
 * caller's transaction makes the look-up and the write one step.
 */
export function upsertResolution(ctx: Context, newId: () => string, v: ResolutionValues, at: string): string {
  const existing = ctx.sql('SELECT id FROM resolution WHERE forum_id = ? AND agenda_item_id IS ? ORDER BY created_at LIMIT 1').get(
    v.forumId,
    v.agendaItemId,
  ) as { id: string } | undefined;
  if (existing) {
    const keepSource = v.sourceNoteId === undefined;
    ctx
      .sql('UPDATE resolution SET text = ?, source_note_id = CASE WHEN ? THEN source_note_id ELSE ? END, updated_at = ? WHERE id = ?')
      .run(v.text, keepSource ? 1 : 0, v.sourceNoteId ?? null, at, existing.id);
    return existing.id;
  }
  const id = newId();
  ctx
    .sql(
      `INSERT INTO resolution (id, forum_id, agenda_item_id, text, source_note_id, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(id, v.forumId, v.agendaItemId, v.text, v.sourceNoteId ?? null, at, at);
  return id;
}

export function deleteResolution(ctx: Context, id: string): void {
  ctx.sql('DELETE FROM resolution WHERE id = ?').run(id);
}
