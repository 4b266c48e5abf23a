/**
 * Checks before a project is written: its forum, the issue and owner it points at, and the
 * cross-field rules on the project as it will be stored (a patch is checked merged with the
 * stored values, since it may change the type alone or one date alone).
 */
import type { ProjectValues } from '../../../shared/contract';
import { projectRuleProblems } from '../../../shared/domain/project-rules';
import type { Context } from '../context';
import { AppError, notFound } from '../errors';
import { requireInForum, requirePerson } from '../guard';
import { resolveIssueId } from '../issues/store';
import { type ProjectRow, findProjectRow } from './store';

/** A project on the plan (not in the trash). */
export function requireProject(ctx: Context, id: string): ProjectRow {
  const row = findProjectRow(ctx, id);
  if (!row || row.deleted_at !== null) throw notFound('project', id);
  return row;
}

/**
 * The issue a new link should store: the survivor when the id given was merged (a screen may
 * still show the old one), which must belong to the project's forum.
 */
export function linkableIssue(ctx: Context, forumId: string, issueId: string): { id: string; title: string } {
  const id = resolveIssueId(ctx, issueId);
  if (id === null) throw notFound('issue', issueId);
  requireInForum(ctx, forumId, 'issue', id);
  return { id, title: ctx.sql('SELECT title FROM issue WHERE id = ?').pluck().get(id) as string };
}

/**
 * What a project refers to besides its issue: the poll that ranked it is the forum's own; the
 * owner comes from the whole register (the one responsible need not have attended).
 */
export function checkReferences(ctx: Context, forumId: string, values: Partial<Pick<ProjectValues, 'pollId' | 'ownerPersonId'>>): void {
  requireInForum(ctx, forumId, 'poll', values.pollId);
  requirePerson(ctx, values.ownerPersonId);
}

/** Refuses a project breaking the rules, with the same error shape as the dispatch's own validation. */
export function checkRules(values: ProjectValues, pathPrefix: readonly string[]): void {
  const problems = projectRuleProblems(values);
  if (problems.length === 0) return;
  throw new AppError(
    'validation',
    'error.validation',
    problems.map((p) => `${[...pathPrefix, p.path].join('.')}: ${p.message}`).join('\n'),
    problems.map((p) => ({ path: [...pathPrefix, p.path], message: p.message })),
  );
}
