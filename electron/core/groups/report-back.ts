/**
 * Bringing a small group's work back to the plenary, and undoing it. Run inside `ctx.write`.
 * The issues keep their group (so they stay "raised by" it) and only change agenda item; the
 * summary is a plenary note (no group) by the reporter, so it sits with what the room heard.
 */
import type { ChangeEvent, GroupReport, ReportBackUndo } from '../../../shared/contract';
import type { Context } from '../context';
import { AppError, notFound } from '../errors';
import { requireForum, requireInForum } from '../guard';
import { insertNote, setNoteDeleted } from '../notes/store';
import { type GroupRow, findGroupRow } from './store';
import { reportBackText } from './report-text';

type Emit = (event: ChangeEvent) => void;

export interface ReportedBack {
  noteId: string;
  issueIds: string[];
  undo: ReportBackUndo;
}

const reportOf = (row: GroupRow): GroupReport | null =>
  row.reported_at === null ? null : { reportedAt: row.reported_at, agendaItemId: row.report_agenda_item_id, noteId: row.report_note_id };

/** `agendaItemId` left out: the forum's current item. */
export function reportBack(ctx: Context, groupId: string, agendaItemId: string | null | undefined, emit: Emit): ReportedBack {
  const group = requireGroup(ctx, groupId);
  const forumId = group.forum_id;
  const current = requireForum(ctx, forumId).currentAgendaItemId;
  const item = agendaItemId === undefined ? current : agendaItemId;
  requireInForum(ctx, forumId, 'agenda_item', item);

  // Merged issues are history and stay where they are; the survivors carry them.
  const issues = ctx
    .sql('SELECT id, title, agenda_item_id FROM issue WHERE group_id = ? AND merged_into IS NULL ORDER BY position, created_at, id')
    .all(groupId) as { id: string; title: string; agenda_item_id: string | null }[];
  const at = ctx.now();
  const move = ctx.sql('UPDATE issue SET agenda_item_id = ?, updated_at = ? WHERE id = ?');
  for (const issue of issues) {
    if (issue.agenda_item_id === item) continue;
    move.run(item, at, issue.id);
    emit({ entity: 'issue', id: issue.id, forumId });
  }

  const noteId = ctx.newId();
  const text = reportBackText(group.name, issues.map((i) => i.title));
  insertNote(ctx, noteId, { forumId, agendaItemId: item, groupId: null, speakerId: group.reporter_id, kind: 'statement', text }, at);
  emit({ entity: 'note', id: noteId, forumId });

  ctx.sql('UPDATE small_group SET reported_at = ?, report_agenda_item_id = ?, report_note_id = ? WHERE id = ?').run(at, item, noteId, groupId);
  emit({ entity: 'small_group', id: groupId, forumId });

  return {
    noteId,
    issueIds: issues.map((i) => i.id),
    undo: {
      groupId,
      noteId,
      previousReport: reportOf(group),
      issues: issues.filter((i) => i.agenda_item_id !== item).map((i) => ({ id: i.id, agendaItemId: i.agenda_item_id })),
    },
  };
}

export function undoReportBack(ctx: Context, undo: ReportBackUndo, emit: Emit): void {
  const group = requireGroup(ctx, undo.groupId);
  const forumId = group.forum_id;
  if (group.report_note_id !== undo.noteId) {
    throw new AppError('conflict', 'error.report_changed', `group ${undo.groupId} has reported again since`, { groupId: undo.groupId });
  }
  // What was deleted in the meantime comes back empty rather than failing the undo (as issues.restore does).
  const inForum = (table: 'agenda_item' | 'note', id: string | null) =>
    id !== null && ctx.sql(`SELECT 1 FROM ${table} WHERE id = ? AND forum_id = ?`).get(id, forumId) !== undefined ? id : null;

  const at = ctx.now();
  // Only issues still filed under this group: one taken away from it since is the facilitator's later choice.
  const back = ctx.sql('UPDATE issue SET agenda_item_id = ?, updated_at = ? WHERE id = ? AND group_id = ?');
  for (const issue of undo.issues) {
    if (back.run(inForum('agenda_item', issue.agendaItemId), at, issue.id, undo.groupId).changes > 0) emit({ entity: 'issue', id: issue.id, forumId });
  }

  if (inForum('note', undo.noteId)) {
    // To the trash, not gone: the reporter's words may have been edited since, and notes.restore brings them back.
    setNoteDeleted(ctx, undo.noteId, at);
    emit({ entity: 'note', id: undo.noteId, forumId });
  }

  const previous = undo.previousReport;
  ctx
    .sql('UPDATE small_group SET reported_at = ?, report_agenda_item_id = ?, report_note_id = ? WHERE id = ?')
    .run(previous?.reportedAt ?? null, inForum('agenda_item', previous?.agendaItemId ?? null), inForum('note', previous?.noteId ?? null), undo.groupId);
  emit({ entity: 'small_group', id: undo.groupId, forumId });
}

function requireGroup(ctx: Context, id: string): GroupRow {
  const row = findGroupRow(ctx, id);
  if (!row) throw notFound('small_group', id);
  return row;
}
