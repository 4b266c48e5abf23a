/**
 * The development-plan project list as XLSX (exceljs), ผ.02 layout: a two-row header (the
 * budget heading spans one column per fiscal year, พ.ศ.), then per level a heading row, its
 * projects numbered from 1, and its total; a grand total at the end. Sarabun throughout (the
 * government's TH Sarabun family; Excel falls back where it is not installed).
 */
import ExcelJS from 'exceljs';
import type { DevelopmentPlan } from '../../../../shared/contract';
import { DEV_PLAN_TH as TH } from './strings-th';

const FONT = { name: 'TH Sarabun New', size: 14 };
const MONEY = '#,##0.00';
const BORDER = { style: 'thin' as const, color: { argb: 'FF000000' } };
const BORDERS = { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER };
const baht = (satang: number | null) => (satang === null ? null : satang / 100);

export async function developmentPlanXlsx(plan: DevelopmentPlan): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Wethi';
  workbook.created = new Date(plan.generatedAt);
  workbook.modified = workbook.created;
  const years = plan.fiscalYears;
  const width = 4 + years.length + 3;
  const sheet = workbook.addWorksheet(TH.sheet, {
    views: [{ state: 'frozen', ySplit: 4 }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sheet.columns = [6, 34, 28, 28, ...years.map(() => 14), 24, 26, 22].map((w, i) => ({
    width: w,
    style: { font: FONT, alignment: { vertical: 'top', wrapText: true }, numFmt: i >= 4 && i < 4 + years.length ? MONEY : undefined },
  }));

  const title = sheet.addRow([TH.heading]);
  title.font = { ...FONT, bold: true, size: 16 };
  sheet.mergeCells(1, 1, 1, width);
  title.alignment = { horizontal: 'center' };
  const from = sheet.addRow([TH.from(plan.title)]);
  sheet.mergeCells(2, 1, 2, width);
  from.alignment = { horizontal: 'center' };

  const fixedBefore = [TH.colNumber, TH.colProject, TH.colObjective, TH.colTarget];
  const fixedAfter = [TH.colIndicator, TH.colExpected, TH.colResponsible];
  const top = sheet.addRow([...fixedBefore, TH.colBudget, ...years.slice(1).map(() => null), ...fixedAfter]);
  const second = sheet.addRow([...fixedBefore.map(() => null), ...years.map((y) => TH.colYear(String(y))), ...fixedAfter.map(() => null)]);
  for (let c = 1; c <= width; c++) {
    const inBudget = c > 4 && c <= 4 + years.length;
    if (!inBudget) sheet.mergeCells(3, c, 4, c);
  }
  sheet.mergeCells(3, 5, 3, 4 + years.length);
  for (const row of [top, second]) {
    row.font = { ...FONT, bold: true };
    row.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    row.eachCell({ includeEmpty: true }, (cell) => (cell.border = BORDERS));
  }

  const bordered = (row: ExcelJS.Row) => {
    for (let c = 1; c <= width; c++) row.getCell(c).border = BORDERS;
  };
  plan.groups.forEach((group, g) => {
    const heading = sheet.addRow([`${g + 1}. ${TH.level[group.level]}`]);
    heading.font = { ...FONT, bold: true };
    sheet.mergeCells(heading.number, 1, heading.number, width);
    bordered(heading);
    for (const r of group.rows) {
      bordered(sheet.addRow([r.number, r.title, r.objective, r.target, ...r.budgets.map(baht), r.indicator, r.expectedResult, r.responsibleUnit]));
    }
    const total = sheet.addRow([null, TH.groupTotal(String(group.rows.length)), null, null, ...group.totals.map(baht), null, null, null]);
    total.font = { ...FONT, bold: true };
    bordered(total);
  });
  const count = plan.groups.reduce((n, g) => n + g.rows.length, 0);
  const grand = sheet.addRow([null, count === 0 ? TH.empty : TH.grandTotal(String(count)), null, null, ...plan.totals.map(baht), null, null, null]);
  grand.font = { ...FONT, bold: true };
  bordered(grand);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
