/**
 * Reading a file of paper ballots for a poll: CSV (one ballot per line) or the JSON of
 * docs/tally-input.md. All or nothing: any problem refuses the whole file, each problem with
 * its line number, so nothing half-imported ever reaches the count. Pure (no DOM, no Node):
 * the app's import screen and the command line use the same reading.
 */
import { readBallotCsv } from './csv';
import { readBallotJson } from './json';
import type { BallotFileResult, BallotFileSpec } from './types';

export * from './types';
export { problemText } from './problem-text';

/** JSON when the name ends in .json or the text starts with "{"; CSV otherwise. */
export function readBallotFile(text: string, spec: BallotFileSpec, fileName?: string): BallotFileResult {
  const json = fileName ? /\.json$/i.test(fileName) : /^\uFEFF?\s*\{/.test(text);
  return json ? readBallotJson(text, spec) : readBallotCsv(text, spec);
}
