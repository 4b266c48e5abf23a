/** Rows of the project table and their mapping to the contract's `Project`; order within a forum. */
import type { Project, ProjectValues } from '../../../shared/contract';
import { fullName } from '../../../shared/domain/thai-text';
import type { Context } from '../context';
import { resolveIssueId } from '../issues/store';

export interface ProjectRow {
  id: string;
  forum_id: string;
  title: string;
  description: string | null;
  type: Project['type'];
  requested_from: Project['requestedFrom'];
  requested_from_name: string | null;
  owner: string | null;
  owner_person_id: string | null;
  budget_satang: number | null;
  budget_source: string | null;
  start_date: string | null;
  end_date: string | null;
  indicator: string | null;
  status: Project['status'];
  issue_id: string | null;
  poll_id: string | null;
  priority_rank: number | null;
  position: number;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

interface ListedRow extends ProjectRow {
  person_title_prefix: string | null;
  person_first_name: string | null;
  person_last_name: string | null;
}

const SELECT = `
  SELECT pr.*, p.title_prefix AS person_title_prefix, p.first_name AS person_first_name, p.last_name AS person_last_name
  FROM project pr
  LEFT JOIN person p ON p.id = pr.owner_person_id`;

const ORDER = 'ORDER BY pr.position, pr.created_at, pr.id';

const COLUMNS = {
  title: 'title',
  description: 'description',
  type: 'type',
  requestedFrom: 'requested_from',
  requestedFromName: 'requested_from_name',
  owner: 'owner',
  ownerPersonId: 'owner_person_id',
  budgetSatang: 'budget_satang',
  budgetSource: 'budget_source',
  startDate: 'start_date',
  endDate: 'end_date',
  indicator: 'indicator',
  status: 'status',
  issueId: 'issue_id',
  pollId: 'poll_id',
  priorityRank: 'priority_rank',
} as const satisfies Record<keyof ProjectValues, keyof ProjectRow>;

const KEYS = Object.keys(COLUMNS) as (keyof ProjectValues)[];

/** The stored values, as a patch is applied to them (the issue id as stored, not resolved). */
export function valuesOf(row: ProjectRow): ProjectValues {
  return Object.fromEntries(KEYS.map((k) => [k, row[COLUMNS[k]]])) as ProjectValues;
}

/** The issue a stored id stands for now, with its title; both null when it is gone. */
function currentIssue(ctx: Context, storedId: string | null): { id: string | null; title: string | null } {
  const id = storedId === null ? null : resolveIssueId(ctx, storedId);
  if (id === null) return { id: null, title: null };
  // Statements are cached by their text and pluck() changes the cached one: this text is ours alone.
  const title = ctx.sql('SELECT title AS project_issue_title FROM issue WHERE id = ?').pluck().get(id) as string | undefined;
  return title === undefined ? { id: null, title: null } : { id, title };
}

function toProject(ctx: Context, row: ListedRow): Project {
  const issue = currentIssue(ctx, row.issue_id);
  return {
    id: row.id,
    forumId: row.forum_id,
    ...valuesOf(row),
    ownerPersonName:
      row.owner_person_id && row.person_first_name !== null
        ? fullName({ titlePrefix: row.person_title_prefix, firstName: row.person_first_name, lastName: row.person_last_name })
        : null,
    issueId: issue.id,
    issueTitle: issue.title,
    position: row.position,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function findProject(ctx: Context, id: string): Project | null {
  const row = ctx.sql(`${SELECT} WHERE pr.id = ? AND pr.deleted_at IS NULL`).get(id) as ListedRow | undefined;
  return row ? toProject(ctx, row) : null;
}

/** The row whether or not it is in the trash. */
export function findProjectRow(ctx: Context, id: string): ProjectRow | null {
  return (ctx.sql('SELECT * FROM project WHERE id = ?').get(id) as ProjectRow | undefined) ?? null;
}

export function listProjects(ctx: Context, forumId: string): Project[] {
  const rows = ctx.sql(`${SELECT} WHERE pr.forum_id = ? AND pr.deleted_at IS NULL ${ORDER}`).all(forumId) as ListedRow[];
  return rows.map((row) => toProject(ctx, row));
}

/** Ids of the forum's projects (not in the trash) in their order. */
export function activeProjectIds(ctx: Context, forumId: string): string[] {
  return ctx
    .sql('SELECT id FROM project pr WHERE pr.forum_id = ? AND pr.deleted_at IS NULL ORDER BY pr.position, pr.created_at, pr.id')
    .pluck()
    .all(forumId) as string[];
}

/** Gives the projects positions 0..n-1 in the order given, so `position` is always the place shown. */
export function renumber(ctx: Context, orderedIds: readonly string[]): void {
  const set = ctx.sql('UPDATE project SET position = ? WHERE id = ? AND position IS NOT ?');
  for (const [index, id] of orderedIds.entries()) set.run(index, id, index);
}

export function insertProject(ctx: Context, p: { id: string; forumId: string; position: number; at: string; values: ProjectValues }): void {
  ctx
    .sql(
      `INSERT INTO project (id, forum_id, ${KEYS.map((k) => COLUMNS[k]).join(', ')}, position, created_at, updated_at)
       VALUES (?, ?, ${KEYS.map(() => '?').join(', ')}, ?, ?, ?)`,
    )
    .run(p.id, p.forumId, ...KEYS.map((k) => p.values[k]), p.position, p.at, p.at);
}

export function updateProject(ctx: Context, id: string, patch: Partial<ProjectValues>, at: string): void {
  const keys = KEYS.filter((k) => patch[k] !== undefined);
  const sets = [...keys.map((k) => `${COLUMNS[k]} = ?`), 'updated_at = ?'];
  ctx.sql(`UPDATE project SET ${sets.join(', ')} WHERE id = ?`).run(...keys.map((k) => patch[k]), at, id);
}

export function setDeletedAt(ctx: Context, id: string, deletedAt: string | null, at: string): void {
  ctx.sql('UPDATE project SET deleted_at = ?, updated_at = ? WHERE id = ?').run(deletedAt, at, id);
}
