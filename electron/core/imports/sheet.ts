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
 * The header row is the first non-blank row, unless a later one among the first few names more
 * known columns: Thai sign-in sheets often carry a title line ("ใบลงทะเบียน …") above the headers.
 * Returns null when the file holds no non-blank row at all.
 */
export function toTable(allRows: readonly SheetRow[], knownHeaders: (header: string) => boolean): SheetTable | null {
  const nonBlank = allRows.filter((r) => !isBlankRow(r.cells));
  const first = nonBlank[0];
  if (!first) return null;
  let header = first;
  let best = first.cells.filter(knownHeaders).length;
  for (const row of nonBlank.slice(1, HEADER_SEARCH_ROWS)) {
    const known = row.cells.filter(knownHeaders).length;
    if (known > best) {
      header = row;
      best = known;
    }
  }
  const width = Math.max(header.cells.length, ...nonBlank.map((r) => r.cells.length));
  const headers = Array.from({ length: width }, (_, i) => header.cells[i]?.trim() || `[${columnLetter(i)}]`);
  const rows = nonBlank
    .filter((r) => r.line > header.line)
    .map((r) => ({ line: r.line, cells: Array.from({ length: width }, (_, i) => r.cells[i] ?? '') }));
  return { headerLine: header.line, headers, rows };
}
