/** A block in fist-to-five must say why: refused by the contract without a reason, one at a time or in a batch. */
import { describe, expect, it } from 'vitest';
import { openPolls } from './harness';

describe('consensus block reason', () => {
  it('refuses a block without its reason, blank or missing, and stores nothing', async () => {
    const h = await openPolls();
    await h.checkIn(3);
    const poll = await h.createOpen({ title: 'รับรองแผน', method: 'consensus' });
    await expect(h.call('polls.addBallot', { pollId: poll.id, value: 'block' })).rejects.toMatchObject({ code: 'validation' });
    await expect(h.call('polls.addBallot', { pollId: poll.id, value: 'block', concern: '   ' })).rejects.toMatchObject({ code: 'validation' });
    await expect(h.call('polls.addBallots', { pollId: poll.id, ballots: [{ value: 5 }, { value: 'block' }] })).rejects.toMatchObject({ code: 'validation' });
    expect((await h.call('polls.inputs', { pollId: poll.id })).ballots).toEqual([]);

    // A low vote may go without a concern; a block with its reason is stored.
    await h.call('polls.addBallot', { pollId: poll.id, value: 1 });
    const block = await h.call('polls.addBallot', { pollId: poll.id, value: 'block', concern: 'ที่ดินทับซ้อน' });
    expect(block).toMatchObject({ value: 'block', concern: 'ที่ดินทับซ้อน' });
  });
});
