/**
 * The fixed vocabularies of the follow-through between forums (issue 14: partners, agreements,
 * follow-up, lessons, the plan handed to the local government). Codes are English and stable;
 * their Thai and English labels live in the renderer's translation files and the report strings.
 */
import { z } from 'zod';

/** What kind of organisation a partner (ภาคี) is; its sector uses the participants' vocabulary. */
export const PARTNER_KINDS = [
  'village_committee',
  'local_government',
  'district_office',
  'provincial_office',
  'government_agency',
  'school',
  'health_facility',
  'company',
  'civil_society',
  'community_group',
  'other',
] as const;

/** How the partners decide (seed 000: "วิธีการตัดสินใจ"): all agree, a majority, or a named body decides. */
export const DECISION_RULES = ['consensus', 'majority', 'named_body'] as const;

/** What a partner puts in: money (baht), in kind (what, how many, worth about), people and days. */
export const COMMITMENT_KINDS = ['money', 'in_kind', 'people'] as const;

/** A project's status as followed up after the forum; delayed and dropped always say why. */
export const FOLLOW_UP_STATUSES = ['not_started', 'in_progress', 'done', 'delayed', 'dropped'] as const;

/** บทเรียน: what worked, what got in the way, what to do next time. */
export const LESSON_KINDS = ['went_well', 'obstacle', 'next_time'] as const;

/**
 * Who is asked to carry a project out, as the development-plan list groups it: the community
 * itself, the sub-district (อบต./เทศบาล), the district, the province, or an agency.
 */
export const PLAN_LEVELS = ['community', 'subdistrict', 'district', 'province', 'agency'] as const;

export const PartnerKind = z.enum(PARTNER_KINDS);
export const DecisionRule = z.enum(DECISION_RULES);
export const CommitmentKind = z.enum(COMMITMENT_KINDS);
export const FollowUpStatus = z.enum(FOLLOW_UP_STATUSES);
export const LessonKind = z.enum(LESSON_KINDS);
export const PlanLevel = z.enum(PLAN_LEVELS);

export type PartnerKind = z.infer<typeof PartnerKind>;
export type DecisionRule = z.infer<typeof DecisionRule>;
export type CommitmentKind = z.infer<typeof CommitmentKind>;
export type FollowUpStatus = z.infer<typeof FollowUpStatus>;
export type LessonKind = z.infer<typeof LessonKind>;
export type PlanLevel = z.infer<typeof PlanLevel>;

/** Statuses that need a reason. */
export const needsReason = (status: FollowUpStatus): boolean => status === 'delayed' || status === 'dropped';

/** Statuses after which a project is no longer expected to move: never overdue. */
export const isSettled = (status: FollowUpStatus): boolean => status === 'done' || status === 'dropped';
