/** `wethi session export|import`: a forum as a portable .wethi file (docs/session-file.md). */
import path from 'node:path';
import { EXIT } from '../args';
import { DB_OPTION, defineCommand } from '../command';
import { MAX_BYTES, readUserText, writeUserFile } from '../files';
import { printJson } from '../io';
import { invoke, withCore } from '../open-core';

export const exportSession = defineCommand({
  usage: '--db FILE --forum ID [--out FILE.wethi] [--no-sensitive]',
  description: [
    'Writes the forum and every row that belongs to it (people, attendance, agenda, issues,',
    'notes, speeches, groups, polls and their ballots, priorities, projects, minutes edits) as',
    'versioned JSON with a checksum. Prints a summary: the file, its checksum, rows per table.',
  ],
  args: {
    options: {
      ...DB_OPTION,
      forum: { type: 'string', value: 'ID', help: 'the forum', required: true },
      out: { type: 'string', value: 'FILE', help: "where to write it (default: the forum's title and date in this folder)" },
      'no-sensitive': { type: 'boolean', help: 'leave out sensitive person data (disadvantaged groups and their consent)' },
    },
  },
  async run({ values }, io) {
    const result = await withCore(values.db, 'existing', (core) =>
      invoke(core, 'session.export', { forumId: values.forum, includeSensitive: !values['no-sensitive'] }),
    );
    const file = writeUserFile(values.out ?? result.fileName, result.content, 'the session file');
    printJson(io, { file, checksum: result.checksum, sensitive: result.sensitive, counts: result.counts });
    return EXIT.ok;
  },
});

export const importSession = defineCommand({
  usage: '--db FILE FILE.wethi',
  description: [
    'Checks the whole file first (JSON, format, version, checksum, every row, every reference),',
    'then writes it in one transaction. A file from a newer Wethi is refused. Importing the same',
    'file again writes nothing ("already_present"); a forum already here that differs from the',
    'file is refused and kept as it is. People already in the register keep their local record.',
  ],
  args: {
    options: { ...DB_OPTION },
    positionals: { name: 'FILE.wethi', min: 1, max: 1, message: 'give exactly one .wethi file to import' },
  },
  async run({ values, positionals }, io) {
    const file = path.resolve(positionals[0] ?? '');
    const content = readUserText(file, 'the session file', MAX_BYTES.session);
    const result = await withCore(values.db, 'create', (core) => invoke(core, 'session.import', { content }));
    printJson(io, { file, ...result });
    return EXIT.ok;
  },
});
