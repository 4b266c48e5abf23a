import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { approval } from '../../../shared/tally/approval';
import { borda } from '../../../shared/tally/borda';
import { irv } from '../../../shared/tally/irv';
import { plurality } from '../../../shared/tally/plurality';
import { RankedInput, type RankedProfile } from '../../../shared/tally/profile';
import { schulze } from '../../../shared/tally/schulze';
import { scoreMatrix, prepareScoreMatrix, whatIf } from '../../../shared/tally/score-matrix';
import { prepareShowOfHands, showOfHands } from '../../../shared/tally/show-of-hands';
import { createTieBreaker } from '../../../shared/tally/ties';
import { ApprovalInput, RankingResult, ShowOfHandsResult, ScoreMatrixResult, type TieRule } from '../../../shared/tally/types';
import { profileFromBallots } from '../../../shared/tally/profile';
import { type Line, profile, unwrap } from './helpers';

const NAMES = ['A', 'B', 'C', 'D', 'E', 'F'];
const RANKED = { plurality, borda, irv, schulze };
const RUNS = { numRuns: 300 };

const tieRuleArb = (options: readonly string[]): fc.Arbitrary<TieRule> =>
  fc.oneof(
    fc.array(fc.constantFrom(...options), { maxLength: 3 }).map((choices): TieRule => ({ rule: 'casting_vote', choices })),
    fc.constant<TieRule>({ rule: 'revote' }),
    fc.integer({ min: 0, max: 0xffffffff }).map((seed): TieRule => ({ rule: 'lottery', seed })),
  );

interface Election {
  options: string[];
  ballots: Line[];
  tieRule: TieRule;
}

const electionArb = (opts: { minOptions?: number; maxOptions?: number; full?: boolean; minCount?: number } = {}): fc.Arbitrary<Election> =>
  fc.integer({ min: opts.minOptions ?? 1, max: opts.maxOptions ?? 6 }).chain((n) => {
    const options = NAMES.slice(0, n);
    const ranking = opts.full ? fc.shuffledSubarray(options, { minLength: n, maxLength: n }) : fc.shuffledSubarray(options);
    return fc.record({
      options: fc.constant(options),
      ballots: fc.array(fc.record({ ranking, count: fc.integer({ min: opts.minCount ?? 0, max: 4 }) }), { maxLength: 25 }),
      tieRule: tieRuleArb(options),
    });
  });

const permuted = <T>(items: readonly T[]) => fc.shuffledSubarray([...items], { minLength: items.length, maxLength: items.length });

const tallyAll = (e: Election, strategy: 'auto' | 'hash' = 'auto') => {
  const p = profile(e.options, e.ballots, e.tieRule, strategy);
  return Object.fromEntries(Object.entries(RANKED).map(([name, method]) => [name, method(p)]));
};

// ---------------------------------------------------------------------------------------------
// Reference implementations: the definitions written as plainly as possible, ballot by ballot,
// with no merging, buckets or typed arrays, to check the fast code against.

function referenceBorda(e: Election): number[] {
  const n = e.options.length;
  const points = e.options.map(() => 0);
  for (const b of e.ballots) {
    b.ranking.forEach((o, i) => {
      const k = e.options.indexOf(o);
      points[k] = (points[k] as number) + (n - 1 - i) * (b.count ?? 1);
    });
  }
  return points;
}

function referencePairwise(e: Election): number[][] {
  const n = e.options.length;
  const d = e.options.map(() => e.options.map(() => 0));
  for (const b of e.ballots) {
    const pos = (o: string) => (b.ranking.includes(o) ? b.ranking.indexOf(o) : Number.POSITIVE_INFINITY);
    for (let x = 0; x < n; x++)
      for (let y = 0; y < n; y++) {
        const row = d[x] as number[];
        if (x !== y && pos(e.options[x] as string) < pos(e.options[y] as string)) row[y] = (row[y] as number) + (b.count ?? 1);
      }
  }
  return d;
}

function condorcetWinner(e: Election): string | null {
  const d = referencePairwise(e);
  const n = e.options.length;
  for (let x = 0; x < n; x++) {
    let beatsAll = true;
    for (let y = 0; y < n; y++) if (x !== y && !((d[x]?.[y] as number) > (d[y]?.[x] as number))) beatsAll = false;
    if (beatsAll) return e.options[x] as string;
  }
  return null;
}

function referenceIrv(e: Election) {
  const ties = createTieBreaker(e.tieRule);
  let continuing = [...e.options];
  const history: Map<string, number>[] = [];
  const rounds: { tally: [string, number][]; active: number; exhausted: number; eliminated: string | null }[] = [];
  for (;;) {
    const votes = new Map(continuing.map((o) => [o, 0]));
    let exhausted = 0;
    for (const b of e.ballots) {
      const top = b.ranking.find((o) => continuing.includes(o));
      if (top === undefined) exhausted += b.count ?? 1;
      else votes.set(top, (votes.get(top) as number) + (b.count ?? 1));
    }
    history.push(votes);
    const active = [...votes.values()].reduce((a, v) => a + v, 0);
    const round = { tally: continuing.map((o): [string, number] => [o, votes.get(o) as number]), active, exhausted, eliminated: null as string | null };
    rounds.push(round);
    if (active === 0) return { winners: [] as string[], rounds };
    const leader = continuing.find((o) => 2 * (votes.get(o) as number) > active);
    if (leader) return { winners: [leader], rounds };
    if (continuing.length === 2) return { winners: continuing, rounds };
    const fewest = Math.min(...continuing.map((o) => votes.get(o) as number));
    let tied = continuing.filter((o) => votes.get(o) === fewest);
    for (let back = history.length - 2; back >= 0 && tied.length > 1; back--) {
      const past = history[back] as Map<string, number>;
      const low = Math.min(...tied.map((o) => past.get(o) as number));
      tied = tied.filter((o) => past.get(o) === low);
    }
    let loser = tied[0] as string;
    if (tied.length > 1) {
      const decision = ties.decide(tied, 'elimination');
      if (decision.status !== 'decided') return { winners: [] as string[], rounds };
      loser = decision.chosen as string;
    }
    round.eliminated = loser;
    continuing = continuing.filter((o) => o !== loser);
  }
}

// ---------------------------------------------------------------------------------------------

describe('properties of the ranked methods', () => {
  it('ballot order does not matter (every method, both merge strategies)', () => {
    fc.assert(
      fc.property(
        electionArb().chain((e) => fc.tuple(fc.constant(e), permuted(e.ballots))),
        ([e, shuffled]) => {
          const a = tallyAll(e);
          expect(tallyAll({ ...e, ballots: shuffled })).toEqual(a);
          expect(tallyAll({ ...e, ballots: shuffled }, 'hash')).toEqual(a);
        },
      ),
      RUNS,
    );
  });

  it('a Condorcet winner, when there is one, is the only Schulze winner', () => {
    let seen = 0;
    fc.assert(
      fc.property(electionArb({ minOptions: 2, maxOptions: 5, minCount: 1 }), (e) => {
        const cw = condorcetWinner(e);
        if (cw === null) return;
        seen++;
        const r = schulze(profile(e.options, e.ballots, e.tieRule));
        expect(r.winners).toEqual([cw]);
        expect(r.tie).toBe(false);
      }),
      RUNS,
    );
    // The property must actually have been exercised.
    expect(seen).toBeGreaterThan(50);
  });

  it('the IRV winner holds a strict majority of the non-exhausted ballots in the last round', () => {
    fc.assert(
      fc.property(electionArb(), (e) => {
        const r = irv(profile(e.options, e.ballots, e.tieRule));
        const last = r.rounds?.at(-1);
        if (!last) throw new Error('IRV returned no rounds');
        expect(last.active + last.exhausted).toBe(r.ballots.total);
        if (r.winners.length === 1 && !r.tie) {
          const votes = last.tally.find((t) => t.option === r.winners[0])?.votes ?? 0;
          expect(2 * votes).toBeGreaterThan(last.active);
        } else if (r.winners.length === 2) {
          // The only other way to finish: two finalists with exactly equal votes.
          expect(last.tally.map((t) => t.votes)).toEqual([last.active / 2, last.active / 2]);
          expect(r.tie).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('Borda hands out exactly ballots × n(n−1)/2 points when every ranking is full', () => {
    fc.assert(
      fc.property(electionArb({ full: true }), (e) => {
        const n = e.options.length;
        const ballots = e.ballots.reduce((a, b) => a + (b.count ?? 1), 0);
        const r = borda(profile(e.options, e.ballots));
        expect(r.ranking.reduce((a, x) => a + x.score, 0)).toBe((ballots * n * (n - 1)) / 2);
      }),
      RUNS,
    );
  });

  it('renaming the options renames the results and changes nothing else', () => {
    const renamed = (s: string) => `ตัวเลือก ${s}`;
    const renameDeep = (value: unknown): unknown => {
      if (typeof value === 'string') return NAMES.includes(value) ? renamed(value) : value;
      if (Array.isArray(value)) return value.map(renameDeep);
      if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, renameDeep(v)]));
      return value;
    };
    fc.assert(
      fc.property(electionArb(), (e) => {
        const other: Election = renameDeep(e) as Election;
        expect(tallyAll(other)).toEqual(renameDeep(tallyAll(e)));
      }),
      RUNS,
    );
  });

  it('adding a ballot ranking X first raises X’s Borda score by exactly n − 1, never lowers it', () => {
    fc.assert(
      fc.property(
        electionArb({ minOptions: 1 }).chain((e) => fc.tuple(fc.constant(e), fc.shuffledSubarray(e.options, { minLength: 1 }))),
        ([e, extra]) => {
          const x = extra[0] as string;
          const score = (ballots: Line[]) => borda(profile(e.options, ballots)).ranking.find((r) => r.option === x)?.score as number;
          const before = score(e.ballots);
          const after = score([...e.ballots, { ranking: extra }]);
          expect(after).toBeGreaterThanOrEqual(before);
          expect(after - before).toBe(e.options.length - 1);
        },
      ),
      RUNS,
    );
  });

  it('agree with plain reference implementations of the definitions', () => {
    fc.assert(
      fc.property(electionArb(), (e) => {
        const p: RankedProfile = profile(e.options, e.ballots, e.tieRule);
        const b = borda(p);
        expect(e.options.map((o) => b.ranking.find((r) => r.option === o)?.score)).toEqual(referenceBorda(e));

        const s = schulze(p);
        expect(s.pairwise).toEqual(referencePairwise(e));

        const i = irv(p);
        const ref = referenceIrv(e);
        expect(i.rounds?.map((r) => ({ tally: r.tally.map((t) => [t.option, t.votes]), active: r.active, exhausted: r.exhausted, eliminated: r.eliminated }))).toEqual(
          ref.rounds,
        );
        if (!i.tie) expect(i.winners).toEqual(ref.winners);

        const firsts = e.options.map((o) => e.ballots.filter((x) => x.ranking[0] === o).reduce((a, x) => a + (x.count ?? 1), 0));
        const pl = plurality(p);
        expect(e.options.map((o) => pl.ranking.find((r) => r.option === o)?.score)).toEqual(firsts);
      }),
      RUNS,
    );
  });

  it('list every top-scored option as a winner and call it a tie exactly when there are several', () => {
    fc.assert(
      fc.property(electionArb(), (e) => {
        for (const r of Object.values(tallyAll(e))) {
          expect(() => RankingResult.parse(r)).not.toThrow();
          if (r.method === 'irv') continue; // IRV ranks by rounds, checked above.
          const anyVote = r.ballots.total > r.ballots.blank;
          const top = r.ranking.filter((x) => x.rank === 1).map((x) => x.option);
          expect(r.winners).toEqual(anyVote ? top : []);
          expect(r.tie).toBe(r.winners.length > 1);
          expect(r.tieBreak === null).toBe(!r.tie);
        }
      }),
      RUNS,
    );
  });
});

describe('many options (rankings too long for an exact numeric key: hashed and compared)', () => {
  const LETTERS = Array.from({ length: 20 }, (_, i) => `option ${i + 1}`);
  it('merges identical rankings correctly and tallies like the reference', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 14, max: 20 }).chain((n) => {
          const options = LETTERS.slice(0, n);
          // Few distinct rankings, repeated, so merging really happens.
          return fc.record({
            options: fc.constant(options),
            pool: fc.array(fc.shuffledSubarray(options), { minLength: 1, maxLength: 5 }),
            picks: fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 3 })), { maxLength: 40 }),
          });
        }),
        ({ options, pool, picks }) => {
          const e: Election = { options, ballots: picks.map(([k, count]) => ({ ranking: pool[k % pool.length] as string[], count })), tieRule: { rule: 'revote' } };
          const p = profile(options, e.ballots, e.tieRule);
          expect(p.distinct).toBeLessThanOrEqual(pool.length);
          expect(options.map((o) => borda(p).ranking.find((r) => r.option === o)?.score)).toEqual(referenceBorda(e));
          expect(schulze(p).pairwise).toEqual(referencePairwise(e));
          expect(irv(p).rounds?.map((r) => r.eliminated)).toEqual(referenceIrv(e).rounds.map((r) => r.eliminated));
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('the fast ballot checks and the zod schema agree', () => {
  const looseBallot = fc.oneof(
    fc.record({ ranking: fc.array(fc.constantFrom('A', 'B', 'C', 'X'), { maxLength: 4 }), count: fc.oneof(fc.integer({ min: -2, max: 3 }), fc.constant(1.5)) }, { requiredKeys: ['ranking'] }),
    fc.record({ ranking: fc.constant('A'), count: fc.constant(1) }),
    fc.record({ ranking: fc.constant(['A']), cuont: fc.constant(2) }),
    fc.constant(null),
  );
  it('accept and refuse the same inputs, pointing at the same ballots', () => {
    fc.assert(
      fc.property(fc.array(looseBallot, { maxLength: 8 }), (ballots) => {
        const fast = profileFromBallots(['A', 'B', 'C'], ballots);
        const slow = RankedInput.safeParse({ options: ['A', 'B', 'C'], ballots });
        expect(slow.success).toBe(fast.ok);
        if (!fast.ok && !slow.success) {
          const fastBallots = new Set(fast.errors.map((x) => x.ballot));
          const slowBallots = new Set(slow.error.issues.map((x) => x.path[1]));
          // zod runs the per-ballot refinement only once the structure is right, so with a
          // structural problem it may name fewer ballots; never others.
          if (slow.error.issues.every((x) => x.code === 'custom')) expect(slowBallots).toEqual(fastBallots);
          else for (const b of slowBallots) expect(fastBallots.has(b as number)).toBe(true);
        }
      }),
      RUNS,
    );
  });
});

describe('properties of the other methods', () => {
  it('approval and dots: ballot order does not matter', () => {
    const arb = fc.integer({ min: 1, max: 5 }).chain((n) => {
      const options = NAMES.slice(0, n);
      return fc.record({
        options: fc.constant(options),
        ballots: fc.array(fc.record({ approved: fc.shuffledSubarray(options), count: fc.integer({ min: 0, max: 3 }) }), { maxLength: 20 }),
        tieRule: tieRuleArb(options),
      });
    });
    fc.assert(
      fc.property(
        arb.chain((e) => fc.tuple(fc.constant(e), permuted(e.ballots))),
        ([e, shuffled]) => {
          expect(approval(ApprovalInput.parse({ ...e, ballots: shuffled }))).toEqual(approval(ApprovalInput.parse(e)));
        },
      ),
      RUNS,
    );
  });

  const matrixArb = fc.integer({ min: 1, max: 4 }).chain((n) => {
    const options = NAMES.slice(0, n);
    const criteria = ['severity', 'urgency', 'feasibility'];
    return fc.record({
      options: fc.constant(options),
      criteria: fc.tuple(...criteria.map((name) => fc.integer({ min: 0, max: 3000 }).map((w) => ({ name, weight: w / 1000 })))),
      scale: fc.constant({ min: 1, max: 5 }),
      scorers: fc.uniqueArray(fc.constantFrom('กลุ่ม 1', 'กลุ่ม 2', 'กลุ่ม 3', 'กลุ่ม 4'), { minLength: 1, maxLength: 4 }).chain((names) =>
        fc.tuple(
          ...names.map((name) =>
            fc
              .tuple(...options.map(() => fc.tuple(...criteria.map(() => fc.integer({ min: 1, max: 5 })))))
              .map((rows) => ({ name, scores: Object.fromEntries(options.map((o, k) => [o, Object.fromEntries(criteria.map((c, j) => [c, rows[k]?.[j]]))])) })),
          ),
        ),
      ),
    });
  });

  it('score matrix: scorer order does not matter, and total = mean of the scorers’ weighted totals', () => {
    fc.assert(
      fc.property(
        matrixArb.chain((m) => fc.tuple(fc.constant(m), permuted(m.scorers))),
        ([m, shuffled]) => {
          const a = scoreMatrix(unwrap(prepareScoreMatrix(m)));
          const b = scoreMatrix(unwrap(prepareScoreMatrix({ ...m, scorers: shuffled })));
          expect(() => ScoreMatrixResult.parse(a)).not.toThrow();
          expect(b.ranking).toEqual(a.ranking);
          expect(b.winners).toEqual(a.winners);
          for (const row of a.table) {
            const mean = row.perScorer.reduce((acc, s) => acc + s.total, 0) / row.perScorer.length;
            expect(row.total).toBeCloseTo(mean, 9);
            expect(row.sum).toBeCloseTo(row.total * m.scorers.length, 9);
          }
        },
      ),
      RUNS,
    );
  });

  it('score matrix: what-if with unchanged weights changes no rank', () => {
    fc.assert(
      fc.property(matrixArb, (m) => {
        const input = unwrap(prepareScoreMatrix(m));
        const same = unwrap(whatIf(input, Object.fromEntries(input.criteria.map((c) => [c.name, c.weight]))));
        expect(same.changes.every((c) => c.moved === 0)).toBe(true);
        expect(same.result).toEqual(scoreMatrix(input));
      }),
      RUNS,
    );
  });

  const handsArb = fc.integer({ min: 1, max: 5 }).chain((n) => {
    const options = NAMES.slice(0, n);
    const groups = ['female', 'male', 'other'];
    // Hands per group and option; totals are derived so the breakdown is consistent.
    return fc.record({
      options: fc.constant(options),
      cells: fc.tuple(...groups.map(() => fc.tuple(...options.map(() => fc.integer({ min: 0, max: 40 }))))),
      groups: fc.constant(groups),
    });
  });
  const handsInput = (h: { options: string[]; cells: number[][]; groups: string[] }) => ({
    options: h.options,
    counts: Object.fromEntries(h.options.map((o, i) => [o, h.cells.reduce((a, row) => a + (row[i] as number), 0)])),
    breakdowns: [{ by: 'gender', groups: Object.fromEntries(h.groups.map((g, k) => [g, Object.fromEntries(h.options.map((o, i) => [o, h.cells[k]?.[i]]))])) }],
  });

  it('show of hands: a consistent breakdown is accepted and adds up', () => {
    fc.assert(
      fc.property(handsArb, (h) => {
        const r = showOfHands(unwrap(prepareShowOfHands(handsInput(h))));
        expect(() => ShowOfHandsResult.parse(r)).not.toThrow();
        const groupTotal = r.breakdowns[0]?.groups.reduce((a, g) => a + g.total, 0);
        expect(groupTotal).toBe(r.ballots.total);
      }),
      RUNS,
    );
  });

  it('show of hands: any breakdown that does not add up to the totals is refused, naming it', () => {
    fc.assert(
      fc.property(handsArb, fc.nat(), fc.nat(), fc.integer({ min: 1, max: 5 }), fc.boolean(), (h, gi, oi, delta, up) => {
        const input = handsInput(h);
        const group = h.groups[gi % h.groups.length] as string;
        const option = h.options[oi % h.options.length] as string;
        const cell = input.breakdowns[0]?.groups[group] as Record<string, number>;
        const value = cell[option] as number;
        // Move one cell away from the truth, up or (when possible) down.
        cell[option] = up || value < delta ? value + delta : value - delta;
        const checked = prepareShowOfHands(input);
        expect(checked.ok).toBe(false);
        if (!checked.ok) expect(checked.errors.some((x) => x.reason.includes('breakdown by "gender"') && x.reason.includes(`"${option}"`))).toBe(true);
      }),
      RUNS,
    );
  });
});
