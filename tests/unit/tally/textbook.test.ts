import { describe, expect, it } from 'vitest';
import { borda } from '../../../shared/tally/borda';
import { irv } from '../../../shared/tally/irv';
import { plurality } from '../../../shared/tally/plurality';
import { schulze } from '../../../shared/tally/schulze';
import { RankingResult } from '../../../shared/tally/types';
import { lines, profile } from './helpers';

/**
 * The classic four-city example (Wikipedia, "Tennessee and its four cities"): 100 voters,
 * each ranking the cities by distance from home.
 *   42  Memphis > Nashville > Chattanooga > Knoxville
 *   26  Nashville > Chattanooga > Knoxville > Memphis
 *   15  Chattanooga > Knoxville > Nashville > Memphis
 *   17  Knoxville > Chattanooga > Nashville > Memphis
 */
const CITIES = ['Memphis', 'Nashville', 'Chattanooga', 'Knoxville'];
const TENNESSEE = [
  { ranking: ['Memphis', 'Nashville', 'Chattanooga', 'Knoxville'], count: 42 },
  { ranking: ['Nashville', 'Chattanooga', 'Knoxville', 'Memphis'], count: 26 },
  { ranking: ['Chattanooga', 'Knoxville', 'Nashville', 'Memphis'], count: 15 },
  { ranking: ['Knoxville', 'Chattanooga', 'Nashville', 'Memphis'], count: 17 },
];
const tennessee = () => profile(CITIES, TENNESSEE);

describe('the Tennessee capital example: four methods, four answers', () => {
  it('plurality picks Memphis on first preferences (42 > 26 > 17 > 15)', () => {
    const r = plurality(tennessee());
    expect(r.winners).toEqual(['Memphis']);
    expect(r.tie).toBe(false);
    expect(r.ranking).toEqual([
      { option: 'Memphis', score: 42, rank: 1 },
      { option: 'Nashville', score: 26, rank: 2 },
      { option: 'Knoxville', score: 17, rank: 3 },
      { option: 'Chattanooga', score: 15, rank: 4 },
    ]);
  });

  it('Borda picks Nashville with 194 points', () => {
    // n = 4, so positions score 3, 2, 1, 0.
    //   Memphis:     42×3                          = 126
    //   Nashville:   42×2 + 26×3 + 15×1 + 17×1     =  84 + 78 + 15 + 17 = 194
    //   Chattanooga: 42×1 + 26×2 + 15×3 + 17×2     =  42 + 52 + 45 + 34 = 173
    //   Knoxville:   42×0 + 26×1 + 15×2 + 17×3     =   0 + 26 + 30 + 51 = 107
    //   Sum 600 = 100 ballots × 4·3/2.
    const r = borda(tennessee());
    expect(r.winners).toEqual(['Nashville']);
    expect(r.ranking).toEqual([
      { option: 'Nashville', score: 194, rank: 1 },
      { option: 'Chattanooga', score: 173, rank: 2 },
      { option: 'Memphis', score: 126, rank: 3 },
      { option: 'Knoxville', score: 107, rank: 4 },
    ]);
  });

  it('IRV picks Knoxville after eliminating Chattanooga, then Nashville', () => {
    // Round 1: M 42, N 26, C 15, K 17 of 100; no one above 50. C has fewest → out;
    //          C's 15 ballots go to their next choice Knoxville.
    // Round 2: M 42, N 26, K 32. N fewest → out; N's 26 ballots skip C (out) → Knoxville.
    // Round 3: M 42, K 58 of 100: 58 > 50, Knoxville wins.
    const r = irv(tennessee());
    expect(r.winners).toEqual(['Knoxville']);
    expect(r.tie).toBe(false);
    expect(r.rounds).toEqual([
      {
        round: 1,
        tally: [
          { option: 'Memphis', votes: 42 },
          { option: 'Nashville', votes: 26 },
          { option: 'Chattanooga', votes: 15 },
          { option: 'Knoxville', votes: 17 },
        ],
        active: 100,
        exhausted: 0,
        eliminated: 'Chattanooga',
        elimination: { by: 'fewest_votes', tied: ['Chattanooga'] },
      },
      {
        round: 2,
        tally: [
          { option: 'Memphis', votes: 42 },
          { option: 'Nashville', votes: 26 },
          { option: 'Knoxville', votes: 32 },
        ],
        active: 100,
        exhausted: 0,
        eliminated: 'Nashville',
        elimination: { by: 'fewest_votes', tied: ['Nashville'] },
      },
      {
        round: 3,
        tally: [
          { option: 'Memphis', votes: 42 },
          { option: 'Knoxville', votes: 58 },
        ],
        active: 100,
        exhausted: 0,
        eliminated: null,
        elimination: null,
      },
    ]);
    // Winner, then the runner-up of the last round, then the eliminated in reverse order.
    expect(r.ranking).toEqual([
      { option: 'Knoxville', score: 58, rank: 1 },
      { option: 'Memphis', score: 42, rank: 2 },
      { option: 'Nashville', score: 26, rank: 3 },
      { option: 'Chattanooga', score: 15, rank: 4 },
    ]);
  });

  it('Schulze picks Nashville, the Condorcet winner (58–42, 68–32, 68–32)', () => {
    const r = schulze(tennessee());
    expect(r.winners).toEqual(['Nashville']);
    expect(r.pairwise).toEqual([
      [0, 42, 42, 42],
      [58, 0, 68, 68],
      [58, 32, 0, 83],
      [58, 32, 17, 0],
    ]);
    expect(r.ranking.map((e) => e.option)).toEqual(['Nashville', 'Chattanooga', 'Knoxville', 'Memphis']);
    expect(r.ranking.map((e) => e.rank)).toEqual([1, 2, 3, 4]);
  });

  it('returns results that match the published result schema', () => {
    const p = tennessee();
    for (const method of [plurality, borda, irv, schulze]) expect(() => RankingResult.parse(method(p))).not.toThrow();
  });
});

describe('the Wikipedia Schulze example (45 voters, A–E)', () => {
  const OPTIONS = ['A', 'B', 'C', 'D', 'E'];
  const BALLOTS = lines([
    ['ACBED', 5],
    ['ADECB', 5],
    ['BEDAC', 8],
    ['CABED', 3],
    ['CAEBD', 7],
    ['CBADE', 2],
    ['DCEBA', 7],
    ['EBADC', 8],
  ]);

  it('computes the published pairwise preferences and strongest paths', () => {
    const r = schulze(profile(OPTIONS, BALLOTS));
    expect(r.pairwise).toEqual([
      [0, 20, 26, 30, 22],
      [25, 0, 16, 33, 18],
      [19, 29, 0, 17, 24],
      [15, 12, 28, 0, 14],
      [23, 27, 21, 31, 0],
    ]);
    expect(r.paths).toEqual([
      [0, 28, 28, 30, 24],
      [25, 0, 28, 33, 24],
      [25, 29, 0, 29, 24],
      [25, 28, 28, 0, 24],
      [25, 28, 28, 31, 0],
    ]);
  });

  it('ranks E > A > C > B > D with E the single winner', () => {
    const r = schulze(profile(OPTIONS, BALLOTS));
    expect(r.winners).toEqual(['E']);
    expect(r.tie).toBe(false);
    expect(r.ranking).toEqual([
      { option: 'E', score: 4, rank: 1 },
      { option: 'A', score: 3, rank: 2 },
      { option: 'C', score: 2, rank: 3 },
      { option: 'B', score: 1, rank: 4 },
      { option: 'D', score: 0, rank: 5 },
    ]);
  });
});

describe('partial rankings', () => {
  it('Borda gives unranked options 0 and ranked ones n−1−i', () => {
    // n = 3: "A" alone gives A 2; "BA" gives B 2, A 1; C never ranked.
    const r = borda(profile(['A', 'B', 'C'], lines([['A', 1], ['BA', 1]])));
    expect(r.ranking).toEqual([
      { option: 'A', score: 3, rank: 1 },
      { option: 'B', score: 2, rank: 2 },
      { option: 'C', score: 0, rank: 3 },
    ]);
  });

  it('Schulze counts a ranked option above every unranked one, and unranked pairs as tied', () => {
    const r = schulze(profile(['A', 'B', 'C'], lines([['A', 3], ['B', 2]])));
    // A over B: 3 (the "A" ballots), B over A: 2; A over C: 3, B over C: 2; C over anything: 0.
    expect(r.pairwise).toEqual([
      [0, 3, 3],
      [2, 0, 2],
      [0, 0, 0],
    ]);
    expect(r.winners).toEqual(['A']);
  });

  it('IRV exhausts ballots that run out of continuing options, and counts blank ballots as exhausted', () => {
    // Round 1: A 4, B 3, C 2 (+1 blank exhausted). C out; its "C" ballots are exhausted.
    // Round 2: A 4, B 3 of 7 active: 4 > 3.5, A wins.
    const r = irv(profile(['A', 'B', 'C'], [...lines([['A', 4], ['B', 3], ['C', 2]]), { ranking: [] }]));
    expect(r.winners).toEqual(['A']);
    expect(r.ballots).toEqual({ total: 10, blank: 1 });
    expect(r.rounds?.map((x) => [x.active, x.exhausted, x.eliminated])).toEqual([
      [9, 1, 'C'],
      [7, 3, null],
    ]);
  });

  it('gives no winner (and no tie) when no ballot expresses a preference', () => {
    const p = profile(['A', 'B'], [{ ranking: [] }, { ranking: ['A'], count: 0 }]);
    for (const method of [plurality, borda, irv, schulze]) {
      const r = method(p);
      expect(r.winners).toEqual([]);
      expect(r.tie).toBe(false);
      expect(r.tieBreak).toBeNull();
    }
  });
});
