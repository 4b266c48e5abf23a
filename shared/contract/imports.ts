/** Importing sign-in sheets (CSV, XLSX): template, preview with column mapping, all-or-nothing commit. */
import { z } from 'zod';
import { Id, TypedText, op } from './common';
import { Person } from './people';

/** The person fields a sheet column can be mapped to. */
export const IMPORT_FIELDS = [
  'titlePrefix',
  'firstName',
  'lastName',
  'gender',
  'age',
  'phone',
  'organisation',
  'position',
  'village',
  'sector',
  'role',
  'disadvantagedGroups',
  'consent',
] as const;
export const ImportField = z.enum(IMPORT_FIELDS);
export type ImportField = z.infer<typeof ImportField>;

export const ImportFile = z
  .object({
    fileName: z.string().min(1).max(260),
    /** The file's bytes, base64: the same payload works over IPC and HTTP. */
    dataBase64: z.string().max(70_000_000),
  })
  .strict();

/** Column header (as in the file) → field, or null to ignore the column. */
export const ColumnMapping = z.record(z.string(), ImportField.nullable());

/**
 * One thing wrong with one row. `line` is the physical line in the file (the header row is
 * normally line 1; for XLSX the sheet's row number); a problem at the header's own line is one
 * with the columns (say, no column for first names).
 * `reason` is English (logs, CLI), `reasonKey` + `params` translate it in the UI.
 */
export const RowProblem = z.object({
  line: z.number().int(),
  column: z.string(),
  reason: z.string(),
  reasonKey: z.string(),
  params: z.record(z.string(), z.string()).optional(),
});
export type RowProblem = z.infer<typeof RowProblem>;

export const DuplicateCandidate = z.object({
  line: z.number().int(),
  existing: Person,
  /** Why it looks like the same person: same phone, or same name. */
  by: z.enum(['phone', 'name']),
});

export const ImportPreview = z.object({
  format: z.enum(['csv', 'xlsx']),
  /** CSV: the encoding detected (utf-8, utf-8-bom, utf-16le, utf-16be, windows-874); XLSX: "xlsx". */
  encoding: z.string(),
  headers: z.array(z.string()),
  mapping: ColumnMapping,
  /** Headers that matched no known name and were not mapped by the user. */
  unmappedHeaders: z.array(z.string()),
  rowCount: z.number().int(),
  validCount: z.number().int(),
  /** Rows with at least one problem (every row when the columns themselves are wrong); `rejected` lists problems, several per row. */
  rejectedRows: z.number().int(),
  /** The first rows as read (header → cell text), to show in the preview table. */
  sample: z.array(z.object({ line: z.number().int(), cells: z.record(z.string(), z.string()) })),
  rejected: z.array(RowProblem),
  duplicates: z.array(DuplicateCandidate),
});
export type ImportPreview = z.infer<typeof ImportPreview>;

export const ImportOptions = z
  .object({
    forumId: Id,
    file: ImportFile,
    mapping: ColumnMapping.optional(),
    /** Import the valid rows even when some are invalid (otherwise nothing is written). */
    skipInvalid: z.boolean().default(false),
    /** Lines whose row is the same person as an existing one: use the existing person (line → person id). */
    mergeDuplicates: z.record(z.string(), Id).default({}),
    /** Mark imported people as checked in (a signed sheet), rather than only registered. */
    checkIn: z.boolean().default(false),
    /** Who recorded the consent for sensitive data taken from the sheet (left out: "import: <file name>", where it came from). */
    consentRecordedBy: TypedText(200).trim().optional(),
  })
  .strict();
export type ImportOptions = z.input<typeof ImportOptions>;

/**
 * `imported`: rows written (new people plus merged ones); `merged`: of those, rows that used an
 * existing person. All-or-nothing: when any row is rejected and `skipInvalid` is false, nothing
 * is written and the result is `{ imported: 0, merged: 0, rejected }` (not an error).
 */
export const ImportResult = z.object({
  imported: z.number().int(),
  merged: z.number().int(),
  /** Rows not imported because of their problems (as in the preview). */
  rejectedRows: z.number().int(),
  rejected: z.array(RowProblem),
});
export type ImportResult = z.infer<typeof ImportResult>;

export const importsContract = {
  'imports.template': op(
    z.object({ format: z.enum(['csv', 'xlsx']) }).strict(),
    z.object({ fileName: z.string(), mimeType: z.string(), dataBase64: z.string() }),
  ),
  'imports.preview': op(ImportOptions.omit({ skipInvalid: true, mergeDuplicates: true, checkIn: true }), ImportPreview),
  'imports.commit': op(ImportOptions, ImportResult),
};
