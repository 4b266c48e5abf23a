/** `wethi poll open|close`: a poll's life from the command line (with `wethi room open`, a whole vote without the app). */
import { EXIT, UsageError, parseCommandArgs, required } from '../args';
import type { Command } from '../command';
import { printJson } from '../io';
import { invoke, withCore } from '../open-core';

const transition = (name: 'open' | 'close', summary: string, what: string): Command => ({
  name,
  summary,
  help: [
    `Usage: wethi poll ${name} --db FILE --poll ID`,
    '',
    what,
    '',
    "  --db FILE    the database file (default: the desktop app's own database)",
    '  --poll ID    the poll',
  ].join('\n'),
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { db: { type: 'string' }, poll: { type: 'string' } });
    if (positionals.length > 0) throw new UsageError(`unexpected argument: ${positionals[0]}`);
    const id = required(values, 'poll');
    const poll = await withCore(values.db as string | undefined, 'existing', (core) => invoke(core, name === 'open' ? 'polls.open' : 'polls.close', { id }));
    printJson(io, poll);
    return EXIT.ok;
  },
});

export const openPollCommand = transition('open', 'open a poll for votes (a draft; prints the poll)', 'Opens a draft poll for votes (from phones in the room, and typed in). Prints the poll as JSON.');
export const closePollCommand = transition('close', 'close an open poll (prints the poll)', 'Closes an open poll: no more votes. Prints the poll as JSON.');
