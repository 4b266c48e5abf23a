/**
 * A Schulze poll's two tables for the minutes, as plain text: the pairwise counts d and the
 * strengths p of the strongest paths, which decide the order when the pairwise results run in a
 * cycle (so "beats 2 others" can be checked by hand). Rows are the options numbered in poll
 * order ("1. ขยายเขตประปา"), columns the same numbers. The HTML template escapes the cells
 * (html/poll-section.ts), the DOCX writer prints them as they are (docx/poll-block.ts).
 */
import type { PollResults } from '../../../../shared/contract';
import { TH } from '../html/strings-th';
import type { PlainFormatter } from './format';

export interface MatrixTable {
  title: string;
  note: string;
  /** The first column's header, then the options' numbers. */
  headers: string[];
  rows: string[][];
  /** Which cells win their pair (d or p above the mirrored cell), to show them bold. */
  wins: boolean[][];
}

function matrix(title: string, note: string, m: readonly (readonly number[])[], labels: readonly string[], fmt: Pick<PlainFormatter, 'num'>): MatrixTable {
  const at = (i: number, j: number) => m[i]?.[j] ?? 0;
  return {
    title,
    note,
    headers: [TH.colOption, ...labels.map((_, j) => fmt.num(j + 1))],
    rows: labels.map((label, i) => [`${fmt.num(i + 1)}. ${label}`, ...labels.map((_, j) => (i === j ? '–' : fmt.num(at(i, j))))]),
    wins: labels.map((_, i) => [false, ...labels.map((_, j) => i !== j && at(i, j) > at(j, i))]),
  };
}

/** The pairwise and strongest-path tables of a Schulze poll with ballots; none for another method. */
export function schulzeTables(results: PollResults, fmt: Pick<PlainFormatter, 'num'>): MatrixTable[] {
  const { pairwise, paths, pairwiseOptions } = results;
  if (!pairwise || !paths || !pairwiseOptions || results.ballotCount === 0) return [];
  const labels = pairwiseOptions.map((o) => o.label);
  return [matrix(TH.schulzePairwise, TH.schulzePairwiseNote, pairwise, labels, fmt), matrix(TH.schulzePaths, TH.schulzePathsNote, paths, labels, fmt)];
}
