/** Forums (เวทีประชาคม): the session everything else belongs to. */
import { z } from 'zod';
import { ForumKind, ForumStatus, Iap2Level, Sector } from '../domain/vocabulary';
import { ById, ClockTime, Empty, Id, IsoDate, IsoDateTime, NullableText, Ok, RequiredText, op } from './common';

/**
 * How the forum settles ties unless a poll says otherwise: new polls start with it (issue 5).
 * A lottery's seed belongs to each poll (drawn when it opens), so only the rule is kept here.
 */
export const FORUM_TIE_RULES = ['casting_vote', 'revote', 'lottery'] as const;
export const ForumTieRule = z.enum(FORUM_TIE_RULES);
export type ForumTieRule = z.infer<typeof ForumTieRule>;

export const forumFields = {
  title: RequiredText(300),
  kind: ForumKind,
  /** ครั้งที่, e.g. "1/2569". */
  number: NullableText(40),
  /** The day, and local clock times: a forum happens in one place, so no time zone is needed. */
  date: IsoDate,
  startTime: ClockTime.nullable(),
  endTime: ClockTime.nullable(),
  venue: NullableText(),
  village: NullableText(),
  tambon: NullableText(),
  district: NullableText(),
  province: NullableText(),
  organiser: NullableText(),
  facilitator: NullableText(),
  noteTaker: NullableText(),
  iap2Level: Iap2Level.nullable(),
  status: ForumStatus,
  /** Sectors the organiser expects in the room; a missing one is warned about. */
  expectedSectors: z.array(Sector),
  defaultTieRule: ForumTieRule,
};

export const ForumDraft = z
  .object({
    ...forumFields,
    kind: forumFields.kind.default('village'),
    number: forumFields.number.default(null),
    startTime: forumFields.startTime.default(null),
    endTime: forumFields.endTime.default(null),
    venue: forumFields.venue.default(null),
    village: forumFields.village.default(null),
    tambon: forumFields.tambon.default(null),
    district: forumFields.district.default(null),
    province: forumFields.province.default(null),
    organiser: forumFields.organiser.default(null),
    facilitator: forumFields.facilitator.default(null),
    noteTaker: forumFields.noteTaker.default(null),
    iap2Level: forumFields.iap2Level.default(null),
    status: forumFields.status.default('planned'),
    expectedSectors: forumFields.expectedSectors.default([]),
    defaultTieRule: forumFields.defaultTieRule.default('casting_vote'),
  })
  .strict();
export type ForumDraft = z.input<typeof ForumDraft>;

/** Only the keys given are changed. */
export const ForumPatch = z.object(forumFields).partial().strict();

export const Forum = z.object({
  id: Id,
  title: z.string(),
  kind: ForumKind,
  number: z.string().nullable(),
  date: IsoDate,
  startTime: ClockTime.nullable(),
  endTime: ClockTime.nullable(),
  venue: z.string().nullable(),
  village: z.string().nullable(),
  tambon: z.string().nullable(),
  district: z.string().nullable(),
  province: z.string().nullable(),
  organiser: z.string().nullable(),
  facilitator: z.string().nullable(),
  noteTaker: z.string().nullable(),
  iap2Level: Iap2Level.nullable(),
  status: ForumStatus,
  expectedSectors: z.array(Sector),
  defaultTieRule: ForumTieRule,
  archived: z.boolean(),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
  attendeeCount: z.number().int(),
  checkedInCount: z.number().int(),
});
export type Forum = z.infer<typeof Forum>;

export const forumsContract = {
  'forums.list': op(z.object({ includeArchived: z.boolean().default(false) }).strict(), z.array(Forum)),
  'forums.get': op(ById, Forum),
  'forums.create': op(ForumDraft, Forum),
  'forums.update': op(z.object({ id: Id, patch: ForumPatch }).strict(), Forum),
  /** A copy with the same settings and registered people (not their check-ins), as a new planned forum. */
  'forums.duplicate': op(ById, Forum),
  'forums.setArchived': op(z.object({ id: Id, archived: z.boolean() }).strict(), Forum),
  /** Moves the forum to the trash; `forums.restore` undoes it. */
  'forums.delete': op(ById, Ok),
  'forums.restore': op(ById, Forum),
  'forums.listDeleted': op(Empty, z.array(Forum)),
};
