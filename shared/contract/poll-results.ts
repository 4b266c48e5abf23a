/**
 * The poll methods, and what `polls.results` returns: the outcome of a poll, recomputed from its stored raw inputs by
 * the shared tally function for its method (shared/tally) on every call, never stored.
 *
 * Options are named by their ids inside the tally, so the tally's own sections (`tieBreak`,
 * `rounds`, `breakdowns`, the matrix table) carry option ids where the tally docs say "option";
 * `ranking` and `winners` also carry each option's label and issue id for display. Yes/no
 * tie-breaks name "yes" and "no".
 */
import { z } from 'zod';
import {
  ConsensusResult,
  IrvRound,
  OptionVotes,
  ScoreMatrixRow,
  TieBreak,
  TieRule,
  YesNoResult,
} from '../tally/types';
import { Id } from './common';

export const POLL_METHODS = [
  'yes_no',
  'show_of_hands',
  'approval',
  'plurality',
  'borda',
  'irv',
  'schulze',
  'score_matrix',
  'consensus',
] as const;
export const PollMethod = z.enum(POLL_METHODS);
export type PollMethod = z.infer<typeof PollMethod>;

/** Ranked ballots: most preferred first. */
export const RANKED_BALLOT_METHODS = ['plurality', 'borda', 'irv', 'schulze'] as const satisfies readonly PollMethod[];
/** Methods with options (yes/no and consensus decide on the poll's title). */
export const OPTION_METHODS = ['show_of_hands', 'approval', ...RANKED_BALLOT_METHODS, 'score_matrix'] as const satisfies readonly PollMethod[];
export const hasOptions = (method: PollMethod) => (OPTION_METHODS as readonly string[]).includes(method);

export const PollResultOption = z.object({
  optionId: Id,
  label: z.string(),
  /** The issue the option stands for today (merges followed), null for free text. */
  issueId: Id.nullable(),
});
export type PollResultOption = z.infer<typeof PollResultOption>;

export const PollRankingEntry = PollResultOption.extend({
  /** The method's score (votes, points, approvals, dots, hands, weighted total, Schulze wins). */
  score: z.number(),
  /** Competition ranking: tied options share a rank and the next rank skips (1, 2, 2, 4). */
  rank: z.number().int(),
});
export type PollRankingEntry = z.infer<typeof PollRankingEntry>;

export const MatrixScorer = z.object({
  /** Id of the poll's scorer (`polls.inputs`), the name the table rows use. */
  scorerId: Id,
  /** `phone`: a sheet sent from a phone in the room, by a device or printed code (no name), or in a secret poll. */
  kind: z.enum(['group', 'person', 'phone']),
  /** The group's or person's name; null for a person erased from the register since. */
  name: z.string().nullable(),
});

export const MatrixSection = z.object({
  criteria: z.array(z.object({ name: z.string(), weight: z.number() })),
  scale: z.object({ min: z.number(), max: z.number() }),
  /** The scorers counted: those who scored every option on every criterion. */
  scorers: z.array(MatrixScorer),
  /** One row per option in poll order; `option` and `perScorer[].scorer` are ids. */
  table: z.array(ScoreMatrixRow.extend({ label: z.string() })),
  /** Scorers with cells still empty: left out of the table until their sheet is complete. */
  incomplete: z.array(MatrixScorer.extend({ missing: z.number().int() })),
});

export const WhatIfSection = z.object({
  /** Every criterion's weight as used in the what-if (changed ones and the rest). */
  weights: z.array(z.object({ name: z.string(), weight: z.number() })),
  ranking: z.array(PollRankingEntry),
  winners: z.array(PollResultOption),
  tie: z.boolean(),
  changes: z.array(z.object({ optionId: Id, label: z.string(), before: z.number().int(), after: z.number().int(), moved: z.number().int() })),
});

export const BreakdownSection = z.object({
  by: z.string(),
  groups: z.array(z.object({ group: z.string(), hands: z.array(OptionVotes), total: z.number() })),
});

export const RESULT_WARNINGS = [
  /** More ballots (or hands, or votes) than people eligible to vote. */
  'more_votes_than_eligible',
  /** Some scorers have empty cells and are not counted yet. */
  'incomplete_scores',
  /** The poll is for a small group that has since been deleted. */
  'eligible_group_deleted',
  /** No raw input has been entered yet. */
  'no_input',
] as const;
export const ResultWarning = z.enum(RESULT_WARNINGS);

export const PollResults = z.object({
  pollId: Id,
  forumId: Id,
  title: z.string(),
  method: PollMethod,
  /** Approval polls: plain approval or dot voting. */
  mode: z.enum(['approval', 'dots']).nullable(),
  status: z.enum(['open', 'closed']),
  /** The rule as applied, lottery seed included. */
  tieRule: TieRule,
  /** Every option ranked first; several = a tie (see `tieBreak`). Empty with no votes, or an IRV count stopped on a tie. */
  winners: z.array(PollResultOption),
  tie: z.boolean(),
  tieBreak: TieBreak.nullable(),
  /** Best first. Empty for yes/no and consensus. */
  ranking: z.array(PollRankingEntry),
  /** IRV: every round. */
  rounds: z.array(IrvRound).optional(),
  /**
   * Schulze: pairwise counts d (ballots ranking the row's option above the column's) and the
   * strengths p of the strongest paths (widest paths over the winning links), which decide the
   * order when the pairwise results run in a cycle: the row's option beats the column's when
   * p[row][col] > p[col][row]. Rows and columns in option order, the options in `pairwiseOptions`.
   */
  pairwise: z.array(z.array(z.number())).optional(),
  paths: z.array(z.array(z.number())).optional(),
  pairwiseOptions: z.array(PollResultOption).optional(),
  /** Scoring matrix: the table behind the heat map. */
  matrix: MatrixSection.optional(),
  /** Scoring matrix with `weights` asked: the ranking under the changed weights. */
  whatIf: WhatIfSection.optional(),
  /** Show of hands: the breakdowns entered (by sector, gender, village …). */
  breakdowns: z.array(BreakdownSection).optional(),
  yesNo: YesNoResult.optional(),
  /** Consensus: `concerns[].vote` is the vote's number (`seq`), `participant` the voter's person id. */
  consensus: ConsensusResult.optional(),
  /** Ballots counted (paper ballots, hands raised, votes cast, complete scorers). */
  ballotCount: z.number(),
  /** Ballots with no choice on them. */
  blankCount: z.number(),
  /** Checked-in attendees, or the size of the group or named list the poll is for. */
  eligibleCount: z.number().int(),
  warnings: z.array(ResultWarning),
});
export type PollResults = z.infer<typeof PollResults>;
