/**
 * Projects (โครงการ) of a forum's action plan (แผนปฏิบัติการ), issue 5: who does each one,
 * whom it is asked of, owner, budget, timeline, indicator and status, and the issue and poll
 * that put it on the plan.
 */
import { z } from 'zod';
import { MAX_BUDGET_SATANG, type ProjectRuleFields, projectRuleProblems } from '../domain/project-rules';
import { ProjectStatus, ProjectType, RequestedFromLevel } from '../domain/project-vocabulary';
import { ById, Id, IsoDate, IsoDateTime, NullableText, Ok, RequiredText, op } from './common';

/** Whole satang (1 baht = 100 satang): money is never a float. `bahtToSatang` reads typed amounts. */
export const BudgetSatang = z.number().int('budget in whole satang').min(0).max(MAX_BUDGET_SATANG);

const projectFields = {
  title: RequiredText(300),
  description: NullableText(4000),
  type: ProjectType,
  /** Required for joint and requested projects, null for self ones. */
  requestedFrom: RequestedFromLevel.nullable(),
  /** Whom exactly: "อบต.หนองบัว", "สำนักงานเกษตรอำเภอ"; required when requestedFrom is agency. */
  requestedFromName: NullableText(200),
  /** ผู้รับผิดชอบ as written: a person, a group, an agency. */
  owner: NullableText(200),
  /** The owner in the register, when they are in it. */
  ownerPersonId: Id.nullable(),
  budgetSatang: BudgetSatang.nullable(),
  /** แหล่งงบประมาณ, e.g. "ข้อบัญญัติ อบต. ปี 2570", "กองทุนหมู่บ้าน". */
  budgetSource: NullableText(200),
  startDate: IsoDate.nullable(),
  /** Not before startDate. */
  endDate: IsoDate.nullable(),
  /** ตัวชี้วัด: how the forum will know it worked. */
  indicator: NullableText(1000),
  status: ProjectStatus,
  /** The issue the project answers; an issue merged later is followed to its survivor on read. */
  issueId: Id.nullable(),
  /** The poll that ranked the issue (kept as an id: polls are their own feature). */
  pollId: Id.nullable(),
  /** The issue's place in that ranking when the project was made (1 = top priority). */
  priorityRank: z.number().int().min(1).max(10_000).nullable(),
};

/** The cross-field rules (requestedFrom by type, agency name, end not before start) as zod issues. */
function checkRules(value: ProjectRuleFields, ctx: z.RefinementCtx<ProjectRuleFields>): void {
  for (const problem of projectRuleProblems(value)) ctx.addIssue({ code: 'custom', path: [problem.path], message: problem.message });
}

const draftFields = {
  ...projectFields,
  description: projectFields.description.default(null),
  type: projectFields.type.default('self'),
  requestedFrom: projectFields.requestedFrom.default(null),
  requestedFromName: projectFields.requestedFromName.default(null),
  owner: projectFields.owner.default(null),
  ownerPersonId: projectFields.ownerPersonId.default(null),
  budgetSatang: projectFields.budgetSatang.default(null),
  budgetSource: projectFields.budgetSource.default(null),
  startDate: projectFields.startDate.default(null),
  endDate: projectFields.endDate.default(null),
  indicator: projectFields.indicator.default(null),
  status: projectFields.status.default('proposed'),
  issueId: projectFields.issueId.default(null),
  pollId: projectFields.pollId.default(null),
  priorityRank: projectFields.priorityRank.default(null),
};

export const ProjectDraft = z
  .object({ forumId: Id, ...draftFields })
  .strict()
  .superRefine(checkRules);
export type ProjectDraft = z.input<typeof ProjectDraft>;

/** A project for a prioritised issue: the title, when left out, is the issue's (after merges). */
export const ProjectFromIssue = z
  .object({ forumId: Id, ...draftFields, issueId: Id, title: projectFields.title.optional() })
  .strict()
  .superRefine(checkRules);
export type ProjectFromIssue = z.input<typeof ProjectFromIssue>;

/**
 * Only the keys given are changed. The cross-field rules are checked by the core on the project
 * as it would be after the patch (a patch may change the type alone, or the end date alone).
 */
export const ProjectPatch = z.object(projectFields).partial().strict();

/** Every field of a project as stored (no id, forum, place or times): what a patch is applied to. */
export const ProjectValues = z.object(projectFields);
export type ProjectValues = z.infer<typeof ProjectValues>;
export type ProjectPatch = z.input<typeof ProjectPatch>;

export const Project = z.object({
  id: Id,
  forumId: Id,
  title: z.string(),
  description: z.string().nullable(),
  type: ProjectType,
  requestedFrom: RequestedFromLevel.nullable(),
  requestedFromName: z.string().nullable(),
  owner: z.string().nullable(),
  ownerPersonId: Id.nullable(),
  /** The register's name for ownerPersonId, read fresh (null once the person is erased). */
  ownerPersonName: z.string().nullable(),
  budgetSatang: BudgetSatang.nullable(),
  budgetSource: z.string().nullable(),
  startDate: IsoDate.nullable(),
  endDate: IsoDate.nullable(),
  indicator: z.string().nullable(),
  status: ProjectStatus,
  /** The issue as it is now: merges followed; null when none was linked or it was deleted. */
  issueId: Id.nullable(),
  issueTitle: z.string().nullable(),
  pollId: Id.nullable(),
  priorityRank: z.number().int().nullable(),
  /** 0-based place in the forum's action plan. */
  position: z.number().int(),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});
export type Project = z.infer<typeof Project>;

export const BudgetBucket = z.object({ count: z.number().int(), budgetSatang: z.number().int() });
export type BudgetBucket = z.infer<typeof BudgetBucket>;

/** Totals of a forum's action plan; how they are counted (cancelled projects, missing budgets) is in shared/domain/action-plan.ts. */
export const ActionPlanSummary = z.object({
  projectCount: z.number().int(),
  /** Total budget of the projects not cancelled. */
  budgetSatang: z.number().int(),
  /** Projects not cancelled that have no budget yet. */
  withoutBudget: z.number().int(),
  byType: z.record(ProjectType, BudgetBucket),
  byRequestedFrom: z.record(RequestedFromLevel, BudgetBucket),
  byStatus: z.record(ProjectStatus, z.number().int()),
});
export type ActionPlanSummary = z.infer<typeof ActionPlanSummary>;

const ByForum = z.object({ forumId: Id }).strict();

export const projectsContract = {
  /** The forum's action plan in its order, each project with its issue's current title. */
  'projects.list': op(ByForum, z.array(Project)),
  'projects.get': op(ById, Project),
  'projects.create': op(ProjectDraft, Project),
  'projects.createFromIssue': op(ProjectFromIssue, Project),
  'projects.update': op(z.object({ id: Id, patch: ProjectPatch }).strict(), Project),
  /** Moves the project to the trash; `projects.restore` undoes it, back in its place. */
  'projects.delete': op(ById, Ok),
  'projects.restore': op(ById, Project),
  /** orderedIds lists every project of the forum's plan once, in the new order. */
  'projects.reorder': op(z.object({ forumId: Id, orderedIds: z.array(Id) }).strict(), z.array(Project)),
  'projects.summary': op(ByForum, ActionPlanSummary),
};
