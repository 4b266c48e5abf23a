/**
 * Instant-runoff voting (IRV, alternative vote).
 *
 * Definition: all options start as continuing. Each round, every ballot that still ranks a
 * continuing option counts (times its count) for the highest-ranked continuing option on it;
 * a ballot with none left is exhausted and no longer counts (blank ballots are exhausted from
 * the start). Let `active` be the number of counted (non-exhausted) ballots.
 *   1. If no ballot is active, nobody voted: no winner.
 *   2. If an option holds a strict majority of the active ballots (2 × votes > active), it wins.
 *   3. If exactly two options continue, they now hold equal votes (otherwise rule 2 applies):
 *      a tie for first place; both are winners and the forum's tie rule is applied. (An earlier
 *      round does not settle an even final split: that is an outcome for the forum, not a
 *      counting step.)
 *   4. Otherwise the option with the fewest votes is eliminated. If several share the fewest:
 *      the tie is broken backwards — look at the previous round, keep those with the fewest
 *      votes there, and so on back to round 1, until one remains; if several still remain,
 *      the forum's tie rule decides among them (casting vote: the choice names the option to
 *      eliminate; lottery: the first drawn is eliminated; revote: the count stops and the
 *      re-vote is flagged; a casting vote not yet made stops the count awaiting it).
 *   Then the next round starts.
 * Every round is returned: the votes of each continuing option, active and exhausted ballots,
 * the eliminated option and how it was chosen.
 *
 * Ranking: the winner(s) first; then the other options still continuing at the end, by their
 * final votes; then the eliminated options, last eliminated first. Score = votes in the last
 * round the option took part in.
 *
 * Only the ballots of the eliminated option are moved each round (they sit in a per-option
 * list), so the whole count costs about one pass over the ballots rather than one per round.
 */
import type { RankedProfile } from './profile';
import { addAt } from './ranking';
import { createTieBreaker } from './ties';
import type { IrvRound, RankingEntry, RankingResult, TieBreak } from './types';

export function irv(profile: RankedProfile): RankingResult {
  const { options, starts, prefs, weights, distinct } = profile;
  const n = options.length;
  const ties = createTieBreaker(profile.tieRule);

  const continuing = new Uint8Array(n).fill(1);
  // pos[d]: where in prefs ballot d's current choice sits. Ballots are chained per option.
  const pos = new Int32Array(distinct);
  const head = new Int32Array(n).fill(-1);
  const next = new Int32Array(distinct);
  const votes = new Float64Array(n);
  let exhausted = 0;
  for (let d = 0; d < distinct; d++) {
    const start = starts[d] as number;
    if ((starts[d + 1] as number) > start) {
      const top = prefs[start] as number;
      pos[d] = start;
      next[d] = head[top] as number;
      head[top] = d;
      addAt(votes, top, weights[d] as number);
    } else {
      exhausted += weights[d] as number;
    }
  }

  const history: Float64Array[] = [];
  const rounds: IrvRound[] = [];
  const eliminated: { option: number; round: number }[] = [];
  let winners: number[] = [];
  let tieBreak: TieBreak | null = null;
  let stoppedOnTie = false;
  let left = n;

  for (let round = 1; ; round++) {
    history.push(votes.slice());
    let active = 0;
    let best = -1;
    const tally: { option: string; votes: number }[] = [];
    for (let i = 0; i < n; i++) {
      if (!continuing[i]) continue;
      const v = votes[i] as number;
      active += v;
      tally.push({ option: options[i] as string, votes: v });
      if (best < 0 || v > (votes[best] as number)) best = i;
    }
    const record: IrvRound = { round, tally, active, exhausted, eliminated: null, elimination: null };
    rounds.push(record);

    if (active === 0) break;
    if (2 * (votes[best] as number) > active) {
      winners = [best];
      break;
    }
    if (left === 2) {
      winners = continuingList(continuing);
      tieBreak = ties.decide(winners.map((i) => options[i] as string), 'winner', round);
      break;
    }

    // Fewest votes; the list stays in option order, which the tie rule relies on.
    let fewest = Number.POSITIVE_INFINITY;
    for (let i = 0; i < n; i++) if (continuing[i] && (votes[i] as number) < fewest) fewest = votes[i] as number;
    const tied = continuingList(continuing).filter((i) => votes[i] === fewest);
    let loser = tied[0] as number;
    if (tied.length === 1) {
      record.elimination = { by: 'fewest_votes', tied: [options[loser] as string] };
    } else {
      let narrowed = tied;
      let decidedAt = 0;
      for (let back = round - 2; back >= 0 && narrowed.length > 1; back--) {
        const past = history[back] as Float64Array;
        let low = Number.POSITIVE_INFINITY;
        for (const i of narrowed) if ((past[i] as number) < low) low = past[i] as number;
        narrowed = narrowed.filter((i) => past[i] === low);
        decidedAt = back + 1;
      }
      const tiedNames = tied.map((i) => options[i] as string);
      if (narrowed.length === 1) {
        loser = narrowed[0] as number;
        record.elimination = { by: 'previous_rounds', tied: tiedNames, decidedAtRound: decidedAt };
      } else {
        const decision = ties.decide(
          narrowed.map((i) => options[i] as string),
          'elimination',
          round,
        );
        record.elimination = { by: 'tie_rule', tied: tiedNames, tieBreak: decision };
        if (decision.status !== 'decided' || decision.chosen === null) {
          tieBreak = decision;
          stoppedOnTie = true;
          break;
        }
        loser = options.indexOf(decision.chosen);
      }
    }

    record.eliminated = options[loser] as string;
    eliminated.push({ option: loser, round });
    continuing[loser] = 0;
    left--;
    // Move the loser's ballots to their next continuing option, or to the exhausted pile.
    let d = head[loser] as number;
    while (d !== -1) {
      const following = next[d] as number;
      const end = starts[d + 1] as number;
      let p = (pos[d] as number) + 1;
      while (p < end && !continuing[prefs[p] as number]) p++;
      const w = weights[d] as number;
      if (p < end) {
        const top = prefs[p] as number;
        pos[d] = p;
        next[d] = head[top] as number;
        head[top] = d;
        addAt(votes, top, w);
      } else {
        exhausted += w;
      }
      d = following;
    }
    head[loser] = -1;
    votes[loser] = 0;
  }

  const ranking = irvRanking(options, continuing, history, eliminated, winners);
  return {
    method: 'irv',
    winners: winners.map((i) => options[i] as string),
    tie: winners.length > 1 || stoppedOnTie,
    ranking,
    tieRule: profile.tieRule,
    tieBreak,
    ballots: { total: profile.total, blank: profile.blank },
    rounds,
  };
}

function continuingList(continuing: Uint8Array): number[] {
  const out: number[] = [];
  for (let i = 0; i < continuing.length; i++) if (continuing[i]) out.push(i);
  return out;
}

function irvRanking(
  options: readonly string[],
  continuing: Uint8Array,
  history: readonly Float64Array[],
  eliminated: readonly { option: number; round: number }[],
  winners: readonly number[],
): RankingEntry[] {
  const last = history[history.length - 1] as Float64Array;
  const isWinner = new Uint8Array(options.length);
  for (const w of winners) isWinner[w] = 1;
  // Winners first even when (pending count) votes alone would not say so; then by final votes.
  const standing = continuingList(continuing).sort(
    (a, b) => (isWinner[b] as number) - (isWinner[a] as number) || (last[b] as number) - (last[a] as number) || a - b,
  );
  const out: RankingEntry[] = [];
  let rank = 0;
  standing.forEach((i, pos) => {
    const prev = standing[pos - 1];
    if (prev === undefined || last[i] !== last[prev] || isWinner[i] !== isWinner[prev]) rank = pos + 1;
    out.push({ option: options[i] as string, score: last[i] as number, rank });
  });
  for (let k = eliminated.length - 1; k >= 0; k--) {
    const { option, round } = eliminated[k] as { option: number; round: number };
    out.push({ option: options[option] as string, score: (history[round - 1] as Float64Array)[option] as number, rank: out.length + 1 });
  }
  return out;
}
