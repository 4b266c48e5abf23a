/** The weighted scoring matrix (with what-if) and the fist-to-five consensus check, end to end. */
import { describe, expect, it } from 'vitest';
import { personDraft } from '../../support/factories';
import { labels, openPolls } from './harness';

describe('weighted criteria scoring matrix', () => {
  async function scored() {
    const h = await openPolls();
    const [g1, g2, g3] = [await h.group('กลุ่ม 1'), await h.group('กลุ่ม 2'), await h.group('กลุ่ม 3')];
    const poll = await h.createOpen({
      title: 'ให้คะแนนปัญหา',
      method: 'score_matrix',
      rules: { scale: { min: 1, max: 5 }, criteria: [{ name: 'ความรุนแรง', weight: 2 }, { name: 'ความเป็นไปได้', weight: 1 }] },
      options: labels('ถนน', 'ประปา'),
    });
    const id = h.ids(poll);
    const sheet = (road: [number, number], water: [number, number]) => ({
      [id('ถนน')]: { ความรุนแรง: road[0], ความเป็นไปได้: road[1] },
      [id('ประปา')]: { ความรุนแรง: water[0], ความเป็นไปได้: water[1] },
    });
    await h.call('polls.setScores', { pollId: poll.id, scorer: { kind: 'group', groupId: g1 }, scores: sheet([4, 2], [5, 3]) });
    await h.call('polls.setScores', { pollId: poll.id, scorer: { kind: 'group', groupId: g2 }, scores: sheet([5, 4], [3, 3]) });
    // Group 3 types its sheet in two goes: the cells are upserted.
    await h.call('polls.setScores', { pollId: poll.id, scorer: { kind: 'group', groupId: g3 }, scores: { [id('ถนน')]: { ความรุนแรง: 3, ความเป็นไปได้: 1 } } });
    await h.call('polls.setScores', { pollId: poll.id, scorer: { kind: 'group', groupId: g3 }, scores: sheet([3, 5], [5, 1]) });
    return { ...h, poll, id, groups: [g1, g2, g3] };
  }

  it('weighted totals per scorer, the mean over scorers, and per-criterion means for the heat map', async () => {
    const { results, poll, id, groups } = await scored();
    const result = await results(poll.id);
    // Weighted totals (2 × severity + feasibility): ถนน 10, 14, 11 → sum 35, mean 35/3;
    // ประปา 13, 9, 11 → sum 33, mean 11.
    expect(result.ranking.map((e) => [e.label, e.score, e.rank])).toEqual([
      ['ถนน', 35 / 3, 1],
      ['ประปา', 11, 2],
    ]);
    expect(result.matrix?.scorers.map((s) => s.name)).toEqual(['กลุ่ม 1', 'กลุ่ม 2', 'กลุ่ม 3']);
    const road = result.matrix?.table[0];
    expect(road).toMatchObject({ option: id('ถนน'), label: 'ถนน', total: 35 / 3, sum: 35 });
    expect(road?.perScorer.map((s) => s.total)).toEqual([10, 14, 11]);
    // Severity mean (4 + 5 + 3) / 3 = 4, weighted 8; feasibility (2 + 4 + 5) / 3 = 11/3.
    expect(road?.perCriterion).toEqual([
      { criterion: 'ความรุนแรง', mean: 4, weighted: 8 },
      { criterion: 'ความเป็นไปได้', mean: 11 / 3, weighted: 11 / 3 },
    ]);
    expect(result.matrix?.scorers.map((s) => s.scorerId)).toHaveLength(3);
    expect(result).toMatchObject({ ballotCount: 3, warnings: [] });
    expect((await results(poll.id)).matrix?.scorers.map((s) => s.kind)).toEqual(['group', 'group', 'group']);
    expect(groups).toHaveLength(3);
  });

  it('what-if: with feasibility weighted 0, ประปา (severity mean 13/3) overtakes ถนน (4)', async () => {
    const { results, poll, id } = await scored();
    const result = await results(poll.id, { ความเป็นไปได้: 0 });
    expect(result.ranking[0]?.label).toBe('ถนน');
    expect(result.whatIf?.ranking.map((e) => [e.label, e.score, e.rank])).toEqual([
      ['ประปา', 26 / 3, 1],
      ['ถนน', 8, 2],
    ]);
    expect(result.whatIf?.changes).toEqual([
      { optionId: id('ประปา'), label: 'ประปา', before: 2, after: 1, moved: 1 },
      { optionId: id('ถนน'), label: 'ถนน', before: 1, after: 2, moved: -1 },
    ]);
    expect(result.whatIf?.weights).toEqual([
      { name: 'ความรุนแรง', weight: 2 },
      { name: 'ความเป็นไปได้', weight: 0 },
    ]);
    await expect(results(poll.id, { ความสวยงาม: 1 })).rejects.toMatchObject({ code: 'validation', messageKey: 'poll.weights_invalid' });
  });

  it('refuses cells off the scale or for unknown criteria; leaves an incomplete sheet out, and says so', async () => {
    const h = await scored();
    const { call, poll, id } = h;
    const [person] = await h.checkIn(1);
    const scorer = { kind: 'person' as const, personId: person as string };
    await expect(call('polls.setScores', { pollId: poll.id, scorer, scores: { [id('ถนน')]: { ความรุนแรง: 6 } } })).rejects.toMatchObject({
      code: 'validation',
      message: '"ถนน", ความรุนแรง: score 6 is outside the scale 1–5',
    });
    await expect(call('polls.setScores', { pollId: poll.id, scorer, scores: { [id('ถนน')]: { ความสวยงาม: 3 } } })).rejects.toMatchObject({
      code: 'validation',
      messageKey: 'poll.scores_invalid',
    });
    const partial = await call('polls.setScores', { pollId: poll.id, scorer, scores: { [id('ถนน')]: { ความรุนแรง: 1 } } });
    expect(partial).toMatchObject({ kind: 'person', personId: person, missing: 3 });
    const result = await h.results(poll.id);
    expect(result.ranking[0]?.score).toBe(35 / 3);
    expect(result.matrix?.incomplete).toEqual([{ scorerId: partial.id, kind: 'person', name: expect.any(String), missing: 3 }]);
    expect(result.warnings).toEqual(['incomplete_scores']);

    // A person registered but not checked in cannot score; one not registered at the forum is outside it.
    const outsider = await call('people.create', personDraft());
    await expect(call('polls.setScores', { pollId: poll.id, scorer: { kind: 'person', personId: outsider.id }, scores: {} })).rejects.toMatchObject({
      code: 'outside_forum',
      messageKey: 'error.not_attendee',
    });
    await call('attendance.register', { forumId: h.forum.id, personId: outsider.id });
    await expect(call('polls.setScores', { pollId: poll.id, scorer: { kind: 'person', personId: outsider.id }, scores: {} })).rejects.toMatchObject({
      code: 'conflict',
      messageKey: 'poll.voter_not_eligible',
    });
    await call('polls.removeScorer', { pollId: poll.id, scorerId: partial.id });
    expect((await h.results(poll.id)).warnings).toEqual([]);
  });
});

describe('consensus check (fist-to-five)', () => {
  it('records votes with concerns and blocks; no consensus with a block or a vote below the minimum', async () => {
    const h = await openPolls();
    const [objector] = (await h.checkIn(6)) as [string];
    const poll = await h.createOpen({ title: 'รับรองแผนปฏิบัติการ', method: 'consensus', rules: { minimum: 3 } });
    const entered = await h.call('polls.addBallots', {
      pollId: poll.id,
      ballots: [{ value: 5, count: 3 }, { value: 4 }, { value: 2, concern: 'งบไม่พอ' }, { value: 'block', voterId: objector, concern: 'ที่ดินทับซ้อน' }],
    });
    const result = await h.results(poll.id);
    // 5 × 3 + 4 + 2 = 21 over 5 numeric votes: mean 4.2.
    expect(result.consensus).toMatchObject({
      consensus: false,
      reasons: ['block', 'below_minimum'],
      votes: 6,
      blocks: 1,
      belowMinimum: 1,
      sum: 21,
      mean: 21 / 5,
      concerns: [
        { vote: entered.ballots[2]?.seq, participant: null, value: 2, concern: 'งบไม่พอ' },
        { vote: entered.ballots[3]?.seq, participant: objector, value: 'block', concern: 'ที่ดินทับซ้อน' },
      ],
    });
    expect(result.ballotCount).toBe(6);

    await h.call('polls.removeBallot', { id: entered.ballots[3]?.id as string });
    await h.call('polls.removeBallot', { id: entered.ballots[2]?.id as string });
    expect((await h.results(poll.id)).consensus).toMatchObject({ consensus: true, reasons: [], votes: 4 });
    await expect(h.call('polls.addBallot', { pollId: poll.id, ranking: [] })).rejects.toMatchObject({ code: 'validation' });
    await expect(h.call('polls.addBallot', { pollId: poll.id, value: 6 } as never)).rejects.toMatchObject({ code: 'validation' });
  });
});
