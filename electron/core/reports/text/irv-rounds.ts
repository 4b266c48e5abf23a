/**
 * An instant-runoff count round by round, as plain text for the minutes' rounds table: one column
 * per round, one row per option (its votes while it was continuing, marked in the round it was
 * eliminated), then the exhausted ballots and the majority a winner needed. The HTML template
 * escapes the cells (html/poll-section.ts), the DOCX writer prints them as they are
 * (docx/poll-block.ts), so both formats show the same count.
 */
import type { PollResults } from '../../../../shared/contract';
import { TH } from '../html/strings-th';
import type { PlainFormatter } from './format';

export interface RoundsTable {
  /** The first column's header, then one per round: "รอบที่ 1", "รอบที่ 2" … */
  headers: string[];
  /** Option rows in the order they stood in round 1, then the exhausted and the majority rows. */
  rows: string[][];
}

/** Strictly more than half the ballots still counting for a continuing option. */
export const majorityNeeded = (active: number) => Math.floor(active / 2) + 1;

/** The rounds table of an IRV poll, or null for another method or a poll with no ballots. */
export function irvRoundsTable(results: PollResults, fmt: Pick<PlainFormatter, 'num'>): RoundsTable | null {
  const rounds = results.rounds;
  if (!rounds || rounds.length === 0 || results.ballotCount === 0) return null;
  const labels = new Map(results.ranking.map((e) => [e.optionId, e.label]));
  const order: string[] = [];
  for (const round of rounds) for (const t of round.tally) if (!order.includes(t.option)) order.push(t.option);
  const optionRows = order.map((option) => [
    labels.get(option) ?? option,
    ...rounds.map((round) => {
      const votes = round.tally.find((t) => t.option === option)?.votes;
      if (votes === undefined) return '';
      return round.eliminated === option ? TH.irvEliminated(fmt.num(votes)) : fmt.num(votes);
    }),
  ]);
  return {
    headers: [TH.colOption, ...rounds.map((round) => TH.irvRound(fmt.num(round.round)))],
    rows: [
      ...optionRows,
      [TH.irvExhausted, ...rounds.map((round) => fmt.num(round.exhausted))],
      [TH.irvMajority, ...rounds.map((round) => fmt.num(majorityNeeded(round.active)))],
    ],
  };
}
