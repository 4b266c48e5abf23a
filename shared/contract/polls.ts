/**
 * Polls (การลงคะแนน), issue 5. A poll belongs to a forum and an agenda item; its options are
 * forum issues or free text; it states its method, rules, tie rule and who may vote before it
 * opens, and moves draft → open → closed (and back to open with `polls.reopen`).
 *
 * Only raw inputs are stored (ballots, counts, scores); `polls.results` tallies them with
 * shared/tally on every call. Rules:
 * - Settings (title, method, rules, tie rule, eligibility, options) change only while draft.
 * - Inputs are entered only while open, and every input is checked when it is entered: an
 *   unknown option, an option twice in a ranking, dots over the limit, breakdowns that do not
 *   add up, a score off the scale or a voter who may not vote are refused, never stored.
 * - A named voter must be eligible (checked in; in the group; on the list); a named voter has
 *   one ballot (dot voting: several, together within the dots per participant).
 * Every write emits `{ entity: "poll", id: pollId, forumId }`.
 */
import { z } from 'zod';
import {
  Count,
  Criterion,
  MAX_OPTIONS,
  MajorityRule,
  Scale,
} from '../tally/types';
import { ById, Id, IsoDateTime, Ok, RequiredText, op } from './common';
import { NOTE_TEXT_MAX, Resolution } from './notes';
import { type PollMethod, PollResults } from './poll-results';

export * from './poll-results';


// ---------------------------------------------------------------------------------------------
// Rules per method

export const YesNoRules = z
  .object({
    majority: MajorityRule.default('simple'),
    /** Attendees needed for the vote to count; 0: no quorum rule. */
    quorum: Count.default(0),
  })
  .strict();

export const ShowOfHandsRules = z.object({}).strict();

export const ApprovalRules = z
  .object({
    /** `approval`: a yes per option; `dots`: N stickers per participant, several on one option allowed. */
    mode: z.enum(['approval', 'dots']).default('approval'),
    dotsPerParticipant: z.number().int().min(1).max(1000).optional(),
    maxApprovals: z.number().int().min(1).max(MAX_OPTIONS).optional(),
  })
  .strict()
  .superRefine((r, ctx) => {
    if (r.mode === 'dots' && r.dotsPerParticipant === undefined) {
      ctx.addIssue({ code: 'custom', path: ['dotsPerParticipant'], message: 'dot voting needs dotsPerParticipant (stickers per participant)' });
    }
    if (r.mode === 'dots' && r.maxApprovals !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['maxApprovals'], message: 'maxApprovals applies to approval mode; dot voting uses dotsPerParticipant' });
    }
    if (r.mode === 'approval' && r.dotsPerParticipant !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['dotsPerParticipant'], message: 'dotsPerParticipant applies to dot voting: set mode "dots"' });
    }
  });

export const RankedRules = z.object({}).strict();

export const ScoreMatrixRules = z
  .object({
    /** Whole-number scale shared by every criterion, e.g. 1–5 or 1–3. */
    scale: Scale.default({ min: 1, max: 5 }),
    criteria: z.array(Criterion).min(1, 'a scoring matrix needs at least one criterion').max(50),
  })
  .strict()
  .superRefine((r, ctx) => {
    const seen = new Set<string>();
    r.criteria.forEach((c, i) => {
      const key = c.name.normalize('NFC');
      if (seen.has(key)) ctx.addIssue({ code: 'custom', path: ['criteria', i, 'name'], message: `duplicate criterion "${c.name}"` });
      seen.add(key);
    });
  });

export const ConsensusRules = z
  .object({
    /** Consensus needs every fist-to-five vote at or above this, and no block. */
    minimum: z.number().int().min(0).max(5).default(3),
  })
  .strict();

/**
 * One variant per method: `{ method, rules }` plus `fields`. Rules may be left out where every
 * rule has a default; a scoring matrix must name its criteria.
 */
function byMethod<S extends z.ZodRawShape>(fields: S) {
  const variant = <M extends PollMethod, R extends z.ZodType>(method: M, rules: R) =>
    z.object({ ...fields, method: z.literal(method), rules }).strict();
  return [
    variant('yes_no', YesNoRules.prefault({})),
    variant('show_of_hands', ShowOfHandsRules.prefault({})),
    variant('approval', ApprovalRules.prefault({})),
    variant('plurality', RankedRules.prefault({})),
    variant('borda', RankedRules.prefault({})),
    variant('irv', RankedRules.prefault({})),
    variant('schulze', RankedRules.prefault({})),
    variant('score_matrix', ScoreMatrixRules),
    variant('consensus', ConsensusRules.prefault({})),
  ] as const;
}

/** A method with its rules. */
export const PollSettings = z.discriminatedUnion('method', byMethod({}));
export type PollSettings = z.infer<typeof PollSettings>;
export type PollRules = PollSettings['rules'];

// ---------------------------------------------------------------------------------------------
// Tie rule, eligibility, options

/**
 * The tie rule as chosen before the poll. A lottery seed may be given (drawn publicly with dice,
 * say); without one, a seed is drawn and recorded when the poll opens. Casting-vote decisions
 * are recorded later, when a tie is met (`polls.setCastingVotes`).
 */
export const TieRuleChoice = z.discriminatedUnion('rule', [
  z.object({ rule: z.literal('casting_vote') }).strict(),
  z.object({ rule: z.literal('revote') }).strict(),
  z.object({ rule: z.literal('lottery'), seed: z.number().int().min(0).max(0xffff_ffff).optional() }).strict(),
]);
export type TieRuleChoice = z.infer<typeof TieRuleChoice>;

/** The tie rule as recorded: the lottery seed is null only before the poll first opens. */
export const PollTieRule = z.discriminatedUnion('rule', [
  z.object({ rule: z.literal('casting_vote'), choices: z.array(z.string()) }),
  z.object({ rule: z.literal('revote') }),
  z.object({ rule: z.literal('lottery'), seed: z.number().int().nullable() }),
]);
export type PollTieRule = z.infer<typeof PollTieRule>;

export const EligibilityDraft = z.discriminatedUnion('kind', [
  /** Everyone checked in at the forum. */
  z.object({ kind: z.literal('checked_in') }).strict(),
  /** The members of one small group of the forum. */
  z.object({ kind: z.literal('group'), groupId: Id }).strict(),
  /** Named people registered at the forum (a committee, village heads). */
  z.object({ kind: z.literal('list'), personIds: z.array(Id).min(1, 'name at least one person').max(10_000) }).strict(),
]);
export type EligibilityDraft = z.input<typeof EligibilityDraft>;

export const Eligibility = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('checked_in') }),
  /** `groupId` null: the group was deleted after the poll was made. */
  z.object({ kind: z.literal('group'), groupId: Id.nullable(), groupName: z.string().nullable() }),
  z.object({ kind: z.literal('list'), personIds: z.array(Id) }),
]);
export type Eligibility = z.infer<typeof Eligibility>;

/** An option: a forum issue (its title is the label, kept in step with the issue) or free text. */
export const PollOptionDraft = z
  .object({ issueId: Id.optional(), label: RequiredText(300).optional() })
  .strict()
  .refine((o) => (o.issueId === undefined) !== (o.label === undefined), 'an option is an issue ({ issueId }) or free text ({ label }), not both');
export type PollOptionDraft = z.input<typeof PollOptionDraft>;

export const PollOption = z.object({
  id: Id,
  /** 1-based: the number printed on paper ballots and typed when entering them. */
  position: z.number().int().positive(),
  label: z.string(),
  /** The issue today, after merges (a merged issue's option follows the survivor); null for free text. */
  issueId: Id.nullable(),
  /** The issue the option was made from. */
  sourceIssueId: Id.nullable(),
  /** The issue was deleted: the label is its title when last seen. */
  issueMissing: z.boolean(),
});
export type PollOption = z.infer<typeof PollOption>;

export const POLL_STATUSES = ['draft', 'open', 'closed'] as const;
export const PollStatus = z.enum(POLL_STATUSES);
export type PollStatus = z.infer<typeof PollStatus>;

const pollFields = {
  id: Id,
  forumId: Id,
  agendaItemId: Id.nullable(),
  title: z.string(),
  tieRule: PollTieRule,
  eligibility: Eligibility,
  /** Checked-in attendees now, or the group's members, or the list's length. */
  eligibleCount: z.number().int(),
  /** In ballot order (`position`). Empty for yes/no and consensus. */
  options: z.array(PollOption),
  status: PollStatus,
  /** The latest opening (a reopen moves it); the audit keeps every transition. */
  openedAt: IsoDateTime.nullable(),
  closedAt: IsoDateTime.nullable(),
  /** Raw entries stored: ballot lines, scorers, counts. */
  inputCount: z.number().int(),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
};

export const Poll = z.discriminatedUnion('method', byMethod(pollFields));
export type Poll = z.infer<typeof Poll>;

const TITLE = RequiredText(300);

const draftFields = {
  forumId: Id,
  /** Left out: the forum's current agenda item. null: none. */
  agendaItemId: Id.nullable().optional(),
  /** What is decided; for yes/no the motion itself. */
  title: TITLE,
  tieRule: TieRuleChoice.default({ rule: 'casting_vote' }),
  eligibility: EligibilityDraft.default({ kind: 'checked_in' }),
  /** Yes/no and consensus take none; the other methods need at least two before opening. */
  options: z.array(PollOptionDraft).max(MAX_OPTIONS).default([]),
};

export const PollDraft = z.discriminatedUnion('method', byMethod(draftFields));
export type PollDraft = z.input<typeof PollDraft>;

/** Only the keys given change; `settings` changes the method and rules together; `options` replaces the list. */
export const PollPatch = z
  .object({
    title: TITLE,
    agendaItemId: Id.nullable(),
    settings: PollSettings,
    tieRule: TieRuleChoice,
    eligibility: EligibilityDraft,
    options: z.array(PollOptionDraft).max(MAX_OPTIONS),
  })
  .partial()
  .strict();
export type PollPatch = z.input<typeof PollPatch>;

// ---------------------------------------------------------------------------------------------
// Raw inputs

/**
 * One ballot, as the method needs it — exactly one of:
 * - `ranking` (plurality, Borda, IRV, Schulze): option ids, most preferred first; a partial
 *   ranking is fine, `[]` is a blank ballot; each option at most once.
 * - `approved` (approval): option ids approved, each at most once.
 * - `dots` (dot voting): option id → stickers.
 * - `value` (consensus): 0 (fist) … 5, or "block"; `concern` optional.
 * `count`: identical paper ballots this line stands for (default 1; 1 when a voter is named).
 * `voterId`: the person, when ballots are entered per participant (checked for eligibility).
 * A block must say why (`concern`): the minutes print the reason beside it.
 */
const ballotEntryShape = {
  ranking: z.array(Id).max(MAX_OPTIONS).optional(),
  approved: z.array(Id).max(MAX_OPTIONS).optional(),
  dots: z.record(Id, Count).optional(),
  value: z.union([z.number().int().min(0).max(5), z.literal('block')]).optional(),
  concern: RequiredText(2000).optional(),
  count: Count.default(1),
  voterId: Id.optional(),
};

function blockNeedsReason(entry: { value?: number | 'block' | undefined; concern?: string | undefined }, ctx: z.RefinementCtx): void {
  if (entry.value === 'block' && entry.concern === undefined) {
    ctx.addIssue({ code: 'custom', path: ['concern'], message: 'a block must give its reason (concern)' });
  }
}

export const BallotEntry = z.object(ballotEntryShape).strict().superRefine(blockNeedsReason);
export type BallotEntry = z.input<typeof BallotEntry>;

export const PollBallot = z.object({
  id: Id,
  pollId: Id,
  /** Entry number 1, 2, 3 … (kept when another ballot is removed: it is what was written on the paper). */
  seq: z.number().int().positive(),
  voterId: Id.nullable(),
  ranking: z.array(Id).optional(),
  approved: z.array(Id).optional(),
  dots: z.record(z.string(), z.number()).optional(),
  value: z.union([z.number().int(), z.literal('block')]).optional(),
  concern: z.string().optional(),
  /** Yes/no from a phone (the room, issue 13); paper yes/no is counted (`polls.setCounts`). */
  choice: z.enum(['yes', 'no', 'abstain']).optional(),
  /** A scoring sheet from a phone: option id → criterion name → score. */
  scores: z.record(z.string(), z.record(z.string(), z.number())).optional(),
  count: z.number().int(),
  createdAt: IsoDateTime,
});
export type PollBallot = z.infer<typeof PollBallot>;

export const BREAKDOWN_BY = ['sector', 'gender', 'village', 'age_group'] as const;
export const BreakdownBy = z.enum(BREAKDOWN_BY);

const OptionCounts = z.record(Id, Count);

/** What the facilitator counts, replacing the poll's earlier counts of the same kind. */
export const CountsEntry = z.discriminatedUnion('kind', [
  z
    .object({
      pollId: Id,
      kind: z.literal('yes_no'),
      yes: Count,
      no: Count,
      abstain: Count.default(0),
      /** Attendees present at the vote; left out: the eligible count now. */
      present: Count.optional(),
    })
    .strict(),
  z
    .object({
      pollId: Id,
      kind: z.literal('hands'),
      /** Option id → hands; every option (0 written out). */
      hands: OptionCounts,
      /** The same hands split by group; each breakdown must add up to `hands` per option. */
      breakdowns: z
        .array(z.object({ by: BreakdownBy, groups: z.record(RequiredText(200), OptionCounts) }).strict())
        .max(BREAKDOWN_BY.length)
        .default([]),
    })
    .strict(),
  z
    .object({
      pollId: Id,
      kind: z.literal('totals'),
      /** Approval or dot voting counted on the board: option id → approvals (dots). */
      totals: OptionCounts,
      /** The people the totals cover; when given, totals are checked against the limits. */
      participants: Count.optional(),
    })
    .strict(),
]);
export type CountsEntry = z.input<typeof CountsEntry>;

export const PollCounts = z.object({
  yesNo: z.object({ yes: z.number(), no: z.number(), abstain: z.number(), present: z.number() }).nullable(),
  hands: z
    .object({
      hands: z.record(z.string(), z.number()),
      breakdowns: z.array(z.object({ by: z.string(), groups: z.record(z.string(), z.record(z.string(), z.number())) })),
    })
    .nullable(),
  totals: z.object({ totals: z.record(z.string(), z.number()), participants: z.number().nullable() }).nullable(),
});
export type PollCounts = z.infer<typeof PollCounts>;

/** Who scores a matrix: a small group of the forum or a person. */
export const ScorerRef = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('group'), groupId: Id }).strict(),
  z.object({ kind: z.literal('person'), personId: Id }).strict(),
]);
export type ScorerRef = z.input<typeof ScorerRef>;

export const ScoresEntry = z
  .object({
    pollId: Id,
    scorer: ScorerRef,
    /** Option id → criterion name → score (null clears a cell). Cells not named keep their value. */
    scores: z.record(Id, z.record(z.string(), z.number().int().nullable())),
  })
  .strict();
export type ScoresEntry = z.input<typeof ScoresEntry>;

export const PollScorer = z.object({
  id: Id,
  kind: z.enum(['group', 'person']),
  /** null when the group or person has been deleted since. */
  groupId: Id.nullable(),
  personId: Id.nullable(),
  name: z.string().nullable(),
  /** Option id → criterion name → score. */
  scores: z.record(z.string(), z.record(z.string(), z.number())),
  /** Cells still empty (options × criteria − scored). */
  missing: z.number().int(),
});
export type PollScorer = z.infer<typeof PollScorer>;

export const PollInputs = z.object({
  pollId: Id,
  /** In entry order. */
  ballots: z.array(PollBallot),
  counts: PollCounts,
  scorers: z.array(PollScorer),
});
export type PollInputs = z.infer<typeof PollInputs>;

export const PollRef = z.object({ pollId: Id }).strict();

/** What to do with a resolution an agenda item already has when a poll's outcome is recorded. */
export const ExistingResolution = z.enum(['replace', 'add']);
export type ExistingResolution = z.infer<typeof ExistingResolution>;

export const pollsContract = {
  /** The forum's polls, oldest first. */
  'polls.list': op(z.object({ forumId: Id }).strict(), z.array(Poll)),
  'polls.get': op(ById, Poll),
  'polls.create': op(PollDraft, Poll),
  /** Draft only (else conflict). */
  'polls.update': op(z.object({ id: Id, patch: PollPatch }).strict(), Poll),
  /** Draft only (else conflict): a poll that was opened is part of the record. */
  'polls.delete': op(ById, Ok),
  /**
   * A new draft with the same settings, tie rule (a lottery gets a new seed) and eligibility, and
   * the options given (default: all), e.g. the tied options for a re-vote.
   */
  'polls.duplicate': op(z.object({ id: Id, optionIds: z.array(Id).min(1).max(MAX_OPTIONS).optional(), title: TITLE.optional() }).strict(), Poll),
  /** draft → open; draws and records the lottery seed if the tie rule is a lottery without one. */
  'polls.open': op(ById, Poll),
  'polls.close': op(ById, Poll),
  /** closed → open again, to enter forgotten ballots; the seed and inputs stay. */
  'polls.reopen': op(ById, Poll),

  /** One ballot (ranked, approval, dots or consensus vote, as the method needs); open polls only. */
  'polls.addBallot': op(PollRef.extend(ballotEntryShape).strict().superRefine(blockNeedsReason), PollBallot),
  /** Many ballots at once (fast paper entry, import): all or none; refusals name the ballot index. */
  'polls.addBallots': op(
    z.object({ pollId: Id, ballots: z.array(BallotEntry).min(1).max(100_000) }).strict(),
    z.object({ ballots: z.array(PollBallot) }),
  ),
  /** Undo of a ballot entry; open polls only. Returns the ballot removed (to put it back). */
  'polls.removeBallot': op(ById, PollBallot),
  /**
   * Undo of `polls.removeBallot`: the removed ballot back with its id and, unless another
   * ballot has taken it since, its entry number (else the next one). Checked as `addBallot` is.
   */
  'polls.restoreBallot': op(
    PollRef.extend({ ...ballotEntryShape, id: Id, seq: z.number().int().positive() }).strict().superRefine(blockNeedsReason),
    PollBallot,
  ),
  /** Yes/no/abstain, show-of-hands counts (with breakdowns), or approval/dot totals. */
  'polls.setCounts': op(CountsEntry, PollCounts),
  /** A scorer's cells of the matrix: upsert; open polls only. */
  'polls.setScores': op(ScoresEntry, PollScorer),
  /** Takes a scorer's whole sheet out (undo). */
  'polls.removeScorer': op(z.object({ pollId: Id, scorerId: Id }).strict(), Ok),
  /**
   * The facilitator's casting votes, in the order the ties were met (see shared/tally/ties.ts):
   * option ids (yes/no: "yes" or "no"). Replaces the list. Only with the casting-vote rule.
   * While the poll is open the decisions may be changed or cleared; once it is closed they are
   * on record: a decision may be added (a tie met at the close) but not changed or cleared
   * without reopening the poll (conflict `poll.casting_vote_recorded`).
   */
  'polls.setCastingVotes': op(z.object({ pollId: Id, choices: z.array(z.string().min(1)).max(MAX_OPTIONS) }).strict(), Poll),
  /**
   * Records a closed poll's outcome as a resolution (มติที่ประชุม) of its agenda item (the
   * forum's own when it has none), naming the poll; the text is the UI's, edited by the
   * facilitator. Recording it again from the same poll updates that resolution. A resolution the
   * item already has from elsewhere is kept unless `existing` says what to do: "replace" it, or
   * "add" this one beside it as a further resolution (else conflict `poll.resolution_exists`).
   */
  'polls.recordResolution': op(
    z.object({ pollId: Id, text: RequiredText(NOTE_TEXT_MAX), existing: ExistingResolution.optional() }).strict(),
    Resolution,
  ),
  /** The stored raw inputs, for the entry screens and undo. */
  'polls.inputs': op(PollRef, PollInputs),
  /**
   * The outcome, tallied now from the stored inputs. `weights` (criterion name → weight) adds a
   * what-if ranking to a scoring matrix. Open and closed polls (a draft has nothing to count).
   */
  'polls.results': op(z.object({ id: Id, weights: z.record(z.string(), z.number()).optional() }).strict(), PollResults),
};
