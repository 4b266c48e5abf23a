/**
 * The development plan's project list (ผ.02 columns, docs/development-plan.md) built from a
 * forum's action plan and each project's ผ.02 details.
 *
 * Rules:
 * - Projects the forum cancelled are left out; the others keep the plan's order within their level.
 * - Levels (PLAN_LEVELS order): ทำเอง → the community itself; joint and requested projects by
 *   requestedFrom (อบต./เทศบาล → sub-district, district, province, agency).
 * - Budget per fiscal year: the years entered in the details; when none were entered, the
 *   project's whole budget in the fiscal year it starts (its start date), else the fiscal year
 *   after the forum's (village plans are made for next year's budget); no budget: empty cells.
 * - Columns: consecutive fiscal years from the earliest used (at the latest the year after the
 *   forum's), at least five (the form's plan period), more if a budget falls later.
 * - Objective defaults to the project's description, the responsible unit to whom it is
 *   requested of (requestedFromName), else its owner.
 */
import type { DevelopmentPlan, Project } from '../../../shared/contract';
import { fiscalYearOf, fiscalYearsBetween, planLevelOf } from '../../../shared/domain/fiscal-year';
import { PLAN_LEVELS } from '../../../shared/domain/follow-through-vocabulary';
import type { Context } from '../context';
import { notFound } from '../errors';
import { findForum } from '../forums/store';
import { listProjects } from '../projects/store';
import { readDetails } from './store';

export const PLAN_PERIOD_YEARS = 5;

export function buildDevelopmentPlan(ctx: Context, forumId: string): DevelopmentPlan {
  const forum = findForum(ctx, forumId);
  if (!forum) throw notFound('forum', forumId);
  const nextYear = fiscalYearOf(forum.date) + 1;
  const projects = listProjects(ctx, forumId).filter((p) => p.status !== 'cancelled');
  const planned = projects.map((p) => {
    const details = readDetails(ctx, p.id);
    const byYear = new Map<number, number>(details.budgetByYear.map((y) => [y.fiscalYear, y.amountSatang]));
    if (byYear.size === 0 && p.budgetSatang !== null) byYear.set(p.startDate ? fiscalYearOf(p.startDate) : nextYear, p.budgetSatang);
    return { project: p, details, byYear };
  });
  const used = planned.flatMap((x) => [...x.byYear.keys()]);
  const first = Math.min(nextYear, ...used);
  const last = Math.max(first + PLAN_PERIOD_YEARS - 1, ...used);
  const fiscalYears = fiscalYearsBetween(first, last);
  const sum = (rows: { budgets: (number | null)[] }[]) => fiscalYears.map((_, i) => rows.reduce((total, r) => total + (r.budgets[i] ?? 0), 0));

  const groups = PLAN_LEVELS.map((level) => {
    const rows = planned
      .filter((x) => planLevelOf(x.project) === level)
      .map(({ project, details, byYear }, i) => ({
        number: i + 1,
        projectId: project.id,
        title: project.title,
        objective: details.objective ?? project.description,
        target: details.target,
        budgets: fiscalYears.map((y) => byYear.get(y) ?? null),
        indicator: project.indicator,
        expectedResult: details.expectedResult,
        responsibleUnit: details.responsibleUnit ?? responsibleOf(project),
      }));
    return { level, rows, totals: sum(rows) };
  }).filter((g) => g.rows.length > 0);

  return { forumId, title: forum.title, fiscalYears, groups, totals: sum(groups.flatMap((g) => g.rows)), generatedAt: ctx.now() };
}

const responsibleOf = (p: Project) => p.requestedFromName ?? p.owner ?? p.ownerPersonName;
