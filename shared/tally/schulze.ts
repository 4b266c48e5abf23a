/**
 * Condorcet completion by the Schulze method (beatpath), winning-votes variant.
 *
 * Definition:
 * - Pairwise preferences: d[X][Y] is the number of ballots that prefer X to Y. On a ballot,
 *   a ranked option is preferred to every option it ranks lower and to every unranked option;
 *   two unranked options are tied on that ballot (it counts for neither). Blank ballots count
 *   for nothing.
 * - Links: X→Y has strength d[X][Y] when d[X][Y] > d[Y][X] (winning votes), else 0.
 * - Strongest paths: p[X][Y] is the largest, over all paths X → … → Y, of the weakest link on
 *   the path (widest path, computed with Floyd–Warshall).
 * - X beats Y in the Schulze order when p[X][Y] > p[Y][X]. This relation is transitive
 *   (Schulze 2011), so there is always an option no one beats.
 * - Winners: every option that no other option beats (a Condorcet winner, when one exists, is
 *   the only one). Several winners are a tie and the forum's tie rule is applied.
 * - Ranking: winners at rank 1; remove them and repeat on the rest (rank = 1 + options above).
 *   Score = how many options the option beats in the Schulze order.
 * The pairwise counts d and path strengths p are returned for display.
 */
import type { RankedProfile } from './profile';
import { addAt } from './ranking';
import { createTieBreaker } from './ties';
import type { RankingEntry, RankingResult, TieBreak } from './types';

/** d[i * n + j]: ballots preferring option i to option j. */
export function pairwiseMatrix(profile: RankedProfile): Float64Array {
  const { starts, prefs, weights, distinct } = profile;
  const n = profile.options.length;
  const d = new Float64Array(n * n);
  const ranked = new Int32Array(n).fill(-1);
  const unranked = new Int32Array(n);
  for (let b = 0; b < distinct; b++) {
    const start = starts[b] as number;
    const end = starts[b + 1] as number;
    if (end === start) continue;
    const w = weights[b] as number;
    for (let a = start; a < end; a++) {
      const row = (prefs[a] as number) * n;
      for (let c = a + 1; c < end; c++) addAt(d, row + (prefs[c] as number), w);
    }
    if (end - start < n) {
      // A ranked option beats every option missing from the ballot.
      for (let a = start; a < end; a++) ranked[prefs[a] as number] = b;
      let m = 0;
      for (let i = 0; i < n; i++) if (ranked[i] !== b) unranked[m++] = i;
      for (let a = start; a < end; a++) {
        const row = (prefs[a] as number) * n;
        for (let u = 0; u < m; u++) addAt(d, row + (unranked[u] as number), w);
      }
    }
  }
  return d;
}

/** p[i * n + j]: strength of the strongest path from i to j (winning votes). */
export function strongestPaths(d: Float64Array, n: number): Float64Array {
  const p = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      if (i === j) continue;
      const dij = d[i * n + j] as number;
      p[i * n + j] = dij > (d[j * n + i] as number) ? dij : 0;
    }
  }
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      if (j === i) continue;
      const pji = p[j * n + i] as number;
      if (pji === 0) continue;
      for (let k = 0; k < n; k++) {
        if (k === i || k === j) continue;
        const via = Math.min(pji, p[i * n + k] as number);
        if (via > (p[j * n + k] as number)) p[j * n + k] = via;
      }
    }
  }
  return p;
}

export function schulze(profile: RankedProfile): RankingResult {
  const { options } = profile;
  const n = options.length;
  const d = pairwiseMatrix(profile);
  const p = strongestPaths(d, n);
  const beats = (x: number, y: number) => (p[x * n + y] as number) > (p[y * n + x] as number);

  const wins = new Array<number>(n).fill(0);
  for (let x = 0; x < n; x++) for (let y = 0; y < n; y++) if (x !== y && beats(x, y)) wins[x] = (wins[x] as number) + 1;

  // Peel off the unbeaten options layer by layer, keeping for each option how many of the
  // remaining options beat it (O(n²) overall).
  const beatenBy = new Int32Array(n);
  for (let x = 0; x < n; x++) for (let y = 0; y < n; y++) if (x !== y && beats(y, x)) beatenBy[x] = (beatenBy[x] as number) + 1;
  const removed = new Uint8Array(n);
  const layers: number[][] = [];
  let left = n;
  while (left > 0) {
    // Built in poll order, as ties are listed in every method (the scores still show differences).
    let layer: number[] = [];
    for (let x = 0; x < n; x++) if (!removed[x] && beatenBy[x] === 0) layer.push(x);
    // Transitivity guarantees an unbeaten option; the guard only protects against a broken invariant.
    if (layer.length === 0) layer = Array.from({ length: n }, (_, i) => i).filter((x) => !removed[x]);
    for (const x of layer) {
      removed[x] = 1;
      left--;
    }
    for (const x of layer) for (let y = 0; y < n; y++) if (!removed[y] && beats(x, y)) beatenBy[y] = (beatenBy[y] as number) - 1;
    layers.push(layer);
  }

  const ranking: RankingEntry[] = [];
  for (const layer of layers) {
    const rank = ranking.length + 1;
    for (const x of layer) ranking.push({ option: options[x] as string, score: wins[x] as number, rank });
  }

  const anyVote = profile.total > profile.blank;
  const top = anyVote ? (layers[0] ?? []) : [];
  let tieBreak: TieBreak | null = null;
  if (top.length > 1) tieBreak = createTieBreaker(profile.tieRule).decide(top.map((i) => options[i] as string), 'winner');

  return {
    method: 'schulze',
    winners: top.map((i) => options[i] as string),
    tie: top.length > 1,
    ranking,
    tieRule: profile.tieRule,
    tieBreak,
    ballots: { total: profile.total, blank: profile.blank },
    pairwise: toRows(d, n),
    paths: toRows(p, n),
  };
}

function toRows(m: Float64Array, n: number): number[][] {
  return Array.from({ length: n }, (_, i) => Array.from(m.subarray(i * n, (i + 1) * n)));
}
