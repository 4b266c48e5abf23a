/**
 * `wethi tally --method M FILE.json`: tallies a JSON file of ballots with the same code the app
 * uses (shared/tally, `tallyFromJson`), without any database. Input format: docs/tally-input.md.
 * The result is JSON on stdout and a one-line summary on stderr (exit 0); refused input prints
 * `{ "errors": [...] }` on stdout and one line per refusal, with the ballot index, on stderr
 * (exit 1); a command line it cannot use exits 2.
 */
import fs from 'node:fs';
import path from 'node:path';
import { CLI_METHODS, formatErrors, parseMethod, summaryLine, tallyFromJson } from '../../../shared/tally/cli-format';
import type { TallyError } from '../../../shared/tally/types';
import { EXIT, UsageError, parseCommandArgs, required } from '../args';
import type { Command } from '../command';
import { type Io, printJson } from '../io';

function refuse(io: Io, errors: TallyError[]): number {
  printJson(io, { errors });
  io.err(`wethi tally: input refused\n${formatErrors(errors)}\n`);
  return EXIT.failed;
}

export const tallyCommand: Command = {
  name: 'tally',
  summary: 'tally a JSON file of ballots (no database)',
  help: [
    `Usage: wethi tally --method ${CLI_METHODS.join('|')} FILE.json`,
    '',
    'Tallies the ballots in FILE.json and prints the result as JSON:',
    '{ "method", "winners": [...], "ranking": [{ "option", "score", "rank" }], "tie", "rounds" (IRV), ... }',
    'Input formats and the exact definition of each method: docs/tally-input.md.',
    'Refused input (unknown option, an option twice in a ranking, a negative count, no options …)',
    'prints { "errors": [{ "ballot", "path", "reason" }] } and exits 1: nothing is counted from a',
    'file with a bad ballot. "score" is the weighted criteria scoring matrix.',
    '',
    '  --method M   the counting method (also read from a "method" field in the file)',
  ].join('\n'),
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { method: { type: 'string' } });
    const method = required(values, 'method');
    if (parseMethod(method) === null) throw new UsageError(`unknown method "${method}" (one of ${CLI_METHODS.join(', ')})`);
    if (positionals.length !== 1) throw new UsageError('give exactly one JSON file to tally');
    const file = path.resolve(positionals[0] as string);
    let text: string;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch (error) {
      return refuse(io, [{ ballot: null, path: '(file)', reason: `cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}` }]);
    }
    let json: unknown;
    try {
      // A byte-order mark from Windows editors is not part of the JSON.
      json = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch (error) {
      return refuse(io, [{ ballot: null, path: '(file)', reason: `not valid JSON: ${error instanceof Error ? error.message : String(error)}` }]);
    }
    const outcome = tallyFromJson(json, method);
    if (!outcome.ok) return refuse(io, outcome.errors);
    printJson(io, outcome.result);
    io.err(`${summaryLine(outcome.result)}\n`);
    return EXIT.ok;
  },
};
