/**
 * Shared by the methods that rank by a number: order, competition ranks, winners and the tie
 * rule for first place.
 *
 * Definition: options are sorted by their key, highest first; options with equal keys share a
 * rank and the next rank skips ("1, 2, 2, 4"); inside a tie they are listed in poll order, so
 * the listing never depends on ballot order. The winners are every option with rank 1, unless
 * no vote at all was cast, in which case there are no winners (and no tie).
 */
import type { TieBreaker } from './ties';
import type { RankingEntry, TieBreak } from './types';

/**
 * `keys` decide the order and must compare exactly (integers, or a value whose equality is
 * meaningful); `scores` is what is shown, defaulting to the keys.
 */
export function rankByKeys(options: readonly string[], keys: ArrayLike<number>, scores: ArrayLike<number> = keys): RankingEntry[] {
  const order = Array.from({ length: options.length }, (_, i) => i);
  order.sort((a, b) => (keys[b] as number) - (keys[a] as number) || a - b);
  const out: RankingEntry[] = [];
  let rank = 0;
  for (let pos = 0; pos < order.length; pos++) {
    const i = order[pos] as number;
    const prev = pos > 0 ? (order[pos - 1] as number) : -1;
    if (pos === 0 || keys[i] !== keys[prev]) rank = pos + 1;
    out.push({ option: options[i] as string, score: scores[i] as number, rank });
  }
  return out;
}

/** a[i] += v for typed arrays (index checked by the caller; the compiler cannot see it). */
export function addAt(a: Float64Array, i: number, v: number): void {
  a[i] = (a[i] as number) + v;
}

export interface Outcome {
  winners: string[];
  tie: boolean;
  tieBreak: TieBreak | null;
}

/** Winners from a ranking, with the tie rule applied when several share first place. */
export function settleFirstPlace(ranking: readonly RankingEntry[], anyVote: boolean, ties: TieBreaker): Outcome {
  if (!anyVote) return { winners: [], tie: false, tieBreak: null };
  const winners = ranking.filter((e) => e.rank === 1).map((e) => e.option);
  if (winners.length < 2) return { winners, tie: false, tieBreak: null };
  return { winners, tie: true, tieBreak: ties.decide(winners, 'winner') };
}
