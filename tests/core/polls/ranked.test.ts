/**
 * Ranked polls end to end through the service: create → open → paper ballots → results, on the
 * Tennessee example where the four ranked methods pick four different winners.
 */
import { describe, expect, it } from 'vitest';
import type { RANKED_BALLOT_METHODS } from '../../../shared/contract';
import { CITIES, MISSING, TENNESSEE, labels, openPolls } from './harness';

async function tennessee(method: (typeof RANKED_BALLOT_METHODS)[number]) {
  const h = await openPolls();
  await h.checkIn(3);
  const poll = await h.createOpen({ title: 'เมืองหลวงของรัฐ', method, options: labels(...CITIES) });
  const id = h.ids(poll);
  await h.call('polls.addBallots', { pollId: poll.id, ballots: TENNESSEE.map(([ranking, count]) => ({ ranking: ranking.map(id), count })) });
  return { ...h, poll, id, result: await h.results(poll.id) };
}

const table = (ranking: { label: string; score: number; rank: number }[]) => ranking.map((e) => [e.label, e.score, e.rank]);

describe('ranked polls on the Tennessee example (42 M>N>C>K, 26 N>C>K>M, 15 C>K>N>M, 17 K>C>N>M)', () => {
  it('plurality: Memphis on first preferences 42 > 26 > 17 > 15', async () => {
    const { result, id } = await tennessee('plurality');
    expect(result.winners).toEqual([{ optionId: id('Memphis'), label: 'Memphis', issueId: null }]);
    expect(table(result.ranking)).toEqual([
      ['Memphis', 42, 1],
      ['Nashville', 26, 2],
      ['Knoxville', 17, 3],
      ['Chattanooga', 15, 4],
    ]);
    expect(result).toMatchObject({ method: 'plurality', tie: false, tieBreak: null, ballotCount: 100, blankCount: 0, eligibleCount: 3, status: 'open' });
    // 100 paper ballots from 3 checked-in people: said, not hidden.
    expect(result.warnings).toEqual(['more_votes_than_eligible']);
  });

  it('Borda: Nashville 194 (42×2 + 26×3 + 15 + 17), Chattanooga 173, Memphis 126, Knoxville 107', async () => {
    const { result } = await tennessee('borda');
    expect(table(result.ranking)).toEqual([
      ['Nashville', 194, 1],
      ['Chattanooga', 173, 2],
      ['Memphis', 126, 3],
      ['Knoxville', 107, 4],
    ]);
  });

  it('IRV: Chattanooga out, then Nashville, Knoxville wins 58 to 42, every round reported', async () => {
    const { result, id } = await tennessee('irv');
    expect(result.winners.map((w) => w.label)).toEqual(['Knoxville']);
    expect(result.rounds?.map((r) => [r.round, r.tally.map((t) => [t.option, t.votes]), r.eliminated])).toEqual([
      [1, [[id('Memphis'), 42], [id('Nashville'), 26], [id('Chattanooga'), 15], [id('Knoxville'), 17]], id('Chattanooga')],
      [2, [[id('Memphis'), 42], [id('Nashville'), 26], [id('Knoxville'), 32]], id('Nashville')],
      [3, [[id('Memphis'), 42], [id('Knoxville'), 58]], null],
    ]);
    expect(table(result.ranking)).toEqual([
      ['Knoxville', 58, 1],
      ['Memphis', 42, 2],
      ['Nashville', 26, 3],
      ['Chattanooga', 15, 4],
    ]);
  });

  it('Schulze: Nashville, the Condorcet winner (beats M 58–42, C 68–32, K 68–32); score = options beaten', async () => {
    const { result } = await tennessee('schulze');
    expect(table(result.ranking)).toEqual([
      ['Nashville', 3, 1],
      ['Chattanooga', 2, 2],
      ['Knoxville', 1, 3],
      ['Memphis', 0, 4],
    ]);
    // d[Nashville][Memphis] = 26 + 15 + 17 = 58, in option order M, N, C, K.
    expect(result.pairwise?.[1]?.[0]).toBe(58);
    expect(result.pairwise?.[0]?.[1]).toBe(42);
  });
});

describe('ranked ballot entry', () => {
  it('takes partial rankings and blank ballots, numbers them, and undoes an entry', async () => {
    const h = await openPolls();
    const poll = await h.createOpen({ title: 'โครงการ', method: 'borda', options: labels('ถนน', 'ประปา', 'ไฟฟ้า') });
    const id = h.ids(poll);
    const first = await h.call('polls.addBallot', { pollId: poll.id, ranking: [id('ประปา')] });
    const second = await h.call('polls.addBallot', { pollId: poll.id, ranking: [id('ถนน'), id('ไฟฟ้า')] });
    const blank = await h.call('polls.addBallot', { pollId: poll.id, ranking: [] });
    expect([first.seq, second.seq, blank.seq]).toEqual([1, 2, 3]);
    // n = 3: first place 2 points, second 1; unranked 0. ประปา 2, ถนน 2, ไฟฟ้า 1.
    let result = await h.results(poll.id);
    expect(table(result.ranking)).toEqual([
      ['ถนน', 2, 1],
      ['ประปา', 2, 1],
      ['ไฟฟ้า', 1, 3],
    ]);
    expect(result).toMatchObject({ tie: true, ballotCount: 3, blankCount: 1, tieBreak: { status: 'awaiting_choice', tied: [id('ถนน'), id('ประปา')] } });

    expect(await h.call('polls.removeBallot', { id: second.id })).toEqual(second);
    result = await h.results(poll.id);
    expect(result.winners.map((w) => w.label)).toEqual(['ประปา']);
    // The next ballot gets a new number: 2 stays the removed paper's.
    expect((await h.call('polls.addBallot', { pollId: poll.id, ranking: [id('ไฟฟ้า')] })).seq).toBe(4);
    expect((await h.call('polls.inputs', { pollId: poll.id })).ballots.map((b) => b.seq)).toEqual([1, 3, 4]);
  });

  it('refuses an unknown option and an option twice, naming the option by its label', async () => {
    const h = await openPolls();
    const poll = await h.createOpen({ title: 'โครงการ', method: 'irv', options: labels('ถนน', 'ประปา') });
    const id = h.ids(poll);
    await expect(h.call('polls.addBallot', { pollId: poll.id, ranking: [id('ถนน'), MISSING] })).rejects.toMatchObject({
      code: 'validation',
      messageKey: 'poll.ballot_invalid',
      message: `unknown option "${MISSING}"`,
      details: [{ path: ['ranking[1]'], message: `unknown option "${MISSING}"` }],
    });
    await expect(h.call('polls.addBallot', { pollId: poll.id, ranking: [id('ถนน'), id('ประปา'), id('ถนน')] })).rejects.toMatchObject({
      code: 'validation',
      message: 'option "ถนน" appears twice in the ranking',
    });
    await expect(h.call('polls.addBallot', { pollId: poll.id, approved: [id('ถนน')] })).rejects.toMatchObject({
      code: 'validation',
      message: 'irv ballots have "ranking" (option ids, most preferred first), not "approved"',
    });
    expect(h.peek('SELECT count(*) AS n FROM poll_ballot')).toEqual([{ n: 0 }]);
  });

  it('a batch is all or nothing, and its refusals give the ballot index', async () => {
    const h = await openPolls();
    const poll = await h.createOpen({ title: 'โครงการ', method: 'schulze', options: labels('ถนน', 'ประปา', 'ไฟฟ้า') });
    const id = h.ids(poll);
    const ballots = [
      { ranking: [id('ถนน'), id('ประปา')] },
      { ranking: [id('ประปา'), id('ประปา')] },
      { ranking: [id('ไฟฟ้า')], count: 3 },
      { ranking: [MISSING] },
    ];
    await expect(h.call('polls.addBallots', { pollId: poll.id, ballots })).rejects.toMatchObject({
      code: 'validation',
      message: 'ballot 1: option "ประปา" appears twice in the ranking (and 1 more problem); none of the 4 ballots was saved',
      details: [
        { ballot: 1, path: ['ballots[1].ranking[1]'], message: 'option "ประปา" appears twice in the ranking' },
        { ballot: 3, path: ['ballots[3].ranking[0]'], message: `unknown option "${MISSING}"` },
      ],
    });
    expect(h.peek('SELECT count(*) AS n FROM poll_ballot')).toEqual([{ n: 0 }]);
    const ok = await h.call('polls.addBallots', { pollId: poll.id, ballots: [ballots[0] as (typeof ballots)[0], ballots[2] as (typeof ballots)[0]] });
    expect(ok.ballots.map((b) => [b.seq, b.count])).toEqual([
      [1, 1],
      [2, 3],
    ]);
    expect((await h.results(poll.id)).ballotCount).toBe(4);
  });

  it('refuses ballots unless the poll is open, and takes them again after a reopen', async () => {
    const h = await openPolls();
    const draft = await h.create({ title: 'โครงการ', method: 'plurality', options: labels('ถนน', 'ประปา') });
    const id = h.ids(draft);
    const ballot = { pollId: draft.id, ranking: [id('ถนน')] };
    await expect(h.call('polls.addBallot', ballot)).rejects.toMatchObject({ code: 'conflict', messageKey: 'poll.not_open' });
    await h.call('polls.open', { id: draft.id });
    const entered = await h.call('polls.addBallot', ballot);
    await h.call('polls.close', { id: draft.id });
    await expect(h.call('polls.addBallot', ballot)).rejects.toMatchObject({ code: 'conflict', messageKey: 'poll.not_open' });
    await expect(h.call('polls.removeBallot', { id: entered.id })).rejects.toMatchObject({ code: 'conflict', messageKey: 'poll.not_open' });
    await h.call('polls.reopen', { id: draft.id });
    await h.call('polls.addBallot', ballot);
    expect((await h.results(draft.id)).ranking[0]).toMatchObject({ label: 'ถนน', score: 2 });
  });

  it('a named voter must be eligible and votes once', async () => {
    const h = await openPolls();
    const [voter] = await h.checkIn(1);
    const registered = await h.call('people.create', (await import('../../support/factories')).personDraft());
    await h.call('attendance.register', { forumId: h.forum.id, personId: registered.id });
    const poll = await h.createOpen({ title: 'โครงการ', method: 'borda', options: labels('ถนน', 'ประปา') });
    const id = h.ids(poll);
    await h.call('polls.addBallot', { pollId: poll.id, ranking: [id('ถนน')], voterId: voter as string });
    await expect(h.call('polls.addBallot', { pollId: poll.id, ranking: [id('ประปา')], voterId: voter as string })).rejects.toMatchObject({
      code: 'conflict',
      messageKey: 'poll.already_voted',
    });
    // Registered but not checked in.
    await expect(h.call('polls.addBallot', { pollId: poll.id, ranking: [id('ประปา')], voterId: registered.id })).rejects.toMatchObject({
      code: 'conflict',
      messageKey: 'poll.voter_not_eligible',
      message: `person ${registered.id} is not checked in at the forum`,
    });
    await expect(h.call('polls.addBallot', { pollId: poll.id, ranking: [id('ประปา')], voterId: voter as string, count: 2 })).rejects.toMatchObject({
      code: 'validation',
      message: 'a ballot of a named voter counts once',
    });
  });
});
