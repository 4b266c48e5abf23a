/**
 * Each village's priority list side by side, and their aggregate (the rules are stated in the
 * result, `AggregateMethod` in shared/contract/merge.ts):
 * - one ranked ballot per village forum: its priority list in list order, each village issue
 *   read as the target issue it was merged into; an issue twice (two village issues merged into
 *   one) counts at its better place; a village without a list is a blank ballot;
 * - the options are the merged issues that are on at least one village's list, in the target's
 *   issue order;
 * - Borda count (shared/tally/borda.ts): with n options the issue at place i gets n − i points,
 *   an unlisted issue 0; equal totals share a rank, listed in the target's order; a tie for
 *   first place is flagged and left to the tambon forum ("revote": a vote there, or the
 *   facilitator orders the list by hand).
 */
import type { AggregateEntry, MergePriorities, PrioritySource, VillageRanking } from '../../../shared/contract';
import { borda } from '../../../shared/tally/borda';
import { profileFromBallots } from '../../../shared/tally/profile';
import type { TieRule } from '../../../shared/tally/types';
import type { Context } from '../context';
import { activeIssueIds, resolveIssueId } from '../issues/store';
import { readList, writeList } from '../priorities/store';
import { findMergeForum, mergedForumIds, traceRows } from './store';

export const AGGREGATE_TIE_RULE: TieRule = { rule: 'revote' };

/** Source issue id → the target issue it stands for today (merges in the target followed). */
export function targetIssueMap(ctx: Context, targetForumId: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const row of traceRows(ctx, targetForumId, 'issue')) {
    const current = resolveIssueId(ctx, row.entityId);
    if (current !== null) map.set(row.sourceEntityId, current);
  }
  return map;
}

/** The village's list, each item with the target issue it went into (null before the merge). */
export function villageRanking(ctx: Context, forumId: string, toTarget: ReadonlyMap<string, string>): VillageRanking | null {
  const forum = findMergeForum(ctx, forumId);
  if (!forum) return null;
  const list = readList(ctx, forumId);
  return {
    forum,
    items: list.items.map((item) => ({
      position: item.position,
      rank: item.rank,
      issueId: item.issueId,
      title: item.title,
      targetIssueId: toTarget.get(item.issueId) ?? null,
    })),
  };
}

/** The side-by-side lists and the Borda aggregate of a merged forum. */
export function mergePriorities(ctx: Context, targetForumId: string): MergePriorities {
  const toTarget = targetIssueMap(ctx, targetForumId);
  const villages = mergedForumIds(ctx, targetForumId)
    .map((id) => villageRanking(ctx, id, toTarget))
    .filter((v): v is VillageRanking => v !== null);

  const ballots = villages.map((v) => [...new Set(v.items.map((i) => i.targetIssueId).filter((id): id is string => id !== null))]);
  const listed = new Set(ballots.flat());
  const options = activeIssueIds(ctx, targetForumId).filter((id) => listed.has(id));
  const titles = new Map(options.map((id) => [id, ctx.sql('SELECT title FROM issue WHERE id = ?').pluck().get(id) as string]));
  const n = options.length;
  const method = { kind: 'borda' as const, optionCount: n, unrankedPoints: 0 as const, villageTies: 'list_order' as const, tieRule: AGGREGATE_TIE_RULE };

  if (n === 0) {
    return { forumId: targetForumId, villages, method, ranking: [], winners: [], tie: false, tieBreak: null, ballots: { total: villages.length, blank: villages.length } };
  }
  const profile = profileFromBallots(
    options,
    ballots.map((ranking) => ({ ranking })),
    AGGREGATE_TIE_RULE,
  );
  // Every ballot was built from the options themselves: a refusal here is a bug, not bad input.
  if (!profile.ok) throw new Error(`merge aggregate: ${JSON.stringify(profile.errors)}`);
  const result = borda(profile.value);
  const ranking: AggregateEntry[] = result.ranking.map((entry) => ({
    issueId: entry.option,
    title: titles.get(entry.option) ?? '',
    score: entry.score,
    rank: entry.rank,
    byVillage: villages.map((v, i) => {
      const place = (ballots[i] as string[]).indexOf(entry.option);
      return { forumId: v.forum.forumId, position: place === -1 ? null : place + 1, points: place === -1 ? 0 : n - 1 - place };
    }),
  }));
  return {
    forumId: targetForumId,
    villages,
    method,
    ranking,
    winners: result.winners,
    tie: result.tie,
    tieBreak: result.tieBreak,
    ballots: result.ballots,
  };
}

/**
 * Stores the aggregate as the target's priority list, unless the list there was made another
 * way (a poll of the tambon forum, or an order set by hand): that is the forum's own decision
 * and a merge does not overwrite it. Returns whether it wrote.
 */
export function storeAggregate(ctx: Context, targetForumId: string, aggregate: MergePriorities): boolean {
  const current = readList(ctx, targetForumId).source;
  if (current !== null && current.kind !== 'merge') return false;
  if (aggregate.ranking.length === 0) return false;
  const at = ctx.now();
  const source: PrioritySource = { kind: 'merge', method: 'borda', sourceForumIds: aggregate.villages.map((v) => v.forum.forumId), tie: aggregate.tie, mergedAt: at };
  writeList(ctx, {
    forumId: targetForumId,
    pollId: null,
    source,
    resolutionId: null,
    items: aggregate.ranking.map((e) => ({ issueId: e.issueId, title: e.title, score: e.score, rank: e.rank })),
    at,
  });
  return true;
}
