/**
 * Session format version 2 carries what a closed poll recorded (`poll.closed_eligible_count`).
 * A version 1 file, written before, is upgraded on import: a closed poll gets the count the
 * file's own rows give (attendance, group members, voter list), an open one none.
 */
import { expect, it } from 'vitest';
import { checksumOf } from '../../../electron/core/session/checksum';
import { openCore } from '../../support/core';
import { seedSampleForum } from '../../support/sample-forum';

it('imports a version 1 file, recording for each closed poll the eligible count its rows give', async () => {
  const source = await openCore();
  const s = await seedSampleForum(source);
  const exported = JSON.parse((await source.call('session.export', { forumId: s.forumId })).content);
  const closed = (exported.data.poll as { id: string; status: string; closed_eligible_count: number | null }[]).filter((p) => p.status === 'closed');
  expect(closed.length).toBeGreaterThan(0);
  const recorded = Object.fromEntries(closed.map((p) => [p.id, p.closed_eligible_count]));

  // The same forum as a version 1 file: no such column, its own checksum.
  for (const poll of exported.data.poll) delete poll.closed_eligible_count;
  const v1 = { ...exported, version: 1, checksum: checksumOf(exported.data) };

  const target = await openCore();
  expect(await target.call('session.import', { content: JSON.stringify(v1) })).toMatchObject({ status: 'created' });
  const rows = target.peek<{ id: string; status: string; n: number | null }>('SELECT id, status, closed_eligible_count AS n FROM poll');
  for (const row of rows) expect(row.n, row.id).toBe(row.status === 'closed' ? recorded[row.id] : null);
  expect(Object.values(recorded).every((n) => typeof n === 'number' && n > 0)).toBe(true);
});

it('refuses a version 1 file whose rows were changed after it was written (the checksum is checked before the upgrade)', async () => {
  const source = await openCore();
  const s = await seedSampleForum(source);
  const exported = JSON.parse((await source.call('session.export', { forumId: s.forumId })).content);
  for (const poll of exported.data.poll) delete poll.closed_eligible_count;
  const v1 = { ...exported, version: 1, checksum: checksumOf(exported.data) };
  v1.data.forum.title = 'แก้ด้วยมือ';
  const target = await openCore();
  await expect(target.call('session.import', { content: JSON.stringify(v1) })).rejects.toMatchObject({ messageKey: 'session.error.checksum' });
});
