/** `wethi session export|import`: a forum as a portable .wethi file (docs/session-file.md). */
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../core/errors';
import { EXIT, UsageError, parseCommandArgs, required } from '../args';
import type { CommandGroup } from '../command';
import { printJson } from '../io';
import { invoke, withCore } from '../open-core';

const DB_HELP = "  --db FILE              the database file (default: the desktop app's own database)";

export const sessionCommands: CommandGroup = {
  name: 'session',
  summary: 'export and import .wethi session files',
  commands: [
    {
      name: 'export',
      summary: 'write one forum, with everything in it, to a .wethi file',
      help: [
        'Usage: wethi session export --db FILE --forum ID [--out FILE.wethi] [--no-sensitive]',
        '',
        'Writes the forum and every row that belongs to it (people, attendance, agenda, issues,',
        'notes, speeches, groups, polls and their ballots, priorities, projects, minutes edits) as',
        'versioned JSON with a checksum. Prints a summary: the file, its checksum, rows per table.',
        '',
        DB_HELP,
        '  --forum ID             the forum',
        '  --out FILE             where to write it (default: the forum\'s title and date in this folder)',
        '  --no-sensitive         leave out sensitive person data (disadvantaged groups and their consent)',
      ].join('\n'),
      async run(args, io) {
        const { values, positionals } = parseCommandArgs(args, {
          db: { type: 'string' },
          forum: { type: 'string' },
          out: { type: 'string' },
          'no-sensitive': { type: 'boolean' },
        });
        if (positionals.length > 0) throw new UsageError(`unexpected argument: ${positionals[0]}`);
        const forumId = required(values, 'forum');
        const result = await withCore(values.db as string | undefined, 'existing', (core) =>
          invoke(core, 'session.export', { forumId, includeSensitive: values['no-sensitive'] !== true }),
        );
        const out = path.resolve((values.out as string | undefined) ?? result.fileName);
        fs.writeFileSync(out, result.content);
        printJson(io, { file: out, checksum: result.checksum, sensitive: result.sensitive, counts: result.counts });
        return EXIT.ok;
      },
    },
    {
      name: 'import',
      summary: 'read a .wethi file into a database (checked in full before anything is written)',
      help: [
        'Usage: wethi session import --db FILE FILE.wethi',
        '',
        'Checks the whole file first (JSON, format, version, checksum, every row, every reference),',
        'then writes it in one transaction. A file from a newer Wethi is refused. Importing the same',
        'file again writes nothing ("already_present"); a forum already here that differs from the',
        'file is refused and kept as it is. People already in the register keep their local record.',
        '',
        DB_HELP,
      ].join('\n'),
      async run(args, io) {
        const { values, positionals } = parseCommandArgs(args, { db: { type: 'string' } });
        if (positionals.length !== 1) throw new UsageError('give exactly one .wethi file to import');
        const file = path.resolve(positionals[0] as string);
        const content = readSessionText(file);
        const result = await withCore(values.db as string | undefined, 'create', (core) => invoke(core, 'session.import', { content }));
        printJson(io, { file, ...result });
        return EXIT.ok;
      },
    },
  ],
};

function readSessionText(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : String(error);
    throw new AppError('not_found', 'error.file_missing', `cannot read ${file}: ${reason}`, { file });
  }
}
