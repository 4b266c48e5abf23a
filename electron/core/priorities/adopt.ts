/**
 * Adopting a closed poll's ranking as the forum's priority list, and recording it as the
 * resolution of the poll's agenda item (rules: shared/contract/priorities.ts). The ranking is
 * tallied afresh from the poll's inputs (polls/results.ts), so what is adopted is exactly what
 * the results screen shows. Run inside `ctx.write`.
 */
import type { ParsedInput, PollResults, PrioritySource } from '../../../shared/contract';
import type { TieBreak } from '../../../shared/tally/types';
import type { Context } from '../context';
import { AppError } from '../errors';
import { requireStatus } from '../polls/guards';
import { readOptions } from '../polls/options';
import { recordPollResolution } from '../polls/resolution';
import { pollResults } from '../polls/results';
import { requirePollRow } from '../polls/store';
import { type NewItem, writeList } from './store';

type Skipped = Extract<PrioritySource, { kind: 'poll' }>['skipped'][number];

/**
 * The ranking in list order: by rank, and inside the tie for first place in the order the tie
 * rule settled it (the lottery's draw, the casting vote's choice first), else in poll order.
 */
function listOrder(results: PollResults): PollResults['ranking'] {
  const tb = results.tieBreak;
  if (tb === null || tb.stage !== 'winner' || tb.status !== 'decided') return results.ranking;
  const order = tb.draw ?? [tb.chosen as string, ...tb.tied.filter((t) => t !== tb.chosen)];
  const place = (id: string) => {
    const i = order.indexOf(id);
    return i === -1 ? order.length : i;
  };
  return [...results.ranking].sort((a, b) => a.rank - b.rank || (a.rank === 1 ? place(a.optionId) - place(b.optionId) : 0));
}

export function adoptFromPoll(ctx: Context, input: ParsedInput<'priorities.adoptFromPoll'>): { forumId: string; resolutionId: string } {
  const row = requirePollRow(ctx, input.pollId);
  requireStatus(row, 'closed');
  const results = pollResults(ctx, row.id);
  if (results.method === 'yes_no' || results.method === 'consensus') {
    throw new AppError('conflict', 'priorities.poll_not_ranking', `a ${results.method} poll decides a motion; it ranks no issues`, { pollId: row.id });
  }
  if (results.winners.length === 0) {
    const why = results.tie ? 'the count stopped on a tie (record the casting vote or hold the re-vote)' : 'no votes were counted';
    throw new AppError('conflict', 'priorities.poll_undecided', `poll "${row.title}" has no outcome to adopt: ${why}`, { pollId: row.id, tie: results.tie });
  }

  const options = new Map(readOptions(ctx, row.id).map((o) => [o.id, o]));
  const kept: (NewItem & { pollRank: number })[] = [];
  const skipped: Skipped[] = [];
  const seen = new Set<string>();
  for (const entry of listOrder(results)) {
    const option = options.get(entry.optionId);
    const skip = (reason: Skipped['reason']) => skipped.push({ optionId: entry.optionId, label: entry.label, reason });
    if (!option || option.issueId === null) skip('free_text');
    else if (option.issueMissing) skip('issue_deleted');
    else if (seen.has(option.issueId)) skip('same_issue_as_better_option');
    else {
      seen.add(option.issueId);
      kept.push({ issueId: option.issueId, title: option.label, score: entry.score, rank: 0, pollRank: entry.rank });
    }
  }
  if (kept.length === 0) {
    throw new AppError('conflict', 'priorities.no_issue_options', `poll "${row.title}" has no issue among its options: only issues go on the priority list`, {
      pollId: row.id,
    });
  }
  // Competition ranks among the issues kept: an issue's rank is 1 + the issues placed strictly above it.
  for (const item of kept) item.rank = 1 + kept.filter((other) => other.pollRank < item.pollRank).length;

  const labels = new Map(results.ranking.map((e) => [e.optionId, e.label]));
  const named = (id: string) => labels.get(id) ?? id;
  const tieBreak: TieBreak | null =
    results.tieBreak === null
      ? null
      : {
          ...results.tieBreak,
          tied: results.tieBreak.tied.map(named),
          chosen: results.tieBreak.chosen === null ? null : named(results.tieBreak.chosen),
          ...(results.tieBreak.draw ? { draw: results.tieBreak.draw.map(named) } : {}),
        };
  const at = ctx.now();
  const source: PrioritySource = {
    kind: 'poll',
    pollId: row.id,
    pollTitle: row.title,
    method: results.method,
    mode: results.mode,
    tieRule: results.tieRule,
    tie: results.tie,
    tieBreak,
    ballotCount: results.ballotCount,
    eligibleCount: results.eligibleCount,
    skipped,
    adoptedAt: at,
  };

  const existing = input.replaceResolution ? 'replace' : input.addResolution ? 'add' : null;
  const text = input.resolutionText ?? kept.map((i) => `${i.rank}. ${i.title}`).join('\n');
  const resolutionId = recordPollResolution(ctx, row, text, existing, 'priorities.resolution_exists');
  writeList(ctx, { forumId: row.forum_id, pollId: row.id, source, resolutionId, items: kept, at });
  return { forumId: row.forum_id, resolutionId };
}
