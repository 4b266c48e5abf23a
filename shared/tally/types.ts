/**
 * Schemas for tally input and output (the JSON of `wethi tally`, documented in
 * docs/tally-input.md), written with zod so the app contract can reuse them.
 *
 * Names are matched exactly as written, except that a ballot name which only differs from an
 * option by Unicode normalisation (NFC) is matched to it: Thai typed on different keyboards
 * can encode the same visible word differently, and refusing such a ballot would be a false
 * alarm, while two options that only differ that way are refused as duplicates.
 */
import { z } from 'zod';

/** Above this, Schulze's n³ paths and the exactness bounds below stop being comfortable. */
export const MAX_OPTIONS = 200;
/** A single ballot line may stand for many identical ballots, but not more than this. */
export const MAX_COUNT = 1_000_000_000;
/**
 * Total ballots in one tally. With at most 200 options a Borda total stays below
 * 1e12 × 199 < 2^53, so every sum is an exact integer in a double.
 */
export const MAX_TOTAL = 1_000_000_000_000;
/** Errors are collected up to this many, so a broken 1,000,000-line file gives a readable answer. */
export const MAX_ERRORS = 100;

/**
 * A refusal: which ballot (0-based index into `ballots`, or the scorer / vote index), where, and
 * why. `reason` is the English sentence (CLI, logs); where a screen shows the refusal, `code` and
 * `params` let it say the same in the user's language (polls.problem.<code> in the UI).
 */
export const TallyError = z.object({
  ballot: z.number().int().nullable(),
  path: z.string(),
  reason: z.string(),
  code: z.string().optional(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});
export type TallyError = z.infer<typeof TallyError>;

export type Checked<T> = { ok: true; value: T } | { ok: false; errors: TallyError[] };

// ---------------------------------------------------------------------------------------------
// Building blocks

export const OptionName = z
  .string()
  .min(1, 'option name is empty')
  .max(500)
  .refine((s) => s.trim() === s && s.length > 0, 'option name has leading or trailing spaces')
  // Objects keyed by option name ("counts", "dots", "scores") cannot hold this key: JSON
  // readers and zod drop it, which would lose votes without a word.
  .refine((s) => s !== '__proto__', 'option name "__proto__" is reserved');

/** The options of a poll: at least one, names unique (also after NFC normalisation). */
export const OptionList = z
  .array(OptionName)
  .min(1, 'options is empty: a poll needs at least one option')
  .max(MAX_OPTIONS, `at most ${MAX_OPTIONS} options`)
  .superRefine((options, ctx) => {
    const seen = new Map<string, number>();
    options.forEach((name, i) => {
      const key = name.normalize('NFC');
      const first = seen.get(key);
      if (first !== undefined) {
        ctx.addIssue({ code: 'custom', path: [i], message: `duplicate option name "${name}" (same as options[${first}])` });
      } else {
        seen.set(key, i);
      }
    });
  });

export const Count = z
  .number()
  .int('count must be a whole number')
  .min(0, 'count must not be negative')
  .max(MAX_COUNT, `count must be at most ${MAX_COUNT}`);

/**
 * The forum's tie rule, chosen before the poll and written into the result and the minutes.
 * - `casting_vote`: the facilitator decides. `choices` holds the decisions already made, used in
 *   order, one per tie met: for a tie for first place the choice is the winner; for an IRV
 *   elimination tie it is the option to eliminate. Without a choice the result waits for it.
 * - `revote`: the result flags that the tied options go to a new vote.
 * - `lottery`: the tied options are ordered by a seeded draw (ties.ts); the seed is recorded.
 */
export const TieRule = z.discriminatedUnion('rule', [
  z.object({ rule: z.literal('casting_vote'), choices: z.array(z.string()).default([]) }).strict(),
  z.object({ rule: z.literal('revote') }).strict(),
  z
    .object({
      rule: z.literal('lottery'),
      seed: z.number().int('seed must be a whole number').min(0).max(0xffff_ffff, 'seed must fit in 32 bits'),
    })
    .strict(),
]);
export type TieRule = z.infer<typeof TieRule>;
export type TieRuleInput = z.input<typeof TieRule>;
export const DEFAULT_TIE_RULE: TieRule = { rule: 'casting_vote', choices: [] };

// ---------------------------------------------------------------------------------------------
// Ranked ballots (plurality, Borda, IRV, Schulze)

/** One line of ranked ballots: most preferred first; options left out are ranked below all listed ones. */
export const RankedBallot = z
  .object({
    ranking: z.array(z.string()),
    count: Count.default(1),
  })
  .strict();
export type RankedBallot = z.infer<typeof RankedBallot>;

export const RANKED_METHODS = ['plurality', 'borda', 'irv', 'schulze'] as const;
export const RankedMethod = z.enum(RANKED_METHODS);
export type RankedMethod = z.infer<typeof RankedMethod>;

/**
 * The ranked input without the per-ballot checks. The fast path (profile.ts) parses this and
 * then checks the ballots in one loop; `RankedInput` adds the same checks for the contract.
 */
export const RankedHeader = z
  .object({
    method: z.string().optional(),
    options: OptionList,
    // Checked one by one in profile.ts; a zod pass over a million ballots would only cost time.
    ballots: z.custom<unknown[]>((v) => Array.isArray(v), '"ballots" must be a list'),
    tieRule: TieRule.default(DEFAULT_TIE_RULE),
  })
  .strict();

// ---------------------------------------------------------------------------------------------
// Approval and dot voting

/**
 * A participant's ballot: `approved` (approval: a list, each option at most once) or `dots`
 * (dot voting: option → stickers). `count` identical ballots, default 1.
 */
export const ApprovalBallot = z
  .object({
    approved: z.array(z.string()).optional(),
    dots: z.record(z.string(), Count).optional(),
    count: Count.default(1),
  })
  .strict()
  .refine((b) => (b.approved === undefined) !== (b.dots === undefined), 'a ballot has either "approved" (a list of options) or "dots" (option → stickers)');
export type ApprovalBallot = z.infer<typeof ApprovalBallot>;

export const ApprovalInput = z
  .object({
    method: z.string().optional(),
    options: OptionList,
    /** `approval`: a yes per option; `dots`: N stickers spread freely, several on one option allowed. */
    mode: z.enum(['approval', 'dots']).default('approval'),
    /** Dots mode: stickers per participant. A per-person ballot using more is refused. */
    dotsPerParticipant: z.number().int().min(1).max(1000).optional(),
    /** Approval mode: optional cap on approvals per participant. */
    maxApprovals: z.number().int().min(1).max(MAX_OPTIONS).optional(),
    ballots: z.array(ApprovalBallot).default([]),
    /** Aggregate entry (counted on the board): option → approvals or dots. Added to the ballots. */
    totals: z.record(z.string(), Count).optional(),
    /** How many participants `totals` covers; when given, totals are checked against the limits. */
    participants: z.number().int().min(0).max(MAX_COUNT).optional(),
    tieRule: TieRule.default(DEFAULT_TIE_RULE),
  })
  .strict();
export type ApprovalInput = z.infer<typeof ApprovalInput>;

// ---------------------------------------------------------------------------------------------
// Show of hands

export const Breakdown = z
  .object({
    /** The grouping, e.g. "sector", "gender", "village". */
    by: z.string().min(1),
    /** group → option → hands; an option left out of a group counts 0 for that group. */
    groups: z.record(z.string(), z.record(z.string(), Count)),
  })
  .strict();

export const ShowOfHandsInput = z
  .object({
    method: z.string().optional(),
    options: OptionList,
    /** option → hands counted; every option must be listed (0 written out). */
    counts: z.record(z.string(), Count),
    breakdowns: z.array(Breakdown).default([]),
    tieRule: TieRule.default(DEFAULT_TIE_RULE),
  })
  .strict();
export type ShowOfHandsInput = z.infer<typeof ShowOfHandsInput>;

// ---------------------------------------------------------------------------------------------
// Weighted criteria scoring matrix

/** Weights are multiples of 0.001 so totals can be compared exactly as integers (score-matrix.ts). */
export const Weight = z
  .number()
  .min(0, 'weight must not be negative')
  .max(100, 'weight must be at most 100')
  .refine((w) => Math.abs(w * 1000 - Math.round(w * 1000)) < 1e-6, 'weight may have at most 3 decimals');

export const Criterion = z.object({ name: OptionName, weight: Weight.default(1) }).strict();

export const Scale = z
  .object({ min: z.number().int().min(-1000).max(1000), max: z.number().int().min(-1000).max(1000) })
  .strict()
  .refine((s) => s.min < s.max, 'scale min must be below max');

export const Scorer = z
  .object({
    /** A small group ("กลุ่ม 1") or a participant. */
    name: z.string().min(1),
    /** option → criterion → score. Every option × criterion must be scored. */
    scores: z.record(z.string(), z.record(z.string(), z.number())),
  })
  .strict();

export const ScoreMatrixInput = z
  .object({
    method: z.string().optional(),
    options: OptionList,
    criteria: z.array(Criterion).min(1, 'criteria is empty').max(50),
    scale: Scale.default({ min: 1, max: 5 }),
    scorers: z.array(Scorer).max(10_000),
    tieRule: TieRule.default(DEFAULT_TIE_RULE),
  })
  .strict();
export type ScoreMatrixInput = z.infer<typeof ScoreMatrixInput>;

// ---------------------------------------------------------------------------------------------
// Yes / no / abstain

export const MAJORITY_RULES = ['simple', 'absolute', 'two_thirds'] as const;
export const MajorityRule = z.enum(MAJORITY_RULES);
export type MajorityRule = z.infer<typeof MajorityRule>;

export const YesNoInput = z
  .object({
    method: z.string().optional(),
    yes: Count,
    no: Count,
    abstain: Count.default(0),
    /** Checked-in attendees at the time of the vote. */
    present: Count,
    /** Attendees needed for the vote to count (0: no quorum rule). */
    quorum: Count.default(0),
    majority: MajorityRule.default('simple'),
    tieRule: TieRule.default(DEFAULT_TIE_RULE),
  })
  .strict();
export type YesNoInput = z.infer<typeof YesNoInput>;

// ---------------------------------------------------------------------------------------------
// Consensus check (fist-to-five)

export const ConsensusVote = z
  .object({
    /** 0 (fist) … 5 (full support), or "block": a stated objection that stops the resolution. */
    value: z.union([z.number().int().min(0).max(5), z.literal('block')]),
    count: Count.default(1),
    participant: z.string().optional(),
    concern: z.string().max(2000).optional(),
  })
  .strict();

export const ConsensusInput = z
  .object({
    method: z.string().optional(),
    votes: z.array(ConsensusVote),
    /** Consensus needs every vote at or above this (and no block). */
    minimum: z.number().int().min(0).max(5).default(3),
  })
  .strict();
export type ConsensusInput = z.infer<typeof ConsensusInput>;

// ---------------------------------------------------------------------------------------------
// Results

export const RankingEntry = z.object({
  option: z.string(),
  /** The method's score: votes, points, approvals, weighted total, or Schulze wins (see each method). */
  score: z.number(),
  /** Competition ranking: tied options share a rank and the next rank skips (1, 2, 2, 4). */
  rank: z.number().int(),
});
export type RankingEntry = z.infer<typeof RankingEntry>;

export const TieBreak = z.object({
  /** A tie for first place, or (IRV) for the option to eliminate in a round. */
  stage: z.enum(['winner', 'elimination']),
  round: z.number().int().optional(),
  tied: z.array(z.string()),
  rule: z.enum(['casting_vote', 'revote', 'lottery']),
  status: z.enum(['awaiting_choice', 'decided', 'revote_required']),
  /** The winner (winner stage) or the eliminated option (elimination stage), once decided. */
  chosen: z.string().nullable(),
  /** Lottery: the tied options in the order drawn, and the seed that produced it. */
  draw: z.array(z.string()).optional(),
  seed: z.number().int().optional(),
  /** Casting vote: a recorded choice that was not one of the tied options. */
  rejectedChoice: z.string().optional(),
});
export type TieBreak = z.infer<typeof TieBreak>;

export const OptionVotes = z.object({ option: z.string(), votes: z.number() });

export const IrvRound = z.object({
  round: z.number().int(),
  /** Votes of each continuing option, in option order. */
  tally: z.array(OptionVotes),
  /** Ballots counted for a continuing option this round. */
  active: z.number(),
  /** Ballots with no continuing option left (blank ballots included). */
  exhausted: z.number(),
  eliminated: z.string().nullable(),
  /** How the eliminated option was picked when several had the fewest votes. */
  elimination: z
    .object({
      by: z.enum(['fewest_votes', 'previous_rounds', 'tie_rule']),
      tied: z.array(z.string()),
      decidedAtRound: z.number().int().optional(),
      tieBreak: TieBreak.optional(),
    })
    .nullable(),
});
export type IrvRound = z.infer<typeof IrvRound>;

export const BallotSummary = z.object({
  /** Ballots counted (sum of counts). */
  total: z.number(),
  /** Ballots that rank or approve nothing. */
  blank: z.number(),
});

export const METHODS = [
  'plurality',
  'borda',
  'irv',
  'schulze',
  'approval',
  'dots',
  'score',
  'show_of_hands',
  'yes_no',
  'consensus',
] as const;
export const Method = z.enum(METHODS);
export type Method = z.infer<typeof Method>;
/** The methods whose result is a ranking of options. */
export const RankingMethod = z.enum(['plurality', 'borda', 'irv', 'schulze', 'approval', 'dots', 'score', 'show_of_hands']);

/** What every ranking method returns. `winners` is empty only when no vote was cast or the count waits on a tie. */
export const RankingResult = z.object({
  method: RankingMethod,
  winners: z.array(z.string()),
  /** True whenever the outcome is a tie (several winners, or an IRV count stopped on a tie). */
  tie: z.boolean(),
  ranking: z.array(RankingEntry),
  tieRule: TieRule,
  tieBreak: TieBreak.nullable(),
  ballots: BallotSummary,
  rounds: z.array(IrvRound).optional(),
  /** Schulze: d[i][j] ballots preferring options[i] to options[j], and strongest path strengths. */
  pairwise: z.array(z.array(z.number())).optional(),
  paths: z.array(z.array(z.number())).optional(),
});
export type RankingResult = z.infer<typeof RankingResult>;

export const ShowOfHandsResult = RankingResult.extend({
  breakdowns: z.array(
    z.object({
      by: z.string(),
      groups: z.array(z.object({ group: z.string(), hands: z.array(OptionVotes), total: z.number() })),
    }),
  ),
});
export type ShowOfHandsResult = z.infer<typeof ShowOfHandsResult>;

export const ScoreMatrixRow = z.object({
  option: z.string(),
  /** Σ over criteria of weight × mean score over scorers (= the mean of the scorers' weighted totals). */
  total: z.number(),
  /** Σ over scorers of their weighted totals (what a paper sheet that adds up the groups shows). */
  sum: z.number(),
  perScorer: z.array(z.object({ scorer: z.string(), total: z.number() })),
  perCriterion: z.array(z.object({ criterion: z.string(), mean: z.number(), weighted: z.number() })),
});

export const ScoreMatrixResult = RankingResult.extend({
  criteria: z.array(z.object({ name: z.string(), weight: z.number() })),
  scale: z.object({ min: z.number(), max: z.number() }),
  scorers: z.array(z.string()),
  table: z.array(ScoreMatrixRow),
});
export type ScoreMatrixResult = z.infer<typeof ScoreMatrixResult>;

export const YesNoResult = z.object({
  method: z.literal('yes_no'),
  yes: z.number(),
  no: z.number(),
  abstain: z.number(),
  present: z.number(),
  /** yes + no + abstain. */
  cast: z.number(),
  quorum: z.number(),
  quorumMet: z.boolean(),
  majority: MajorityRule,
  /** The rule in words, for the minutes. */
  rule: z.string(),
  /** Null while a tie waits for the casting vote or a re-vote. */
  carried: z.boolean().nullable(),
  outcome: z.enum(['carried', 'not_carried', 'no_quorum', 'tie_awaiting_choice', 'revote_required']),
  tie: z.boolean(),
  tieRule: TieRule,
  tieBreak: TieBreak.nullable(),
});
export type YesNoResult = z.infer<typeof YesNoResult>;

export const ConsensusResult = z.object({
  method: z.literal('consensus'),
  consensus: z.boolean(),
  minimum: z.number().int(),
  /** All votes, blocks included. */
  votes: z.number(),
  blocks: z.number(),
  belowMinimum: z.number(),
  distribution: z.array(z.object({ value: z.union([z.number().int(), z.literal('block')]), count: z.number() })),
  /** Mean of the 0–5 votes (blocks left out); null when there are none. */
  mean: z.number().nullable(),
  /** Sum of the 0–5 votes, so the mean can be checked exactly: sum / (votes − blocks). */
  sum: z.number(),
  concerns: z.array(
    z.object({ vote: z.number().int(), participant: z.string().nullable(), value: z.union([z.number().int(), z.literal('block')]), concern: z.string().nullable() }),
  ),
  reasons: z.array(z.enum(['no_votes', 'block', 'below_minimum'])),
});
export type ConsensusResult = z.infer<typeof ConsensusResult>;
