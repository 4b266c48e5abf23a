/**
 * A named table of rows: what the XLSX sheets and the CSV files are both written from, so the
 * two formats always carry the same columns and the same values.
 */

/**
 * How a column's values are to be read.
 * - `text`: a string.
 * - `integer` / `number`: a number (`number` may have decimals: scores, weights, shares).
 * - `money`: baht as a number with satang as two decimals (stored satang / 100).
 * - `date`: a calendar day as an ISO string, 'YYYY-MM-DD'.
 * - `instant`: a moment as an ISO 8601 string in UTC ('2026-11-23T02:05:00.000Z'); strings, not
 *   spreadsheet dates, so no reader's time zone or locale can shift or reformat them.
 */
export type ColumnKind = 'text' | 'integer' | 'number' | 'money' | 'date' | 'instant';

export interface TableColumn {
  /** The Thai header cell. */
  header: string;
  kind: ColumnKind;
  /** Display width in characters (XLSX). */
  width: number;
}

export type Cell = string | number | null;

export interface ForumTable {
  /** English, file-safe: the CSV file name and the table's stable identity. */
  name: string;
  /** Thai: the sheet's name (at most 31 characters, Excel's limit). */
  title: string;
  columns: TableColumn[];
  /** One array per row, a cell per column. */
  rows: Cell[][];
}

export const col = (header: string, kind: ColumnKind, width: number): TableColumn => ({ header, kind, width });

/** Several lines of a list in one cell, one per line. */
export const lines = (items: readonly string[]): string | null => (items.length === 0 ? null : items.join('\n'));
