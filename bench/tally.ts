/**
 * Tally benchmark: our Borda, IRV and Schulze against the npm package `votes` on the same
 * ballots in the same run, printed as speed ratios (goal: at least 2× faster), the 1,000,000
 * ballot timings (goal: under 1 s each, validation and merging included), and whether the
 * winners agree with `votes`. Prints only; the tests are in tests/unit/tally.
 *
 * Run alone with `npx tsx bench/tally.ts`; bench/run.ts imports `run`.
 */
import { pathToFileURL } from 'node:url';
import { Borda, InstantRunoff, Schulze, type Ballot as VotesBallot, utils as votesUtils } from 'votes';
import { borda } from '../shared/tally/borda';
import { irv } from '../shared/tally/irv';
import { prepareRanked, type RankedProfile } from '../shared/tally/profile';
import { schulze } from '../shared/tally/schulze';
import { mulberry32 } from '../shared/tally/ties';
import type { RankingResult } from '../shared/tally/types';

type Ours = (p: RankedProfile) => RankingResult;
type Theirs = (candidates: string[], ballots: VotesBallot[]) => string[][];

const METHODS: { name: string; ours: Ours; theirs: Theirs }[] = [
  { name: 'borda', ours: borda, theirs: (candidates, ballots) => new Borda({ candidates, ballots }).ranking() },
  { name: 'irv', ours: irv, theirs: (candidates, ballots) => new InstantRunoff({ candidates, ballots }).ranking() },
  // votes' Schulze reads a duel matrix; building it from the ballots is part of its work.
  { name: 'schulze', ours: schulze, theirs: (candidates, ballots) => new Schulze(votesUtils.matrixFromBallots(ballots, candidates)).ranking() },
];

const SEED = 20261123;

/**
 * Full rankings drawn from a Plackett–Luce model (option k is a little more popular than
 * option k + 1), so the outcome is clear but not trivial and most ballots differ — the
 * hardest case for merging identical ballots.
 */
export function generate(options: readonly string[], count: number, seed: number): { ranking: string[] }[] {
  const random = mulberry32(seed);
  const n = options.length;
  const utility = new Float64Array(n);
  const order = Array.from({ length: n }, (_, i) => i);
  const ballots: { ranking: string[] }[] = new Array(count);
  for (let b = 0; b < count; b++) {
    // Gumbel noise on log-weights: sorting by it samples Plackett–Luce exactly.
    for (let i = 0; i < n; i++) utility[i] = ((n - i) / n) * 1.5 - Math.log(-Math.log(random() || Number.MIN_VALUE));
    order.sort((x, y) => (utility[y] as number) - (utility[x] as number));
    ballots[b] = { ranking: order.map((i) => options[i] as string) };
  }
  return ballots;
}

/** Uniformly random rankings, possibly partial (for the agreement check, where ties are common). */
function randomElection(random: () => number): { options: string[]; ballots: { ranking: string[] }[] } {
  const n = 3 + Math.floor(random() * 4);
  const options = Array.from({ length: n }, (_, i) => String.fromCharCode(65 + i));
  const count = 5 + Math.floor(random() * 60);
  const ballots = Array.from({ length: count }, () => {
    const order = options.slice();
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j] as string, order[i] as string];
    }
    return { ranking: order };
  });
  return { options, ballots };
}

const toVotes = (ballots: readonly { ranking: string[] }[]): VotesBallot[] => ballots.map((b) => ({ ranking: b.ranking.map((c) => [c]), weight: 1 }));

function time<T>(f: () => T): { ms: number; value: T } {
  const start = performance.now();
  const value = f();
  return { ms: performance.now() - start, value };
}

/** Median of `runs` timings (after one warm-up run). */
function timeMedian<T>(runs: number, f: () => T): { ms: number; value: T } {
  let value = f();
  const times: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t = time(f);
    times.push(t.ms);
    value = t.value;
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)] as number, value };
}

function tallyOurs(options: string[], ballots: unknown[], method: Ours): RankingResult {
  const profile = prepareRanked({ options, ballots });
  if (!profile.ok) throw new Error(`benchmark ballots refused: ${profile.errors[0]?.reason}`);
  return method(profile.value);
}

const fmt = (ms: number) => (ms >= 100 ? ms.toFixed(0) : ms.toFixed(1)).padStart(8);
const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));

export async function run(): Promise<void> {
  const n = 10;
  const options = Array.from({ length: n }, (_, i) => `Option ${i + 1}`);

  // --- 100,000 ballots against votes --------------------------------------------------------
  const ballots = generate(options, 100_000, SEED);
  const theirBallots = toVotes(ballots);
  const distinct = prepareRanked({ options, ballots });
  console.log(`\ntally: 100,000 ballots × ${n} options (full rankings, seed ${SEED}, ${distinct.ok ? distinct.value.distinct : '?'} distinct)`);
  console.log('  ours = validate + merge identical ballots + tally; votes = its own tally of the same ballots');
  console.log('  method      ours ms  votes ms   ratio  winners');
  // Warm votes up on a small slice so its first-call compilation is not counted against it.
  for (const m of METHODS) m.theirs(options, theirBallots.slice(0, 1000));
  for (const m of METHODS) {
    const ours = timeMedian(5, () => tallyOurs(options, ballots, m.ours));
    const theirs = time(() => m.theirs(options, theirBallots));
    const agree = sameSet(ours.value.winners, theirs.value[0] ?? []);
    const ratio = theirs.ms / ours.ms;
    console.log(
      `  ${m.name.padEnd(9)} ${fmt(ours.ms)}  ${fmt(theirs.ms)}  ${ratio.toFixed(1).padStart(5)}×  ${agree ? 'agree' : 'DIFFER'} (ours ${ours.value.winners.join(', ')}; votes ${(theirs.value[0] ?? []).join(', ')})  ${ratio >= 2 ? 'goal ≥ 2× met' : 'goal ≥ 2× MISSED'}`,
    );
  }

  // --- 1,000,000 ballots ----------------------------------------------------------------------
  const million = generate(options, 1_000_000, SEED + 1);
  console.log(`\ntally: 1,000,000 ballots × ${n} options, validate + merge + tally (goal < 1000 ms each)`);
  for (const m of METHODS) {
    const t = timeMedian(3, () => tallyOurs(options, million, m.ours));
    console.log(`  ${m.name.padEnd(9)} ${fmt(t.ms)} ms  winner ${t.value.winners.join(', ')}  ${t.ms < 1000 ? 'goal met' : 'goal MISSED'}`);
  }

  // --- agreement on small random elections -----------------------------------------------------
  // Uniform random ballots make ties common; ties are settled differently by design (votes
  // eliminates every last-placed IRV option at once, we break ties by a stated rule), so only
  // elections where our result has one winner and no tie-break was needed are compared.
  const random = mulberry32(SEED + 2);
  const agreement = METHODS.map(() => ({ compared: 0, agreed: 0 }));
  for (let e = 0; e < 500; e++) {
    const election = randomElection(random);
    const theirBallots = toVotes(election.ballots);
    METHODS.forEach((m, k) => {
      const ours = tallyOurs(election.options, election.ballots, m.ours);
      const tieBroken = ours.rounds?.some((r) => r.elimination !== null && r.elimination.by !== 'fewest_votes') ?? false;
      if (ours.tie || tieBroken || ours.winners.length !== 1) return;
      const stats = agreement[k] as { compared: number; agreed: number };
      stats.compared++;
      if (sameSet(ours.winners, m.theirs(election.options, theirBallots)[0] ?? [])) stats.agreed++;
    });
  }
  console.log('\ntally: winners agree with votes on 500 small random elections (those without ties)');
  METHODS.forEach((m, k) => {
    const s = agreement[k] as { compared: number; agreed: number };
    console.log(`  ${m.name.padEnd(9)} ${s.agreed}/${s.compared}`);
  });
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await run();
}
