/** A parsed ballot line as the contract's `BallotEntry`, and a stored ballot back as ballot numbers. */
import type { BallotEntry, PollBallot } from '../../../shared/contract';
import type { BallotKind } from './ballot-text';
import type { Poll } from '../../api/queries/polls';

export function toBallotEntry(kind: BallotKind, numbers: number[], options: Poll['options']): BallotEntry {
  const idAt = (n: number) => options.find((o) => o.position === n)?.id ?? '';
  if (kind === 'approval') return { approved: numbers.map(idAt) };
  if (kind === 'dots') {
    const dots: Record<string, number> = {};
    for (const n of numbers) dots[idAt(n)] = (dots[idAt(n)] ?? 0) + 1;
    return { dots };
  }
  return { ranking: numbers.map(idAt) };
}

/** Ballot numbers in the order written ("3 1 2"; dots as "1 1 3"); empty for a blank ballot. */
export function ballotNumbers(ballot: PollBallot, options: Poll['options']): number[] {
  const positionOf = new Map(options.map((o) => [o.id, o.position]));
  const at = (id: string) => positionOf.get(id) ?? 0;
  if (ballot.ranking) return ballot.ranking.map(at);
  if (ballot.approved) return ballot.approved.map(at);
  if (ballot.dots) return Object.entries(ballot.dots).flatMap(([id, n]) => Array<number>(n).fill(at(id)));
  return [];
}
