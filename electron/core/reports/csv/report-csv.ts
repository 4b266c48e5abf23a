/**
 * The forum's tables as CSV files, one per table of forum-tables.ts: UTF-8 with a BOM (Excel
 * reads a CSV without one in the Windows code page and shows Thai as mojibake), CRLF line ends,
 * written by papaparse's unparse.
 */
import Papa from 'papaparse';
import type { MinutesModel, TableCsv } from '../../../../shared/contract';
import type { Context } from '../../context';
import { forumTables } from '../tables/forum-tables';
import type { Cell, ColumnKind, ForumTable } from '../tables/table';

export const BOM = '\uFEFF';

/**
 * Formula injection (CWE-1236): a spreadsheet opening the file runs a cell that starts with
 * = + - @ as a formula (tab and carriage return too: some readers strip them first), so a note
 * typed as "=HYPERLINK(…)" could fetch a URL or worse on the clerk's machine. papaparse prefixes
 * such text cells with an apostrophe, which Excel and LibreOffice show as plain text. Our own
 * pattern, not papaparse's default: that one ends in `.*$` without the dotAll flag, so a
 * multi-line cell ("=cmd…\nmore") slips through. Numbers are never prefixed: a negative score is
 * data, not a formula.
 */
export const FORMULA_START = /^[=+\-@\t\r]/;

/** Money as "1250.00" (a string of digits, never a formula); other numbers as numbers. */
const csvCell = (value: Cell, kind: ColumnKind): Cell => (typeof value === 'number' && kind === 'money' ? value.toFixed(2) : value);

export function tableCsv(table: ForumTable): string {
  const header = table.columns.map((c) => c.header);
  const rows = table.rows.map((row) => row.map((cell, i) => csvCell(cell, table.columns[i]?.kind ?? 'text')));
  return BOM + Papa.unparse([header, ...rows], { newline: '\r\n', escapeFormulae: FORMULA_START });
}

export function reportCsv(ctx: Context, model: MinutesModel): TableCsv[] {
  return forumTables(ctx, model).map((table) => ({ fileName: `${table.name}.csv`, content: tableCsv(table) }));
}
