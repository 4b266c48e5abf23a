/** Tie rules chosen before the poll (lottery seed recorded on open, casting vote), eligibility, change events. */
import { describe, expect, it } from 'vitest';
import { seededOrder } from '../../../shared/tally/ties';
import { labels, openPolls } from './harness';

describe('tie rules', () => {
  it('a lottery without a seed gets one when the poll opens; the draw is the same on every read', async () => {
    const h = await openPolls();
    const draft = await h.create({ title: 'จับฉลาก', method: 'plurality', tieRule: { rule: 'lottery' }, options: labels('ถนน', 'ประปา', 'ไฟฟ้า') });
    expect(draft.tieRule).toEqual({ rule: 'lottery', seed: null });
    const poll = await h.call('polls.open', { id: draft.id });
    const seed = poll.tieRule.rule === 'lottery' ? poll.tieRule.seed : null;
    expect(seed).toEqual(expect.any(Number));
    expect(h.peek<{ tie_rule: string }>('SELECT tie_rule FROM poll')[0]?.tie_rule).toBe(JSON.stringify({ rule: 'lottery', seed }));

    const id = h.ids(poll);
    await h.call('polls.addBallots', { pollId: poll.id, ballots: [{ ranking: [id('ถนน')] }, { ranking: [id('ไฟฟ้า')] }] });
    const first = await h.results(poll.id);
    // The tied options in poll order, shuffled by the recorded seed (shared/tally/ties.ts).
    const draw = seededOrder([id('ถนน'), id('ไฟฟ้า')], seed as number);
    expect(first.tieBreak).toEqual({ stage: 'winner', tied: [id('ถนน'), id('ไฟฟ้า')], rule: 'lottery', status: 'decided', chosen: draw[0], draw, seed });
    expect(first.winners.map((w) => w.label)).toEqual(['ถนน', 'ไฟฟ้า']);
    expect(first.tie).toBe(true);

    // Closing and reopening keeps the seed: the result does not change.
    await h.call('polls.close', { id: poll.id });
    await h.call('polls.reopen', { id: poll.id });
    expect(await h.results(poll.id)).toEqual(first);
  });

  it('a seed given before the poll is kept as given', async () => {
    const h = await openPolls();
    const poll = await h.createOpen({ title: 'จับฉลาก', method: 'borda', tieRule: { rule: 'lottery', seed: 20261123 }, options: labels('ก', 'ข') });
    expect(poll.tieRule).toEqual({ rule: 'lottery', seed: 20261123 });
    expect((await h.results(poll.id)).tieRule).toEqual({ rule: 'lottery', seed: 20261123 });
  });

  it('casting vote: the tie waits for the facilitator, whose choice is recorded with the poll', async () => {
    const h = await openPolls();
    const poll = await h.createOpen({ title: 'ลงคะแนน', method: 'borda', options: labels('ถนน', 'ประปา') });
    const id = h.ids(poll);
    await h.call('polls.addBallots', { pollId: poll.id, ballots: [{ ranking: [id('ถนน'), id('ประปา')] }, { ranking: [id('ประปา'), id('ถนน')] }] });
    expect((await h.results(poll.id)).tieBreak).toMatchObject({ status: 'awaiting_choice', chosen: null });
    await h.call('polls.close', { id: poll.id });
    const decided = await h.call('polls.setCastingVotes', { pollId: poll.id, choices: [id('ประปา')] });
    expect(decided.tieRule).toEqual({ rule: 'casting_vote', choices: [id('ประปา')] });
    const result = await h.results(poll.id);
    expect(result.tieBreak).toMatchObject({ status: 'decided', chosen: id('ประปา') });
    // Both still listed as winners: a tie is never hidden.
    expect(result.winners.map((w) => w.label)).toEqual(['ถนน', 'ประปา']);

  });

  it('re-vote: the tied options go to a new draft poll with the same settings and voters', async () => {
    const h = await openPolls();
    const [a, b] = (await h.checkIn(2)) as [string, string];
    const road = await h.issue('ถนน');
    const poll = await h.createOpen({
      title: 'ลงคะแนน',
      method: 'irv',
      tieRule: { rule: 'revote' },
      eligibility: { kind: 'list', personIds: [a, b] },
      options: [{ issueId: road }, { label: 'ประปา' }, { label: 'ไฟฟ้า' }],
    });
    const id = h.ids(poll);
    await h.call('polls.addBallots', { pollId: poll.id, ballots: [{ ranking: [id('ถนน')], voterId: a }, { ranking: [id('ประปา')], voterId: b }] });
    await expect(h.call('polls.setCastingVotes', { pollId: poll.id, choices: [] })).rejects.toMatchObject({ code: 'conflict', messageKey: 'poll.not_casting_vote' });
    await h.call('polls.close', { id: poll.id });
    const result = await h.results(poll.id);
    // Round 1: ถนน 1, ประปา 1, ไฟฟ้า 0 → ไฟฟ้า out; round 2: 1 to 1 between the last two: a tie for the re-vote.
    expect(result.tieBreak).toMatchObject({ stage: 'winner', status: 'revote_required', tied: [id('ถนน'), id('ประปา')] });

    const again = await h.call('polls.duplicate', { id: poll.id, optionIds: result.tieBreak?.tied, title: 'ลงคะแนนใหม่' });
    expect(again).toMatchObject({
      title: 'ลงคะแนนใหม่',
      method: 'irv',
      status: 'draft',
      tieRule: { rule: 'revote' },
      eligibility: { kind: 'list', personIds: [a, b].sort() },
      inputCount: 0,
    });
    expect(again.options.map((o) => [o.position, o.label, o.issueId])).toEqual([
      [1, 'ถนน', road],
      [2, 'ประปา', null],
    ]);
    await expect(h.call('polls.duplicate', { id: poll.id, optionIds: [again.options[0]?.id as string] })).rejects.toMatchObject({ messageKey: 'poll.option_unknown' });
  });
});

describe('eligibility', () => {
  it('a small group: only its members vote, its size is the eligible count; a deleted group is warned about', async () => {
    const h = await openPolls();
    const [member, other] = (await h.checkIn(2)) as [string, string];
    const group = await h.group('กลุ่มเยาวชน', [member]);
    const poll = await h.createOpen({ title: 'เยาวชนเลือก', method: 'plurality', eligibility: { kind: 'group', groupId: group }, options: labels('ก', 'ข') });
    expect(poll).toMatchObject({ eligibility: { kind: 'group', groupId: group, groupName: 'กลุ่มเยาวชน' }, eligibleCount: 1 });
    const id = h.ids(poll);
    await h.call('polls.addBallot', { pollId: poll.id, ranking: [id('ก')], voterId: member });
    await expect(h.call('polls.addBallot', { pollId: poll.id, ranking: [id('ข')], voterId: other })).rejects.toMatchObject({
      messageKey: 'poll.voter_not_eligible',
      message: `person ${other} is not a member of the poll's group`,
    });
    await h.call('groups.delete', { id: group });
    expect((await h.call('polls.get', { id: poll.id })).eligibility).toEqual({ kind: 'group', groupId: null, groupName: 'กลุ่มเยาวชน' });
    expect((await h.results(poll.id)).warnings).toEqual(['more_votes_than_eligible', 'eligible_group_deleted']);
  });

  it('a named list: only the people on it, in a batch too (with the ballot index)', async () => {
    const h = await openPolls();
    const [a, b, c] = (await h.checkIn(3)) as [string, string, string];
    const poll = await h.createOpen({ title: 'คณะกรรมการ', method: 'approval', eligibility: { kind: 'list', personIds: [a, b] }, options: labels('ก', 'ข') });
    expect(poll.eligibleCount).toBe(2);
    const id = h.ids(poll);
    await expect(
      h.call('polls.addBallots', {
        pollId: poll.id,
        ballots: [
          { approved: [id('ก')], voterId: a },
          { approved: [id('ข')], voterId: c },
        ],
      }),
    ).rejects.toMatchObject({ code: 'conflict', message: `ballots[1]: person ${c} is not on the poll's list of voters` });
    expect(h.peek('SELECT count(*) AS n FROM poll_ballot')).toEqual([{ n: 0 }]);
  });
});

describe('change events', () => {
  it('every write on a poll emits entity "poll" with its forum, after it commits', async () => {
    const h = await openPolls();
    const poll = await h.createOpen({ title: 'ลงคะแนน', method: 'plurality', options: labels('ก', 'ข') });
    const id = h.ids(poll);
    const before = h.events.length;
    const ballot = await h.call('polls.addBallot', { pollId: poll.id, ranking: [id('ก')] });
    await h.call('polls.addBallots', { pollId: poll.id, ballots: [{ ranking: [id('ข')] }] });
    await h.call('polls.removeBallot', { id: ballot.id });
    await expect(h.call('polls.addBallot', { pollId: poll.id, ranking: [id('ก'), id('ก')] })).rejects.toThrow();
    await h.results(poll.id);
    expect(h.events.slice(before)).toEqual(Array(3).fill({ entity: 'poll', id: poll.id, forumId: h.forum.id }));
  });
});
