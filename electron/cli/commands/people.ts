/** `wethi people import|list|template`: sign-in sheets and who is registered for a forum. */
import path from 'node:path';
import { IMPORT_FIELDS, type ImportField, type ImportPreview } from '../../../shared/contract';
import { EXIT, UsageError, splitPair } from '../args';
import { DB_OPTION, defineCommand } from '../command';
import { MAX_BYTES, readUserFile, writeUserFile } from '../files';
import { printJson } from '../io';
import { invoke, withCore } from '../open-core';

const FORUM_OPTION = { forum: { type: 'string', value: 'ID', help: 'the forum', required: true } } as const;

export const importSheet = defineCommand({
  usage: '--db FILE --forum ID SHEET.csv|SHEET.xlsx [options]',
  description: [
    'Adds the people on the sheet to the register and registers them for the forum. Prints',
    '{ "imported": n, "merged": n, "rejectedRows": n, "rejected": [{ "line", "column", "reason", "reasonKey" }] }.',
    'All or nothing: if any row is rejected, nothing is written and the exit code is 1; a sheet',
    'with headings and no rows is refused too (exit 1).',
    'CSV may be UTF-8 (with or without BOM), UTF-16 or Windows-874 (Thai Excel).',
  ],
  args: {
    options: {
      ...DB_OPTION,
      forum: { type: 'string', value: 'ID', help: 'the forum to register the people for', required: true },
      'skip-invalid': { type: 'boolean', help: 'import the valid rows and report the rest (exit 1 only if none imported)' },
      'check-in': { type: 'boolean', help: 'mark them checked in (a signed sheet), not only registered' },
      'merge-duplicates': { type: 'boolean', help: 'a row matching exactly one registered person (phone or name) uses that person' },
      map: {
        type: 'string',
        value: '"HEADER=FIELD"',
        multiple: true,
        help: `read column HEADER as FIELD (repeatable; FIELD empty = ignore the column)\nfields: ${IMPORT_FIELDS.join(', ')}`,
      },
      'consent-by': { type: 'string', value: 'TEXT', help: 'who recorded the consent column (default: "import: <file name>")' },
    },
    positionals: { name: 'SHEET', min: 1, max: 1, message: 'give exactly one sheet file to import' },
  },
  async run({ values, positionals }, io) {
    const sheetPath = path.resolve(positionals[0] ?? '');
    const bytes = readUserFile(sheetPath, 'the sign-in sheet', MAX_BYTES.sheet);
    const file = { fileName: path.basename(sheetPath), dataBase64: bytes.toString('base64') };
    const mapping = parseMapping(values.map);
    const forumId = values.forum;

    const result = await withCore(values.db, 'existing', async (core) => {
      const mergeDuplicates = values['merge-duplicates']
        ? unambiguous((await invoke(core, 'imports.preview', { forumId, file, mapping })).duplicates)
        : {};
      return invoke(core, 'imports.commit', {
        forumId,
        file,
        mapping,
        skipInvalid: values['skip-invalid'],
        checkIn: values['check-in'],
        mergeDuplicates,
        consentRecordedBy: values['consent-by'],
      });
    });
    // Nothing valid and nothing wrong: the sheet has no one on it (headings only, or empty).
    if (result.imported === 0 && result.rejected.length === 0) {
      io.err(`wethi: no rows: ${path.basename(sheetPath)} has no one on it, nothing was imported [import_invalid]\n`);
      return EXIT.failed;
    }
    printJson(io, result);
    if (result.rejected.length === 0) return EXIT.ok;
    const rows = result.rejectedRows;
    if (!values['skip-invalid']) {
      io.err(`wethi: ${rows} row(s) rejected, nothing was imported (fix them, or use --skip-invalid) [import_invalid]\n`);
      return EXIT.failed;
    }
    io.err(`wethi: ${rows} row(s) rejected and skipped, ${result.imported} imported\n`);
    return result.imported > 0 ? EXIT.ok : EXIT.failed;
  },
});

export const list = defineCommand({
  usage: '--db FILE --forum ID',
  description: [],
  args: { options: { ...DB_OPTION, ...FORUM_OPTION } },
  async run({ values }, io) {
    const attendees = await withCore(values.db, 'existing', (core) => invoke(core, 'attendance.list', { forumId: values.forum }));
    printJson(io, attendees);
    return EXIT.ok;
  },
});

export const template = defineCommand({
  usage: '[--format csv|xlsx] [--out FILE]',
  description: ['Writes the template the importer reads and prints { "file": path }.'],
  args: {
    options: {
      format: { type: 'string', value: 'csv|xlsx', default: 'csv', help: 'csv (default, UTF-8 with BOM) or xlsx' },
      out: { type: 'string', value: 'FILE', help: "where to write it (default: the template's name in this folder)" },
    },
  },
  async run({ values }, io) {
    if (values.format !== 'csv' && values.format !== 'xlsx') throw new UsageError('--format must be csv or xlsx');
    const { csvTemplate, xlsxTemplate } = await import('../../core/imports/template');
    const made = values.format === 'csv' ? csvTemplate() : await xlsxTemplate();
    const file = writeUserFile(values.out ?? made.fileName, Buffer.from(made.dataBase64, 'base64'), 'the sign-in sheet template');
    printJson(io, { file });
    return EXIT.ok;
  },
});

/** "ชื่อผู้เข้าร่วม=firstName"; an empty field ignores the column. */
function parseMapping(entries: readonly string[]): Record<string, ImportField | null> {
  const mapping: Record<string, ImportField | null> = {};
  for (const entry of entries) {
    const [header, field] = splitPair(entry, 'map', 'HEADER=FIELD');
    if (field && !(IMPORT_FIELDS as readonly string[]).includes(field)) {
      throw new UsageError(`--map: unknown field "${field}" (fields: ${IMPORT_FIELDS.join(', ')})`);
    }
    mapping[header] = (field || null) as ImportField | null;
  }
  return mapping;
}

/** Lines whose row matches exactly one registered person: safe to merge without asking. */
function unambiguous(duplicates: ImportPreview['duplicates']): Record<string, string> {
  const byLine = new Map<number, Set<string>>();
  for (const d of duplicates) byLine.set(d.line, (byLine.get(d.line) ?? new Set()).add(d.existing.id));
  const merge: Record<string, string> = {};
  for (const [line, ids] of byLine) if (ids.size === 1) merge[String(line)] = [...ids][0] ?? '';
  return merge;
}
