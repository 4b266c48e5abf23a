/** `wethi poll results`: a poll made through the core, read back by the command in another process. */
import { expect, it } from 'vitest';
import { openCore } from '../support/core';
import { forumDraft } from '../support/factories';
import { json, wethi } from './wethi';

async function databaseWithPoll() {
  const t = await openCore();
  const forum = await t.call('forums.create', forumDraft());
  const matrix = await t.call('polls.create', {
    forumId: forum.id,
    title: 'ให้คะแนน',
    method: 'score_matrix',
    rules: { criteria: [{ name: 'ความรุนแรง', weight: 2 }, { name: 'ความเป็นไปได้', weight: 1 }] },
    options: [{ label: 'ถนน' }, { label: 'ประปา' }],
  });
  await t.call('polls.open', { id: matrix.id });
  const group = await t.call('groups.create', { forumId: forum.id, name: 'กลุ่ม 1' });
  const [road, water] = matrix.options.map((o) => o.id) as [string, string];
  await t.call('polls.setScores', {
    pollId: matrix.id,
    scorer: { kind: 'group', groupId: group.id },
    scores: { [road]: { ความรุนแรง: 4, ความเป็นไปได้: 1 }, [water]: { ความรุนแรง: 3, ความเป็นไปได้: 4 } },
  });
  const expected = await t.call('polls.results', { id: matrix.id });
  t.core.close();
  return { ...t, matrix, expected };
}

it('prints the same results as polls.results, with a what-if weight on request', async () => {
  const { dbPath, dir, matrix, expected } = await databaseWithPoll();
  const run = wethi(['poll', 'results', '--db', dbPath, '--poll', matrix.id], dir);
  expect(run.code, run.stderr).toBe(0);
  expect(json(run)).toEqual(expected);
  // 2 × 4 + 1 = 9 against 2 × 3 + 4 = 10.
  expect(expected.ranking.map((e) => [e.label, e.score])).toEqual([
    ['ประปา', 10],
    ['ถนน', 9],
  ]);

  const whatIf = wethi(['poll', 'results', '--db', dbPath, '--poll', matrix.id, '--weight', 'ความเป็นไปได้=0'], dir);
  expect(whatIf.code, whatIf.stderr).toBe(0);
  // Severity alone: ถนน 8, ประปา 6.
  expect(json<typeof expected>(whatIf).whatIf?.ranking.map((e) => [e.label, e.score])).toEqual([
    ['ถนน', 8],
    ['ประปา', 6],
  ]);
});

it('exits 1 for a poll or a database that is not there, 2 for a command line it cannot use', async () => {
  const { dbPath, dir, matrix } = await databaseWithPoll();
  const missing = wethi(['poll', 'results', '--db', dbPath, '--poll', '01936d2a-0000-7000-8000-00000000dead'], dir);
  expect([missing.code, missing.stdout]).toEqual([1, '']);
  expect(missing.stderr).toMatch(/poll .* not found \[not_found\]/);
  const noDb = wethi(['poll', 'results', '--db', `${dir}/none.db`, '--poll', matrix.id], dir);
  expect(noDb.code).toBe(1);
  const usage = wethi(['poll', 'results', '--db', dbPath], dir);
  expect(usage.code).toBe(2);
  expect(usage.stderr).toContain('--poll is required');
  const badWeight = wethi(['poll', 'results', '--db', dbPath, '--poll', matrix.id, '--weight', 'ความรุนแรง'], dir);
  expect(badWeight.code).toBe(2);
});
