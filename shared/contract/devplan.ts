/**
 * The action plan handed to the local government, in the columns of its development plan's
 * project list (บัญชีโครงการพัฒนา, form ผ.02; docs/development-plan.md): number, project,
 * objective, target (output), budget per Thai fiscal year (พ.ศ.), indicator (KPI), expected
 * result, responsible unit, grouped by the level the project is asked of.
 */
import { z } from 'zod';
import { PlanLevel } from '../domain/follow-through-vocabulary';
import { Id, IsoDateTime, NullableText, op } from './common';
import { BudgetSatang } from './projects';
import { ReportFile } from './reports';

/** Change events of this feature name this entity. */
export const DEV_PLAN_ENTITY = 'project_plan';

export const FiscalYear = z.number().int().min(2400).max(2800);

export const ProjectPlanDetails = z.object({
  projectId: Id,
  objective: z.string().nullable(),
  target: z.string().nullable(),
  expectedResult: z.string().nullable(),
  responsibleUnit: z.string().nullable(),
  /** Budget per fiscal year (พ.ศ.) as entered; empty: the project's budget in the year it starts. */
  budgetByYear: z.array(z.object({ fiscalYear: FiscalYear, amountSatang: z.number().int() })),
  updatedAt: IsoDateTime.nullable(),
});
export type ProjectPlanDetails = z.infer<typeof ProjectPlanDetails>;

export const ProjectPlanDetailsInput = z
  .object({
    projectId: Id,
    objective: NullableText(4000).default(null),
    target: NullableText(4000).default(null),
    expectedResult: NullableText(4000).default(null),
    responsibleUnit: NullableText(300).default(null),
    budgetByYear: z
      .array(z.object({ fiscalYear: FiscalYear, amountSatang: BudgetSatang }).strict())
      .max(20)
      .default([])
      .refine((years) => new Set(years.map((y) => y.fiscalYear)).size === years.length, 'each fiscal year once'),
  })
  .strict();

export const DevelopmentPlanRow = z.object({
  /** 1-based within its group, as the form numbers them. */
  number: z.number().int(),
  projectId: Id,
  title: z.string(),
  objective: z.string().nullable(),
  target: z.string().nullable(),
  /** One cell per `fiscalYears` entry; null where nothing is planned that year. */
  budgets: z.array(z.number().int().nullable()),
  indicator: z.string().nullable(),
  expectedResult: z.string().nullable(),
  responsibleUnit: z.string().nullable(),
});

export const DevelopmentPlan = z.object({
  forumId: Id,
  title: z.string(),
  /** The columns' fiscal years (พ.ศ.), at least five consecutive as the form has them. */
  fiscalYears: z.array(FiscalYear),
  groups: z.array(z.object({ level: PlanLevel, rows: z.array(DevelopmentPlanRow), totals: z.array(z.number().int()) })),
  totals: z.array(z.number().int()),
  generatedAt: IsoDateTime,
});
export type DevelopmentPlan = z.infer<typeof DevelopmentPlan>;

export const devPlanContract = {
  'devPlan.details': op(z.object({ projectId: Id }).strict(), ProjectPlanDetails),
  'devPlan.setDetails': op(ProjectPlanDetailsInput, ProjectPlanDetails),
  /** The forum's projects (not cancelled) in the ผ.02 columns, grouped by level. */
  'devPlan.get': op(z.object({ forumId: Id }).strict(), DevelopmentPlan),
  'devPlan.export': op(z.object({ forumId: Id, format: z.enum(['xlsx', 'docx', 'json']), thaiDigits: z.boolean().default(false) }).strict(), ReportFile),
};
