/**
 * A refusal in plain English, for the command line and logs; the app shows its own translated
 * sentences from the same codes.
 */
import type { ImportProblem } from './types';

const WHAT: Record<ImportProblem['code'], (p: ImportProblem) => string> = {
  empty_file: () => 'the file has no ballots',
  too_many_lines: (p) => `more than ${p.limit} ballot lines in one file`,
  not_json: () => 'not valid JSON',
  json_shape: (p) => `"${p.value}" is not in the expected form (see docs/tally-input.md)`,
  unknown_field: (p) => `unknown field "${p.value}"`,
  unknown_option: (p) => `"${p.value}" is not an option of this poll (by label or number)`,
  empty_ballot: () => 'a count without options (write "-" for a blank ballot)',
  file_option_unknown: (p) => `the file's option "${p.value}" is not an option of this poll`,
  duplicate_option: (p) => `"${p.value}" appears twice on one ballot`,
  too_many_options: (p) => `more than ${p.limit} options on one ballot`,
  bad_count: (p) => `count ${p.value} is not a whole number from 1`,
  wrong_ballot_kind: (p) => `this poll takes "${p.value}" ballots`,
  count_header_twice: () => 'two count columns',
};

export function problemText(p: ImportProblem): string {
  return `${p.line === null ? '' : `line ${p.line}: `}${WHAT[p.code](p)}`;
}
