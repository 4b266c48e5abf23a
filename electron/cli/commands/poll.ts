/** `wethi poll results`: a poll's results from a database file, tallied as the app does. */
import { EXIT, UsageError, splitPair } from '../args';
import { DB_OPTION, defineCommand } from '../command';
import { printJson } from '../io';
import { invoke, withCore } from '../open-core';

/** "ความรุนแรง=2" → ["ความรุนแรง", 2]. */
function parseWeight(text: string): [string, number] {
  const example = 'CRITERION=NUMBER, e.g. --weight "ความเป็นไปได้=2"';
  const [name, value] = splitPair(text, 'weight', example);
  const weight = Number(value);
  if (value === '' || !Number.isFinite(weight)) throw new UsageError(`--weight "${text}": write ${example}`);
  return [name, weight];
}

export const results = defineCommand({
  usage: '--db FILE --poll ID [--weight CRITERION=NUMBER ...]',
  description: [
    'Prints the result of polls.results: winners (every tied one), ranking with labels and',
    'issue ids, the tie rule and how a tie was settled, IRV rounds, the scoring-matrix table,',
    'show-of-hands breakdowns, yes/no and consensus outcomes, ballot and eligible counts.',
  ],
  args: {
    options: {
      ...DB_OPTION,
      poll: { type: 'string', value: 'ID', help: 'the poll', required: true },
      weight: {
        type: 'string',
        value: 'NAME=NUMBER',
        multiple: true,
        help: 'scoring matrix: also rank with this criterion weight (what-if; repeatable)',
      },
    },
  },
  async run({ values }, io) {
    const weights = values.weight.map(parseWeight);
    const results = await withCore(values.db, 'existing', (core) =>
      invoke(core, 'polls.results', { id: values.poll, ...(weights.length > 0 ? { weights: Object.fromEntries(weights) } : {}) }),
    );
    printJson(io, results);
    return EXIT.ok;
  },
});
