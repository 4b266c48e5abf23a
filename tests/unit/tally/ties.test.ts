import { describe, expect, it } from 'vitest';
import { approval } from '../../../shared/tally/approval';
import { borda } from '../../../shared/tally/borda';
import { irv } from '../../../shared/tally/irv';
import { plurality } from '../../../shared/tally/plurality';
import { schulze } from '../../../shared/tally/schulze';
import { createTieBreaker, mulberry32, seededOrder, shuffled } from '../../../shared/tally/ties';
import { ApprovalInput, type TieRule } from '../../../shared/tally/types';
import { lines, profile } from './helpers';

const CASTING: TieRule = { rule: 'casting_vote', choices: [] };

describe('mulberry32 and the seeded draw', () => {
  it('is the published mulberry32 (so a seed in old minutes replays anywhere)', () => {
    // The reference text of mulberry32 (Tommy Ettinger / bryc), written independently here.
    function reference(a: number) {
      return () => {
        a += 0x6d2b79f5;
        let t = a;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
      };
    }
    for (const seed of [0, 1, 42, 2026, 0xffffffff]) {
      const ours = mulberry32(seed);
      const theirs = reference(seed);
      for (let k = 0; k < 1000; k++) expect(ours()).toBe(theirs());
    }
  });

  it('draws the same order for the same seed, today and in every later version', () => {
    // Pinned: changing these changes the outcome of lotteries already recorded in minutes.
    expect(seededOrder(['A', 'B', 'C', 'D', 'E'], 42)).toEqual(['A', 'E', 'C', 'B', 'D']);
    expect(seededOrder(['A', 'B', 'C', 'D', 'E'], 2026)).toEqual(['A', 'E', 'D', 'B', 'C']);
    expect(seededOrder(['A', 'B', 'C', 'D', 'E'], 42)).toEqual(seededOrder(['A', 'B', 'C', 'D', 'E'], 42));
  });

  it('depends on the seed', () => {
    const orders = new Set(Array.from({ length: 20 }, (_, seed) => seededOrder(['A', 'B', 'C', 'D'], seed).join('')));
    expect(orders.size).toBeGreaterThan(5);
  });

  it('draws every tie of one tally from one continuing stream of the seed', () => {
    const ties = createTieBreaker({ rule: 'lottery', seed: 5 });
    const stream = mulberry32(5);
    const first = ties.decide(['A', 'B', 'C', 'D'], 'elimination', 2);
    const second = ties.decide(['A', 'B', 'C', 'D'], 'elimination', 4);
    expect(first.draw).toEqual(shuffled(['A', 'B', 'C', 'D'], stream));
    expect(second.draw).toEqual(shuffled(['A', 'B', 'C', 'D'], stream));
    // A restarted stream would repeat the first draw; this seed makes the difference visible.
    expect(second.draw).not.toEqual(first.draw);
  });

  it('uses casting-vote choices in order and waits when they run out', () => {
    const ties = createTieBreaker({ rule: 'casting_vote', choices: ['B', 'Z', 'C'] });
    expect(ties.decide(['A', 'B'], 'winner')).toMatchObject({ status: 'decided', chosen: 'B' });
    // "Z" is not among the tied: not used, reported, and the tie keeps waiting.
    expect(ties.decide(['A', 'C'], 'winner')).toMatchObject({ status: 'awaiting_choice', chosen: null, rejectedChoice: 'Z' });
  });
});

describe('ties for first place are listed in full and settled by the stated rule', () => {
  const tied = lines([
    ['AB', 2],
    ['BA', 2],
    ['C', 1],
  ]);

  it('plurality: casting vote awaited, then decided by the recorded choice', () => {
    const waiting = plurality(profile(['A', 'B', 'C'], tied, CASTING));
    expect(waiting.winners).toEqual(['A', 'B']);
    expect(waiting.tie).toBe(true);
    expect(waiting.tieBreak).toEqual({ stage: 'winner', tied: ['A', 'B'], rule: 'casting_vote', status: 'awaiting_choice', chosen: null });

    const decided = plurality(profile(['A', 'B', 'C'], tied, { rule: 'casting_vote', choices: ['B'] }));
    // Still a tie: the winners list does not hide it; the choice is recorded beside it.
    expect(decided.winners).toEqual(['A', 'B']);
    expect(decided.tie).toBe(true);
    expect(decided.tieBreak).toMatchObject({ status: 'decided', chosen: 'B' });
  });

  it('plurality: a re-vote is flagged', () => {
    const r = plurality(profile(['A', 'B', 'C'], tied, { rule: 'revote' }));
    expect(r.tieBreak).toEqual({ stage: 'winner', tied: ['A', 'B'], rule: 'revote', status: 'revote_required', chosen: null });
  });

  it('lottery: the draw and its seed are in the result, and the same seed gives the same draw', () => {
    const first = plurality(profile(['A', 'B', 'C'], tied, { rule: 'lottery', seed: 7 }));
    const again = plurality(profile(['A', 'B', 'C'], [...tied].reverse(), { rule: 'lottery', seed: 7 }));
    expect(first.tieBreak).toMatchObject({ rule: 'lottery', seed: 7, status: 'decided' });
    expect(first.tieBreak?.draw).toEqual(seededOrder(['A', 'B'], 7));
    expect(first.tieBreak?.chosen).toBe(first.tieBreak?.draw?.[0]);
    expect(again.tieBreak).toEqual(first.tieBreak);
    expect(first.tieRule).toEqual({ rule: 'lottery', seed: 7 });
  });

  it('Borda: equal points are a tie', () => {
    const r = borda(profile(['A', 'B', 'C'], tied));
    // A: 2×2 + 2×1 = 6; B: 2×1 + 2×2 = 6; C: 1×2 = 2.
    expect(r.ranking).toEqual([
      { option: 'A', score: 6, rank: 1 },
      { option: 'B', score: 6, rank: 1 },
      { option: 'C', score: 2, rank: 3 },
    ]);
    expect(r.winners).toEqual(['A', 'B']);
    expect(r.tie).toBe(true);
  });

  it('Schulze: a perfect split leaves both unbeaten', () => {
    const r = schulze(profile(['A', 'B'], lines([['AB', 3], ['BA', 3]]), { rule: 'revote' }));
    expect(r.winners).toEqual(['A', 'B']);
    expect(r.tie).toBe(true);
    expect(r.ranking.map((e) => e.rank)).toEqual([1, 1]);
    expect(r.tieBreak?.status).toBe('revote_required');
  });

  it('Schulze: a Condorcet cycle of equal strength is a three-way tie', () => {
    const r = schulze(profile(['A', 'B', 'C'], lines([['ABC', 1], ['BCA', 1], ['CAB', 1]])));
    expect(r.winners).toEqual(['A', 'B', 'C']);
    expect(r.tie).toBe(true);
  });

  it('IRV: an even final split is a tie for first place, not settled by earlier rounds', () => {
    // Two options, 2 votes each: no strict majority and nobody to eliminate but a finalist.
    const r = irv(profile(['A', 'B'], lines([['AB', 2], ['BA', 2]])));
    expect(r.winners).toEqual(['A', 'B']);
    expect(r.tie).toBe(true);
    expect(r.tieBreak).toMatchObject({ stage: 'winner', round: 1, tied: ['A', 'B'], status: 'awaiting_choice' });
    expect(r.ranking.map((e) => e.rank)).toEqual([1, 1]);
  });

  it('approval: equal approvals are a tie', () => {
    const input = ApprovalInput.parse({
      options: ['A', 'B', 'C'],
      ballots: [{ approved: ['A', 'B'] }, { approved: ['C'] }, { approved: ['A', 'B'] }],
      tieRule: { rule: 'lottery', seed: 3 },
    });
    const r = approval(input);
    expect(r.winners).toEqual(['A', 'B']);
    expect(r.tieBreak).toMatchObject({ rule: 'lottery', seed: 3, draw: seededOrder(['A', 'B'], 3) });
  });
});

describe('IRV elimination ties', () => {
  // Round 1: A 10, B 7, C 6, D 3 (26 ballots, majority needs 14). D out:
  //          one D>C ballot → C, two D>A ballots → A.
  // Round 2: A 12, B 7, C 7. B and C tie for fewest. Back to round 1: B 7, C 6 → C out.
  //          C's six C>B ballots → B; the D>C ballot is exhausted.
  // Round 3: A 12, B 13 of 25 active: 13 > 12.5, B wins.
  // (Eliminating B instead would hand B's seven B>A ballots to A: A 19, and A would win.)
  const OPTIONS = ['A', 'B', 'C', 'D'];
  const BALLOTS = lines([
    ['A', 10],
    ['BA', 7],
    ['CB', 6],
    ['DC', 1],
    ['DA', 2],
  ]);

  it('are broken by the fewest votes in the previous round', () => {
    const r = irv(profile(OPTIONS, BALLOTS));
    expect(r.winners).toEqual(['B']);
    expect(r.tie).toBe(false);
    expect(r.rounds?.map((x) => x.tally.map((t) => `${t.option}${t.votes}`).join(' '))).toEqual(['A10 B7 C6 D3', 'A12 B7 C7', 'A12 B13']);
    expect(r.rounds?.[1]?.elimination).toEqual({ by: 'previous_rounds', tied: ['B', 'C'], decidedAtRound: 1 });
    expect(r.rounds?.[1]?.eliminated).toBe('C');
    expect(r.rounds?.[2]).toMatchObject({ active: 25, exhausted: 1 });
    expect(r.ranking.map((e) => e.option)).toEqual(['B', 'A', 'C', 'D']);
  });

  it('look back from the most recent round first', () => {
    // Round 1: A 12, B 7, C 6, D 4, E 3 → E out; E>C>B → C.
    // Round 2: A 12, B 7, C 9, D 4     → D out; D>B>C → B, D>A → A.
    // Round 3: A 14, B 9, C 9 of 32    → B and C tie. Round 2 (B 7 < C 9) decides: B out,
    //          although round 1 (B 7 > C 6) would have said C. B's ballots all go to C.
    // Round 4: A 14, C 18 → C wins. (Eliminating C instead would have made B win.)
    const r = irv(
      profile(
        ['A', 'B', 'C', 'D', 'E'],
        lines([
          ['A', 12],
          ['BC', 7],
          ['CB', 6],
          ['DBC', 2],
          ['DA', 2],
          ['ECB', 3],
        ]),
      ),
    );
    expect(r.rounds?.map((x) => x.eliminated)).toEqual(['E', 'D', 'B', null]);
    expect(r.rounds?.[2]?.elimination).toEqual({ by: 'previous_rounds', tied: ['B', 'C'], decidedAtRound: 2 });
    expect(r.winners).toEqual(['C']);
    expect(r.rounds?.[3]?.tally).toEqual([
      { option: 'A', votes: 14 },
      { option: 'C', votes: 18 },
    ]);
  });

  it('do not depend on the order the options are listed in', () => {
    // C now comes before B, so "first of the tied" and "last of the tied" both differ from
    // the option the previous round picks out.
    for (const order of [
      ['A', 'C', 'B', 'D'],
      ['D', 'C', 'B', 'A'],
    ]) {
      const r = irv(profile(order, BALLOTS));
      expect(r.winners).toEqual(['B']);
      expect(r.rounds?.[1]?.eliminated).toBe('C');
      expect(r.rounds?.[1]?.elimination?.by).toBe('previous_rounds');
    }
  });

  // Round 1: A 4, B 3, C 3 of 10, no majority; B and C tie with no earlier round to look at.
  const UNRESOLVED = lines([
    ['A', 4],
    ['BC', 3],
    ['CB', 3],
  ]);

  it('go to the tie rule when no earlier round separates them: casting vote awaited', () => {
    const r = irv(profile(['A', 'B', 'C'], UNRESOLVED));
    expect(r.winners).toEqual([]);
    expect(r.tie).toBe(true);
    expect(r.tieBreak).toEqual({ stage: 'elimination', round: 1, tied: ['B', 'C'], rule: 'casting_vote', status: 'awaiting_choice', chosen: null });
    expect(r.rounds).toHaveLength(1);
    expect(r.rounds?.[0]?.eliminated).toBeNull();
  });

  it('continue with the casting vote once it is recorded (the choice names the option to eliminate)', () => {
    const r = irv(profile(['A', 'B', 'C'], UNRESOLVED, { rule: 'casting_vote', choices: ['B'] }));
    // B out: its 3 ballots go to C. Round 2: A 4, C 6 → C wins.
    expect(r.winners).toEqual(['C']);
    expect(r.tie).toBe(false);
    expect(r.rounds?.[0]?.elimination).toMatchObject({ by: 'tie_rule', tied: ['B', 'C'], tieBreak: { status: 'decided', chosen: 'B' } });
  });

  it('flag a re-vote', () => {
    const r = irv(profile(['A', 'B', 'C'], UNRESOLVED, { rule: 'revote' }));
    expect(r.winners).toEqual([]);
    expect(r.tie).toBe(true);
    expect(r.tieBreak?.status).toBe('revote_required');
  });

  it('are drawn by lottery reproducibly, with the seed recorded', () => {
    const a = irv(profile(['A', 'B', 'C'], UNRESOLVED, { rule: 'lottery', seed: 11 }));
    const b = irv(profile(['A', 'B', 'C'], [...UNRESOLVED].reverse(), { rule: 'lottery', seed: 11 }));
    expect(a).toEqual(b);
    const drawn = a.rounds?.[0]?.elimination?.tieBreak;
    expect(drawn).toMatchObject({ rule: 'lottery', seed: 11, draw: seededOrder(['B', 'C'], 11) });
    // The first drawn is eliminated; the other gets its ballots and wins 6–4.
    const survivor = drawn?.draw?.[1];
    expect(a.winners).toEqual([survivor]);
  });
});
