/**
 * One poll in the DOCX minutes, in the wording the HTML template prints too (text/poll-outcome.ts):
 * the method, the tie rule agreed beforehand, ballots counted, the outcome and how a tie was
 * settled, then the results table (ranking, yes/no/abstain, or consensus levels) and, for IRV, the
 * count round by round.
 */
import type { FileChild } from 'docx';
import type { MinutesPoll, PollResults } from '../../../../shared/contract';
import { TH } from '../html/strings-th';
import type { DocBlocks } from './blocks';
import type { PlainFormatter } from '../text/format';
import { irvRoundsTable } from '../text/irv-rounds';
import { schulzeTables } from '../text/schulze-tables';
import { outcomeLines, pollMetaLines } from '../text/poll-outcome';

function resultsTable(results: PollResults, b: DocBlocks, fmt: PlainFormatter) {
  if (results.yesNo) {
    const y = results.yesNo;
    return b.table(
      [
        { header: TH.colOption, share: 0.7 },
        { header: TH.colVotes, share: 0.3, align: 'right' },
      ],
      [
        [TH.yes, fmt.num(y.yes)],
        [TH.no, fmt.num(y.no)],
        [TH.abstain, fmt.num(y.abstain)],
      ],
    );
  }
  if (results.consensus) {
    return b.table(
      [
        { header: TH.consensusValue, share: 0.7 },
        { header: TH.colVotes, share: 0.3, align: 'right' },
      ],
      results.consensus.distribution.map((d) => [d.value === 'block' ? TH.consensusBlock : String(d.value), fmt.num(d.count)]),
    );
  }
  if (results.ranking.length === 0) return null;
  return b.table(
    [
      { header: TH.colRank, share: 0.14, align: 'center' },
      { header: TH.colOption, share: 0.64 },
      { header: TH.colScore, share: 0.22, align: 'right' },
    ],
    results.ranking.map((e) => [fmt.num(e.rank), e.label, fmt.num(e.score)]),
  );
}

/** IRV: the count round by round, one column per round (text/irv-rounds.ts), under its heading. */
function roundsBlock(results: PollResults, b: DocBlocks, fmt: PlainFormatter): FileChild[] {
  const table = irvRoundsTable(results, fmt);
  if (!table) return [];
  const rest = 0.6 / (table.headers.length - 1);
  return [
    b.line(TH.irvRounds, { bold: true }),
    b.table(
      table.headers.map((header, i) => (i === 0 ? { header, share: 0.4 } : { header, share: rest, align: 'right' as const })),
      table.rows,
    ),
  ];
}

/** 14 pt, in half-points: the Schulze tables, as the PDF prints them. */
const MATRIX_SIZE = 28;

/** Schulze: the pairwise counts, then the strongest paths, each under its heading and note. */
function schulzeBlock(results: PollResults, b: DocBlocks, fmt: PlainFormatter, level: number): FileChild[] {
  return schulzeTables(results, fmt).flatMap((table) => {
    const n = table.headers.length - 1;
    // The numbers' columns wide enough for "1,000" at 14 pt while the names keep at least a quarter.
    const number = Math.min(0.1, 0.75 / n);
    return [
      b.line(table.title, { bold: true }),
      ...b.body(table.note, level),
      b.table(
        table.headers.map((header, i) => (i === 0 ? { header, share: 1 - n * number } : { header, share: number, align: 'right' as const })),
        table.rows,
        { size: MATRIX_SIZE },
      ),
    ];
  });
}

export function pollBlock(poll: MinutesPoll, b: DocBlocks, fmt: PlainFormatter, level: number): FileChild[] {
  const r = poll.results;
  const meta = pollMetaLines(poll, fmt);
  const table = resultsTable(r, b, fmt);
  return [
    b.heading(TH.poll(poll.title), level),
    ...meta.flatMap((m) => b.body(m, level)),
    ...outcomeLines(r).flatMap((l) => b.body(l, level)),
    ...(table ? [table] : []),
    ...roundsBlock(r, b, fmt),
    ...schulzeBlock(r, b, fmt, level),
  ];
}
