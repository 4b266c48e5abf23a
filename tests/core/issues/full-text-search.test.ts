import { describe, expect, it } from 'vitest';
import { openIssues } from './harness';

describe('issues: Thai full-text index (issue_fts, trigram)', () => {
  it('finds a Thai substring after create and after update, and forgets deleted issues', async () => {
    const { call, forum, peek } = await openIssues();
    const match = (query: string) =>
      peek<{ id: string }>('SELECT i.id FROM issue_fts JOIN issue i ON i.rowid = issue_fts.rowid WHERE issue_fts MATCH ? ORDER BY i.id', query).map(
        (r) => r.id,
      );

    const road = await call('issues.create', { forumId: forum.id, title: 'ถนนเข้าหมู่บ้านชำรุด' });
    const water = await call('issues.create', { forumId: forum.id, title: 'น้ำประปาไม่ไหล' });
    expect(match('"ถนน"')).toEqual([road.id]);
    expect(match('"หมู่บ้าน"')).toEqual([road.id]);
    expect(match('"ประปา"')).toEqual([water.id]);

    // The description is searched too; the old title is forgotten.
    await call('issues.update', { id: water.id, patch: { title: 'ท่อประปาแตก', description: 'ท่อแตกใต้ถนนสายหลัก' } });
    expect(match('"ถนน"')).toEqual([road.id, water.id].sort());
    expect(match('"ไม่ไหล"')).toEqual([]);
    expect(match('"ท่อประปา"')).toEqual([water.id]);

    await call('issues.delete', { id: road.id });
    expect(match('"ถนน"')).toEqual([water.id]);
  });
});
