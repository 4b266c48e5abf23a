/**
 * Borda count.
 *
 * Definition: with n options, the option a ballot ranks at position i (0-based) receives
 * n − 1 − i points, times the ballot's count; options the ballot leaves unranked receive 0
 * (partial rankings are allowed and are not "filled in"). An option's score is its total
 * points. Options are ranked by points, highest first; ties share a rank; every option with
 * the most points is a winner, and when there are several the forum's tie rule is applied.
 *
 * Consequences the tests rely on: a full ranking hands out exactly n(n−1)/2 points, and
 * adding a ballot that ranks X first gives X n − 1 points, at least as many as anyone else.
 * Points are whole numbers below 2^53 (types.ts bounds), so the sums are exact.
 */
import type { RankedProfile } from './profile';
import { addAt, rankByKeys, settleFirstPlace } from './ranking';
import { createTieBreaker } from './ties';
import type { RankingResult } from './types';

/** Borda points per option, in option order. */
export function bordaPoints(profile: RankedProfile): Float64Array {
  const { starts, prefs, weights, distinct } = profile;
  const n = profile.options.length;
  const points = new Float64Array(n);
  for (let d = 0; d < distinct; d++) {
    const w = weights[d] as number;
    const start = starts[d] as number;
    const end = starts[d + 1] as number;
    // Position 0 gets n − 1 points; the loop counts down from there.
    let p = n - 1;
    for (let k = start; k < end; k++) addAt(points, prefs[k] as number, p-- * w);
  }
  return points;
}

export function borda(profile: RankedProfile): RankingResult {
  const points = bordaPoints(profile);
  const ranking = rankByKeys(profile.options, points);
  // With one option nobody earns points, yet a non-blank ballot is still a vote.
  const outcome = settleFirstPlace(ranking, profile.total > profile.blank, createTieBreaker(profile.tieRule));
  return {
    method: 'borda',
    ...outcome,
    ranking,
    tieRule: profile.tieRule,
    ballots: { total: profile.total, blank: profile.blank },
  };
}
