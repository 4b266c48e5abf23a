/**
 * CSV text to rows with the file's own line numbers: the one CSV reader of the sign-in sheet
 * import and the ballot-file import. Line endings are made uniform first (papaparse picks one
 * kind per file) and a byte-order mark dropped; each row's first line counts the line breaks
 * before it, those inside quoted cells included, so a cell spanning lines keeps the following
 * rows' numbers right.
 * Bytes become text before this (electron/core/imports/decode.ts; the browser's TextDecoder).
 */
import Papa from 'papaparse';

export interface CsvRow {
  /** 1-based line of the file where the row starts. */
  line: number;
  cells: string[];
}

export function readCsvRows(text: string): CsvRow[] {
  const uniform = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  // One pass without a per-row callback; a row's line is the previous row's line plus its own
  // line break plus the breaks inside its quoted cells (the only other place a "\n" can be).
  const { data } = Papa.parse<string[]>(uniform, { newline: '\n', skipEmptyLines: false });
  const rows: CsvRow[] = new Array(data.length);
  let line = 1;
  for (let r = 0; r < data.length; r++) {
    const cells = data[r] as string[];
    rows[r] = { line, cells };
    line++;
    for (let c = 0; c < cells.length; c++) {
      const cell = cells[c] as string;
      for (let at = cell.indexOf('\n'); at !== -1; at = cell.indexOf('\n', at + 1)) line++;
    }
  }
  return rows;
}
