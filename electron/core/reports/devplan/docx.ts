/**
 * The development-plan project list as DOCX, A4 landscape (the ผ.02 table is wide): the same
 * rows as the workbook, TH Sarabun New 14 pt in the table, the header rows repeated on each page,
 * the budget heading spanning one column per fiscal year.
 */
import { AlignmentType, type FileChild, Header, NumberFormat, PageOrientation, Paragraph, Table, TableCell, TableLayoutType, TableRow, TextRun, VerticalMergeType, WidthType } from 'docx';
import type { DevelopmentPlan } from '../../../../shared/contract';
import { toThaiDigits } from '../../../../shared/domain/buddhist-date';
import { officialPageHeader, packThai, thaiDocument } from '../agreement/docx';
import { RUN_FONTS } from '../docx/font-table';
import { plainFormatter } from '../text/format';
import { DEV_PLAN_TH as TH } from './strings-th';

const CM = 567;
/** A4 turned: the library takes the portrait size and swaps it for a landscape page (29.7 × 21 cm). */
const PAGE = { width: 11906, height: 16838, orientation: PageOrientation.LANDSCAPE };
const MARGINS = { top: 2 * CM, bottom: Math.round(1.5 * CM), left: 2 * CM, right: Math.round(1.5 * CM), header: CM, footer: CM };
const TEXT_WIDTH = PAGE.height - MARGINS.left - MARGINS.right;
const TABLE_SIZE = 28;
const BORDER = { style: 'single' as const, size: 4, color: '000000' };
const BORDERS = { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER, insideHorizontal: BORDER, insideVertical: BORDER };

export async function developmentPlanDocx(plan: DevelopmentPlan, options: { thaiDigits: boolean }): Promise<Buffer> {
  const fmt = plainFormatter(options.thaiDigits);
  const digits = (t: string) => (options.thaiDigits ? toThaiDigits(t) : t);
  const run = (text: string, bold = false, size = TABLE_SIZE) => new TextRun({ text: digits(text), font: RUN_FONTS, size, sizeComplexScript: size, ...(bold ? { bold: true, boldComplexScript: true } : {}) });
  const years = plan.fiscalYears;
  // Shares of the text width: the texts get the room, each year column stays just wide enough for 1,000,000.00.
  const yearShare = 0.075;
  const rest = 1 - yearShare * years.length;
  const shares = [0.035, 0.16, 0.13, 0.13, ...years.map(() => yearShare), 0.12, 0.12, 0.1].map((s, i) => (i < 4 || i >= 4 + years.length ? (s / 0.795) * rest : s));
  const widths = shares.map((s) => Math.round(s * TEXT_WIDTH));
  const cell = (text: string, i: number, opts: { bold?: boolean; align?: 'left' | 'center' | 'right'; span?: number; merge?: 'restart' | 'continue' } = {}) =>
    new TableCell({
      width: { size: opts.span ? widths.slice(i, i + opts.span).reduce((a, b) => a + b, 0) : (widths[i] ?? 0), type: WidthType.DXA },
      columnSpan: opts.span,
      verticalMerge: opts.merge === 'restart' ? VerticalMergeType.RESTART : opts.merge === 'continue' ? VerticalMergeType.CONTINUE : undefined,
      children: text.split('\n').map(
        (l) =>
          new Paragraph({
            alignment: opts.align === 'right' ? AlignmentType.RIGHT : opts.align === 'center' ? AlignmentType.CENTER : AlignmentType.LEFT,
            children: [run(l, opts.bold)],
          }),
      ),
    });
  const before = [TH.colNumber, TH.colProject, TH.colObjective, TH.colTarget];
  const after = [TH.colIndicator, TH.colExpected, TH.colResponsible];
  const firstAfter = 4 + years.length;
  const header1 = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: [
      ...before.map((h, i) => cell(h, i, { bold: true, align: 'center', merge: 'restart' })),
      cell(TH.colBudget, 4, { bold: true, align: 'center', span: years.length }),
      ...after.map((h, i) => cell(h, firstAfter + i, { bold: true, align: 'center', merge: 'restart' })),
    ],
  });
  const header2 = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: [
      ...before.map((_, i) => cell('', i, { merge: 'continue' })),
      ...years.map((y, i) => cell(TH.colYear(String(y)), 4 + i, { bold: true, align: 'center' })),
      ...after.map((_, i) => cell('', firstAfter + i, { merge: 'continue' })),
    ],
  });
  const money = (satang: number | null) => (satang === null ? '-' : fmt.baht(satang));
  const rows: TableRow[] = [header1, header2];
  const full = (text: string) => new TableRow({ cantSplit: true, children: [cell(text, 0, { bold: true, span: widths.length })] });
  const totals = (label: string, values: number[]) =>
    new TableRow({
      cantSplit: true,
      children: [cell('', 0), cell(label, 1, { bold: true }), cell('', 2), cell('', 3), ...values.map((v, i) => cell(money(v), 4 + i, { bold: true, align: 'right' })), ...after.map((_, i) => cell('', firstAfter + i))],
    });
  plan.groups.forEach((group, g) => {
    rows.push(full(`${g + 1}. ${TH.level[group.level]}`));
    for (const r of group.rows) {
      rows.push(
        new TableRow({
          cantSplit: true,
          children: [
            cell(String(r.number), 0, { align: 'center' }),
            cell(r.title, 1),
            cell(r.objective ?? '', 2),
            cell(r.target ?? '', 3),
            ...r.budgets.map((b, i) => cell(money(b), 4 + i, { align: 'right' })),
            cell(r.indicator ?? '', firstAfter),
            cell(r.expectedResult ?? '', firstAfter + 1),
            cell(r.responsibleUnit ?? '', firstAfter + 2),
          ],
        }),
      );
    }
    rows.push(totals(TH.groupTotal(String(group.rows.length)), group.totals));
  });
  const count = plan.groups.reduce((n, g) => n + g.rows.length, 0);
  rows.push(totals(count === 0 ? TH.empty : TH.grandTotal(String(count)), plan.totals));

  const children: FileChild[] = [
    new Paragraph({ alignment: AlignmentType.CENTER, children: [run(TH.heading, true, 32)] }),
    new Paragraph({ alignment: AlignmentType.CENTER, children: [run(TH.from(plan.title), false, 32)] }),
    new Paragraph({ children: [] }),
    new Table({ width: { size: TEXT_WIDTH, type: WidthType.DXA }, columnWidths: widths, layout: TableLayoutType.FIXED, borders: BORDERS, rows }),
  ];
  return packThai(
    thaiDocument(TH.heading, {
      properties: { titlePage: true, page: { size: PAGE, margin: MARGINS, pageNumbers: { start: 1, formatType: NumberFormat.THAI_NUMBERS } } },
      headers: { first: new Header({ children: [] }), default: officialPageHeader() },
      children,
    }),
  );
}
