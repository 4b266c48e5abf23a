import { describe, expect, it } from 'vitest';
import { HashMerger, prepareRanked, RankedInput } from '../../../shared/tally/profile';
import { MAX_ERRORS } from '../../../shared/tally/types';
import { refusals, unwrap } from './helpers';

const ok = (ballots: unknown[], options: unknown = ['A', 'B', 'C']) => prepareRanked({ options, ballots });

describe('ranked input is refused with the ballot index and the reason', () => {
  it('accepts the documented format, count defaulting to 1', () => {
    const p = unwrap(ok([{ ranking: ['A', 'B'], count: 42 }, { ranking: ['C'] }]));
    expect(p.total).toBe(43);
    expect(p.distinct).toBe(2);
  });

  it('refuses an unknown option', () => {
    expect(refusals(ok([{ ranking: ['A'] }, { ranking: ['B', 'Z'] }]))).toEqual([{ ballot: 1, path: 'ballots[1].ranking[1]', reason: 'unknown option "Z"' }]);
  });

  it('refuses an option ranked twice', () => {
    expect(refusals(ok([{ ranking: ['A', 'B', 'A'] }]))).toEqual([{ ballot: 0, path: 'ballots[0].ranking[2]', reason: 'option "A" appears twice in the ranking' }]);
  });

  it('refuses negative, fractional, non-numeric and huge counts', () => {
    const errors = refusals(ok([{ ranking: ['A'], count: -1 }, { ranking: ['A'], count: 2.5 }, { ranking: ['A'], count: '3' }, { ranking: ['A'], count: 1e10 }]));
    expect(errors.map((e) => [e.ballot, e.path])).toEqual([
      [0, 'ballots[0].count'],
      [1, 'ballots[1].count'],
      [2, 'ballots[2].count'],
      [3, 'ballots[3].count'],
    ]);
    expect(errors[0]?.reason).toBe('count must not be negative (got -1)');
    expect(errors[1]?.reason).toBe('count must be a whole number, not 2.5');
    expect(errors[2]?.reason).toBe('count must be a number, not "3"');
  });

  it('accepts a count of 0 (a line kept for the record) and counts nothing for it', () => {
    const p = unwrap(ok([{ ranking: ['A'], count: 0 }, { ranking: ['B'] }]));
    expect(p.total).toBe(1);
  });

  it('refuses a misspelt field instead of silently counting 1', () => {
    expect(refusals(ok([{ ranking: ['A'], cuont: 42 }]))).toEqual([
      { ballot: 0, path: 'ballots[0].cuont', reason: 'unknown field "cuont" (a ranked ballot has "ranking" and "count")' },
    ]);
  });

  it('refuses ballots that are not objects, and rankings that are not lists of names', () => {
    const errors = refusals(ok([['A', 'B'], { ranking: 'A' }, { ranking: ['A', 3] }, {}]));
    expect(errors.map((e) => e.ballot)).toEqual([0, 1, 2, 3]);
    expect(errors[2]?.reason).toBe('ranking[1] must be an option name (text), not 3');
  });

  it('reports every bad ballot, up to a limit', () => {
    const ballots = Array.from({ length: 500 }, (_, i) => ({ ranking: [i % 2 ? 'A' : 'Z'] }));
    const errors = refusals(ok(ballots));
    expect(errors).toHaveLength(MAX_ERRORS);
    expect(errors.slice(0, 3).map((e) => e.ballot)).toEqual([0, 2, 4]);
  });

  it('refuses empty options, duplicate option names and blank names', () => {
    expect(refusals(ok([], []))).toEqual([{ ballot: null, path: 'options', reason: 'options is empty: a poll needs at least one option' }]);
    expect(refusals(ok([], ['A', 'B', 'A']))).toEqual([{ ballot: null, path: 'options[2]', reason: 'duplicate option name "A" (same as options[0])' }]);
    expect(refusals(ok([], ['A', '']))[0]?.path).toBe('options[1]');
    expect(refusals(ok([], ['A', ' B']))[0]?.reason).toBe('option name has leading or trailing spaces');
  });

  it('treats names that differ only in Unicode normalisation as the same option', () => {
    const composed = 'caf\u00e9';
    const decomposed = 'cafe\u0301';
    expect(refusals(ok([], [composed, decomposed]))[0]?.reason).toContain('duplicate option name');
    const p = unwrap(ok([{ ranking: [decomposed] }], [composed, 'tea']));
    expect(p.prefs[0]).toBe(0);
  });

  it('refuses a missing or malformed ballots list and unknown top-level fields', () => {
    expect(refusals(prepareRanked({ options: ['A'] }))[0]?.path).toBe('ballots');
    expect(refusals(prepareRanked({ options: ['A'], ballots: {} }))[0]?.reason).toBe('"ballots" must be a list');
    expect(refusals(prepareRanked({ options: ['A'], ballots: [], extra: 1 }))[0]?.reason).toContain('extra');
    expect(refusals(prepareRanked(null))[0]?.ballot).toBeNull();
  });

  it('refuses a bad tie rule', () => {
    expect(refusals(prepareRanked({ options: ['A'], ballots: [], tieRule: { rule: 'lottery' } }))[0]?.path).toBe('tieRule.seed');
    expect(refusals(prepareRanked({ options: ['A'], ballots: [], tieRule: { rule: 'coin' } }))[0]?.path).toBe('tieRule.rule');
    expect(refusals(prepareRanked({ options: ['A'], ballots: [], tieRule: { rule: 'lottery', seed: -1 } }))[0]?.path).toBe('tieRule.seed');
  });

  it('refuses totals too large to add up exactly', () => {
    const ballots = Array.from({ length: 1001 }, () => ({ ranking: ['A'], count: 1e9 }));
    expect(refusals(ok(ballots))).toEqual([{ ballot: null, path: 'ballots', reason: expect.stringContaining('more than') }]);
  });

  it('the contract schema RankedInput refuses the same things at the same ballot', () => {
    const r = RankedInput.safeParse({ options: ['A', 'B'], ballots: [{ ranking: ['A'] }, { ranking: ['B', 'B'] }] });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => [i.path, i.message])).toEqual([[['ballots', 1], 'option "B" appears twice in the ranking']]);
    expect(RankedInput.parse({ options: ['A'], ballots: [{ ranking: ['A'] }] }).ballots[0]?.count).toBe(1);
  });
});

describe('merging identical rankings', () => {
  it('tells different rankings apart even when their hashes collide', () => {
    // Every ranking gets the same key, so each lookup lands on the same probe chain and only
    // the element-by-element comparison can keep them apart.
    const merger = new HashMerger(false, 0);
    const add = (ranking: number[], count: number) => merger.add(Int32Array.from(ranking), ranking.length, 7, count);
    add([0, 1, 2], 1);
    add([0, 2, 1], 2);
    add([0, 1, 2], 3);
    add([0, 1], 4);
    add([], 5);
    const m = merger.finish();
    expect(m.distinct).toBe(4);
    expect(Array.from(m.weights)).toEqual([4, 2, 4, 5]);
    expect(Array.from(m.prefs)).toEqual([0, 1, 2, 0, 2, 1, 0, 1]);
    expect(Array.from(m.starts)).toEqual([0, 3, 6, 8, 8]);
  });
});

