/**
 * Issue 11.8: erasing a person must not rewrite a closed vote. What a closed poll recorded
 * (how many were eligible, and so present) stays as it was when it closed; the results, the
 * poll itself and the minutes read it from there.
 */
import { describe, expect, it } from 'vitest';
import { openPolls } from './harness';

async function closedYesNo() {
  const h = await openPolls();
  const people = await h.checkIn(30);
  const poll = await h.create({ title: 'เห็นชอบให้เสนอแผนพัฒนาหมู่บ้านต่อ อบต.', method: 'yes_no' });
  await h.call('polls.open', { id: poll.id });
  await h.call('polls.setCounts', { pollId: poll.id, kind: 'yes_no', yes: 20, no: 8, abstain: 2 });
  await h.call('polls.close', { id: poll.id });
  return { h, poll, people };
}

describe('a closed poll keeps what it recorded', () => {
  it('30 eligible at the close stay 30 after a participant is erased: results, poll and minutes, no "more than eligible" warning', async () => {
    const { h, poll, people } = await closedYesNo();
    const before = await h.call('polls.results', { id: poll.id });
    expect(before).toMatchObject({ eligibleCount: 30, ballotCount: 30, warnings: [] });

    await h.call('people.erase', { id: people[0] as string });

    const after = await h.call('polls.results', { id: poll.id });
    expect(after.eligibleCount).toBe(30);
    expect(after.warnings).not.toContain('more_votes_than_eligible');
    expect(after.yesNo).toEqual(before.yesNo);
    expect((await h.call('polls.get', { id: poll.id })).eligibleCount).toBe(30);

    const minutes = await h.call('reports.minutes', { forumId: h.forum.id });
    expect(minutes.polls.find((p) => p.pollId === poll.id)?.results).toMatchObject({ eligibleCount: 30, warnings: [] });
    const { html } = await h.call('reports.preview', { forumId: h.forum.id, thaiDigits: false });
    expect(html).toContain('ผู้มีสิทธิ์ลงคะแนน 30 คน');
    expect(html).not.toContain('ผู้มีสิทธิ์ลงคะแนน 29 คน');
  });

  it('a poll reopened counts the eligible afresh, and records them again when it closes', async () => {
    const { h, poll, people } = await closedYesNo();
    await h.call('people.erase', { id: people[0] as string });
    await h.call('polls.reopen', { id: poll.id });
    expect((await h.call('polls.get', { id: poll.id })).eligibleCount).toBe(29);
    await h.call('polls.setCounts', { pollId: poll.id, kind: 'yes_no', yes: 20, no: 7, abstain: 2 });
    await h.call('polls.close', { id: poll.id });
    await h.checkIn(3);
    expect(await h.call('polls.results', { id: poll.id })).toMatchObject({ eligibleCount: 29, ballotCount: 29, warnings: [] });
    expect(h.peek('SELECT closed_eligible_count FROM poll WHERE id = ?', poll.id)).toEqual([{ closed_eligible_count: 29 }]);
  });

  it('an open poll follows the room: the count is live until it closes', async () => {
    const h = await openPolls();
    await h.checkIn(5);
    const poll = await h.create({ title: 'เห็นชอบ', method: 'yes_no' });
    await h.call('polls.open', { id: poll.id });
    await h.checkIn(2);
    expect((await h.call('polls.get', { id: poll.id })).eligibleCount).toBe(7);
    expect(h.peek('SELECT closed_eligible_count FROM poll WHERE id = ?', poll.id)).toEqual([{ closed_eligible_count: null }]);
  });
});
