/** Undo of a removed ballot: back under its own id and entry number, checked as a new ballot is. */
import { describe, expect, it } from 'vitest';
import { labels, openPolls } from './harness';

async function threeBallots() {
  const h = await openPolls();
  const [voter] = (await h.checkIn(2)) as [string, string];
  const poll = await h.createOpen({ title: 'จัดลำดับ', method: 'borda', options: labels('ถนน', 'ประปา', 'ไฟฟ้า') });
  const id = h.ids(poll);
  const first = await h.call('polls.addBallot', { pollId: poll.id, ranking: [id('ถนน')] });
  const named = await h.call('polls.addBallot', { pollId: poll.id, ranking: [id('ประปา'), id('ไฟฟ้า')], voterId: voter });
  const third = await h.call('polls.addBallot', { pollId: poll.id, ranking: [] });
  return { ...h, poll, id, voter, first, named, third };
}

const back = (b: { pollId: string; id: string; seq: number; voterId: string | null; ranking?: string[] | undefined }) => ({
  pollId: b.pollId,
  id: b.id,
  seq: b.seq,
  ranking: b.ranking ?? [],
  ...(b.voterId ? { voterId: b.voterId } : {}),
});

describe('polls.restoreBallot', () => {
  it('puts a removed ballot back with its id, entry number and voter', async () => {
    const h = await threeBallots();
    const removed = await h.call('polls.removeBallot', { id: h.named.id });
    expect((await h.call('polls.inputs', { pollId: h.poll.id })).ballots.map((b) => b.seq)).toEqual([1, 3]);
    const restored = await h.call('polls.restoreBallot', back(removed));
    expect(restored).toMatchObject({ id: h.named.id, seq: 2, voterId: h.voter, ranking: h.named.ranking });
    expect((await h.call('polls.inputs', { pollId: h.poll.id })).ballots.map((b) => [b.seq, b.id])).toEqual([
      [1, h.first.id],
      [2, h.named.id],
      [3, h.third.id],
    ]);
    // Twice is refused: it is there already.
    await expect(h.call('polls.restoreBallot', back(removed))).rejects.toMatchObject({ code: 'conflict', messageKey: 'poll.ballot_exists' });
  });

  it('takes the next entry number when its own has been given to another ballot since', async () => {
    const h = await threeBallots();
    const removed = await h.call('polls.removeBallot', { id: h.third.id });
    const retyped = await h.call('polls.addBallot', { pollId: h.poll.id, ranking: [h.id('ไฟฟ้า')] });
    expect(retyped.seq).toBe(3);
    expect((await h.call('polls.restoreBallot', back(removed))).seq).toBe(4);
  });

  it('is checked as a new ballot: the voter may have voted since, and the poll must be open', async () => {
    const h = await threeBallots();
    const removed = await h.call('polls.removeBallot', { id: h.named.id });
    const again = await h.call('polls.addBallot', { pollId: h.poll.id, ranking: [h.id('ถนน')], voterId: h.voter });
    await expect(h.call('polls.restoreBallot', back(removed))).rejects.toMatchObject({ code: 'conflict', messageKey: 'poll.already_voted' });
    await h.call('polls.removeBallot', { id: again.id });
    await h.call('polls.close', { id: h.poll.id });
    await expect(h.call('polls.restoreBallot', back(removed))).rejects.toMatchObject({ code: 'conflict', messageKey: 'poll.not_open' });
    expect((await h.call('polls.inputs', { pollId: h.poll.id })).ballots.map((b) => b.seq)).toEqual([1, 3]);
  });
});
