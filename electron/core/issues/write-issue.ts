/** The writes every issue operation shares: find, create, patch. Run inside `ctx.write`. */
import type { Issue, IssueDetailKind, ParsedInput } from '../../../shared/contract';
import type { Context } from '../context';
import { AppError, notFound } from '../errors';
import { replaceDetails } from './details';
import { checkLinks } from './links';
import { type IssueFieldPatch, type IssueRow, findIssue, findIssueRow, insertIssue, updateIssueFields } from './store';

export function requireIssue(ctx: Context, id: string): IssueRow {
  const row = findIssueRow(ctx, id);
  if (!row) throw notFound('issue', id);
  return row;
}

/** A merged issue is history: it cannot be merged, split or moved again. */
export function requireActiveIssue(ctx: Context, id: string): IssueRow {
  const row = requireIssue(ctx, id);
  if (row.merged_into !== null) {
    throw new AppError('conflict', 'issue.already_merged', `issue ${id} was merged into ${row.merged_into}`, { id, mergedInto: row.merged_into });
  }
  return row;
}

export function getIssue(ctx: Context, id: string): Issue {
  const issue = findIssue(ctx, id);
  if (!issue) throw notFound('issue', id);
  return issue;
}

const LISTS = { causes: 'cause', potentials: 'potential', needs: 'need' } as const satisfies Record<string, IssueDetailKind>;
type ListKey = keyof typeof LISTS;
const LIST_KEYS = Object.keys(LISTS) as ListKey[];

export interface NewIssue extends Required<Omit<IssueFieldPatch, 'title'>>, Record<ListKey, readonly string[]> {
  forumId: string;
  title: string;
  splitFrom: string | null;
  position: number;
}

/** Inserts an issue and its details; the caller has checked the links and chosen the position. */
export function createIssue(ctx: Context, v: NewIssue): string {
  const id = ctx.newId();
  const at = ctx.now();
  insertIssue(ctx, { ...v, id, mergedInto: null, createdAt: at, updatedAt: at });
  for (const key of LIST_KEYS) replaceDetails(ctx, id, LISTS[key], v[key]);
  return id;
}

/** The next free place at the end of the forum's active list. */
export const endPosition = (ctx: Context, forumId: string) =>
  ctx.sql('SELECT coalesce(max(position) + 1, 0) FROM issue WHERE forum_id = ? AND merged_into IS NULL').pluck().get(forumId) as number;

export type IssuePatchInput = ParsedInput<'issues.update'>['patch'];

export function patchIssue(ctx: Context, row: IssueRow, patch: IssuePatchInput): void {
  checkLinks(ctx, row.forum_id, patch);
  const { causes: _c, potentials: _p, needs: _n, ...fields } = patch;
  updateIssueFields(ctx, row.id, fields, ctx.now());
  for (const key of LIST_KEYS) {
    const texts = patch[key];
    if (texts !== undefined) replaceDetails(ctx, row.id, LISTS[key], texts);
  }
}
