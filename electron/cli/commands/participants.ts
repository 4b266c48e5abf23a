/** `wethi participants import|list|template`: sign-in sheets and who is registered for a forum. */
import fs from 'node:fs';
import path from 'node:path';
import { IMPORT_FIELDS, type ImportField, type ImportPreview } from '../../../shared/contract';
import { AppError } from '../../core/errors';
import { csvTemplate, xlsxTemplate } from '../../core/imports/template';
import { EXIT, UsageError, parseCommandArgs, required } from '../args';
import type { CommandGroup } from '../command';
import { printJson } from '../io';
import { invoke, withCore } from '../open-core';

const DB_HELP = "  --db FILE            the database file (default: the desktop app's own database)";

export const participantsCommands: CommandGroup = {
  name: 'participants',
  summary: 'import sign-in sheets, list attendees, write the sheet template',
  commands: [
    {
      name: 'import',
      summary: 'import a sign-in sheet (CSV or XLSX) into a forum',
      help: [
        'Usage: wethi participants import --db FILE --forum ID SHEET.csv|SHEET.xlsx [options]',
        '',
        'Adds the people on the sheet to the register and registers them for the forum. Prints',
        '{ "imported": n, "merged": n, "rejectedRows": n, "rejected": [{ "line", "column", "reason", "reasonKey" }] }.',
        'All or nothing: if any row is rejected, nothing is written and the exit code is 1.',
        'CSV may be UTF-8 (with or without BOM), UTF-16 or Windows-874 (Thai Excel).',
        '',
        DB_HELP,
        '  --forum ID           the forum to register the people for',
        '  --skip-invalid       import the valid rows and report the rest (exit 1 only if none imported)',
        '  --check-in           mark them checked in (a signed sheet), not only registered',
        '  --merge-duplicates   a row matching exactly one registered person (phone or name) uses that person',
        '  --map "HEADER=FIELD" read column HEADER as FIELD (repeatable; FIELD empty = ignore the column)',
        `                       fields: ${IMPORT_FIELDS.join(', ')}`,
        '  --consent-by TEXT    who recorded the consent column (default: "import: <file name>")',
      ].join('\n'),
      async run(args, io) {
        const { values, positionals } = parseCommandArgs(args, {
          db: { type: 'string' },
          forum: { type: 'string' },
          'skip-invalid': { type: 'boolean', default: false },
          'check-in': { type: 'boolean', default: false },
          'merge-duplicates': { type: 'boolean', default: false },
          map: { type: 'string', multiple: true },
          'consent-by': { type: 'string' },
        });
        const forumId = required(values, 'forum');
        if (positionals.length !== 1) throw new UsageError('give exactly one sheet file to import');
        const sheetPath = path.resolve(positionals[0] ?? '');
        const file = { fileName: path.basename(sheetPath), dataBase64: readSheet(sheetPath).toString('base64') };
        const mapping = parseMapping((values.map as string[] | undefined) ?? []);
        const skipInvalid = values['skip-invalid'] === true;

        const result = await withCore(values.db as string | undefined, 'existing', async (core) => {
          const mergeDuplicates =
            values['merge-duplicates'] === true ? unambiguous((await invoke(core, 'imports.preview', { forumId, file, mapping })).duplicates) : {};
          return invoke(core, 'imports.commit', {
            forumId,
            file,
            mapping,
            skipInvalid,
            checkIn: values['check-in'] === true,
            mergeDuplicates,
            consentRecordedBy: values['consent-by'],
          });
        });
        printJson(io, result);
        if (result.rejected.length === 0) return EXIT.ok;
        const rows = result.rejectedRows;
        if (!skipInvalid) {
          io.err(`wethi: ${rows} row(s) rejected, nothing was imported (fix them, or use --skip-invalid) [import_invalid]\n`);
          return EXIT.failed;
        }
        io.err(`wethi: ${rows} row(s) rejected and skipped, ${result.imported} imported\n`);
        return result.imported > 0 ? EXIT.ok : EXIT.failed;
      },
    },
    {
      name: 'list',
      summary: "print a forum's attendees as JSON",
      help: ['Usage: wethi participants list --db FILE --forum ID', '', DB_HELP, '  --forum ID           the forum'].join('\n'),
      async run(args, io) {
        const { values, positionals } = parseCommandArgs(args, { db: { type: 'string' }, forum: { type: 'string' } });
        if (positionals.length > 0) throw new UsageError(`unexpected argument: ${positionals[0]}`);
        const forumId = required(values, 'forum');
        const attendees = await withCore(values.db as string | undefined, 'existing', (core) => invoke(core, 'attendance.list', { forumId }));
        printJson(io, attendees);
        return EXIT.ok;
      },
    },
    {
      name: 'template',
      summary: 'write the sign-in sheet template (Thai headers)',
      help: [
        'Usage: wethi participants template [--format csv|xlsx] [--out FILE]',
        '',
        'Writes the template the importer reads and prints { "file": path }.',
        '  --format csv|xlsx    csv (default, UTF-8 with BOM) or xlsx',
        '  --out FILE           where to write it (default: the template\'s name in this folder)',
      ].join('\n'),
      async run(args, io) {
        const { values, positionals } = parseCommandArgs(args, { format: { type: 'string', default: 'csv' }, out: { type: 'string' } });
        if (positionals.length > 0) throw new UsageError(`unexpected argument: ${positionals[0]}`);
        if (values.format !== 'csv' && values.format !== 'xlsx') throw new UsageError('--format must be csv or xlsx');
        const template = values.format === 'csv' ? csvTemplate() : await xlsxTemplate();
        const out = path.resolve((values.out as string | undefined) ?? template.fileName);
        fs.writeFileSync(out, Buffer.from(template.dataBase64, 'base64'));
        printJson(io, { file: out });
        return EXIT.ok;
      },
    },
  ],
};

function readSheet(file: string): Buffer {
  try {
    return fs.readFileSync(file);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : String(error);
    throw new AppError('not_found', 'error.file_missing', `cannot read ${file}: ${reason}`, { file });
  }
}

/** "ชื่อผู้เข้าร่วม=firstName"; an empty field ignores the column. */
function parseMapping(entries: readonly string[]): Record<string, ImportField | null> {
  const mapping: Record<string, ImportField | null> = {};
  for (const entry of entries) {
    const at = entry.lastIndexOf('=');
    if (at <= 0) throw new UsageError(`--map needs HEADER=FIELD, got "${entry}"`);
    const field = entry.slice(at + 1).trim();
    if (field && !(IMPORT_FIELDS as readonly string[]).includes(field)) {
      throw new UsageError(`--map: unknown field "${field}" (fields: ${IMPORT_FIELDS.join(', ')})`);
    }
    mapping[entry.slice(0, at).trim()] = (field || null) as ImportField | null;
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
