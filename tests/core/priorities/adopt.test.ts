/** The forum's priority list adopted from a closed poll (with its resolution), or set by hand. */
import { describe, expect, it } from 'vitest';
import { seededOrder } from '../../../shared/tally/ties';
import { openPolls } from '../polls/harness';

async function withIssues(titles: string[], options: Parameters<typeof openPolls>[0] = {}) {
  const h = await openPolls(options);
  const item = await h.call('agenda.add', { forumId: h.forum.id, title: 'จัดลำดับความสำคัญของปัญหา' });
  await h.call('agenda.setCurrent', { forumId: h.forum.id, id: item.id });
  const issues: Record<string, string> = {};
  for (const title of titles) issues[title] = await h.issue(title);
  return { ...h, item, issues };
}

const listed = (items: { position: number; rank: number; title: string; score: number | null }[]) => items.map((i) => [i.position, i.rank, i.title, i.score]);

describe('priorities.adoptFromPoll', () => {
  it('takes the issues in ranked order, skips free text, keeps tied ranks, and records the resolution', async () => {
    const h = await withIssues(['ถนน', 'ประปา', 'ไฟฟ้า']);
    const { issues } = h;
    const poll = await h.createOpen({
      title: 'จัดลำดับปัญหา',
      method: 'borda',
      options: [{ issueId: issues.ถนน as string }, { label: 'ลานกีฬา' }, { issueId: issues.ประปา as string }, { issueId: issues.ไฟฟ้า as string }],
    });
    const id = h.ids(poll);
    // n = 4 (3, 2, 1, 0 points): 2 × [ถนน, ลานกีฬา] → ถนน 6, ลานกีฬา 4; [ประปา] → 3; [ไฟฟ้า] → 3.
    await h.call('polls.addBallots', {
      pollId: poll.id,
      ballots: [{ ranking: [id('ถนน'), id('ลานกีฬา')], count: 2 }, { ranking: [id('ประปา')] }, { ranking: [id('ไฟฟ้า')] }],
    });
    await expect(h.call('priorities.adoptFromPoll', { pollId: poll.id })).rejects.toMatchObject({ code: 'conflict', messageKey: 'poll.not_closed' });
    await h.call('polls.close', { id: poll.id });
    const before = h.events.length;
    const list = await h.call('priorities.adoptFromPoll', { pollId: poll.id });

    // Among the issues: ถนน 1; ประปา and ไฟฟ้า tied, both 2 (ลานกีฬา is not an issue).
    expect(listed(list.items)).toEqual([
      [1, 1, 'ถนน', 6],
      [2, 2, 'ประปา', 3],
      [3, 2, 'ไฟฟ้า', 3],
    ]);
    expect(list.items.map((i) => i.issueId)).toEqual([issues.ถนน, issues.ประปา, issues.ไฟฟ้า]);
    expect(list.source).toMatchObject({
      kind: 'poll',
      pollId: poll.id,
      pollTitle: 'จัดลำดับปัญหา',
      method: 'borda',
      tieRule: { rule: 'casting_vote', choices: [] },
      tie: false,
      tieBreak: null,
      ballotCount: 4,
      skipped: [{ optionId: id('ลานกีฬา'), label: 'ลานกีฬา', reason: 'free_text' }],
    });
    expect(await h.call('priorities.get', { forumId: h.forum.id })).toEqual(list);

    // The resolution of the poll's agenda item: without a text from the UI, the ranked titles.
    const [resolution] = await h.call('notes.resolutions', { forumId: h.forum.id });
    expect(resolution).toMatchObject({ id: list.resolutionId, agendaItemId: h.item.id, text: '1. ถนน\n2. ประปา\n2. ไฟฟ้า' });
    expect(h.peek('SELECT poll_id FROM resolution')).toEqual([{ poll_id: poll.id }]);
    expect(h.events.slice(before)).toEqual([
      { entity: 'resolution', id: list.resolutionId, forumId: h.forum.id },
      { entity: 'priority', id: h.forum.id, forumId: h.forum.id },
    ]);

    // Adopting the same poll again replaces its own resolution, with the text the UI rendered.
    await h.call('priorities.adoptFromPoll', { pollId: poll.id, resolutionText: 'ที่ประชุมมีมติจัดลำดับ …' });
    expect((await h.call('notes.resolutions', { forumId: h.forum.id })).map((r) => r.text)).toEqual(['ที่ประชุมมีมติจัดลำดับ …']);
  });

  it('a tie for first settled by lottery: equal ranks, listed in the order drawn, the draw stated with titles', async () => {
    const h = await withIssues(['ถนน', 'ประปา', 'ไฟฟ้า']);
    const { issues } = h;
    const seed = 7;
    const poll = await h.createOpen({
      title: 'จัดลำดับ',
      method: 'borda',
      tieRule: { rule: 'lottery', seed },
      options: [{ issueId: issues.ถนน as string }, { issueId: issues.ประปา as string }, { issueId: issues.ไฟฟ้า as string }],
    });
    const id = h.ids(poll);
    // n = 3: [ถนน] → 2, [ประปา] → 2, ไฟฟ้า 0.
    await h.call('polls.addBallots', { pollId: poll.id, ballots: [{ ranking: [id('ถนน')] }, { ranking: [id('ประปา')] }] });
    await h.call('polls.close', { id: poll.id });
    const list = await h.call('priorities.adoptFromPoll', { pollId: poll.id });
    const draw = seededOrder(['ถนน', 'ประปา'], seed);
    expect(listed(list.items)).toEqual([
      [1, 1, draw[0], 2],
      [2, 1, draw[1], 2],
      [3, 3, 'ไฟฟ้า', 0],
    ]);
    expect(list.source).toMatchObject({
      tie: true,
      tieRule: { rule: 'lottery', seed },
      tieBreak: { stage: 'winner', rule: 'lottery', status: 'decided', tied: ['ถนน', 'ประปา'], draw, chosen: draw[0], seed },
    });
  });

  it('follows merged issues: an option of a merged issue stands for the survivor, kept once at its better place', async () => {
    const h = await withIssues(['ถนนชำรุด', 'ถนนลูกรัง', 'ประปา', 'ขยะ']);
    const { issues } = h;
    const poll = await h.createOpen({
      title: 'จัดลำดับ',
      method: 'plurality',
      options: [{ issueId: issues.ถนนชำรุด as string }, { issueId: issues.ถนนลูกรัง as string }, { issueId: issues.ประปา as string }],
    });
    const id = h.ids(poll);
    // ถนนลูกรัง 3, ประปา 2, ถนนชำรุด 1.
    await h.call('polls.addBallots', {
      pollId: poll.id,
      ballots: [{ ranking: [id('ถนนลูกรัง')], count: 3 }, { ranking: [id('ประปา')], count: 2 }, { ranking: [id('ถนนชำรุด')] }],
    });
    await h.call('polls.close', { id: poll.id });
    // The room decides the two road issues are one.
    await h.call('issues.merge', { survivorId: issues.ถนนชำรุด as string, mergedId: issues.ถนนลูกรัง as string });
    const options = (await h.call('polls.get', { id: poll.id })).options;
    expect(options.map((o) => [o.label, o.issueId, o.sourceIssueId])).toEqual([
      ['ถนนชำรุด', issues.ถนนชำรุด, issues.ถนนชำรุด],
      ['ถนนชำรุด', issues.ถนนชำรุด, issues.ถนนลูกรัง],
      ['ประปา', issues.ประปา, issues.ประปา],
    ]);

    const list = await h.call('priorities.adoptFromPoll', { pollId: poll.id });
    expect(list.items.map((i) => [i.rank, i.issueId, i.title])).toEqual([
      [1, issues.ถนนชำรุด, 'ถนนชำรุด'],
      [2, issues.ประปา, 'ประปา'],
    ]);
    expect(list.source?.kind === 'poll' && list.source.skipped).toEqual([{ optionId: id('ถนนชำรุด'), label: 'ถนนชำรุด', reason: 'same_issue_as_better_option' }]);

    // Merged after adoption too: the list reads through to the survivor.
    await h.call('issues.merge', { survivorId: issues.ขยะ as string, mergedId: issues.ประปา as string });
    expect((await h.call('priorities.get', { forumId: h.forum.id })).items.map((i) => [i.rank, i.title])).toEqual([
      [1, 'ถนนชำรุด'],
      [2, 'ขยะ'],
    ]);
  });

  it('refuses polls with nothing to adopt, and a resolution typed by the note-taker unless asked to replace it', async () => {
    const h = await withIssues(['ถนน', 'ประปา']);
    const { issues } = h;
    const motion = await h.createOpen({ title: 'เห็นชอบ', method: 'yes_no' });
    await h.call('polls.close', { id: motion.id });
    await expect(h.call('priorities.adoptFromPoll', { pollId: motion.id })).rejects.toMatchObject({ code: 'conflict', messageKey: 'priorities.poll_not_ranking' });

    const options = [{ issueId: issues.ถนน as string }, { issueId: issues.ประปา as string }];
    const empty = await h.createOpen({ title: 'ไม่มีใครลงคะแนน', method: 'borda', options });
    await h.call('polls.close', { id: empty.id });
    await expect(h.call('priorities.adoptFromPoll', { pollId: empty.id })).rejects.toMatchObject({ code: 'conflict', messageKey: 'priorities.poll_undecided' });

    const freeText = await h.createOpen({ title: 'ข้อความ', method: 'plurality', options: [{ label: 'ก' }, { label: 'ข' }] });
    await h.call('polls.addBallot', { pollId: freeText.id, ranking: [h.ids(freeText)('ก')] });
    await h.call('polls.close', { id: freeText.id });
    await expect(h.call('priorities.adoptFromPoll', { pollId: freeText.id })).rejects.toMatchObject({ code: 'conflict', messageKey: 'priorities.no_issue_options' });

    const poll = await h.createOpen({ title: 'จัดลำดับ', method: 'plurality', options });
    await h.call('polls.addBallot', { pollId: poll.id, ranking: [h.ids(poll)('ประปา')] });
    await h.call('polls.close', { id: poll.id });
    await h.call('notes.setResolution', { forumId: h.forum.id, agendaItemId: h.item.id, text: 'มติที่จดไว้ก่อน' });
    await expect(h.call('priorities.adoptFromPoll', { pollId: poll.id })).rejects.toMatchObject({
      code: 'conflict',
      messageKey: 'priorities.resolution_exists',
      details: { text: 'มติที่จดไว้ก่อน' },
    });
    expect(await h.call('priorities.get', { forumId: h.forum.id })).toEqual({ forumId: h.forum.id, items: [], source: null, resolutionId: null, updatedAt: null });
    const list = await h.call('priorities.adoptFromPoll', { pollId: poll.id, replaceResolution: true });
    expect(list.items.map((i) => [i.rank, i.title])).toEqual([
      [1, 'ประปา'],
      [2, 'ถนน'],
    ]);
    expect((await h.call('notes.resolutions', { forumId: h.forum.id })).map((r) => r.text)).toEqual(['1. ประปา\n2. ถนน']);
  });
});

describe('priorities.adoptFromPoll beside a resolution already recorded', () => {
  it('adds the priority list as a further resolution of the item, keeping the note-taker’s', async () => {
    const h = await withIssues(['ถนน', 'ประปา']);
    const options = [{ issueId: h.issues.ถนน as string }, { issueId: h.issues.ประปา as string }];
    const poll = await h.createOpen({ title: 'จัดลำดับ', method: 'plurality', options });
    await h.call('polls.addBallot', { pollId: poll.id, ranking: [h.ids(poll)('ถนน')] });
    await h.call('polls.close', { id: poll.id });
    const earlier = await h.call('notes.setResolution', { forumId: h.forum.id, agendaItemId: h.item.id, text: 'มติที่จดไว้ก่อน' });
    await expect(h.call('priorities.adoptFromPoll', { pollId: poll.id, replaceResolution: true, addResolution: true })).rejects.toMatchObject({ code: 'validation' });

    const list = await h.call('priorities.adoptFromPoll', { pollId: poll.id, addResolution: true });
    const resolutions = await h.call('notes.resolutions', { forumId: h.forum.id });
    expect(resolutions.map((r) => [r.agendaItemId, r.text])).toEqual([
      [h.item.id, 'มติที่จดไว้ก่อน'],
      [h.item.id, '1. ถนน\n2. ประปา'],
    ]);
    expect(list.resolutionId).toBe(resolutions[1]?.id);
    expect(list.resolutionId).not.toBe(earlier.id);
    // Adopting again from the same poll updates its own resolution, without asking again.
    await h.call('priorities.adoptFromPoll', { pollId: poll.id, resolutionText: 'ลำดับความสำคัญ: 1. ถนน 2. ประปา' });
    expect((await h.call('notes.resolutions', { forumId: h.forum.id })).map((r) => r.text)).toEqual(['มติที่จดไว้ก่อน', 'ลำดับความสำคัญ: 1. ถนน 2. ประปา']);
    // The minutes print both under the item.
    const minutes = await h.call('reports.minutes', { forumId: h.forum.id });
    expect(minutes.items.find((i) => i.agendaItemId === h.item.id)?.resolutions.map((r) => r.text)).toEqual(['มติที่จดไว้ก่อน', 'ลำดับความสำคัญ: 1. ถนน 2. ประปา']);
  });
});

describe('priorities.set', () => {
  it('puts issues in order by hand, following merges; refuses duplicates and other forums\' issues; [] clears', async () => {
    const h = await withIssues(['ถนน', 'ประปา', 'ไฟฟ้า']);
    const { issues } = h;
    const list = await h.call('priorities.set', { forumId: h.forum.id, issueIds: [issues.ไฟฟ้า as string, issues.ถนน as string] });
    expect(list.items.map((i) => [i.position, i.rank, i.title, i.score])).toEqual([
      [1, 1, 'ไฟฟ้า', null],
      [2, 2, 'ถนน', null],
    ]);
    expect(list).toMatchObject({ source: { kind: 'manual' }, resolutionId: null });
    await h.call('issues.merge', { survivorId: issues.ถนน as string, mergedId: issues.ประปา as string });
    await expect(h.call('priorities.set', { forumId: h.forum.id, issueIds: [issues.ถนน as string, issues.ประปา as string] })).rejects.toMatchObject({
      code: 'validation',
      messageKey: 'priorities.issue_twice',
    });
    const other = await h.call('forums.create', { title: 'เวทีอื่น', date: '2026-12-01' });
    const foreign = (await h.call('issues.create', { forumId: other.id, title: 'อื่น' })).id;
    await expect(h.call('priorities.set', { forumId: h.forum.id, issueIds: [foreign] })).rejects.toMatchObject({
      code: 'outside_forum',
      details: { entity: 'issue', id: foreign, path: ['issueIds', '0'] },
    });
    // The merged issue's id stands for its survivor.
    expect((await h.call('priorities.set', { forumId: h.forum.id, issueIds: [issues.ประปา as string] })).items.map((i) => i.title)).toEqual(['ถนน']);
    expect((await h.call('priorities.set', { forumId: h.forum.id, issueIds: [] })).items).toEqual([]);
    expect(h.events.filter((e) => e.entity === 'priority')).toHaveLength(3);
  });
});
