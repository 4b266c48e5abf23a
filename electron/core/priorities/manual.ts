/**
 * A priority list put in order by hand (`priorities.set`): active issues of the forum, each
 * once, ranked 1, 2, 3 … in the order given. An id of a merged issue stands for its survivor.
 * Run inside `ctx.write`.
 */
import type { Context } from '../context';
import { AppError } from '../errors';
import { requireInForum } from '../guard';
import { resolveIssueId } from '../issues/store';
import { clearList, writeList } from './store';

export function setManualList(ctx: Context, forumId: string, issueIds: readonly string[]): void {
  if (issueIds.length === 0) {
    clearList(ctx, forumId);
    return;
  }
  const seen = new Map<string, number>();
  const items = issueIds.map((given, i) => {
    const id = resolveIssueId(ctx, given) ?? given;
    requireInForum(ctx, forumId, 'issue', id, ['issueIds', String(i)]);
    const title = ctx.sql('SELECT title FROM issue WHERE id = ?').pluck().get(id) as string;
    const first = seen.get(id);
    if (first !== undefined) {
      throw new AppError('validation', 'priorities.issue_twice', `issueIds[${i}] is the same issue as issueIds[${first}]`, [
        { path: ['issueIds', String(i)], message: `the same issue as issueIds[${first}]` },
      ]);
    }
    seen.set(id, i);
    return { issueId: id, title, score: null, rank: i + 1 };
  });
  const at = ctx.now();
  writeList(ctx, { forumId, pollId: null, source: { kind: 'manual', setAt: at }, resolutionId: null, items, at });
}
