/**
 * Ballots from CSV (or tab- or semicolon-separated) text, one paper ballot per line:
 *
 *     3,1,2            options by ballot number, most preferred first
 *     ถนน,ประปา        or by label (dot voting: an option once per sticker)
 *     -                a blank ballot ("0" too)
 *
 * An optional first line of headings names the columns; a column headed "count" or "จำนวน"
 * (also "จำนวนบัตร", "ballots") holds how many identical ballots the line stands for (empty: 1).
 * Other headings ("อันดับ 1", "rank 2", "ตัวเลือก") are only labels. Without a heading line every
 * cell is an option. Empty lines are skipped; the line numbers are the file's own, counted
 * after uniform line endings, so a quoted cell spanning lines keeps later numbers right.
 */
import { readCsvRows } from '../csv/rows';
import { normalizeForSearch } from '../domain/thai-text';
import { checkBallot } from './ballot-check';
import { OptionMatcher, parseCount } from './option-match';
import {
  type BallotFileResult,
  type BallotFileSpec,
  type ImportedBallot,
  type ImportProblem,
  MAX_IMPORT_BALLOTS,
  MAX_IMPORT_COUNT,
  MAX_IMPORT_PROBLEMS,
} from './types';

const COUNT_HEADINGS = new Set(['count', 'จำนวน', 'จำนวนบัตร', 'ballots']);
const LABEL_HEADING = /^(rank|choice|option|preference|อันดับ|ลำดับ|ตัวเลือก|ข้อ)\s*(ที่)?\s*[\d๐-๙]*$/;
const BLANK = new Set(['-', '0', '๐']);

interface Row {
  line: number;
  cells: string[];
}

/** Cells trimmed, empty lines skipped. */
const readRows = (text: string): Row[] =>
  readCsvRows(text)
    .map((row) => ({ line: row.line, cells: row.cells.map((c) => c.trim()) }))
    .filter((row) => row.cells.some((c) => c !== ''));

/** The column of counts if the row is a heading line, -1 if it is one without counts, null if it is a ballot. */
function headingCountColumn(row: Row, matcher: OptionMatcher): number | null | 'twice' {
  const keys = row.cells.map(normalizeForSearch);
  const counts = keys.flatMap((k, i) => (COUNT_HEADINGS.has(k) ? [i] : []));
  if (counts.length > 1) return 'twice';
  const headingsOnly = keys.every((k, i) => k === '' || COUNT_HEADINGS.has(k) || (LABEL_HEADING.test(k) && matcher.find(row.cells[i] ?? '') === null));
  if (!headingsOnly) return null;
  return counts[0] ?? -1;
}

export function readBallotCsv(text: string, spec: BallotFileSpec): BallotFileResult {
  const matcher = new OptionMatcher(spec.labels);
  const rows = readRows(text);
  const problems: ImportProblem[] = [];
  const fail = (): BallotFileResult => ({ ok: false, format: 'csv', problems: problems.slice(0, MAX_IMPORT_PROBLEMS) });
  const first = rows[0];
  if (!first) return { ok: false, format: 'csv', problems: [{ code: 'empty_file', line: null, ballot: null }] };

  const heading = headingCountColumn(first, matcher);
  if (heading === 'twice') return { ok: false, format: 'csv', problems: [{ code: 'count_header_twice', line: first.line, ballot: null }] };
  const countAt = heading ?? -1;
  const ballotRows = heading === null ? rows : rows.slice(1);
  if (ballotRows.length === 0) return { ok: false, format: 'csv', problems: [{ code: 'empty_file', line: null, ballot: null }] };
  if (ballotRows.length > MAX_IMPORT_BALLOTS) {
    return { ok: false, format: 'csv', problems: [{ code: 'too_many_lines', line: null, ballot: null, limit: MAX_IMPORT_BALLOTS }] };
  }

  const ballots: ImportedBallot[] = [];
  let total = 0;
  ballotRows.forEach((row, index) => {
    if (problems.length >= MAX_IMPORT_PROBLEMS) return;
    let count = 1;
    const countCell = countAt >= 0 ? (row.cells[countAt] ?? '') : '';
    if (countCell !== '') {
      const parsed = parseCount(countCell, MAX_IMPORT_COUNT);
      if (parsed === null) {
        problems.push({ code: 'bad_count', line: row.line, ballot: index, value: countCell });
        return;
      }
      count = parsed;
    }
    const cells = row.cells.filter((c, i) => i !== countAt && c !== '');
    const blank = cells.length === 1 && BLANK.has(cells[0] as string);
    // A line with only a count is refused: a blank ballot is written "-" so it is never an accident.
    if (cells.length === 0) {
      problems.push({ code: 'empty_ballot', line: row.line, ballot: index });
      return;
    }
    const options: number[] = [];
    if (!blank) {
      for (const cell of cells) {
        const found = matcher.find(cell);
        if (found === null) {
          problems.push({ code: 'unknown_option', line: row.line, ballot: index, value: cell });
          return;
        }
        options.push(found);
      }
    }
    const problem = checkBallot(options, spec, spec.labels, row.line, index);
    if (problem) {
      problems.push(problem);
      return;
    }
    ballots.push({ line: row.line, options, count });
    total += count;
  });
  return problems.length > 0 ? fail() : { ok: true, format: 'csv', ballots, total };
}
