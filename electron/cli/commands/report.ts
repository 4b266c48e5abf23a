/** `wethi report`: a forum's minutes as PDF, DOCX, XLSX or JSON, or its tables as CSV files. */
import fs from 'node:fs';
import path from 'node:path';
import { ReportFormat } from '../../../shared/contract';
import { DbContext } from '../../core/context';
import { ChangeBus } from '../../core/events';
import { reportCsv } from '../../core/reports/csv/report-csv';
import { openDatabase } from '../../core/store/database';
import { EXIT, UsageError, parseCommandArgs, required } from '../args';
import type { Command } from '../command';
import { printJson } from '../io';
import { invoke, withCore } from '../open-core';

const HELP = [
  'Usage: wethi report --db FILE --forum ID --format pdf|docx|xlsx|csv|json --out PATH [--thai-digits]',
  '',
  'Writes the minutes (รายงานการประชุม) of a forum, built from its data and the sections edited in',
  'the app, and prints a JSON summary: { format, out, bytes, pages } (csv: { format, out, files }).',
  '',
  "  --db FILE              the database file (default: the desktop app's own database)",
  '  --forum ID             the forum',
  '  --format FORMAT        pdf (printed by Chromium), docx (for Word), xlsx, csv, or json (the minutes model)',
  '  --out PATH             the file to write; for csv a folder, one file per table',
  '  --thai-digits          Thai digits (๑๒๓) throughout, as formal documents use',
  '',
  'PDF needs Chromium, Google Chrome or Microsoft Edge; WETHI_CHROMIUM=/path/to/browser picks one.',
].join('\n');

export const reportCommand: Command = {
  name: 'report',
  summary: 'write the minutes as PDF, DOCX, XLSX, CSV or JSON',
  help: HELP,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      db: { type: 'string' },
      forum: { type: 'string' },
      format: { type: 'string' },
      out: { type: 'string' },
      'thai-digits': { type: 'boolean' },
    });
    if (positionals.length > 0) throw new UsageError(`unexpected argument: ${positionals[0]}`);
    const forumId = required(values, 'forum');
    const format = ReportFormat.safeParse(required(values, 'format'));
    if (!format.success) throw new UsageError(`--format "${values.format}": write one of ${ReportFormat.options.join(', ')}`);
    const out = path.resolve(required(values, 'out'));
    const thaiDigits = values['thai-digits'] === true;

    const summary = await withCore(values.db as string | undefined, 'existing', async (core) => {
      if (format.data === 'csv') {
        const model = await invoke(core, 'reports.minutes', { forumId });
        // The tables are read through a context of their own, on the same file.
        const db = await openDatabase(core.dbPath);
        try {
          const files = reportCsv(new DbContext(db, { events: new ChangeBus() }), model);
          fs.mkdirSync(out, { recursive: true });
          return {
            format: 'csv',
            out,
            files: files.map((f) => {
              const file = path.join(out, f.fileName);
              fs.writeFileSync(file, f.content, 'utf8');
              return { file, bytes: fs.statSync(file).size };
            }),
          };
        } finally {
          db.close();
        }
      }
      const file = await invoke(core, 'reports.export', { forumId, format: format.data, thaiDigits });
      const data = Buffer.from(file.base64, 'base64');
      fs.mkdirSync(path.dirname(out), { recursive: true });
      fs.writeFileSync(out, data);
      return { format: format.data, out, bytes: data.length, ...(file.pages === null ? {} : { pages: file.pages }) };
    });
    printJson(io, summary);
    return EXIT.ok;
  },
};
