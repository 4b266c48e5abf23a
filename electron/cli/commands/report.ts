/** `wethi report`: a forum's minutes as PDF, DOCX, XLSX or JSON, or its tables as CSV files. */
import path from 'node:path';
import { ReportFormat } from '../../../shared/contract';
import { EXIT, UsageError } from '../args';
import { DB_OPTION, defineCommand } from '../command';
import { ensureFolder, writeUserFile } from '../files';
import { printJson } from '../io';
import { invoke, withCore } from '../open-core';

export const report = defineCommand({
  usage: `--db FILE --forum ID --format ${ReportFormat.options.join('|')} --out PATH [--thai-digits]`,
  description: [
    'Writes the minutes (รายงานการประชุม) of a forum, built from its data and the sections edited in',
    'the app, and prints a JSON summary: { format, out, bytes, pages } (csv: { format, out, files }).',
  ],
  args: {
    options: {
      ...DB_OPTION,
      forum: { type: 'string', value: 'ID', help: 'the forum', required: true },
      format: {
        type: 'string',
        value: 'FORMAT',
        help: 'pdf (printed by Chromium), docx (for Word), xlsx, csv, or json (the minutes model)',
        required: true,
      },
      out: { type: 'string', value: 'PATH', help: 'the file to write; for csv a folder, one file per table', required: true },
      'thai-digits': { type: 'boolean', help: 'Thai digits (๑๒๓) throughout, as formal documents use' },
    },
  },
  notes: ['PDF needs Chromium, Google Chrome or Microsoft Edge; WETHI_CHROMIUM=/path/to/browser picks one.'],
  async run({ values }, io) {
    const format = ReportFormat.safeParse(values.format);
    if (!format.success) throw new UsageError(`--format "${values.format}": write one of ${ReportFormat.options.join(', ')}`);
    const forumId = values.forum;
    const out = path.resolve(values.out);

    const summary = await withCore(values.db, 'existing', async (core) => {
      if (format.data === 'csv') {
        const files = await invoke(core, 'reports.tables', { forumId });
        const folder = ensureFolder(out, 'the CSV tables');
        return {
          format: 'csv',
          out: folder,
          files: files.map((f) => {
            const file = writeUserFile(path.join(folder, f.fileName), f.content, `the table ${f.fileName}`);
            return { file, bytes: Buffer.byteLength(f.content, 'utf8') };
          }),
        };
      }
      const file = await invoke(core, 'reports.export', { forumId, format: format.data, thaiDigits: values['thai-digits'] });
      const data = Buffer.from(file.base64, 'base64');
      writeUserFile(out, data, `the minutes (${format.data})`);
      return { format: format.data, out, bytes: data.length, ...(file.pages === null ? {} : { pages: file.pages }) };
    });
    printJson(io, summary);
    return EXIT.ok;
  },
});
