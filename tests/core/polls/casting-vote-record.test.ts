/**
 * The casting vote on record: changed or cleared freely while the poll is open, only added to
 * once it is closed (the minutes and a priority list may already rest on it), and cleared
 * again after a reopen. An IRV elimination tie: A 2, B 1, C 1 of 4 ballots, no majority, B and
 * C share the fewest votes in round 1 with no earlier round to look back to.
 */
import { describe, expect, it } from 'vitest';
import { labels, openPolls } from './harness';

async function eliminationTie() {
  const h = await openPolls();
  const poll = await h.createOpen({ title: 'เลือกที่ตั้งศาลา', method: 'irv', options: labels('A', 'B', 'C') });
  const id = h.ids(poll);
  await h.call('polls.addBallots', { pollId: poll.id, ballots: [{ ranking: [id('A')], count: 2 }, { ranking: [id('B')] }, { ranking: [id('C')] }] });
  return { ...h, poll, id };
}

describe('polls.setCastingVotes', () => {
  it('an IRV elimination tie waits for the casting vote; the decision is in the rounds once made', async () => {
    const h = await eliminationTie();
    const waiting = await h.results(h.poll.id);
    expect(waiting).toMatchObject({ winners: [], tie: true, tieBreak: { stage: 'elimination', round: 1, status: 'awaiting_choice', tied: [h.id('B'), h.id('C')] } });
    // A leads alone: it is not one of the tied options.
    expect(waiting.ranking.filter((e) => e.rank === 1).map((e) => e.label)).toEqual(['A']);

    await h.call('polls.setCastingVotes', { pollId: h.poll.id, choices: [h.id('B')] });
    const decided = await h.results(h.poll.id);
    // Round 2: A 2 of the 3 ballots still counting (B's ballot is exhausted): a majority.
    expect(decided).toMatchObject({ winners: [{ label: 'A' }], tie: false, tieBreak: null });
    expect(decided.rounds?.[0]?.elimination).toMatchObject({ by: 'tie_rule', tieBreak: { rule: 'casting_vote', status: 'decided', chosen: h.id('B') } });
  });

  it('while open a decision may be changed and cleared', async () => {
    const h = await eliminationTie();
    await h.call('polls.setCastingVotes', { pollId: h.poll.id, choices: [h.id('B')] });
    expect((await h.call('polls.setCastingVotes', { pollId: h.poll.id, choices: [h.id('C')] })).tieRule).toEqual({ rule: 'casting_vote', choices: [h.id('C')] });
    expect((await h.call('polls.setCastingVotes', { pollId: h.poll.id, choices: [] })).tieRule).toEqual({ rule: 'casting_vote', choices: [] });
  });

  it('once closed a decision may be added but not changed or cleared until the poll is reopened', async () => {
    const h = await eliminationTie();
    await h.call('polls.close', { id: h.poll.id });
    // The tie met at the close is decided on the closed poll.
    await h.call('polls.setCastingVotes', { pollId: h.poll.id, choices: [h.id('B')] });
    for (const choices of [[], [h.id('C')]]) {
      await expect(h.call('polls.setCastingVotes', { pollId: h.poll.id, choices })).rejects.toMatchObject({
        code: 'conflict',
        messageKey: 'poll.casting_vote_recorded',
        details: { choices: [h.id('B')] },
      });
    }
    // Adding to what is recorded is fine (a later tie in the same count).
    expect((await h.call('polls.setCastingVotes', { pollId: h.poll.id, choices: [h.id('B'), h.id('A')] })).tieRule).toMatchObject({ choices: [h.id('B'), h.id('A')] });
    expect((await h.call('polls.get', { id: h.poll.id })).tieRule).toEqual({ rule: 'casting_vote', choices: [h.id('B'), h.id('A')] });

    await h.call('polls.reopen', { id: h.poll.id });
    expect((await h.call('polls.setCastingVotes', { pollId: h.poll.id, choices: [] })).tieRule).toEqual({ rule: 'casting_vote', choices: [] });
    expect((await h.results(h.poll.id)).tieBreak).toMatchObject({ status: 'awaiting_choice' });
  });
});
