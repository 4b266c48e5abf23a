/** Approval and dot voting, show of hands and yes/no end to end through the service, with hand-counted results. */
import { describe, expect, it } from 'vitest';
import { labels, openPolls } from './harness';

const table = (ranking: { label: string; score: number; rank: number }[]) => ranking.map((e) => [e.label, e.score, e.rank]);

describe('approval and dot voting', () => {
  it('approval: per-participant ballots plus board totals; maxApprovals per ballot', async () => {
    const h = await openPolls();
    const people = await h.checkIn(4);
    const poll = await h.createOpen({ title: 'โครงการที่เห็นด้วย', method: 'approval', rules: { maxApprovals: 2 }, options: labels('ถนน', 'ประปา', 'ไฟฟ้า') });
    const id = h.ids(poll);
    await h.call('polls.addBallots', {
      pollId: poll.id,
      ballots: [
        { approved: [id('ถนน'), id('ประปา')], voterId: people[0] },
        { approved: [id('ประปา')], voterId: people[1] },
        { approved: [id('ประปา'), id('ไฟฟ้า')], count: 2 },
      ],
    });
    await expect(h.call('polls.addBallot', { pollId: poll.id, approved: [id('ถนน'), id('ประปา'), id('ไฟฟ้า')] })).rejects.toMatchObject({
      code: 'validation',
      message: 'approves 3 options, the limit is 2 per participant',
    });
    // ถนน 1, ประปา 1 + 1 + 2 = 4, ไฟฟ้า 2; then the board adds ถนน 3, ไฟฟ้า 1 from 3 more people.
    expect(table((await h.results(poll.id)).ranking)).toEqual([
      ['ประปา', 4, 1],
      ['ไฟฟ้า', 2, 2],
      ['ถนน', 1, 3],
    ]);
    await h.call('polls.setCounts', { pollId: poll.id, kind: 'totals', totals: { [id('ถนน')]: 3, [id('ประปา')]: 0, [id('ไฟฟ้า')]: 1 }, participants: 3 });
    const result = await h.results(poll.id);
    // Tied options are listed in poll order.
    expect(table(result.ranking)).toEqual([
      ['ถนน', 4, 1],
      ['ประปา', 4, 1],
      ['ไฟฟ้า', 3, 3],
    ]);
    // 4 ballots + 3 people at the board = 7 participants, from 4 checked in.
    expect(result).toMatchObject({ mode: 'approval', tie: true, ballotCount: 7, warnings: ['more_votes_than_eligible'] });
    await expect(
      h.call('polls.setCounts', { pollId: poll.id, kind: 'totals', totals: { [id('ถนน')]: 4, [id('ประปา')]: 0, [id('ไฟฟ้า')]: 0 }, participants: 3 }),
    ).rejects.toMatchObject({ code: 'validation', message: '"ถนน" has 4 approvals from 3 participants' });
  });

  it('dots: a participant may spread dots over several ballots, never over the limit in total', async () => {
    const h = await openPolls();
    const [malee, somchai] = (await h.checkIn(2)) as [string, string];
    const poll = await h.createOpen({ title: 'ติดดาว', method: 'approval', rules: { mode: 'dots', dotsPerParticipant: 3 }, options: labels('ถนน', 'ประปา') });
    const id = h.ids(poll);
    await h.call('polls.addBallot', { pollId: poll.id, dots: { [id('ถนน')]: 2 }, voterId: malee });
    await expect(h.call('polls.addBallot', { pollId: poll.id, dots: { [id('ประปา')]: 2 }, voterId: malee })).rejects.toMatchObject({
      code: 'validation',
      messageKey: 'poll.dots_over_limit',
      message: `person ${malee} would have 4 dots, the limit is 3 per participant`,
    });
    await h.call('polls.addBallot', { pollId: poll.id, dots: { [id('ประปา')]: 1 }, voterId: malee });
    // In one batch too: 2 + 2 for somchai is over 3.
    await expect(
      h.call('polls.addBallots', {
        pollId: poll.id,
        ballots: [
          { dots: { [id('ประปา')]: 2 }, voterId: somchai },
          { dots: { [id('ถนน')]: 2 }, voterId: somchai },
        ],
      }),
    ).rejects.toMatchObject({ code: 'validation', messageKey: 'poll.dots_over_limit', details: [{ ballot: 1, path: ['ballots[1].dots'] }] });
    // One anonymous sheet over the limit is refused on its own.
    await expect(h.call('polls.addBallot', { pollId: poll.id, dots: { [id('ถนน')]: 4 } })).rejects.toMatchObject({
      message: 'uses 4 dots, the limit is 3 per participant',
    });
    await h.call('polls.addBallot', { pollId: poll.id, dots: { [id('ประปา')]: 3 }, voterId: somchai });
    const result = await h.results(poll.id);
    // ถนน 2; ประปา 1 + 3 = 4.
    expect(table(result.ranking)).toEqual([
      ['ประปา', 4, 1],
      ['ถนน', 2, 2],
    ]);
    expect(result).toMatchObject({ method: 'approval', mode: 'dots', ballotCount: 3 });
  });
});

describe('show of hands', () => {
  it('counts per option with breakdowns by gender and village that add up', async () => {
    const h = await openPolls();
    await h.checkIn(20);
    const poll = await h.createOpen({ title: 'ยกมือ', method: 'show_of_hands', options: labels('ถนน', 'ประปา') });
    const id = h.ids(poll);
    const road = id('ถนน');
    const water = id('ประปา');
    const counts = await h.call('polls.setCounts', {
      pollId: poll.id,
      kind: 'hands',
      hands: { [road]: 12, [water]: 7 },
      breakdowns: [
        { by: 'gender', groups: { female: { [road]: 5, [water]: 4 }, male: { [road]: 7, [water]: 3 } } },
        { by: 'village', groups: { 'หมู่ 3': { [road]: 12 }, 'หมู่ 5': { [water]: 7 } } },
      ],
    });
    expect(counts.hands?.breakdowns.map((b) => b.by)).toEqual(['gender', 'village']);
    const result = await h.results(poll.id);
    expect(table(result.ranking)).toEqual([
      ['ถนน', 12, 1],
      ['ประปา', 7, 2],
    ]);
    expect(result.breakdowns?.[0]).toEqual({
      by: 'gender',
      groups: [
        { group: 'female', hands: [{ option: road, votes: 5 }, { option: water, votes: 4 }], total: 9 },
        { group: 'male', hands: [{ option: road, votes: 7 }, { option: water, votes: 3 }], total: 10 },
      ],
    });
    expect(result.ballotCount).toBe(19);
  });

  it('refuses a breakdown that does not add up, a missing option, and keeps the earlier counts', async () => {
    const h = await openPolls();
    const poll = await h.createOpen({ title: 'ยกมือ', method: 'show_of_hands', options: labels('ถนน', 'ประปา') });
    const id = h.ids(poll);
    await h.call('polls.setCounts', { pollId: poll.id, kind: 'hands', hands: { [id('ถนน')]: 2, [id('ประปา')]: 1 } });
    await expect(
      h.call('polls.setCounts', {
        pollId: poll.id,
        kind: 'hands',
        hands: { [id('ถนน')]: 12, [id('ประปา')]: 7 },
        breakdowns: [{ by: 'gender', groups: { female: { [id('ถนน')]: 5, [id('ประปา')]: 4 }, male: { [id('ถนน')]: 6, [id('ประปา')]: 3 } } }],
      }),
    ).rejects.toMatchObject({
      code: 'validation',
      messageKey: 'poll.counts_invalid',
      message: 'breakdown by "gender": the groups give "ถนน" 11 hands (female 5 + male 6), but its total is 12',
      details: [{ code: 'breakdown_sum', params: { by: 'gender', option: 'ถนน', sum: 11, total: 12 } }],
    });
    await expect(h.call('polls.setCounts', { pollId: poll.id, kind: 'hands', hands: { [id('ถนน')]: 12 } })).rejects.toMatchObject({
      message: 'no count for option "ประปา" (enter 0 if no hand was raised)',
    });
    await expect(h.call('polls.setCounts', { pollId: poll.id, kind: 'yes_no', yes: 1, no: 1 })).rejects.toMatchObject({ messageKey: 'poll.counts_wrong_kind' });
    await expect(h.call('polls.addBallot', { pollId: poll.id, ranking: [] })).rejects.toMatchObject({ messageKey: 'poll.ballots_not_taken' });
    expect((await h.call('polls.inputs', { pollId: poll.id })).counts.hands?.hands).toEqual({ [id('ถนน')]: 2, [id('ประปา')]: 1 });
  });
});

describe('yes / no / abstain', () => {
  it('states quorum and whether the motion carried, with present taken from the checked-in count', async () => {
    const h = await openPolls();
    await h.checkIn(10);
    const poll = await h.createOpen({ title: 'เห็นชอบแผนพัฒนาหมู่บ้าน', method: 'yes_no', rules: { majority: 'two_thirds', quorum: 8 } });
    await h.call('polls.setCounts', { pollId: poll.id, kind: 'yes_no', yes: 6, no: 3, abstain: 1 });
    let result = await h.results(poll.id);
    // 3 × 6 = 18 ≥ 2 × (6 + 3) = 18: carried; 10 present ≥ quorum 8.
    expect(result.yesNo).toMatchObject({ yes: 6, no: 3, abstain: 1, present: 10, quorumMet: true, carried: true, outcome: 'carried', majority: 'two_thirds' });
    expect(result).toMatchObject({ ranking: [], winners: [], ballotCount: 10, eligibleCount: 10 });

    await h.call('polls.setCounts', { pollId: poll.id, kind: 'yes_no', yes: 5, no: 2, present: 7 });
    result = await h.results(poll.id);
    expect(result.yesNo).toMatchObject({ present: 7, quorumMet: false, carried: false, outcome: 'no_quorum' });

    await expect(h.call('polls.setCounts', { pollId: poll.id, kind: 'yes_no', yes: 6, no: 5, present: 10 })).rejects.toMatchObject({
      code: 'validation',
      message: '11 votes (yes 6, no 5, abstain 0) but only 10 attendees present',
      // Coded with its numbers, so the screen can say it in Thai.
      details: [{ path: ['present'], code: 'yes_no_over_present', params: { cast: 11, yes: 6, no: 5, abstain: 0, present: 10 } }],
    });
  });

  it('a simple-majority tie waits for the casting vote, then follows it', async () => {
    const h = await openPolls();
    await h.checkIn(4);
    const poll = await h.createOpen({ title: 'ญัตติ', method: 'yes_no' });
    await h.call('polls.setCounts', { pollId: poll.id, kind: 'yes_no', yes: 2, no: 2 });
    expect((await h.results(poll.id)).yesNo).toMatchObject({ tie: true, carried: null, outcome: 'tie_awaiting_choice' });
    await expect(h.call('polls.setCastingVotes', { pollId: poll.id, choices: ['maybe'] })).rejects.toMatchObject({ messageKey: 'poll.casting_vote_unknown' });
    await h.call('polls.setCastingVotes', { pollId: poll.id, choices: ['no'] });
    const result = await h.results(poll.id);
    expect(result.yesNo).toMatchObject({ carried: false, outcome: 'not_carried' });
    expect(result.tieBreak).toMatchObject({ rule: 'casting_vote', status: 'decided', chosen: 'no' });
  });
});
