/**
 * Stored raw inputs → the shared tally function for the poll's method (shared/tally), which
 * does all the counting. Options are passed by id, so two options with similar labels can never
 * be confused; results.ts turns ids back into labels. The stored inputs are checked again by the
 * tally's own preparation: a row that no longer passes would be a bug, reported rather than
 * counted.
 */
import type { PollBallot, PollCounts, PollScorer, PollSettings } from '../../../shared/contract';
import { approval, prepareApproval } from '../../../shared/tally/approval';
import { borda } from '../../../shared/tally/borda';
import type { TallyOutput } from '../../../shared/tally/cli-format';
import { consensus, prepareConsensus } from '../../../shared/tally/consensus';
import { irv } from '../../../shared/tally/irv';
import { plurality } from '../../../shared/tally/plurality';
import { type RankedProfile, profileFromBallots } from '../../../shared/tally/profile';
import { prepareScoreMatrix, scoreMatrix, whatIf } from '../../../shared/tally/score-matrix';
import { schulze } from '../../../shared/tally/schulze';
import { prepareShowOfHands, showOfHands } from '../../../shared/tally/show-of-hands';
import type { Checked, RankingResult, ScoreMatrixInput, TieRule } from '../../../shared/tally/types';
import { prepareYesNo, yesNo } from '../../../shared/tally/yes-no';
import { AppError } from '../errors';

export interface StoredInputs {
  settings: PollSettings;
  tieRule: TieRule;
  optionIds: string[];
  ballots: PollBallot[];
  counts: PollCounts;
  /** Complete sheets only. */
  scorers: PollScorer[];
  /** For yes/no before any count: the eligible count now. */
  present: number;
}

const RANKED: Record<string, (p: RankedProfile) => RankingResult> = { plurality, borda, irv, schulze };

function unwrap<T>(checked: Checked<T>): T {
  if (checked.ok) return checked.value;
  throw new AppError('internal', 'poll.stored_inputs_invalid', `stored poll inputs fail the tally's checks: ${checked.errors.map((e) => `${e.path}: ${e.reason}`).join('; ')}`);
}

/** Scoring sheets sent from phones as ballots (a device, a printed code, a secret poll): each is a scorer named by the ballot's id. */
export const phoneSheets = (ballots: readonly PollBallot[]) =>
  ballots.flatMap((b) => (b.scores === undefined ? [] : [{ name: b.id, scores: b.scores }]));

export function scoreMatrixInput(s: StoredInputs): ScoreMatrixInput {
  if (s.settings.method !== 'score_matrix') throw new Error('not a scoring matrix');
  return unwrap(
    prepareScoreMatrix({
      options: s.optionIds,
      criteria: s.settings.rules.criteria,
      scale: s.settings.rules.scale,
      scorers: [...s.scorers.map((scorer) => ({ name: scorer.id, scores: scorer.scores })), ...phoneSheets(s.ballots)],
      tieRule: s.tieRule,
    }),
  );
}

export function tallyPoll(s: StoredInputs): TallyOutput {
  const { settings, tieRule, optionIds: options } = s;
  switch (settings.method) {
    case 'plurality':
    case 'borda':
    case 'irv':
    case 'schulze': {
      const ballots = s.ballots.map((b) => ({ ranking: b.ranking ?? [], count: b.count }));
      return (RANKED[settings.method] as (p: RankedProfile) => RankingResult)(unwrap(profileFromBallots(options, ballots, tieRule)));
    }
    case 'approval': {
      const { mode, dotsPerParticipant, maxApprovals } = settings.rules;
      const totals = s.counts.totals;
      return approval(
        unwrap(
          prepareApproval({
            options,
            mode,
            dotsPerParticipant,
            maxApprovals,
            ballots: s.ballots.map((b) => (mode === 'dots' ? { dots: b.dots ?? {}, count: b.count } : { approved: b.approved ?? [], count: b.count })),
            ...(totals === null ? {} : { totals: totals.totals, ...(totals.participants === null ? {} : { participants: totals.participants }) }),
            tieRule,
          }),
        ),
      );
    }
    case 'show_of_hands': {
      const hands = s.counts.hands ?? { hands: Object.fromEntries(options.map((o) => [o, 0])), breakdowns: [] };
      return showOfHands(unwrap(prepareShowOfHands({ options, counts: hands.hands, breakdowns: hands.breakdowns, tieRule })));
    }
    case 'score_matrix':
      return scoreMatrix(scoreMatrixInput(s));
    case 'yes_no': {
      const c = { ...(s.counts.yesNo ?? { yes: 0, no: 0, abstain: 0, present: s.present }) };
      // Phones' yes/no ballots add to what was counted in the hall.
      for (const b of s.ballots) if (b.choice !== undefined) c[b.choice] += b.count;
      // More votes than people present is warned about (more_votes_than_eligible), never refused at count time.
      c.present = Math.max(c.present, c.yes + c.no + c.abstain);
      return yesNo(unwrap(prepareYesNo({ ...c, quorum: settings.rules.quorum, majority: settings.rules.majority, tieRule })));
    }
    case 'consensus':
      return consensus(
        unwrap(
          prepareConsensus({
            minimum: settings.rules.minimum,
            votes: s.ballots.map((b) => ({
              value: b.value,
              count: b.count,
              ...(b.voterId === null ? {} : { participant: b.voterId }),
              ...(b.concern === undefined ? {} : { concern: b.concern }),
            })),
          }),
        ),
      );
  }
}

/** The matrix re-ranked under changed weights (criterion name → weight). */
export function matrixWhatIf(s: StoredInputs, weights: Record<string, number>) {
  const checked = whatIf(scoreMatrixInput(s), weights);
  if (!checked.ok) {
    throw new AppError(
      'validation',
      'poll.weights_invalid',
      checked.errors.map((e) => `${e.path}: ${e.reason}`).join('; '),
      checked.errors.map((e) => ({ path: [e.path], message: e.reason })),
    );
  }
  return checked.value;
}
