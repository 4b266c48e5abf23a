/**
 * CSV text to rows with the file's own line numbers: the one CSV reader of the sign-in sheet
 * import and the ballot-file import. Line endings are made uniform first (papaparse picks one
 * kind per file) and a byte-order mark dropped; each row's first line is counted from the
 * newlines before it, so a quoted cell spanning lines keeps the following rows' numbers right.
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
  const rows: CsvRow[] = [];
  let start = 0;
  let line = 1;
  Papa.parse<string[]>(uniform, {
    newline: '\n',
    skipEmptyLines: false,
    step: (result) => {
      rows.push({ line, cells: result.data.map((c) => c ?? '') });
      const end = result.meta.cursor;
      for (let i = start; i < end; i++) if (uniform.charCodeAt(i) === 10) line++;
      start = end;
    },
  });
  return rows;
}
