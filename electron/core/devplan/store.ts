/** Rows of project_plan and project_budget_year: a project's ผ.02 details. */
import type { ParsedInput, ProjectPlanDetails } from '../../../shared/contract';
import type { Context } from '../context';

export function readDetails(ctx: Context, projectId: string): ProjectPlanDetails {
  const row = ctx.sql('SELECT * FROM project_plan WHERE project_id = ?').get(projectId) as
    | { objective: string | null; target: string | null; expected_result: string | null; responsible_unit: string | null; updated_at: string }
    | undefined;
  const years = ctx
    .sql('SELECT fiscal_year AS fiscalYear, amount_satang AS amountSatang FROM project_budget_year WHERE project_id = ? ORDER BY fiscal_year')
    .all(projectId) as ProjectPlanDetails['budgetByYear'];
  return {
    projectId,
    objective: row?.objective ?? null,
    target: row?.target ?? null,
    expectedResult: row?.expected_result ?? null,
    responsibleUnit: row?.responsible_unit ?? null,
    budgetByYear: years,
    updatedAt: row?.updated_at ?? null,
  };
}

export function writeDetails(ctx: Context, input: ParsedInput<'devPlan.setDetails'>, at: string): void {
  ctx
    .sql(
      `INSERT INTO project_plan (project_id, objective, target, expected_result, responsible_unit, updated_at) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (project_id) DO UPDATE SET objective = excluded.objective, target = excluded.target,
         expected_result = excluded.expected_result, responsible_unit = excluded.responsible_unit, updated_at = excluded.updated_at`,
    )
    .run(input.projectId, input.objective, input.target, input.expectedResult, input.responsibleUnit, at);
  ctx.sql('DELETE FROM project_budget_year WHERE project_id = ?').run(input.projectId);
  const year = ctx.sql('INSERT INTO project_budget_year (project_id, fiscal_year, amount_satang) VALUES (?, ?, ?)');
  for (const y of input.budgetByYear) year.run(input.projectId, y.fiscalYear, y.amountSatang);
}
