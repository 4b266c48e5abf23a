/** `wethi poll open|close`: a poll's life from the command line (with `wethi room open`, a whole vote without the app). */
import { EXIT } from '../args';
import { type Command, DB_OPTION, defineCommand } from '../command';
import { printJson } from '../io';
import { invoke, withCore } from '../open-core';

const transition = (op: 'polls.open' | 'polls.close', what: string): Command =>
  defineCommand({
    usage: '--db FILE --poll ID',
    description: [what],
    args: { options: { ...DB_OPTION, poll: { type: 'string', value: 'ID', help: 'the poll', required: true } } },
    async run({ values }, io) {
      printJson(io, await withCore(values.db, 'existing', (core) => invoke(core, op, { id: values.poll })));
      return EXIT.ok;
    },
  });

export const openPoll = transition('polls.open', 'Opens a draft poll for votes (from phones in the room, and typed in). Prints the poll as JSON.');
export const closePoll = transition('polls.close', 'Closes an open poll: no more votes. Prints the poll as JSON.');
