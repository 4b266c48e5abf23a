/**
 * The action plan (แผนปฏิบัติการ) as the minutes print it, in plain text: its columns with their
 * preferred widths on the landscape page both formats give it, one row of cells per project and
 * the total row. The HTML template escapes the cells (html/render.ts), the DOCX writer prints them
 * as they are (docx/minutes-docx.ts), so both formats show the same plan.
 */
import type { MinutesModel } from '../../../../shared/contract';
import { TH } from '../html/strings-th';
import { type PlainFormatter, projectPeriod } from './format';

export interface PlanColumn {
  header: string;
  /** Preferred width in mm of the landscape page's 252 mm text width. */
  mm: number;
  align: 'left' | 'center' | 'right';
}

/** The landscape A4 page less its margins (297 mm − 25 mm − 20 mm). */
export const PLAN_WIDTH_MM = 252;

/**
 * Widths chosen for the longest realistic entries at 14 pt in Sarabun: "ลำดับ", the words of an
 * agency's full name, a budget in the millions in Thai digits ("๑,๒๘๕,๗๕๐.๕๐", the widest) and
 * "๑๕ ม.ค. ๒๕๗๐ –" stay whole in their columns. The PDF's automatic layout widens a column that
 * needs more; the DOCX's fixed grid is checked against measured word widths (tests/core/reports).
 */
export const PLAN_COLUMNS: readonly PlanColumn[] = [
  { header: TH.colNumber, mm: 16, align: 'center' },
  { header: TH.colProject, mm: 40, align: 'left' },
  { header: TH.colType, mm: 25, align: 'left' },
  { header: TH.colRequestedFrom, mm: 35, align: 'left' },
  { header: TH.colOwner, mm: 30, align: 'left' },
  { header: TH.colBudget, mm: 39, align: 'right' },
  { header: TH.colPeriod, mm: 36, align: 'left' },
  { header: TH.colIndicator, mm: 31, align: 'left' },
];

/** One row of cells per project, in plan order; a cell may hold a line break (the period). */
export function actionPlanRows(model: MinutesModel, fmt: PlainFormatter): string[][] {
  return model.actionPlan.map((p, i) => [
    fmt.num(i + 1),
    fmt.text(p.status === 'cancelled' ? `${p.title} (${TH.projectStatus.cancelled})` : p.title),
    TH.projectTypes[p.type],
    fmt.text([p.requestedFrom ? TH.requestedFrom[p.requestedFrom] : null, p.requestedFromName].filter(Boolean).join(' ')),
    fmt.text(p.owner ?? p.ownerPersonName ?? ''),
    p.budgetSatang === null ? '' : fmt.baht(p.budgetSatang),
    projectPeriod(p, fmt),
    fmt.text(p.indicator ?? ''),
  ]);
}

/** "รวม (ยังไม่ระบุงบประมาณ 1 โครงการ)" and the plan's total budget. */
export function actionPlanTotal(model: MinutesModel, fmt: PlainFormatter): { label: string; budget: string } {
  const sum = model.actionPlanSummary;
  return {
    label: `${TH.total}${sum.withoutBudget > 0 ? ` (${TH.withoutBudget(fmt.num(sum.withoutBudget))})` : ''}`,
    budget: fmt.baht(sum.budgetSatang),
  };
}
