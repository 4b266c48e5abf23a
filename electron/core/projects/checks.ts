/**
 * Checks before a project is written: its forum, the issue and owner it points at, and the
 * cross-field rules on the project as it will be stored (a patch is checked merged with the
 * stored values, since it may change the type alone or one date alone).
 */
import type { ProjectValues } from '../../../shared/contract';
import { projectRuleProblems } from '../../../shared/domain/project-rules';
import type { Context } from '../context';
import { AppError, notFound } from '../errors';
import { forumExists } from '../forums/store';
import { resolveIssueId } from '../issues/store';
import { type ProjectRow, findProjectRow } from './store';

export function requireForum(ctx: Context, forumId: string): void {
  if (!forumExists(ctx, forumId)) throw notFound('forum', forumId);
}

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
  const issue = ctx.sql('SELECT forum_id AS forumId, title FROM issue WHERE id = ?').get(id) as { forumId: string; title: string };
  if (issue.forumId !== forumId) {
    throw new AppError('validation', 'project.issue_other_forum', `issue ${issueId} belongs to another forum`, { entity: 'issue', id: issueId });
  }
  return { id, title: issue.title };
}

/** Owners come from the whole register: the one responsible need not have attended. */
export function requirePerson(ctx: Context, personId: string): void {
  if (ctx.sql('SELECT 1 FROM person WHERE id = ?').get(personId) === undefined) throw notFound('person', personId);
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
