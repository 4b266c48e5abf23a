/** Issues (ประเด็นปัญหา) with causes, potentials and needs; merge, split, order, categories. */
import { z } from 'zod';
import { IssueCategoryKey, isDefaultIssueCategory } from '../domain/issue-categories';
import { ById, Id, IsoDateTime, NullableText, RequiredText, TypedText, op } from './common';

export const ISSUE_DETAIL_KINDS = ['cause', 'potential', 'need'] as const;
export const IssueDetailKind = z.enum(ISSUE_DETAIL_KINDS);
export type IssueDetailKind = z.infer<typeof IssueDetailKind>;

/** One cause, potential (asset) or need, as a line of text; the list order is the order shown. */
const DetailList = z.array(RequiredText(1000)).max(200);

const issueFields = {
  title: RequiredText(300),
  description: NullableText(4000),
  /** A key of the forum's category list (`issues.categories`), or null for not yet sorted. */
  category: IssueCategoryKey.nullable(),
  causes: DetailList,
  potentials: DetailList,
  needs: DetailList,
  /** Who raised it: a person from the register, or (with no person) the small group it came from. */
  raisedByPersonId: Id.nullable(),
  /** The small group it was entered in; when no person is given, the group is who raised it. */
  groupId: Id.nullable(),
  agendaItemId: Id.nullable(),
};

export const IssueDraft = z
  .object({
    forumId: Id,
    ...issueFields,
    description: issueFields.description.default(null),
    category: issueFields.category.default(null),
    causes: issueFields.causes.default([]),
    potentials: issueFields.potentials.default([]),
    needs: issueFields.needs.default([]),
    raisedByPersonId: issueFields.raisedByPersonId.default(null),
    groupId: issueFields.groupId.default(null),
    /** Left out: the forum's current agenda item. null: none. */
    agendaItemId: issueFields.agendaItemId.optional(),
  })
  .strict();
export type IssueDraft = z.input<typeof IssueDraft>;

/** Only the keys given are changed; a list given (causes, potentials, needs) replaces the old one. */
export const IssuePatch = z.object(issueFields).partial().strict();
export type IssuePatch = z.input<typeof IssuePatch>;

export const IssueDetail = z.object({ id: Id, text: z.string() });
export type IssueDetail = z.infer<typeof IssueDetail>;

export const RaisedBy = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('person'), personId: Id, name: z.string() }),
  z.object({ kind: z.literal('group'), groupId: Id, name: z.string() }),
]);
export type RaisedBy = z.infer<typeof RaisedBy>;

export const Issue = z.object({
  id: Id,
  forumId: Id,
  title: z.string(),
  description: z.string().nullable(),
  category: z.string().nullable(),
  causes: z.array(IssueDetail),
  potentials: z.array(IssueDetail),
  needs: z.array(IssueDetail),
  raisedBy: RaisedBy.nullable(),
  agendaItemId: Id.nullable(),
  groupId: Id.nullable(),
  /** 0-based place in the forum's list of active issues (a merged issue keeps the place it had). */
  position: z.number().int(),
  /** Set when merged into another issue: hidden from the default list, kept as history. */
  mergedInto: Id.nullable(),
  /** The issue this one was split off from. */
  splitFrom: Id.nullable(),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});
export type Issue = z.infer<typeof Issue>;

/** An issue exactly as stored, for putting it back after a delete. */
export const IssueRecord = z
  .object({
    id: Id,
    forumId: Id,
    agendaItemId: Id.nullable(),
    groupId: Id.nullable(),
    raisedByPersonId: Id.nullable(),
    title: z.string(),
    description: z.string().nullable(),
    category: z.string().nullable(),
    position: z.number().int(),
    mergedInto: Id.nullable(),
    splitFrom: Id.nullable(),
    createdAt: IsoDateTime,
    updatedAt: IsoDateTime,
    causes: z.array(IssueDetail),
    potentials: z.array(IssueDetail),
    needs: z.array(IssueDetail),
  })
  .strict();
export type IssueRecord = z.infer<typeof IssueRecord>;

/**
 * What `issues.delete` removed, to hand back to `issues.restore` for undo. Deleting an issue also
 * deletes the issues merged into it (its history), so they come back together.
 */
export const DeletedIssue = z
  .object({
    /** The issue asked for first, then the ones merged into it. */
    issues: z.array(IssueRecord).min(1),
    /** Issues split off from the deleted ones: their `splitFrom` link is put back on restore. */
    splitChildren: z.array(z.object({ id: Id, splitFrom: Id }).strict()),
  })
  .strict();
export type DeletedIssue = z.infer<typeof DeletedIssue>;

export const IssueCategory = z.object({
  key: z.string(),
  /** The forum's own label; null for a default category, which the UI translates from its key. */
  label: z.string().nullable(),
  /** One of the default codes (the UI has a translated label for it). */
  builtIn: z.boolean(),
  /** Active (not merged) issues in this category; a category in use cannot simply be removed. */
  issueCount: z.number().int(),
});
export type IssueCategory = z.infer<typeof IssueCategory>;

/** A category as the facilitator edits it: a new one may come with only a label (a key is made). */
const CategoryInput = z
  .object({ key: IssueCategoryKey.optional(), label: NullableText(60).optional() })
  .strict();

const CategoryList = z
  .array(CategoryInput)
  .max(60)
  .superRefine((list, ctx) => {
    const seen = new Set<string>();
    list.forEach((c, i) => {
      if (c.key === undefined || !isDefaultIssueCategory(c.key)) {
        if (!c.label) ctx.addIssue({ code: 'custom', path: [i, 'label'], message: 'a custom category needs a label' });
      }
      if (c.key !== undefined) {
        if (seen.has(c.key)) ctx.addIssue({ code: 'custom', path: [i, 'key'], message: `category ${c.key} listed twice` });
        seen.add(c.key);
      }
    });
  });

const Split = z
  .object({
    title: RequiredText(300),
    description: NullableText(4000).default(null),
    /** Left out: the original's category. */
    category: IssueCategoryKey.nullable().optional(),
    causes: DetailList.default([]),
    potentials: DetailList.default([]),
    needs: DetailList.default([]),
  })
  .strict();

export const issuesContract = {
  /** The forum's issues in order (merged ones, with `includeMerged`, come after the active ones). */
  'issues.list': op(z.object({ forumId: Id, includeMerged: z.boolean().default(false) }).strict(), z.array(Issue)),
  'issues.get': op(ById, Issue),
  'issues.create': op(IssueDraft, Issue),
  'issues.update': op(z.object({ id: Id, patch: IssuePatch }).strict(), Issue),
  /** Removes the issue (and the issues merged into it); the result undoes it via `issues.restore`. */
  'issues.delete': op(ById, DeletedIssue),
  /** Puts deleted issues back with their ids, details and place in the list. */
  'issues.restore': op(z.object({ deleted: DeletedIssue }).strict(), Issue),
  /**
   * Issues typed as the room calls them out, one per line: blank lines are skipped, and leading
   * bullets or numbers ("-", "•", "1.", "๑)", "(2)") are removed. Appended in the order typed.
   */
  'issues.quickAdd': op(
    z
      .object({
        forumId: Id,
        text: TypedText(100_000),
        category: IssueCategoryKey.nullable().default(null),
        groupId: Id.nullable().default(null),
        /** Left out: the forum's current agenda item. */
        agendaItemId: Id.nullable().optional(),
      })
      .strict(),
    z.array(Issue),
  ),
  /** A new order for all active issues of the forum; anything but a permutation of them is refused. */
  'issues.reorder': op(z.object({ forumId: Id, orderedIds: z.array(Id) }).strict(), z.array(Issue)),
  /** Moves one issue to a 0-based place in the active list (past the end = last). Returns the list. */
  'issues.move': op(z.object({ id: Id, index: z.number().int().min(0) }).strict(), z.array(Issue)),
  /**
   * Folds `mergedId` into `survivorId`: its causes, potentials and needs are appended to the
   * survivor's (without repeating a text already there), empty fields of the survivor are filled
   * from it, and it is hidden from the list but kept. Returns the survivor.
   */
  'issues.merge': op(z.object({ survivorId: Id, mergedId: Id }).strict(), Issue),
  /**
   * Splits parts off an issue: new issues right after it, `splitFrom` set, each taking the
   * original's agenda item, group and raiser. The original stays; `original` edits it in the
   * same step (e.g. a narrower title, the causes that moved removed). Returns the new issues.
   */
  'issues.split': op(
    z.object({ id: Id, parts: z.array(Split).min(1).max(50), original: IssuePatch.optional() }).strict(),
    z.array(Issue),
  ),
  /** The forum's categories in order: the default list until the forum edits it. */
  'issues.categories': op(z.object({ forumId: Id }).strict(), z.array(IssueCategory)),
  /**
   * Replaces the forum's category list. Removing a category that active issues still use is
   * refused (conflict) unless `reassignTo` says where they go: a key in the new list, or null.
   */
  'issues.setCategories': op(
    z.object({ forumId: Id, categories: CategoryList, reassignTo: IssueCategoryKey.nullable().optional() }).strict(),
    z.array(IssueCategory),
  ),
  /** Active issues grouped by category in list order (empty categories too), uncategorised last if any. */
  'issues.byCategory': op(
    z.object({ forumId: Id }).strict(),
    z.array(z.object({ category: IssueCategory.nullable(), issues: z.array(Issue) })),
  ),
};
