/**
 * An uploaded file's bytes to rows: decides CSV or XLSX from the content first (a workbook is a
 * ZIP whatever its name) and the name second, and refuses what is neither with a clear reason.
 */
import path from 'node:path';
import { AppError } from '../errors';
import { decodeText } from './decode';
import { readCsvRows } from '../../../shared/csv/rows';
import type { SheetRow } from './sheet';

export interface SheetFile {
  format: 'csv' | 'xlsx';
  /** The CSV's text encoding as detected; "xlsx" for a workbook, which carries its own. */
  encoding: string;
  rows: SheetRow[];
}

export type UnreadableKind = 'empty' | 'xls' | 'not_spreadsheet' | 'corrupt_xlsx' | 'no_header';

const MESSAGES: Record<UnreadableKind, string> = {
  empty: 'the file is empty',
  xls: 'this is an old Excel file (.xls); save it as .xlsx or CSV and import that',
  not_spreadsheet: 'this is not a CSV or XLSX file',
  corrupt_xlsx: 'the Excel file could not be opened (damaged, or not an .xlsx workbook)',
  no_header: 'the file has no header row (no non-blank row at all)',
};

export function unreadable(fileName: string, kind: UnreadableKind, cause?: unknown): AppError {
  const detail = cause instanceof Error ? `: ${cause.message}` : '';
  return new AppError('import_unreadable', `import.unreadable.${kind}`, `Cannot read ${fileName}: ${MESSAGES[kind]}${detail}`, {
    fileName,
    kind,
  });
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];
const TEXT_EXTENSIONS = new Set(['.csv', '.txt', '.tsv', '']);
const XLSX_EXTENSIONS = new Set(['.xlsx', '.xlsm']);

const startsWith = (bytes: Uint8Array, prefix: readonly number[]) => prefix.every((b, i) => bytes[i] === b);

/** Control characters other than tab, line breaks and form feed never occur in a real CSV. */
function looksBinary(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d) return true;
  }
  return false;
}

export async function readSheetFile(fileName: string, bytes: Uint8Array): Promise<SheetFile> {
  if (bytes.length === 0) throw unreadable(fileName, 'empty');
  const extension = path.extname(fileName).toLowerCase();
  if (startsWith(bytes, OLE)) throw unreadable(fileName, 'xls');
  if (startsWith(bytes, ZIP) || XLSX_EXTENSIONS.has(extension)) {
    try {
      // exceljs is loaded for the first spreadsheet only: most sheets are CSV, and most commands read none.
      const { readXlsxRows } = await import('./read-xlsx');
      return { format: 'xlsx', encoding: 'xlsx', rows: await readXlsxRows(bytes) };
    } catch (error) {
      throw unreadable(fileName, 'corrupt_xlsx', error);
    }
  }
  if (!TEXT_EXTENSIONS.has(extension)) throw unreadable(fileName, 'not_spreadsheet');
  const { text, encoding } = decodeText(bytes);
  if (looksBinary(text)) throw unreadable(fileName, 'not_spreadsheet');
  return { format: 'csv', encoding, rows: readCsvRows(text) };
}
