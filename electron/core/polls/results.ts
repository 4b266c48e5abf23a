/**
 * `polls.results`: reads the poll's stored inputs, tallies them (tally.ts → shared/tally) and
 * shapes the outcome for the screens and the projector: labels and issue ids beside every
 * option id, the method's own sections, counts and warnings. Nothing is stored.
 */
import type { PollOption, PollRankingEntry, PollResultOption, PollResults } from '../../../shared/contract';
import type { RankingEntry, TieRule } from '../../../shared/tally/types';
import type { Context } from '../context';
import { ballotsOf } from './ballots';
import { readCounts } from './counts';
import { eligibilityOf, recordedEligibleCount } from './eligibility';
import { requireStatus } from './guards';
import { readOptions } from './options';
import { scorersOf } from './scores';
import { requirePollRow, settingsOf, tieRuleOf } from './store';
import { type StoredInputs, matrixWhatIf, phoneSheets, tallyPoll } from './tally';

export function pollResults(ctx: Context, id: string, weights?: Record<string, number>): PollResults {
  const row = requirePollRow(ctx, id);
  requireStatus(row, ['open', 'closed'], 'open');
  const settings = settingsOf(row);
  const recorded = tieRuleOf(row);
  // Opening records the seed, so an open or closed poll always has one.
  const tieRule: TieRule = recorded.rule === 'lottery' ? { rule: 'lottery', seed: recorded.seed ?? 0 } : recorded;
  const options = readOptions(ctx, id);
  const byId = new Map(options.map((o) => [o.id, o]));
  const allScorers = scorersOf(ctx, id);
  const eligible = recordedEligibleCount(ctx, row);
  const inputs: StoredInputs = {
    settings,
    tieRule,
    optionIds: options.map((o) => o.id),
    ballots: ballotsOf(ctx, id),
    counts: readCounts(ctx, id),
    scorers: allScorers.filter((s) => s.missing === 0),
    present: eligible,
  };
  const result = tallyPoll(inputs);

  const ref = (optionId: string): PollResultOption => {
    const o = byId.get(optionId) as PollOption;
    return { optionId, label: o.label, issueId: o.issueId };
  };
  const ranked = (ranking: readonly RankingEntry[]): PollRankingEntry[] => ranking.map((e) => ({ ...ref(e.option), score: e.score, rank: e.rank }));

  const out: PollResults = {
    pollId: row.id,
    forumId: row.forum_id,
    title: row.title,
    method: settings.method,
    mode: settings.method === 'approval' ? settings.rules.mode : null,
    status: row.status === 'closed' ? 'closed' : 'open',
    tieRule,
    winners: [],
    tie: false,
    tieBreak: null,
    ranking: [],
    ballotCount: 0,
    blankCount: 0,
    eligibleCount: eligible,
    warnings: [],
  };

  if (result.method === 'yes_no') {
    Object.assign(out, { tie: result.tie, tieBreak: result.tieBreak, yesNo: result, ballotCount: result.cast });
  } else if (result.method === 'consensus') {
    const seqs = inputs.ballots.map((b) => b.seq);
    const concerns = result.concerns.map((c) => ({ ...c, vote: seqs[c.vote] ?? c.vote }));
    Object.assign(out, { consensus: { ...result, concerns }, ballotCount: result.votes });
  } else {
    Object.assign(out, {
      winners: result.winners.map(ref),
      tie: result.tie,
      tieBreak: result.tieBreak,
      ranking: ranked(result.ranking),
      ballotCount: result.ballots.total,
      blankCount: result.ballots.blank,
    });
    if (result.rounds) out.rounds = result.rounds;
    if (result.pairwise) {
      out.pairwise = result.pairwise;
      out.pairwiseOptions = inputs.optionIds.map(ref);
    }
    if (result.paths) out.paths = result.paths;
    if ('breakdowns' in result) out.breakdowns = result.breakdowns;
    if ('table' in result) {
      const scorerRef = (s: (typeof allScorers)[number]) => ({ scorerId: s.id, kind: s.kind, name: s.name });
      out.matrix = {
        criteria: result.criteria,
        scale: result.scale,
        scorers: [...inputs.scorers.map(scorerRef), ...phoneSheets(inputs.ballots).map((p) => ({ scorerId: p.name, kind: 'phone' as const, name: null }))],
        table: result.table.map((r) => ({ ...r, label: ref(r.option).label })),
        incomplete: allScorers.filter((s) => s.missing > 0).map((s) => ({ ...scorerRef(s), missing: s.missing })),
      };
      if (weights !== undefined) {
        const what = matrixWhatIf(inputs, weights);
        out.whatIf = {
          weights: what.result.criteria,
          ranking: ranked(what.result.ranking),
          winners: what.result.winners.map(ref),
          tie: what.result.tie,
          changes: what.changes.map((c) => ({ optionId: c.option, label: ref(c.option).label, before: c.before, after: c.after, moved: c.moved })),
        };
      }
    }
  }

  const inputCount = inputs.ballots.length + allScorers.length + (Object.values(inputs.counts).some((c) => c !== null) ? 1 : 0);
  if (inputCount === 0) out.warnings.push('no_input');
  // Hands and matrix sheets are not one per person (a hand may go up for several options; a sheet is a group's).
  if (settings.method !== 'score_matrix' && settings.method !== 'show_of_hands' && out.ballotCount > eligible) out.warnings.push('more_votes_than_eligible');
  if (allScorers.some((s) => s.missing > 0)) out.warnings.push('incomplete_scores');
  const eligibility = eligibilityOf(ctx, row);
  if (eligibility.kind === 'group' && eligibility.groupId === null) out.warnings.push('eligible_group_deleted');
  return out;
}
