/** A forum with an agenda to work on, and short ways to read the agenda back. */
import Database from 'better-sqlite3';
import type { AgendaList } from '../../../shared/contract';
import { type TestCore, manualClock, openCore } from '../../support/core';
import { forumDraft } from '../../support/factories';

export async function forumWithCore(clock = manualClock()) {
  const t = await openCore({ now: clock });
  const forum = await t.call('forums.create', forumDraft());
  return { ...t, clock, forumId: forum.id };
}

/** "number title" per item in display order: what the facilitator sees on the agenda. */
export const outline = (list: AgendaList) => list.items.map((i) => `${i.number} ${i.title}`);

/** Adds top-level items with the given titles, in order; returns their ids. */
export async function addItems(t: Pick<TestCore, 'call'>, forumId: string, titles: string[], parentId?: string): Promise<string[]> {
  const ids: string[] = [];
  for (const title of titles) ids.push((await t.call('agenda.add', { forumId, title, parentId })).id);
  return ids;
}

/** Positions as stored, per parent, in stored order: checks the density rule independently of the numbering. */
export function storedPositions(t: Pick<TestCore, 'peek'>, forumId: string): Record<string, number[]> {
  const rows = t.peek<{ parent: string; position: number }>(
    "SELECT coalesce(parent_id, 'top') AS parent, position FROM agenda_item WHERE forum_id = ? ORDER BY parent, position",
    forumId,
  );
  const out: Record<string, number[]> = {};
  for (const r of rows) out[r.parent] = [...(out[r.parent] ?? []), r.position];
  return out;
}

/**
 * Writes rows of other features (notes, issues, resolutions, drafts) straight into the file, as
 * a second connection: the agenda tests must not depend on those features' services.
 */
export function writeRaw(t: Pick<TestCore, 'dbPath'>, sql: string, ...params: unknown[]): void {
  const db = new Database(t.dbPath);
  try {
    db.pragma('foreign_keys = ON');
    db.prepare(sql).run(...params);
  } finally {
    db.close();
  }
}

let rawId = 0;
/** A fresh id for raw rows, in the UUID form the contract's schemas expect. */
export const rawUuid = () => `01936d2a-0000-7000-8000-${String(++rawId).padStart(12, '0')}`;

export function addNote(t: Pick<TestCore, 'dbPath'>, forumId: string, agendaItemId: string | null, text = 'น้ำไม่พอใช้ในหน้าแล้ง'): string {
  const id = rawUuid();
  writeRaw(
    t,
    "INSERT INTO note (id, forum_id, agenda_item_id, kind, text, created_at) VALUES (?, ?, ?, 'statement', ?, '2026-11-23T02:00:00.000Z')",
    id,
    forumId,
    agendaItemId,
    text,
  );
  return id;
}

export function addIssue(t: Pick<TestCore, 'dbPath'>, forumId: string, agendaItemId: string | null, title = 'ถนนเข้าหมู่บ้านชำรุด'): string {
  const id = rawUuid();
  writeRaw(
    t,
    `INSERT INTO issue (id, forum_id, agenda_item_id, title, position, created_at, updated_at)
     VALUES (?, ?, ?, ?, 0, '2026-11-23T02:00:00.000Z', '2026-11-23T02:00:00.000Z')`,
    id,
    forumId,
    agendaItemId,
    title,
  );
  return id;
}

export function addResolution(t: Pick<TestCore, 'dbPath'>, forumId: string, agendaItemId: string, text = 'ที่ประชุมมีมติเห็นชอบ'): string {
  const id = rawUuid();
  writeRaw(
    t,
    `INSERT INTO resolution (id, forum_id, agenda_item_id, text, created_at, updated_at)
     VALUES (?, ?, ?, ?, '2026-11-23T02:00:00.000Z', '2026-11-23T02:00:00.000Z')`,
    id,
    forumId,
    agendaItemId,
    text,
  );
  return id;
}
