/**
 * The forum's priority list of issues (จัดลำดับความสำคัญ), issue 5: set from a closed poll's
 * ranking (and recorded as a resolution, มติที่ประชุม) or put in order by hand.
 *
 * Adopting a poll:
 * - Only the poll's issue options go on the list. Free-text options are skipped and listed in
 *   `source.skipped` with the reason, as are options whose issue was deleted and a second option
 *   that now stands for the same issue after a merge (the better-placed one is kept).
 * - Ranks are competition ranks among the issues kept: tied issues keep equal ranks (1, 2, 2, 4).
 *   `position` orders the list; inside a tie it follows the tie rule's decision when there is
 *   one (the lottery draw, the casting vote), else the poll's option order.
 * - The resolution of the poll's agenda item is recorded: the text the UI gives (rendered from
 *   `source` in the reader's language, Thai for the minutes), or, without one, the ranked issue
 *   titles alone ("1. …"), since the core holds no sentences of any language. The method and
 *   tie rule are always in `source`, and the resolution row names the poll. An item that already
 *   has a resolution from elsewhere is only replaced with `replaceResolution: true`, or kept with
 *   this one recorded beside it as a further resolution with `addResolution: true` (else conflict).
 * Every write emits `{ entity: "priority", id: forumId, forumId }` (and "resolution" on adopt).
 */
import { z } from 'zod';
import { TieBreak, TieRule } from '../tally/types';
import { Id, IsoDateTime, RequiredText, op } from './common';
import { NOTE_TEXT_MAX } from './notes';
import { PollMethod } from './poll-results';

export const PriorityItem = z.object({
  /** 1-based place in the list. */
  position: z.number().int().positive(),
  /** Competition rank: tied issues share it. */
  rank: z.number().int().positive(),
  /** The issue today (merges followed). */
  issueId: Id,
  /** The issue's title today, or its title when adopted if it has been deleted since. */
  title: z.string(),
  /** The poll's score for it (null for a list set by hand). */
  score: z.number().nullable(),
  issueMissing: z.boolean(),
});
export type PriorityItem = z.infer<typeof PriorityItem>;

export const SkippedOption = z.object({
  optionId: Id,
  label: z.string(),
  reason: z.enum(['free_text', 'issue_deleted', 'same_issue_as_better_option']),
});

/** How the list was made: the statement the minutes print beside it. */
export const PrioritySource = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('poll'),
    pollId: Id,
    pollTitle: z.string(),
    method: PollMethod,
    /** Approval polls: plain approval or dot voting. */
    mode: z.enum(['approval', 'dots']).nullable(),
    tieRule: TieRule,
    /** Whether the poll's outcome was a tie for first place. */
    tie: z.boolean(),
    /** How the tie was settled, with option labels (as adopted) in place of ids. */
    tieBreak: TieBreak.nullable(),
    ballotCount: z.number(),
    eligibleCount: z.number().int(),
    skipped: z.array(SkippedOption),
    adoptedAt: IsoDateTime,
  }),
  z.object({ kind: z.literal('manual'), setAt: IsoDateTime }),
  /** Aggregated by merge.apply: Borda over the village forums' lists (shared/contract/merge.ts). */
  z.object({ kind: z.literal('merge'), method: z.literal('borda'), sourceForumIds: z.array(Id), tie: z.boolean(), mergedAt: IsoDateTime }),
]);
export type PrioritySource = z.infer<typeof PrioritySource>;

export const PriorityList = z.object({
  forumId: Id,
  /** Best first; empty when the forum has no list yet. */
  items: z.array(PriorityItem),
  source: PrioritySource.nullable(),
  /** The resolution recorded when the list was adopted from a poll. */
  resolutionId: Id.nullable(),
  updatedAt: IsoDateTime.nullable(),
});
export type PriorityList = z.infer<typeof PriorityList>;

export const AdoptFromPoll = z
  .object({
    pollId: Id,
    /** The resolution's text as the UI renders it; left out: the ranked titles. */
    resolutionText: RequiredText(NOTE_TEXT_MAX).optional(),
    /** Replace a resolution the agenda item already has from elsewhere (typed by the note-taker). */
    replaceResolution: z.boolean().default(false),
    /** Keep a resolution the agenda item already has from elsewhere and record this one beside it. */
    addResolution: z.boolean().default(false),
  })
  .strict()
  .refine((a) => !(a.replaceResolution && a.addResolution), { path: ['addResolution'], message: 'replace the resolution or add another one, not both' });
export type AdoptFromPoll = z.input<typeof AdoptFromPoll>;

export const prioritiesContract = {
  'priorities.get': op(z.object({ forumId: Id }).strict(), PriorityList),
  /** Sets the list from a closed poll's ranking and records the resolution (see above). */
  'priorities.adoptFromPoll': op(AdoptFromPoll, PriorityList),
  /** A manual order: active issues of the forum, each once, ranked 1, 2, 3 …; `[]` clears the list. */
  'priorities.set': op(z.object({ forumId: Id, issueIds: z.array(Id).max(10_000) }).strict(), PriorityList),
};
