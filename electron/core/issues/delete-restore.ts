/**
 * Delete with undo. The issue row is removed (so search and counts forget it at once, with no
 * "deleted" flag for every reader to remember) and the caller gets everything needed to put
 * it back. Run inside `ctx.write`.
 */
import type { DeletedIssue, IssueRecord } from '../../../shared/contract';
import { ISSUE_DETAIL_KINDS } from '../../../shared/contract';
import type { Context } from '../context';
import { AppError } from '../errors';
import { storedCategories } from './categories';
import { detailsOf, insertDetailsWithIds } from './details';
import { requireForum } from '../guard';
import { type IssueRow, activeIssueIds, insertIssue, renumber, toRecord } from './store';
import { requireIssue } from './write-issue';

/**
 * The issues merged into a deleted issue go with it: they are its history, and left behind
 * their `merged_into` would turn NULL (the foreign key's ON DELETE SET NULL) and they would
 * come back on the list as if never merged.
 */
export function deleteIssue(ctx: Context, id: string): DeletedIssue {
  const root = requireIssue(ctx, id);
  const rows = ctx
    .sql(
      `WITH RECURSIVE history(id, depth) AS (
         SELECT ?, 0
         UNION SELECT i.id, h.depth + 1 FROM issue i JOIN history h ON i.merged_into = h.id WHERE h.depth < 1000
       )
       SELECT i.* FROM history h JOIN issue i ON i.id = h.id ORDER BY h.depth, i.position, i.id`,
    )
    .all(root.id) as IssueRow[];
  const ids = rows.map((r) => r.id);
  const details = detailsOf(ctx, { forumId: root.forum_id });
  const issues = rows.map((row) => toRecord(row, details(row.id)));

  const marks = ids.map(() => '?').join(', ');
  const splitChildren = ctx
    .sql(`SELECT id, split_from AS splitFrom FROM issue WHERE split_from IN (${marks}) AND id NOT IN (${marks})`)
    .all(...ids, ...ids) as DeletedIssue['splitChildren'];

  ctx.sql(`DELETE FROM issue WHERE id IN (${marks})`).run(...ids);
  renumber(ctx, activeIssueIds(ctx, root.forum_id));
  return { issues, splitChildren };
}

/**
 * Puts the issues back with their ids. Links to things deleted in the meantime (an agenda item,
 * a group, a person, a category taken off the list) come back empty rather than failing the undo.
 * Returns the id of the issue that was asked to be deleted.
 */
export function restoreIssue(ctx: Context, deleted: DeletedIssue): string {
  const [root] = deleted.issues;
  if (!root) throw new AppError('validation', 'issue.restore_empty', 'Nothing to restore');
  requireForum(ctx, root.forumId);
  if (deleted.issues.some((r) => r.forumId !== root.forumId)) {
    throw new AppError('validation', 'issue.restore_mixed_forums', 'Restored issues must belong to one forum');
  }
  const ids = new Set(deleted.issues.map((r) => r.id));
  for (const id of ids) {
    if (ctx.sql('SELECT 1 FROM issue WHERE id = ?').get(id) !== undefined) {
      throw new AppError('conflict', 'issue.already_restored', `issue ${id} exists already`, { id });
    }
  }

  const exists = (table: string, id: string | null) => id !== null && ctx.sql(`SELECT 1 FROM ${table} WHERE id = ?`).get(id) !== undefined;
  const agendaItemOk = (id: string | null) =>
    id !== null && ctx.sql('SELECT 1 FROM agenda_item WHERE id = ? AND forum_id = ?').get(id, root.forumId) !== undefined;
  const groupOk = (id: string | null) =>
    id !== null && ctx.sql('SELECT 1 FROM small_group WHERE id = ? AND forum_id = ?').get(id, root.forumId) !== undefined;
  const categoryKeys = new Set(storedCategories(ctx, root.forumId).map((c) => c.key));
  const categoryOk = (key: string | null) => key !== null && categoryKeys.has(key);

  // Links between the restored issues are set after all rows exist, whatever order they came in.
  for (const r of deleted.issues) {
    insertIssue(ctx, {
      ...r,
      agendaItemId: agendaItemOk(r.agendaItemId) ? r.agendaItemId : null,
      groupId: groupOk(r.groupId) ? r.groupId : null,
      raisedByPersonId: exists('person', r.raisedByPersonId) ? r.raisedByPersonId : null,
      category: categoryOk(r.category) ? r.category : null,
      mergedInto: null,
      splitFrom: null,
    });
    for (const kind of ISSUE_DETAIL_KINDS) insertDetailsWithIds(ctx, r.id, kind, detailsOfKind(r, kind));
  }
  const link = ctx.sql('UPDATE issue SET merged_into = ?, split_from = ? WHERE id = ?');
  for (const r of deleted.issues) {
    const mergedInto = r.mergedInto !== null && r.mergedInto !== r.id && (ids.has(r.mergedInto) || exists('issue', r.mergedInto)) ? r.mergedInto : null;
    link.run(mergedInto, exists('issue', r.splitFrom) ? r.splitFrom : null, r.id);
  }
  const relink = ctx.sql('UPDATE issue SET split_from = ? WHERE id = ? AND split_from IS NULL');
  for (const child of deleted.splitChildren) if (ids.has(child.splitFrom)) relink.run(child.splitFrom, child.id);

  // Back in its old place in the list, the issues after it moving down one.
  const order = activeIssueIds(ctx, root.forumId).filter((id) => id !== root.id);
  const isActive = ctx.sql('SELECT merged_into IS NULL FROM issue WHERE id = ?').pluck().get(root.id) === 1;
  if (isActive) order.splice(Math.min(root.position, order.length), 0, root.id);
  renumber(ctx, order);
  return root.id;
}

const detailsOfKind = (r: IssueRecord, kind: (typeof ISSUE_DETAIL_KINDS)[number]) =>
  kind === 'cause' ? r.causes : kind === 'potential' ? r.potentials : r.needs;
