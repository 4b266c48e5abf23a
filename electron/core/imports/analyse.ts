/**
 * The whole reading of a sign-in sheet, shared by preview and commit so both see exactly the
 * same rows: file → table → columns → each row parsed, checked against the file's earlier rows
 * and compared with the register. Pure apart from reading the bytes given.
 */
import type { ImportField, Person, RowProblem } from '../../../shared/contract';
import { TEMPLATE_HEADERS, fieldOfHeader, planColumns } from './columns';
import { type DuplicateMatch, phoneRepeats, registerIndex } from './duplicates';
import { type ConsentRecord, type FieldColumns, type PersonValues, parseRow } from './parse-row';
import { problem } from './problems';
import { readSheetFile, unreadable } from './read-file';
import { type SheetRow, toTable } from './sheet';

export interface AnalyseInput {
  fileName: string;
  bytes: Uint8Array;
  mapping?: Record<string, ImportField | null>;
  consent: ConsentRecord;
  /** The register as it is now, to find people the sheet already names. */
  people: readonly Person[];
}

export interface Analysis {
  format: 'csv' | 'xlsx';
  encoding: string;
  headers: string[];
  mapping: Record<string, ImportField | null>;
  unmappedHeaders: string[];
  /** Non-blank data rows. */
  rows: SheetRow[];
  valid: { line: number; values: PersonValues }[];
  rejected: RowProblem[];
  duplicates: (DuplicateMatch & { line: number })[];
}

export async function analyseSheet(input: AnalyseInput): Promise<Analysis> {
  const file = await readSheetFile(input.fileName, input.bytes);
  const userMapping = input.mapping ?? {};
  const table = toTable(file.rows, (cell) => fieldOfHeader(cell) !== undefined || Object.hasOwn(userMapping, cell.trim()));
  if (!table) throw unreadable(input.fileName, 'no_header');
  const plan = planColumns(table.headers, userMapping);
  const base = {
    format: file.format,
    encoding: file.encoding,
    headers: table.headers,
    mapping: plan.mapping,
    unmappedHeaders: plan.unmappedHeaders,
    rows: table.rows,
  };

  // A problem with the columns makes every row wrong the same way: report it once, at the header.
  const columnProblems: RowProblem[] = [];
  const columns: FieldColumns = {};
  for (const [field, found] of plan.columns) {
    if (found.length > 1) {
      const names = found.map((c) => c.header).join(', ');
      columnProblems.push(problem(table.headerLine, names, 'column_mapped_twice', { columns: names, field }));
    }
    columns[field] = found[0];
  }
  if (!columns.firstName) columnProblems.push(problem(table.headerLine, TEMPLATE_HEADERS.firstName, 'no_first_name_column'));
  if (columnProblems.length > 0) return { ...base, valid: [], rejected: columnProblems, duplicates: [] };

  const valid: Analysis['valid'] = [];
  const rejected: RowProblem[] = [];
  const duplicates: Analysis['duplicates'] = [];
  const existing = registerIndex(input.people);
  const repeatOf = phoneRepeats();
  for (const row of table.rows) {
    const parsed = parseRow(row, columns, input.consent);
    if (!parsed.values) {
      rejected.push(...parsed.problems);
      continue;
    }
    const earlier = repeatOf(parsed.values.phone, row.line);
    if (earlier !== null) {
      const column = columns.phone?.header ?? TEMPLATE_HEADERS.phone;
      rejected.push(problem(row.line, column, 'duplicate_phone_in_file', { otherLine: String(earlier) }));
      continue;
    }
    valid.push({ line: row.line, values: parsed.values });
    for (const match of existing(parsed.values)) duplicates.push({ line: row.line, ...match });
  }
  return { ...base, valid, rejected, duplicates };
}
