/** Names for what a result's numbers are, per method, and option ids back to their labels. */
import type { PollMethod } from '../../../shared/contract';
import type { PollResults } from '../../api/queries/polls';

export type ScoreUnit = 'votes' | 'points' | 'lastRound' | 'wins' | 'approvals' | 'dots' | 'hands' | 'weighted';

export function scoreUnit(method: PollMethod, mode: 'approval' | 'dots' | null): ScoreUnit {
  switch (method) {
    case 'borda':
      return 'points';
    case 'irv':
      return 'lastRound';
    case 'schulze':
      return 'wins';
    case 'approval':
      return mode === 'dots' ? 'dots' : 'approvals';
    case 'show_of_hands':
      return 'hands';
    case 'score_matrix':
      return 'weighted';
    default:
      return 'votes';
  }
}

/** Option id → label, from the ranking (which lists every option); "yes"/"no" pass through. */
export function labeller(results: PollResults): (id: string) => string {
  const labels = new Map(results.ranking.map((e) => [e.optionId, e.label]));
  return (id) => labels.get(id) ?? id;
}

/** Colours for chart series (groups, rounds): distinct, and dark enough for white labels. */
export const SERIES = ['#008371', '#1c7ed6', '#e8590c', '#7048e8', '#c2255c', '#2f9e44', '#f08c00', '#495057', '#0c8599', '#862e9c'];

/**
 * Whether anything was voted: a motion with counts all zero or a consensus check with no hand
 * up has no outcome to show yet ("no votes yet", not a red "motion failed").
 */
export function hasVotes(results: Pick<PollResults, 'yesNo' | 'consensus' | 'ballotCount'>): boolean {
  if (results.yesNo) return results.yesNo.cast > 0;
  if (results.consensus) return results.consensus.votes > 0;
  return results.ballotCount > 0;
}
