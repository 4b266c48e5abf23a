/**
 * Merging forums (issue 6): village forums (often imported from .wethi files made on other
 * laptops) combined into a tambon integration forum. The rules in full: docs/merge.md.
 *
 * - `merge.plan` proposes without writing: people who look like the same person, issues that
 *   look like the same issue (grouped, with the similarity that grouped them), and each
 *   village's priority list side by side.
 * - `merge.apply` writes in one transaction what the facilitator confirmed: the villages'
 *   attendees registered in the target (one per person), one target issue per confirmed group
 *   (every other source issue carried alone), a traceability row for each merged item, and the
 *   aggregate priority list (Borda over the villages' lists). Applying it again adds nothing.
 * - `merge.sources` and `merge.priorities` read a merged forum back.
 * Every write emits `{ entity: "merge", id: intoForumId, forumId: intoForumId }` plus
 * "attendance", "issue" and "priority" events for the target.
 */
import { z } from 'zod';
import { TieBreak, TieRule } from '../tally/types';
import { ForumKind } from '../domain/vocabulary';
import { Id, IsoDate, IsoDateTime, RequiredText, op } from './common';

/** At most this many village forums in one merge (a tambon has 5-20 villages). */
export const MAX_MERGE_SOURCES = 50;

export const MergeInput = z
  .object({
    intoForumId: Id,
    sourceForumIds: z.array(Id).min(1).max(MAX_MERGE_SOURCES),
  })
  .strict();

/** A forum taking part in a merge, as the lists show it. */
export const MergeForum = z.object({
  forumId: Id,
  title: z.string(),
  kind: ForumKind,
  village: z.string().nullable(),
  date: IsoDate,
  attendeeCount: z.number().int(),
  issueCount: z.number().int(),
});
export type MergeForum = z.infer<typeof MergeForum>;

// ---------------------------------------------------------------------------------------------
// People

export const MergePerson = z.object({
  personId: Id,
  name: z.string(),
  /** The person's village, else the village of the first forum they attended here. */
  village: z.string().nullable(),
  phone: z.string().nullable(),
  /** The forums of this merge they attend (sources, and the target when `inTarget`). */
  forumIds: z.array(Id),
  inTarget: z.boolean(),
});
export type MergePerson = z.infer<typeof MergePerson>;

/**
 * Why two records look like one person: the same name (prefix, case and spacing ignored) in
 * the same village, or the same phone number. Only a proposal: the facilitator confirms.
 */
export const DuplicateReason = z.enum(['name_and_village', 'phone']);
export type DuplicateReason = z.infer<typeof DuplicateReason>;

export const PersonDuplicate = z.object({
  people: z.array(MergePerson).min(2),
  reasons: z.array(DuplicateReason).min(1),
});
export type PersonDuplicate = z.infer<typeof PersonDuplicate>;

// ---------------------------------------------------------------------------------------------
// Issues

export const MergeIssue = z.object({
  issueId: Id,
  forumId: Id,
  /** The source forum's village (or its title when it names no village). */
  forumLabel: z.string(),
  title: z.string(),
  /** The target issue it was merged into by an earlier apply, if any. */
  targetIssueId: Id.nullable(),
});
export type MergeIssue = z.infer<typeof MergeIssue>;

/** A pair of issues whose titles are alike: trigram Jaccard similarity (0-1), see docs/merge.md. */
export const IssueLink = z.object({
  a: Id,
  b: Id,
  score: z.number().min(0).max(1),
  /** The normalised titles are equal. */
  exact: z.boolean(),
});

export const IssueGroupProposal = z.object({
  /** Village order (as the sources were given), then each village's issue order. */
  issues: z.array(MergeIssue).min(1),
  /** The title the merged issue gets unless the facilitator gives another. */
  title: z.string(),
  /** The links that joined the group, best first; empty for an issue alone. */
  links: z.array(IssueLink),
  /** The weakest link of the group (1 for an issue alone). */
  score: z.number().min(0).max(1),
  /** Set when the group's issues already went into this target issue. */
  targetIssueId: Id.nullable(),
});
export type IssueGroupProposal = z.infer<typeof IssueGroupProposal>;

// ---------------------------------------------------------------------------------------------
// Priorities

export const VillageRankingItem = z.object({
  position: z.number().int().positive(),
  rank: z.number().int().positive(),
  /** The village's issue. */
  issueId: Id,
  title: z.string(),
  /** The target issue it was merged into (null before the merge, or if it is gone). */
  targetIssueId: Id.nullable(),
});

/** One village's priority list: its ballot in the aggregate. */
export const VillageRanking = z.object({
  forum: MergeForum,
  /** Empty when the village has no priority list (a blank ballot). */
  items: z.array(VillageRankingItem),
});
export type VillageRanking = z.infer<typeof VillageRanking>;

/** How the aggregate is formed: stated in full so the minutes can print it. */
export const AggregateMethod = z.object({
  /** Borda count (shared/tally/borda.ts): one ranked ballot per village. */
  kind: z.literal('borda'),
  /** n: the merged issues on the ballot. The issue a village lists at place i (1-based) gets n − i points. */
  optionCount: z.number().int(),
  /** Issues a village did not list get 0 points from it. */
  unrankedPoints: z.literal(0),
  /** A village list with tied ranks is read in its list order (the order its own tie rule gave). */
  villageTies: z.literal('list_order'),
  /** Equal totals share a rank (1, 2, 2, 4); a tie for first place is left to the tambon forum. */
  tieRule: TieRule,
});

export const AggregateEntry = z.object({
  /** The target issue. */
  issueId: Id,
  title: z.string(),
  /** Borda points. */
  score: z.number(),
  rank: z.number().int().positive(),
  /** Points from each village, in the villages' order (null: not on that village's list). */
  byVillage: z.array(z.object({ forumId: Id, position: z.number().int().positive().nullable(), points: z.number() })),
});
export type AggregateEntry = z.infer<typeof AggregateEntry>;

export const MergePriorities = z.object({
  forumId: Id,
  villages: z.array(VillageRanking),
  method: AggregateMethod,
  /** Best first; inside a tie in merge order. */
  ranking: z.array(AggregateEntry),
  /** Every issue with the most points (empty when no village ranked anything). */
  winners: z.array(Id),
  tie: z.boolean(),
  tieBreak: TieBreak.nullable(),
  /** Villages counted, and those without a list (blank ballots). */
  ballots: z.object({ total: z.number().int(), blank: z.number().int() }),
});
export type MergePriorities = z.infer<typeof MergePriorities>;

// ---------------------------------------------------------------------------------------------
// Operations

export const MergePlan = z.object({
  intoForum: MergeForum,
  sources: z.array(MergeForum),
  people: z.object({
    /** Distinct people (by id) attending the sources. */
    sourcePeople: z.number().int(),
    /** Of those, already registered in the target. */
    alreadyInTarget: z.number().int(),
    duplicates: z.array(PersonDuplicate),
  }),
  similarity: z.object({ method: z.literal('trigram_jaccard'), threshold: z.number() }),
  issueGroups: z.array(IssueGroupProposal),
  villageRankings: z.array(VillageRanking),
});
export type MergePlan = z.infer<typeof MergePlan>;

export const IssueGroupChoice = z
  .object({
    sourceIssueIds: z.array(Id).min(1).max(MAX_MERGE_SOURCES * 10),
    /** The merged issue's title; left out: the first issue's title. */
    title: RequiredText(300).optional(),
  })
  .strict();

export const PersonMergeChoice = z
  .object({
    /** Records confirmed to be one person. */
    personIds: z.array(Id).min(2).max(MAX_MERGE_SOURCES),
    /** Who represents them in the target; left out: one already there, else the first. */
    keepId: Id.optional(),
  })
  .strict();

export const MergeApplyInput = MergeInput.extend({
  /** Confirmed groups; a source issue not named in any is carried into the target alone. */
  issueGroups: z.array(IssueGroupChoice).max(10_000).default([]),
  personMerges: z.array(PersonMergeChoice).max(10_000).default([]),
}).strict();
export type MergeApplyInput = z.input<typeof MergeApplyInput>;

export const MergeResult = z.object({
  intoForumId: Id,
  sourceForumIds: z.array(Id),
  /** What this apply added (all 0 when it was applied before). */
  added: z.object({ attendees: z.number().int(), issues: z.number().int(), issuesJoined: z.number().int(), traceRows: z.number().int() }),
  /** Whether the target's priority list was (re)written: not when it was set by a poll or by hand. */
  priorityListWritten: z.boolean(),
  priorities: MergePriorities,
  /** Village projects (with their follow-up) and agreements (every version) copied in by this apply (issue 14). */
  plansAdded: z.object({ projects: z.number().int(), agreements: z.number().int() }),
});
export type MergeResult = z.infer<typeof MergeResult>;

const Origin = z.object({ forumId: Id, forumLabel: z.string(), id: Id, label: z.string().nullable() });

export const MergeSources = z.object({
  forumId: Id,
  /** The village forums merged in, with when they first were. */
  sources: z.array(MergeForum.extend({ mergedAt: IsoDateTime, missing: z.boolean() })),
  issues: z.array(z.object({ issueId: Id, title: z.string(), from: z.array(Origin).min(1) })),
  people: z.array(z.object({ personId: Id, name: z.string(), from: z.array(Origin).min(1) })),
  /** Projects and agreements copied from the villages (issue 14), each with where it came from. */
  projects: z.array(z.object({ projectId: Id, title: z.string(), from: z.array(Origin).min(1) })),
  agreements: z.array(z.object({ agreementId: Id, title: z.string(), from: z.array(Origin).min(1) })),
});
export type MergeSources = z.infer<typeof MergeSources>;

export const mergeContract = {
  /** Other forums that could be merged into this one (not deleted), by date, then village. */
  'merge.candidates': op(z.object({ forumId: Id }).strict(), z.array(MergeForum)),
  'merge.plan': op(MergeInput, MergePlan),
  'merge.apply': op(MergeApplyInput, MergeResult),
  'merge.sources': op(z.object({ forumId: Id }).strict(), MergeSources),
  'merge.priorities': op(z.object({ forumId: Id }).strict(), MergePriorities),
};
