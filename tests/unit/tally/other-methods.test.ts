import { describe, expect, it } from 'vitest';
import { tallyApproval } from '../../../shared/tally/approval';
import { tallyConsensus } from '../../../shared/tally/consensus';
import { prepareScoreMatrix, tallyScoreMatrix, whatIf } from '../../../shared/tally/score-matrix';
import { tallyShowOfHands } from '../../../shared/tally/show-of-hands';
import { ConsensusResult, YesNoResult } from '../../../shared/tally/types';
import { tallyYesNo } from '../../../shared/tally/yes-no';
import { refusals, unwrap } from './helpers';

describe('approval voting', () => {
  it('counts one approval per listed option, times the count', () => {
    const r = unwrap(
      tallyApproval({
        options: ['road', 'water', 'school'],
        ballots: [{ approved: ['road', 'water'], count: 3 }, { approved: ['water'] }, { approved: [] }],
      }),
    );
    expect(r.method).toBe('approval');
    expect(r.ranking).toEqual([
      { option: 'water', score: 4, rank: 1 },
      { option: 'road', score: 3, rank: 2 },
      { option: 'school', score: 0, rank: 3 },
    ]);
    expect(r.ballots).toEqual({ total: 5, blank: 1 });
  });

  it('refuses a ballot over the approval limit, an unknown option and a repeated one, by index', () => {
    const errors = refusals(
      tallyApproval({
        options: ['a', 'b', 'c'],
        maxApprovals: 2,
        ballots: [{ approved: ['a'] }, { approved: ['a', 'b', 'c'] }, { approved: ['x'] }, { approved: ['b', 'b'] }],
      }),
    );
    expect(errors.map((e) => [e.ballot, e.reason])).toEqual([
      [1, 'approves 3 options, the limit is 2 per participant'],
      [2, 'unknown option "x"'],
      [3, 'option "b" is approved twice'],
    ]);
  });

  it('refuses a ballot that is neither approval nor dots', () => {
    const errors = refusals(tallyApproval({ options: ['a'], ballots: [{ count: 2 }] }));
    expect(errors[0]).toMatchObject({ ballot: 0, reason: expect.stringContaining('either "approved"') });
  });
});

describe('dot voting', () => {
  it('adds the stickers, several on one option allowed', () => {
    const r = unwrap(
      tallyApproval({
        options: ['road', 'water', 'school'],
        mode: 'dots',
        dotsPerParticipant: 3,
        ballots: [{ dots: { road: 3 } }, { dots: { water: 2, school: 1 }, count: 2 }],
      }),
    );
    expect(r.method).toBe('dots');
    expect(r.ranking.map((e) => [e.option, e.score])).toEqual([
      ['water', 4],
      ['road', 3],
      ['school', 2],
    ]);
  });

  it('refuses a participant who used more dots than allowed, with the ballot index', () => {
    const errors = refusals(
      tallyApproval({ options: ['a', 'b'], mode: 'dots', dotsPerParticipant: 3, ballots: [{ dots: { a: 3 } }, { dots: { a: 2, b: 2 } }] }),
    );
    expect(errors).toEqual([{ ballot: 1, path: 'ballots[1].dots', reason: 'uses 4 dots, the limit is 3 per participant' }]);
  });

  it('accepts aggregate totals from the board, checked against participants × dots when given', () => {
    const r = unwrap(tallyApproval({ options: ['a', 'b'], mode: 'dots', dotsPerParticipant: 3, totals: { a: 10, b: 5 }, participants: 5 }));
    expect(r.ranking.map((e) => e.score)).toEqual([10, 5]);
    const errors = refusals(tallyApproval({ options: ['a', 'b'], mode: 'dots', dotsPerParticipant: 3, totals: { a: 10, b: 6 }, participants: 5 }));
    expect(errors[0]?.reason).toBe('the totals hold 16 dots, more than 5 participants × 3 dots');
  });

  it('refuses mixing modes', () => {
    expect(refusals(tallyApproval({ options: ['a'], ballots: [{ dots: { a: 1 } }] }))[0]?.reason).toContain('set "mode": "dots"');
    expect(refusals(tallyApproval({ options: ['a'], mode: 'dots', ballots: [{ approved: ['a'] }] }))[0]?.ballot).toBe(0);
  });
});

describe('show of hands', () => {
  const base = { options: ['ถนน', 'ประปา'], counts: { ถนน: 12, ประปา: 7 } };

  it('ranks the counts and keeps the breakdown', () => {
    const r = unwrap(
      tallyShowOfHands({
        ...base,
        breakdowns: [{ by: 'gender', groups: { female: { ถนน: 5, ประปา: 4 }, male: { ถนน: 7, ประปา: 3 } } }],
      }),
    );
    expect(r.winners).toEqual(['ถนน']);
    expect(r.breakdowns[0]?.groups).toEqual([
      { group: 'female', hands: [{ option: 'ถนน', votes: 5 }, { option: 'ประปา', votes: 4 }], total: 9 },
      { group: 'male', hands: [{ option: 'ถนน', votes: 7 }, { option: 'ประปา', votes: 3 }], total: 10 },
    ]);
  });

  it('refuses a breakdown whose groups do not add up to the total, saying where', () => {
    const errors = refusals(
      tallyShowOfHands({ ...base, breakdowns: [{ by: 'village', groups: { 'หมู่ 1': { ถนน: 5 }, 'หมู่ 2': { ถนน: 6, ประปา: 7 } } }] }),
    );
    expect(errors).toEqual([
      {
        ballot: null,
        path: 'breakdowns[0].groups',
        reason: 'breakdown by "village": the groups give "ถนน" 11 hands (หมู่ 1 5 + หมู่ 2 6), but its total is 12',
        code: 'breakdown_sum',
        params: { by: 'village', option: 'ถนน', sum: 11, total: 12 },
      },
    ]);
  });

  it('refuses a missing option count (0 must be written) and unknown options', () => {
    expect(refusals(tallyShowOfHands({ options: ['a', 'b'], counts: { a: 1 } }))[0]?.reason).toBe('no count for option "b" (enter 0 if no hand was raised)');
    expect(refusals(tallyShowOfHands({ options: ['a'], counts: { a: 1, z: 2 } }))[0]?.reason).toBe('unknown option "z"');
  });

  it('reports a tie in hands', () => {
    const r = unwrap(tallyShowOfHands({ options: ['a', 'b'], counts: { a: 4, b: 4 }, tieRule: { rule: 'revote' } }));
    expect(r.winners).toEqual(['a', 'b']);
    expect(r.tieBreak?.status).toBe('revote_required');
  });
});

describe('weighted criteria scoring matrix', () => {
  // Two groups score two projects 1–5 on two criteria; severity weighs 2, feasibility 1.
  //   Group 1: road   (4, 2) → 2×4 + 1×2 = 10;  water (5, 3) → 2×5 + 3 = 13
  //   Group 2: road   (5, 4) → 2×5 + 4   = 14;  water (3, 3) → 2×3 + 3 =  9
  //   road:  total = (10 + 14) / 2 = 12 = 2 × mean(4, 5) + 1 × mean(2, 4) = 9 + 3
  //   water: total = (13 + 9) / 2  = 11 = 2 × mean(5, 3) + 1 × mean(3, 3) = 8 + 3
  const matrix = {
    options: ['road', 'water'],
    criteria: [
      { name: 'severity', weight: 2 },
      { name: 'feasibility', weight: 1 },
    ],
    scale: { min: 1, max: 5 },
    scorers: [
      { name: 'กลุ่ม 1', scores: { road: { severity: 4, feasibility: 2 }, water: { severity: 5, feasibility: 3 } } },
      { name: 'กลุ่ม 2', scores: { road: { severity: 5, feasibility: 4 }, water: { severity: 3, feasibility: 3 } } },
    ],
  };

  it('computes the weighted totals, the per-scorer totals and the per-criterion means', () => {
    const r = unwrap(tallyScoreMatrix(matrix));
    expect(r.ranking).toEqual([
      { option: 'road', score: 12, rank: 1 },
      { option: 'water', score: 11, rank: 2 },
    ]);
    expect(r.table[0]).toEqual({
      option: 'road',
      total: 12,
      sum: 24,
      perScorer: [
        { scorer: 'กลุ่ม 1', total: 10 },
        { scorer: 'กลุ่ม 2', total: 14 },
      ],
      perCriterion: [
        { criterion: 'severity', mean: 4.5, weighted: 9 },
        { criterion: 'feasibility', mean: 3, weighted: 3 },
      ],
    });
  });

  it('what-if: with severity at 0 and feasibility at 4 the two projects tie', () => {
    // road: 0 × 4.5 + 4 × mean(2, 4) = 12; water: 0 × 4 + 4 × mean(3, 3) = 12.
    const input = unwrap(prepareScoreMatrix(matrix));
    const tie = unwrap(whatIf(input, { severity: 0, feasibility: 4 }));
    expect(tie.result.winners).toEqual(['road', 'water']);
    expect(tie.result.tie).toBe(true);
    expect(tie.changes).toEqual([
      { option: 'road', before: 1, after: 1, moved: 0 },
      { option: 'water', before: 2, after: 1, moved: 1 },
    ]);
    expect(refusals(whatIf(input, { cost: 1 }))[0]?.reason).toBe('unknown criterion "cost"');
    expect(refusals(whatIf(input, { severity: -1 }))[0]?.reason).toBe('weight must not be negative');
  });

  it('compares totals exactly: weights 0.1 + 0.2 tie with 0.3', () => {
    // In doubles 0.1 + 0.2 = 0.30000000000000004 > 0.3; the scaled integer sums are equal.
    const r = unwrap(
      tallyScoreMatrix({
        options: ['x', 'y'],
        criteria: [
          { name: 'a', weight: 0.1 },
          { name: 'b', weight: 0.2 },
          { name: 'c', weight: 0.3 },
        ],
        scale: { min: 0, max: 1 },
        scorers: [{ name: 's', scores: { x: { a: 1, b: 1, c: 0 }, y: { a: 0, b: 0, c: 1 } } }],
      }),
    );
    expect(r.winners).toEqual(['x', 'y']);
    expect(r.tie).toBe(true);
    // 1.001 × 1000 is 1000.9999999999999 in doubles: weights are rounded to integers once.
    const scaled = unwrap(
      tallyScoreMatrix({
        options: ['x', 'y'],
        criteria: [
          { name: 'a', weight: 1.001 },
          { name: 'b', weight: 1 },
          { name: 'c', weight: 0.001 },
        ],
        scale: { min: 0, max: 1 },
        scorers: [{ name: 's', scores: { x: { a: 1, b: 0, c: 0 }, y: { a: 0, b: 1, c: 1 } } }],
      }),
    );
    expect(scaled.winners).toEqual(['x', 'y']);
  });

  it('refuses scores off the scale, fractional, missing, or for unknown options and criteria, by scorer', () => {
    const bad = structuredClone(matrix) as typeof matrix & { scorers: { scores: Record<string, Record<string, number>> }[] };
    (bad.scorers[0] as { scores: Record<string, Record<string, number>> }).scores = {
      road: { severity: 6, feasibility: 2.5 },
      water: { severity: 3 },
      bridge: { severity: 1, feasibility: 1 },
    };
    (bad.scorers[1] as { scores: Record<string, Record<string, number>> }).scores.road = { severity: 1, feasibility: 1, cost: 3 };
    const errors = refusals(tallyScoreMatrix(bad));
    expect(errors.map((e) => [e.ballot, e.reason])).toEqual([
      [0, 'score 6 is outside the scale 1–5'],
      [0, 'score 2.5 is not a whole number'],
      [0, 'unknown option "bridge"'],
      [0, 'no score for "water" on "feasibility"'],
      [1, 'unknown criterion "cost"'],
    ]);
  });

  it('refuses weights with more than three decimals and duplicate criteria or scorers', () => {
    expect(refusals(tallyScoreMatrix({ ...matrix, criteria: [{ name: 'severity', weight: 0.0001 }] }))[0]?.reason).toBe('weight may have at most 3 decimals');
    expect(
      refusals(
        tallyScoreMatrix({
          ...matrix,
          criteria: [
            { name: 'severity', weight: 1 },
            { name: 'severity', weight: 2 },
          ],
        }),
      )[0]?.reason,
    ).toBe('duplicate criterion "severity" (same as criteria[0])');
    expect(refusals(tallyScoreMatrix({ ...matrix, scorers: [matrix.scorers[0], matrix.scorers[0]] }))[0]).toMatchObject({ ballot: 1 });
  });

  it('gives no winner before anyone has scored', () => {
    const r = unwrap(tallyScoreMatrix({ ...matrix, scorers: [] }));
    expect(r.winners).toEqual([]);
    expect(r.tie).toBe(false);
  });
});

describe('yes / no / abstain', () => {
  const vote = (v: Record<string, unknown>) => unwrap(tallyYesNo(v));

  it('simple majority: yes > no, abstentions ignored', () => {
    const r = vote({ yes: 10, no: 9, abstain: 20, present: 40, quorum: 30 });
    expect(r).toMatchObject({ quorumMet: true, carried: true, outcome: 'carried', tie: false, cast: 39 });
    expect(() => YesNoResult.parse(r)).not.toThrow();
  });

  it('simple majority: yes = no is a tie settled by the tie rule', () => {
    expect(vote({ yes: 5, no: 5, present: 12 })).toMatchObject({ tie: true, carried: null, outcome: 'tie_awaiting_choice' });
    expect(vote({ yes: 5, no: 5, present: 12, tieRule: { rule: 'casting_vote', choices: ['no'] } })).toMatchObject({ carried: false, outcome: 'not_carried', tie: true });
    expect(vote({ yes: 5, no: 5, present: 12, tieRule: { rule: 'revote' } })).toMatchObject({ carried: null, outcome: 'revote_required' });
    const drawn = vote({ yes: 5, no: 5, present: 12, tieRule: { rule: 'lottery', seed: 9 } });
    expect(drawn.tieBreak).toMatchObject({ seed: 9, tied: ['yes', 'no'] });
    expect(drawn.carried).toBe(drawn.tieBreak?.chosen === 'yes');
  });

  it('absolute majority: yes must exceed half of those present', () => {
    // 40 present: 20 is exactly half, not more.
    expect(vote({ yes: 20, no: 5, abstain: 15, present: 40, majority: 'absolute' })).toMatchObject({ carried: false, tie: false });
    expect(vote({ yes: 21, no: 5, present: 40, majority: 'absolute' })).toMatchObject({ carried: true });
  });

  it('two-thirds: yes ≥ 2/3 of yes + no, and at least one yes', () => {
    expect(vote({ yes: 20, no: 10, abstain: 5, present: 35, majority: 'two_thirds' }).carried).toBe(true);
    expect(vote({ yes: 19, no: 10, present: 35, majority: 'two_thirds' }).carried).toBe(false);
    expect(vote({ yes: 0, no: 0, abstain: 5, present: 5, majority: 'two_thirds' }).carried).toBe(false);
  });

  it('without quorum nothing is carried', () => {
    expect(vote({ yes: 10, no: 0, present: 10, quorum: 15 })).toMatchObject({ quorumMet: false, carried: false, outcome: 'no_quorum' });
  });

  it('refuses more votes than attendees present', () => {
    const [refusal] = refusals(tallyYesNo({ yes: 10, no: 5, abstain: 1, present: 15 }));
    expect(refusal?.reason).toBe('16 votes (yes 10, no 5, abstain 1) but only 15 attendees present');
    // The code and numbers a screen words in its own language.
    expect(refusal).toMatchObject({ code: 'yes_no_over_present', params: { cast: 16, yes: 10, no: 5, abstain: 1, present: 15 } });
  });
});

describe('consensus check (fist-to-five)', () => {
  it('reaches consensus when nobody blocks and every vote is at least 3', () => {
    const r = unwrap(tallyConsensus({ votes: [{ value: 5, count: 10 }, { value: 3, count: 2, concern: 'งบประมาณ' }] }));
    expect(r).toMatchObject({ consensus: true, votes: 12, blocks: 0, mean: 56 / 12, sum: 56, reasons: [] });
    expect(r.concerns).toEqual([{ vote: 1, participant: null, value: 3, concern: 'งบประมาณ' }]);
    expect(() => ConsensusResult.parse(r)).not.toThrow();
  });

  it('a single block stops consensus, and is listed with its concern', () => {
    const r = unwrap(tallyConsensus({ votes: [{ value: 5, count: 30 }, { value: 'block', participant: 'นาย ก', concern: 'ที่ดินทับซ้อน' }] }));
    expect(r.consensus).toBe(false);
    expect(r.reasons).toEqual(['block']);
    expect(r.mean).toBe(5);
    expect(r.distribution.at(-1)).toEqual({ value: 'block', count: 1 });
    expect(r.concerns).toEqual([{ vote: 1, participant: 'นาย ก', value: 'block', concern: 'ที่ดินทับซ้อน' }]);
  });

  it('a vote below the minimum stops consensus; the minimum is configurable', () => {
    const votes = [{ value: 4 }, { value: 2 }];
    expect(unwrap(tallyConsensus({ votes })).reasons).toEqual(['below_minimum']);
    expect(unwrap(tallyConsensus({ votes, minimum: 2 })).consensus).toBe(true);
  });

  it('no votes is no consensus', () => {
    expect(unwrap(tallyConsensus({ votes: [] }))).toMatchObject({ consensus: false, reasons: ['no_votes'], mean: null });
  });

  it('refuses values outside 0–5', () => {
    expect(refusals(tallyConsensus({ votes: [{ value: 6 }] }))[0]).toMatchObject({ ballot: 0, path: 'votes[0].value' });
  });
});
