/**
 * The first worksheet of an XLSX workbook to rows of cell text, keeping each row's number.
 * Cells are turned into the text a person sees: numbers without Excel's float noise, dates as
 * YYYY-MM-DD, formulas by their result, rich text joined.
 */
import ExcelJS from 'exceljs';
import type { SheetRow } from './sheet';

export async function readXlsxRows(bytes: Uint8Array): Promise<SheetRow[]> {
  const workbook = new ExcelJS.Workbook();
  // exceljs types its argument as its own Buffer interface; a Node Buffer is what it reads.
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const rows: SheetRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      cells[col - 1] = cellText(cell.value);
    });
    rows.push({ line: row.number, cells: Array.from(cells, (c) => c ?? '') });
  });
  return rows;
}

export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(12)));
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('hyperlink' in value) return cellText(value.text as ExcelJS.CellValue);
  if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
  // A formula without a cached result, or an error value (#N/A): nothing a person typed.
  return '';
}
