/**
 * Tie marks on the A 2, B 1, C 1 IRV count (no majority of 4; B and C share the fewest votes in
 * round 1): while the chair's decision waits, only B and C are tied, A leads alone; once the
 * chair eliminated B, the decision stays on record in round 1 though the result has no tie left.
 */
import { describe, expect, it } from 'vitest';
import type { PollResults } from '../../../../renderer/api/queries/polls';
import { castingDecisions, rankBadges } from '../../../../renderer/features/polls/tie-marks';

const entry = (optionId: string, score: number, rank: number) => ({ optionId, label: optionId, issueId: null, score, rank });
const waiting = {
  status: 'open',
  ballotCount: 4,
  winners: [],
  ranking: [entry('A', 2, 1), entry('B', 1, 2), entry('C', 1, 2)],
  tieBreak: { stage: 'elimination', round: 1, tied: ['B', 'C'], rule: 'casting_vote', status: 'awaiting_choice', chosen: null },
  rounds: [{ round: 1, tally: [], active: 4, exhausted: 0, eliminated: null, elimination: { by: 'tie_rule', tied: ['B', 'C'] } }],
} as unknown as PollResults;

describe('rankBadges', () => {
  it('marks only the options in the waiting tie, not the lone leader', () => {
    expect(Object.fromEntries(rankBadges(waiting))).toEqual({ A: 'leader', B: 'tiedWaiting', C: 'tiedWaiting' });
  });

  it('marks every option tied for first place, and the one the casting vote chose', () => {
    const tiedFirst = { ...waiting, winners: [{ optionId: 'A' }, { optionId: 'B' }], ranking: [entry('A', 2, 1), entry('B', 2, 1)] } as unknown as PollResults;
    expect(Object.fromEntries(rankBadges({ ...tiedFirst, tieBreak: { stage: 'winner', tied: ['A', 'B'], rule: 'casting_vote', status: 'awaiting_choice', chosen: null } }))).toEqual({
      A: 'tiedFirst',
      B: 'tiedFirst',
    });
    expect(Object.fromEntries(rankBadges({ ...tiedFirst, tieBreak: { stage: 'winner', tied: ['A', 'B'], rule: 'casting_vote', status: 'decided', chosen: 'B' } }))).toEqual({
      A: 'tiedFirst',
      B: 'chosen',
    });
  });

  it('a single winner is leading while open and the winner once closed; nothing before any vote', () => {
    const won = { ...waiting, winners: [{ optionId: 'A' }], tieBreak: null } as unknown as PollResults;
    expect(Object.fromEntries(rankBadges(won))).toEqual({ A: 'leader' });
    expect(Object.fromEntries(rankBadges({ ...won, status: 'closed' }))).toEqual({ A: 'winner' });
    expect(rankBadges({ ...won, ballotCount: 0 }).size).toBe(0);
  });
});

describe('castingDecisions', () => {
  it('finds the chair’s elimination decision in its round once the count has gone on', () => {
    const decided = {
      tieBreak: null,
      rounds: [
        {
          round: 1,
          elimination: { by: 'tie_rule', tied: ['B', 'C'], tieBreak: { stage: 'elimination', round: 1, tied: ['B', 'C'], rule: 'casting_vote', status: 'decided', chosen: 'B' } },
        },
        { round: 2, elimination: null },
      ],
    } as unknown as PollResults;
    expect(castingDecisions(decided)).toEqual([{ stage: 'elimination', round: 1, tied: ['B', 'C'], chosen: 'B' }]);
    expect(castingDecisions(waiting)).toEqual([]);
  });

  it('finds a decided tie for first place; a lottery draw is not a casting vote', () => {
    const tb = { stage: 'winner', tied: ['A', 'B'], rule: 'casting_vote', status: 'decided', chosen: 'A' } as const;
    expect(castingDecisions({ tieBreak: tb } as unknown as PollResults)).toEqual([{ stage: 'winner', round: null, tied: ['A', 'B'], chosen: 'A' }]);
    expect(castingDecisions({ tieBreak: { ...tb, rule: 'lottery' } } as unknown as PollResults)).toEqual([]);
  });
});
