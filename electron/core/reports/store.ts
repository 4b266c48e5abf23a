/**
 * Rows of minutes_section (the note-taker's edits; a section without a row shows its seeded
 * text), and the few attendance and resolution columns the minutes need that the other
 * features' read functions do not return (badge order, the poll a resolution came from).
 */
import type { Context } from '../context';

export interface SectionEdit {
  text: string;
  updatedAt: string;
}

export function sectionEdits(ctx: Context, forumId: string): Map<string, SectionEdit> {
  const rows = ctx.sql('SELECT key, text, updated_at FROM minutes_section WHERE forum_id = ?').all(forumId) as {
    key: string;
    text: string;
    updated_at: string;
  }[];
  return new Map(rows.map((r) => [r.key, { text: r.text, updatedAt: r.updated_at }]));
}

export function saveSectionEdit(ctx: Context, forumId: string, key: string, text: string, at: string): void {
  ctx
    .sql(
      `INSERT INTO minutes_section (forum_id, key, text, updated_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (forum_id, key) DO UPDATE SET text = excluded.text, updated_at = excluded.updated_at`,
    )
    .run(forumId, key, text, at);
}

/** True when there was an edit to forget. */
export function deleteSectionEdit(ctx: Context, forumId: string, key: string): boolean {
  return ctx.sql('DELETE FROM minutes_section WHERE forum_id = ? AND key = ?').run(forumId, key).changes > 0;
}

/** Person id → badge number: the order people were registered in, i.e. the lines of the sign-in sheet. */
export function badgeNumbers(ctx: Context, forumId: string): Map<string, number> {
  const rows = ctx.sql('SELECT person_id, badge_number FROM attendance WHERE forum_id = ?').all(forumId) as {
    person_id: string;
    badge_number: number | null;
  }[];
  return new Map(rows.map((r) => [r.person_id, r.badge_number ?? Number.MAX_SAFE_INTEGER]));
}

/** Resolution id → the poll it records (priorities adopted from a poll), for the resolutions that have one. */
export function resolutionPolls(ctx: Context, forumId: string): Map<string, string> {
  const rows = ctx.sql('SELECT id, poll_id FROM resolution WHERE forum_id = ? AND poll_id IS NOT NULL').all(forumId) as {
    id: string;
    poll_id: string;
  }[];
  return new Map(rows.map((r) => [r.id, r.poll_id]));
}

/** Report-back note id → its small group's name: the notes groups.reportBack wrote for the plenary. */
export function groupReportNotes(ctx: Context, forumId: string): Map<string, string> {
  const rows = ctx.sql('SELECT report_note_id, name FROM small_group WHERE forum_id = ? AND report_note_id IS NOT NULL').all(forumId) as {
    report_note_id: string;
    name: string;
  }[];
  return new Map(rows.map((r) => [r.report_note_id, r.name]));
}
