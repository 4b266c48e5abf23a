/**
 * The forum's tables as one XLSX workbook (exceljs): a sheet per table of forum-tables.ts, a
 * bold Thai header row that stays in view (frozen), columns sized for their content. Dates and
 * moments are ISO strings (see table.ts), money is baht as a number formatted #,##0.00.
 */
import ExcelJS from 'exceljs';
import type { MinutesModel } from '../../../../shared/contract';
import type { Context } from '../../context';
import { forumTables } from '../tables/forum-tables';
import type { ColumnKind, ForumTable } from '../tables/table';

const NUMBER_FORMATS: Partial<Record<ColumnKind, string>> = {
  integer: '0',
  money: '#,##0.00',
};

// Excel's default Calibri has no Thai glyphs; Tahoma ships with every Windows and has them.
const FONT = { name: 'Tahoma', size: 10 };

export async function reportXlsx(ctx: Context, model: MinutesModel): Promise<Buffer> {
  // The model's moment, not the clock: the same model gives the same workbook.
  return tablesXlsx(forumTables(ctx, model), { title: model.forum.title, created: new Date(model.generatedAt) });
}

/** Any set of tables as a workbook, one sheet each (the person export uses it too). */
export async function tablesXlsx(tables: readonly ForumTable[], meta: { title: string; created: Date }): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Wethi';
  workbook.title = meta.title;
  workbook.created = meta.created;
  workbook.modified = workbook.created;

  for (const table of tables) {
    const sheet = workbook.addWorksheet(table.title, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = table.columns.map((c) => ({
      header: c.header,
      width: c.width,
      style: {
        font: FONT,
        numFmt: NUMBER_FORMATS[c.kind],
        alignment: { vertical: 'top', wrapText: c.kind === 'text' },
      },
    }));
    sheet.addRows(table.rows);
    const header = sheet.getRow(1);
    header.font = { ...FONT, bold: true };
    header.alignment = { vertical: 'middle', wrapText: true };
    if (table.rows.length > 0) {
      sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.columns.length } };
    }
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
