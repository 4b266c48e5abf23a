/** Rows of issue (with who raised it) mapped to the contract's `Issue`; order and merge links. */
import type { Issue, IssueDetail, IssueDetailKind, IssueRecord } from '../../../shared/contract';
import { fullName } from '../../../shared/domain/thai-text';
import type { Context } from '../context';
import { detailsOf } from './details';

export interface IssueRow {
  id: string;
  forum_id: string;
  agenda_item_id: string | null;
  group_id: string | null;
  raised_by_person_id: string | null;
  title: string;
  description: string | null;
  category: string | null;
  position: number;
  merged_into: string | null;
  split_from: string | null;
  created_at: string;
  updated_at: string;
}

interface ListedRow extends IssueRow {
  person_title_prefix: string | null;
  person_first_name: string | null;
  person_last_name: string | null;
  group_name: string | null;
}

const SELECT = `
  SELECT i.*, p.title_prefix AS person_title_prefix, p.first_name AS person_first_name,
    p.last_name AS person_last_name, g.name AS group_name
  FROM issue i
  LEFT JOIN person p ON p.id = i.raised_by_person_id
  LEFT JOIN small_group g ON g.id = i.group_id`;

// Active issues first in their order; merged ones (history) after, in the order they had.
const ORDER = 'ORDER BY i.merged_into IS NOT NULL, i.position, i.created_at, i.id';

type Details = Record<IssueDetailKind, IssueDetail[]>;

function toIssue(row: ListedRow, details: Details): Issue {
  const raisedBy: Issue['raisedBy'] =
    row.raised_by_person_id && row.person_first_name !== null
      ? {
          kind: 'person',
          personId: row.raised_by_person_id,
          name: fullName({ titlePrefix: row.person_title_prefix, firstName: row.person_first_name, lastName: row.person_last_name }),
        }
      : row.group_id && row.group_name !== null
        ? { kind: 'group', groupId: row.group_id, name: row.group_name }
        : null;
  return {
    id: row.id,
    forumId: row.forum_id,
    title: row.title,
    description: row.description,
    category: row.category,
    causes: details.cause,
    potentials: details.potential,
    needs: details.need,
    raisedBy,
    agendaItemId: row.agenda_item_id,
    groupId: row.group_id,
    position: row.position,
    mergedInto: row.merged_into,
    splitFrom: row.split_from,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function listIssues(ctx: Context, forumId: string, { includeMerged = false } = {}): Issue[] {
  const rows = ctx.sql(`${SELECT} WHERE i.forum_id = ? AND (? OR i.merged_into IS NULL) ${ORDER}`).all(forumId, includeMerged ? 1 : 0) as ListedRow[];
  const details = detailsOf(ctx, { forumId });
  return rows.map((row) => toIssue(row, details(row.id)));
}

export function findIssue(ctx: Context, id: string): Issue | null {
  const row = ctx.sql(`${SELECT} WHERE i.id = ?`).get(id) as ListedRow | undefined;
  return row ? toIssue(row, detailsOf(ctx, { issueId: id })(id)) : null;
}

export function findIssueRow(ctx: Context, id: string): IssueRow | null {
  return (ctx.sql('SELECT * FROM issue WHERE id = ?').get(id) as IssueRow | undefined) ?? null;
}

/** Ids of the forum's active (not merged) issues in their order. */
export function activeIssueIds(ctx: Context, forumId: string): string[] {
  return ctx
    .sql('SELECT id FROM issue WHERE forum_id = ? AND merged_into IS NULL ORDER BY position, created_at, id')
    .pluck()
    .all(forumId) as string[];
}

/** Gives the issues positions 0..n-1 in the order given, so `position` is always the place shown. */
export function renumber(ctx: Context, orderedIds: readonly string[]): void {
  const set = ctx.sql('UPDATE issue SET position = ? WHERE id = ? AND position IS NOT ?');
  for (const [index, id] of orderedIds.entries()) set.run(index, id, index);
}

export type IssueValues = Omit<IssueRecord, 'causes' | 'potentials' | 'needs'>;

export function insertIssue(ctx: Context, v: IssueValues): void {
  ctx
    .sql(
      `INSERT INTO issue (id, forum_id, agenda_item_id, group_id, raised_by_person_id, title, description, category,
         position, merged_into, split_from, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      v.id,
      v.forumId,
      v.agendaItemId,
      v.groupId,
      v.raisedByPersonId,
      v.title,
      v.description,
      v.category,
      v.position,
      v.mergedInto,
      v.splitFrom,
      v.createdAt,
      v.updatedAt,
    );
}

const COLUMNS = {
  title: 'title',
  description: 'description',
  category: 'category',
  raisedByPersonId: 'raised_by_person_id',
  groupId: 'group_id',
  agendaItemId: 'agenda_item_id',
} as const;
export type IssueFieldPatch = Partial<Pick<IssueValues, keyof typeof COLUMNS>>;

export function updateIssueFields(ctx: Context, id: string, patch: IssueFieldPatch, at: string): void {
  const keys = (Object.keys(COLUMNS) as (keyof typeof COLUMNS)[]).filter((k) => patch[k] !== undefined);
  const sets = [...keys.map((k) => `${COLUMNS[k]} = ?`), 'updated_at = ?'];
  ctx.sql(`UPDATE issue SET ${sets.join(', ')} WHERE id = ?`).run(...keys.map((k) => patch[k]), at, id);
}

export const toRecord = (row: IssueRow, details: Details): IssueRecord => ({
  id: row.id,
  forumId: row.forum_id,
  agendaItemId: row.agenda_item_id,
  groupId: row.group_id,
  raisedByPersonId: row.raised_by_person_id,
  title: row.title,
  description: row.description,
  category: row.category,
  position: row.position,
  mergedInto: row.merged_into,
  splitFrom: row.split_from,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
  causes: details.cause,
  potentials: details.potential,
  needs: details.need,
});

/**
 * The issue an id stands for now: follows `merged_into` (A merged into B, B into C → C).
 * Null when there is no such issue. Anything holding an issue id from before a merge (a poll
 * option, a project, an id in a UI cache) reads through this.
 */
export function resolveIssueId(ctx: Context, id: string): string | null {
  const next = ctx.sql('SELECT merged_into FROM issue WHERE id = ?').pluck();
  const seen = new Set<string>();
  let current = id;
  for (;;) {
    if (seen.has(current)) return current; // a cycle cannot be made through issues.merge; stop rather than spin
    seen.add(current);
    const mergedInto = next.get(current) as string | null | undefined;
    if (mergedInto === undefined) return seen.size === 1 ? null : current;
    if (mergedInto === null) return current;
    current = mergedInto;
  }
}

/**
 * Columns of other tables that refer to an issue as a live subject, e.g. a poll option or a
 * project (`{ table: 'poll_option', column: 'issue_id' }`). The rule on merge: these move to
 * the survivor in the same transaction, so votes and plans count for the issue that is still
 * on the list. History links stay where they are and are read through `resolveIssueId`:
 * `issue.merged_into` (C merged into B stays so when B is merged into A) and `issue.split_from`.
 * A feature adding a table that refers to issues adds its column here, and handles its own
 * uniqueness (a poll offering both issues ends up with two options for the survivor).
 */
export const LIVE_ISSUE_REFERENCES: ReadonlyArray<{ table: string; column: string }> = [];

export function moveLiveReferences(ctx: Context, fromId: string, toId: string): void {
  for (const { table, column } of LIVE_ISSUE_REFERENCES) {
    ctx.sql(`UPDATE ${table} SET ${column} = ? WHERE ${column} = ?`).run(toId, fromId);
  }
}
