/**
 * Ballots from the JSON of docs/tally-input.md, the same file `wethi tally` reads:
 *
 *     { "options": ["ถนน", "ประปา", "ไฟฟ้า"],
 *       "ballots": [ { "ranking": ["ถนน", "ประปา"], "count": 4 }, { "ranking": [] } ] }
 *
 * Ranked polls take `ranking`, approval `approved`, dot voting `dots` (option → stickers).
 * Options in ballots are names (or ballot numbers); when the file lists `options` each must be
 * one of the poll's, matched by label. `method`, `tieRule`, `mode`, `dotsPerParticipant` and
 * `maxApprovals` may be present (the poll's own rules are what count); anything else, in the
 * file or in a ballot, is refused rather than ignored, as the CLI does.
 */
import { checkBallot } from './ballot-check';
import { ballotLines } from './json-lines';
import { jsonErrorLine } from './json-syntax';
import { OptionMatcher, parseCount } from './option-match';
import {
  type BallotFileKind,
  type BallotFileResult,
  type BallotFileSpec,
  type ImportedBallot,
  type ImportProblem,
  MAX_IMPORT_BALLOTS,
  MAX_IMPORT_COUNT,
  MAX_IMPORT_PROBLEMS,
} from './types';

const TOP_FIELDS = new Set(['options', 'ballots', 'method', 'tieRule', 'mode', 'dotsPerParticipant', 'maxApprovals']);
const BALLOT_FIELDS = new Set<string>(['ranking', 'approved', 'dots', 'count']);

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function readBallotJson(text: string, spec: BallotFileSpec): BallotFileResult {
  const refuse = (problems: ImportProblem[]): BallotFileResult => ({ ok: false, format: 'json', problems: problems.slice(0, MAX_IMPORT_PROBLEMS) });
  const source = text.replace(/^\uFEFF/, '');
  let json: unknown;
  try {
    json = JSON.parse(source);
  } catch {
    return refuse([{ code: 'not_json', line: jsonErrorLine(source), ballot: null }]);
  }
  if (!isObject(json) || !Array.isArray(json.ballots)) return refuse([{ code: 'json_shape', line: null, ballot: null, value: 'ballots' }]);
  const unknownTop = Object.keys(json).find((k) => !TOP_FIELDS.has(k));
  if (unknownTop !== undefined) return refuse([{ code: 'unknown_field', line: null, ballot: null, value: unknownTop }]);
  const entries = json.ballots as unknown[];
  if (entries.length === 0) return refuse([{ code: 'empty_file', line: null, ballot: null }]);
  if (entries.length > MAX_IMPORT_BALLOTS) return refuse([{ code: 'too_many_lines', line: null, ballot: null, limit: MAX_IMPORT_BALLOTS }]);

  const pollOptions = new OptionMatcher(spec.labels);
  const problems: ImportProblem[] = [];
  // The file's own option list, when given: ballots name these, each must be one of the poll's.
  let fileOptions: string[] | null = null;
  if (json.options !== undefined) {
    if (!Array.isArray(json.options) || json.options.some((o) => typeof o !== 'string')) return refuse([{ code: 'json_shape', line: null, ballot: null, value: 'options' }]);
    fileOptions = json.options as string[];
    for (const name of fileOptions) if (pollOptions.find(name) === null) problems.push({ code: 'file_option_unknown', line: null, ballot: null, value: name });
    if (problems.length > 0) return refuse(problems);
  }
  const find = (name: unknown): number | null => {
    if (typeof name === 'number') return pollOptions.find(name);
    if (typeof name !== 'string') return null;
    if (fileOptions !== null && !fileOptions.includes(name) && !/^[\d๐-๙]+$/.test(name.trim())) return null;
    return pollOptions.find(name);
  };

  const lines = ballotLines(source);
  const ballots: ImportedBallot[] = [];
  let total = 0;
  entries.forEach((entry, index) => {
    if (problems.length >= MAX_IMPORT_PROBLEMS) return;
    const line = lines[index] ?? 0;
    const at = { line: line || null, ballot: index };
    if (!isObject(entry)) {
      problems.push({ code: 'json_shape', ...at, value: `ballots[${index}]` });
      return;
    }
    const unknown = Object.keys(entry).find((k) => !BALLOT_FIELDS.has(k));
    if (unknown !== undefined) {
      problems.push({ code: 'unknown_field', ...at, value: unknown });
      return;
    }
    const given = (['ranking', 'approved', 'dots'] as BallotFileKind[]).filter((k) => entry[k] !== undefined);
    if (given.length !== 1 || given[0] !== spec.kind) {
      problems.push({ code: 'wrong_ballot_kind', ...at, value: spec.kind });
      return;
    }
    let count = 1;
    if (entry.count !== undefined) {
      const parsed = typeof entry.count === 'number' || typeof entry.count === 'string' ? parseCount(entry.count, MAX_IMPORT_COUNT) : null;
      if (parsed === null) {
        problems.push({ code: 'bad_count', ...at, value: JSON.stringify(entry.count) });
        return;
      }
      count = parsed;
    }
    const options: number[] = [];
    const named: unknown[] = [];
    if (spec.kind === 'dots') {
      if (!isObject(entry.dots)) {
        problems.push({ code: 'json_shape', ...at, value: 'dots' });
        return;
      }
      for (const [name, stickers] of Object.entries(entry.dots)) {
        if (typeof stickers !== 'number' || !Number.isInteger(stickers) || stickers < 0) {
          problems.push({ code: 'bad_count', ...at, value: `${name}: ${JSON.stringify(stickers)}` });
          return;
        }
        for (let s = 0; s < stickers; s++) named.push(name);
      }
    } else {
      const list = entry[spec.kind];
      if (!Array.isArray(list)) {
        problems.push({ code: 'json_shape', ...at, value: spec.kind });
        return;
      }
      named.push(...list);
    }
    for (const name of named) {
      const found = find(name);
      if (found === null) {
        problems.push({ code: 'unknown_option', ...at, value: typeof name === 'string' ? name : JSON.stringify(name) });
        return;
      }
      options.push(found);
    }
    const problem = checkBallot(options, spec, spec.labels, line, index);
    if (problem) {
      problems.push({ ...problem, line: line || null });
      return;
    }
    ballots.push({ line, options, count });
    total += count;
  });
  return problems.length > 0 ? refuse(problems) : { ok: true, format: 'json', ballots, total };
}
