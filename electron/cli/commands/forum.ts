/** `wethi forum create|list`: forums in a database file. */
import { VOCABULARY_LABELS } from '../../../shared/domain/labels';
import { FORUM_KINDS } from '../../../shared/domain/vocabulary';
import { EXIT, UsageError, given, parseCommandArgs, required } from '../args';
import type { CommandGroup } from '../command';
import { printJson } from '../io';
import { invoke, withCore } from '../open-core';
import { FOLLOW_UP_OF_HELP, FOLLOW_UP_OF_OPTION, createForum, followUpIds } from './follow-up-of';

const DB_HELP = '  --db FILE          the database file (default: the desktop app\'s own database)';

/** Optional forum fields and the option that sets each. */
const FORUM_OPTIONS = {
  kind: 'kind',
  number: 'number',
  venue: 'venue',
  village: 'village',
  tambon: 'tambon',
  district: 'district',
  province: 'province',
  organiser: 'organiser',
  facilitator: 'facilitator',
  noteTaker: 'note-taker',
  startTime: 'start',
  endTime: 'end',
} as const;

const stringOptions = (names: readonly string[]) => Object.fromEntries(names.map((n) => [n, { type: 'string' as const }]));

export const forumCommands: CommandGroup = {
  name: 'forum',
  summary: 'create and list forums',
  commands: [
    {
      name: 'create',
      summary: 'create a forum and print it as JSON',
      help: [
        'Usage: wethi forum create --db FILE --title TITLE --date YYYY-MM-DD [options]',
        '',
        'Creates a forum (status "planned") and prints it as JSON, with its id.',
        '',
        DB_HELP,
        '  --title TITLE      the forum\'s title',
        '  --date YYYY-MM-DD  the day it takes place',
        '  --kind KIND        the kind of forum (village unless given), one of:',
        ...FORUM_KINDS.map((kind) => `                       ${kind.padEnd(20)}${VOCABULARY_LABELS.forumKind[kind].en} (${VOCABULARY_LABELS.forumKind[kind].th})`),
        '  --number N         ครั้งที่, e.g. 1/2569',
        '  --start HH:MM, --end HH:MM',
        '  --venue, --village, --tambon, --district, --province, --organiser, --facilitator, --note-taker TEXT',
        FOLLOW_UP_OF_HELP,
      ].join('\n'),
      async run(args, io) {
        const { values, positionals } = parseCommandArgs(args, {
          db: { type: 'string' },
          title: { type: 'string' },
          date: { type: 'string' },
          ...stringOptions(Object.values(FORUM_OPTIONS)),
          ...FOLLOW_UP_OF_OPTION,
        });
        if (positionals.length > 0) throw new UsageError(`unexpected argument: ${positionals[0]}`);
        const draft = { title: required(values, 'title'), date: required(values, 'date'), ...given(values, FORUM_OPTIONS) };
        const followUpOf = followUpIds(values['follow-up-of']);
        const forum = await withCore(values.db as string | undefined, 'create', (core) => createForum(core, draft, followUpOf));
        printJson(io, forum);
        return EXIT.ok;
      },
    },
    {
      name: 'list',
      summary: 'print the forums as JSON',
      help: ['Usage: wethi forum list --db FILE [--all]', '', DB_HELP, '  --all              include archived forums'].join('\n'),
      async run(args, io) {
        const { values, positionals } = parseCommandArgs(args, { db: { type: 'string' }, all: { type: 'boolean', default: false } });
        if (positionals.length > 0) throw new UsageError(`unexpected argument: ${positionals[0]}`);
        const forums = await withCore(values.db as string | undefined, 'existing', (core) =>
          invoke(core, 'forums.list', { includeArchived: values.all === true }),
        );
        printJson(io, forums);
        return EXIT.ok;
      },
    },
  ],
};
