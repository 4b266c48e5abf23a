/** `merge.plan`: what a merge would do, read only (see shared/contract/merge.ts). */
import type { MergeIssue, MergePlan } from '../../../shared/contract';
import type { Context } from '../context';
import { groupIssues } from './issue-match';
import { mergeForums } from './participants';
import { matchPeople } from './people-match';
import { targetIssueMap, villageRanking } from './rankings';
import { SIMILARITY_THRESHOLD } from './similarity';
import { activeIssuesOf, attendeesOf, forumLabel } from './store';

export function planMerge(ctx: Context, intoForumId: string, sourceForumIds: readonly string[]): MergePlan {
  const { target, sources, villageOf } = mergeForums(ctx, intoForumId, sourceForumIds);
  const sourceIds = sources.map((s) => s.forumId);

  const { people, duplicates } = matchPeople(attendeesOf(ctx, [target.forumId, ...sourceIds]), target.forumId, villageOf);
  const sourcePeople = [...people.values()].filter((p) => p.forumIds.some((f) => f !== target.forumId));

  const toTarget = targetIssueMap(ctx, target.forumId);
  const labels = new Map(sources.map((s) => [s.forumId, forumLabel(s)]));
  const issues: MergeIssue[] = activeIssuesOf(ctx, sourceIds).map((row) => ({
    issueId: row.id,
    forumId: row.forumId,
    forumLabel: labels.get(row.forumId) ?? '',
    title: row.title,
    targetIssueId: toTarget.get(row.id) ?? null,
  }));
  const targetTitle = (id: string) => (ctx.sql('SELECT title FROM issue WHERE id = ?').pluck().get(id) as string | undefined) ?? null;

  return {
    intoForum: target,
    sources,
    people: { sourcePeople: sourcePeople.length, alreadyInTarget: sourcePeople.filter((p) => p.inTarget).length, duplicates },
    similarity: { method: 'trigram_jaccard', threshold: SIMILARITY_THRESHOLD },
    issueGroups: groupIssues(issues, targetTitle),
    villageRankings: sources.map((s) => villageRanking(ctx, s.forumId, toTarget)).filter((v) => v !== null),
  };
}
