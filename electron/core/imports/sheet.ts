/**
 * The shape every reader produces: rows of cell text with their physical line in the file, and
 * the choice of which row holds the column headers.
 */

export interface SheetRow {
  /** 1-based line in the file (CSV) or row number (XLSX), so problems point where people look. */
  line: number;
  cells: string[];
}

export interface SheetTable {
  headerLine: number;
  /** One per column; an empty header cell gets the spreadsheet letter in brackets, e.g. "[C]". */
  headers: string[];
  /** Data rows below the header, blank rows already dropped. */
  rows: SheetRow[];
}

export const isBlankRow = (cells: readonly string[]) => cells.every((c) => c.trim() === '');

/** A, B, …, Z, AA: how spreadsheet users name a column. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** How many rows from the top may hold a title or notes before the header row. */
const HEADER_SEARCH_ROWS = 10;

/**
 * The header row is the row among the first few that names the most known columns: Thai
 * sign-in sheets often carry a title line ("ใบลงทะเบียน …") above the headers. When none names
 * a known column, it is the first row with two different texts (a title is one text, even when
 * merged across the columns), else the first non-blank row. Null when every row is blank.
 */
export function toTable(allRows: readonly SheetRow[], knownHeaders: (header: string) => boolean): SheetTable | null {
  const nonBlank = allRows.filter((r) => !isBlankRow(r.cells));
  const first = nonBlank[0];
  if (!first) return null;
  const window = nonBlank.slice(0, HEADER_SEARCH_ROWS);
  let header = first;
  let best = 0;
  for (const row of window) {
    const known = row.cells.filter(knownHeaders).length;
    if (known > best) {
      header = row;
      best = known;
    }
  }
  if (best === 0) header = window.find((row) => new Set(row.cells.map((c) => c.trim()).filter(Boolean)).size > 1) ?? first;
  const width = Math.max(header.cells.length, ...nonBlank.map((r) => r.cells.length));
  const headers = Array.from({ length: width }, (_, i) => header.cells[i]?.trim() || `[${columnLetter(i)}]`);
  const rows = nonBlank
    .filter((r) => r.line > header.line)
    .map((r) => ({ line: r.line, cells: Array.from({ length: width }, (_, i) => r.cells[i] ?? '') }));
  return { headerLine: header.line, headers, rows };
}
