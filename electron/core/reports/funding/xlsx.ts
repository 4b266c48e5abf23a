/**
 * The commitments table (XLSX, exceljs): for each project of the forum, one row per partner with
 * what it committed (money, in-kind value, people value, person-days), then the project's total
 * row with its budget and the gap. Money is baht as a number formatted #,##0.00.
 */
import ExcelJS from 'exceljs';
import type { ProjectFunding } from '../../../../shared/contract';
import { FUNDING_TH as TH } from './strings-th';

const FONT = { name: 'Tahoma', size: 10 };
const MONEY = '#,##0.00';
const baht = (satang: number | null) => (satang === null ? null : satang / 100);

export async function fundingXlsx(forumTitle: string, projects: readonly ProjectFunding[], generatedAt: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Wethi';
  workbook.created = new Date(generatedAt);
  workbook.modified = workbook.created;
  const sheet = workbook.addWorksheet(TH.sheet, { views: [{ state: 'frozen', ySplit: 2 }] });
  const columns = [
    [TH.colNumber, 6],
    [TH.colProject, 36],
    [TH.colPartner, 30],
    [TH.colMoney, 14],
    [TH.colInKind, 16],
    [TH.colPeople, 16],
    [TH.colPersonDays, 9],
    [TH.colCommitted, 18],
    [TH.colBudget, 18],
    [TH.colGap, 16],
  ] as const;
  sheet.columns = columns.map(([, width], i) => ({ width, style: { font: FONT, numFmt: i >= 3 && i !== 6 ? MONEY : undefined, alignment: { vertical: 'top', wrapText: i < 3 } } }));
  sheet.addRow([TH.title(forumTitle)]).font = { ...FONT, bold: true, size: 12 };
  const header = sheet.addRow(columns.map(([h]) => h));
  header.font = { ...FONT, bold: true };
  header.alignment = { vertical: 'middle', wrapText: true };

  projects.forEach((p, i) => {
    for (const partner of p.partners) {
      sheet.addRow([
        i + 1,
        p.title,
        partner.name,
        baht(partner.moneySatang),
        baht(partner.inKindSatang),
        baht(partner.peopleSatang),
        partner.personDays,
        baht(partner.committedSatang),
        null,
        null,
      ]);
    }
    const total = sheet.addRow([
      i + 1,
      TH.total(p.title),
      p.partners.length === 0 ? TH.none : null,
      baht(p.moneySatang),
      baht(p.inKindSatang),
      baht(p.peopleSatang),
      p.personDays,
      baht(p.committedSatang),
      baht(p.budgetSatang),
      baht(p.gapSatang),
    ]);
    total.font = { ...FONT, bold: true };
  });
  sheet.addRow([]);
  sheet.addRow([TH.note]).font = { ...FONT, italic: true };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
