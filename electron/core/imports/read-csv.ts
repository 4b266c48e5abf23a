/**
 * CSV text to rows with physical line numbers. Line endings are made uniform first (papaparse
 * picks one kind per file), then each row's first line is counted from the newlines before it,
 * so a quoted cell spanning lines keeps the following rows' numbers right.
 */
import Papa from 'papaparse';
import type { SheetRow } from './sheet';

export function readCsvRows(text: string): SheetRow[] {
  const uniform = text.replace(/\r\n?/g, '\n');
  const rows: SheetRow[] = [];
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
