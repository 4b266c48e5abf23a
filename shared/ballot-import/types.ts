/**
 * A file of paper ballots read against a poll's options. Options are referred to by their
 * position in `labels` (0-based here; the ballot number printed on paper is position + 1), so
 * the UI maps them to option ids and the CLI to option names.
 */

/** What a ballot holds: a ranking (plurality, Borda, IRV, Schulze), approvals, or dots. */
export type BallotFileKind = 'ranking' | 'approved' | 'dots';

export interface BallotFileSpec {
  /** The poll's option labels in ballot order: option number n is `labels[n - 1]`. */
  labels: readonly string[];
  kind: BallotFileKind;
  /** Approvals (approval) or stickers (dots) per ballot; a ranking of one for plurality. */
  max?: number;
}

export interface ImportedBallot {
  /** 1-based line of the file where the ballot is (its first line, for JSON). */
  line: number;
  /** Option indices in the order written; dots repeat an option once per sticker; [] is blank. */
  options: number[];
  /** Identical paper ballots the line stands for. */
  count: number;
}

export const IMPORT_PROBLEMS = [
  'empty_file',
  'too_many_lines',
  'not_json',
  'json_shape',
  'unknown_field',
  'unknown_option',
  'empty_ballot',
  'file_option_unknown',
  'duplicate_option',
  'too_many_options',
  'bad_count',
  'wrong_ballot_kind',
  'count_header_twice',
] as const;
export type ImportProblemCode = (typeof IMPORT_PROBLEMS)[number];

export interface ImportProblem {
  code: ImportProblemCode;
  /** 1-based line in the file; null when the problem is the file as a whole. */
  line: number | null;
  /** 0-based ballot (entry) index, when the problem is one ballot's. */
  ballot: number | null;
  /** The cell, option name or field at fault, as written. */
  value?: string;
  /** The limit broken (too many options on a ballot, too many lines). */
  limit?: number;
}

export type BallotFileResult =
  | { ok: true; format: 'csv' | 'json'; ballots: ImportedBallot[]; /** Sum of counts. */ total: number }
  | { ok: false; format: 'csv' | 'json'; problems: ImportProblem[] };

/** As `polls.addBallots` takes at most. */
export const MAX_IMPORT_BALLOTS = 100_000;
export const MAX_IMPORT_COUNT = 1_000_000_000;
/** Problems listed before stopping: enough to fix a file, not a flood. */
export const MAX_IMPORT_PROBLEMS = 50;
