/**
 * `wethi tally --method M FILE.json`: tallies a JSON file of ballots with the same code the app
 * uses (shared/tally, `tallyFromJson`), without any database. Input format: docs/tally-input.md.
 * The result is JSON on stdout and a one-line summary on stderr (exit 0); refused input prints
 * `{ "errors": [...] }` on stdout and one line per refusal, with the ballot index, on stderr
 * (exit 1); a command line it cannot use exits 2.
 */
import path from 'node:path';
import { findDuplicateKeyFast } from '../../../shared/json/duplicate-keys';
import { CLI_METHODS, formatErrors, parseMethod, summaryLine, tallyFromJson } from '../../../shared/tally/cli-format';
import type { TallyError } from '../../../shared/tally/types';
import { EXIT, UsageError } from '../args';
import { defineCommand } from '../command';
import { FileError, MAX_BYTES, readUserText } from '../files';
import { type Io, printJson } from '../io';

function refuse(io: Io, errors: TallyError[]): number {
  printJson(io, { errors });
  io.err(`wethi tally: input refused\n${formatErrors(errors)}\n`);
  return EXIT.failed;
}

const fileRefusal = (reason: string): TallyError => ({ ballot: null, path: '(file)', reason });

export const tally = defineCommand({
  usage: `--method ${CLI_METHODS.join('|')} FILE.json`,
  description: [
    'Tallies the ballots in FILE.json and prints the result as JSON:',
    '{ "method", "winners": [...], "ranking": [{ "option", "score", "rank" }], "tie", "rounds" (IRV), ... }',
    'Input formats and the exact definition of each method: docs/tally-input.md.',
    'Refused input (unknown option, an option twice in a ranking, a negative count, no options,',
    'a key written twice in one object …) prints { "errors": [{ "ballot", "path", "reason" }] }',
    'and exits 1: nothing is counted from a file with a bad ballot. "score" is the weighted',
    'criteria scoring matrix.',
  ],
  args: {
    options: { method: { type: 'string', value: 'M', help: 'the counting method (also read from a "method" field in the file)', required: true } },
    positionals: { name: 'FILE.json', min: 1, max: 1, message: 'give exactly one JSON file to tally' },
  },
  async run({ values, positionals }, io) {
    const method = values.method;
    if (parseMethod(method) === null) throw new UsageError(`unknown method "${method}" (one of ${CLI_METHODS.join(', ')})`);
    const file = path.resolve(positionals[0] ?? '');
    let text: string;
    try {
      text = readUserText(file, 'the ballot file', MAX_BYTES.tally);
    } catch (error) {
      if (error instanceof FileError) return refuse(io, [fileRefusal(error.message)]);
      throw error;
    }
    // A byte-order mark from Windows editors is not part of the JSON.
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      return refuse(io, [fileRefusal(`not valid JSON: ${error instanceof Error ? error.message : String(error)}`)]);
    }
    // JSON.parse keeps the last of two equal keys; a count written twice must not be guessed at.
    const duplicate = findDuplicateKeyFast(text, json);
    if (duplicate) {
      return refuse(io, [fileRefusal(`the key "${duplicate.key}" appears twice in one object (line ${duplicate.line}); write it once`)]);
    }
    const outcome = tallyFromJson(json, method);
    if (!outcome.ok) return refuse(io, outcome.errors);
    printJson(io, outcome.result);
    io.err(`${summaryLine(outcome.result)}\n`);
    return EXIT.ok;
  },
});
