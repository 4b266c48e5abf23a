/**
 * Plurality (first past the post).
 *
 * Definition: each ballot counts one vote, times its count, for the option it ranks first (a
 * single-choice ballot is a ranking of one). Later preferences are ignored. Blank ballots count
 * for no option. Options are ranked by votes, highest first; ties share a rank; every option
 * with the most votes is a winner, and when there are several the forum's tie rule is applied
 * (ties.ts). Score = first-preference votes.
 */
import type { RankedProfile } from './profile';
import { addAt, rankByKeys, settleFirstPlace } from './ranking';
import { createTieBreaker } from './ties';
import type { RankingResult } from './types';

/** First-preference votes per option, in option order. */
export function firstPreferences(profile: RankedProfile): Float64Array {
  const { starts, prefs, weights, distinct } = profile;
  const votes = new Float64Array(profile.options.length);
  for (let d = 0; d < distinct; d++) {
    const start = starts[d] as number;
    if ((starts[d + 1] as number) > start) addAt(votes, prefs[start] as number, weights[d] as number);
  }
  return votes;
}

export function plurality(profile: RankedProfile): RankingResult {
  const votes = firstPreferences(profile);
  const ranking = rankByKeys(profile.options, votes);
  const outcome = settleFirstPlace(ranking, profile.total > profile.blank, createTieBreaker(profile.tieRule));
  return {
    method: 'plurality',
    ...outcome,
    ranking,
    tieRule: profile.tieRule,
    ballots: { total: profile.total, blank: profile.blank },
  };
}
