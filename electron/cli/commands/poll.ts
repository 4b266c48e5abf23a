/** `wethi poll results|import-ballots`: a poll's results from a database file, tallied as the app does; a ballot file into it. */
import { EXIT, UsageError, parseCommandArgs, required } from '../args';
import type { CommandGroup } from '../command';
import { printJson } from '../io';
import { invoke, withCore } from '../open-core';
import { importBallotsCommand } from './poll-import';
import { closePollCommand, openPollCommand } from './poll-lifecycle';

const DB_HELP = "  --db FILE              the database file (default: the desktop app's own database)";

/** "ความรุนแรง=2" → ["ความรุนแรง", 2]; the name may itself contain "=", the weight is after the last one. */
function parseWeight(text: string): [string, number] {
  const at = text.lastIndexOf('=');
  const name = text.slice(0, at).trim();
  const weight = Number(text.slice(at + 1));
  if (at <= 0 || name === '' || text.slice(at + 1).trim() === '' || !Number.isFinite(weight)) {
    throw new UsageError(`--weight "${text}": write CRITERION=NUMBER, e.g. --weight "ความเป็นไปได้=2"`);
  }
  return [name, weight];
}

export const pollCommands: CommandGroup = {
  name: 'poll',
  summary: "print a poll's results, import a ballot file",
  commands: [
    {
      name: 'results',
      summary: "print a poll's results as JSON (tallied now from its stored ballots)",
      help: [
        'Usage: wethi poll results --db FILE --poll ID [--weight CRITERION=NUMBER ...]',
        '',
        'Prints the result of polls.results: winners (every tied one), ranking with labels and',
        'issue ids, the tie rule and how a tie was settled, IRV rounds, the scoring-matrix table,',
        'show-of-hands breakdowns, yes/no and consensus outcomes, ballot and eligible counts.',
        '',
        DB_HELP,
        '  --poll ID              the poll',
        '  --weight NAME=NUMBER   scoring matrix: also rank with this criterion weight (what-if; repeatable)',
      ].join('\n'),
      async run(args, io) {
        const { values, positionals } = parseCommandArgs(args, {
          db: { type: 'string' },
          poll: { type: 'string' },
          weight: { type: 'string', multiple: true },
        });
        if (positionals.length > 0) throw new UsageError(`unexpected argument: ${positionals[0]}`);
        const id = required(values, 'poll');
        const weights = ((values.weight as string[] | undefined) ?? []).map(parseWeight);
        const results = await withCore(values.db as string | undefined, 'existing', (core) =>
          invoke(core, 'polls.results', { id, ...(weights.length > 0 ? { weights: Object.fromEntries(weights) } : {}) }),
        );
        printJson(io, results);
        return EXIT.ok;
      },
    },
    importBallotsCommand,
    openPollCommand,
    closePollCommand,
  ],
};
