import { describe, expect, it } from 'vitest';
import { MISSING, openProjects } from './harness';

describe('projects.createFromIssue', () => {
  it("takes the issue's title unless one is given, and keeps the poll and the rank", async () => {
    const t = await openProjects();
    const issueId = t.addIssue('น้ำประปาไม่ไหลช่วงหน้าแล้ง');
    const POLL = t.addPoll();

    const p = await t.call('projects.createFromIssue', { forumId: t.forum.id, issueId, pollId: POLL, priorityRank: 2 });
    expect(p).toMatchObject({
      title: 'น้ำประปาไม่ไหลช่วงหน้าแล้ง',
      type: 'self',
      status: 'proposed',
      issueId,
      issueTitle: 'น้ำประปาไม่ไหลช่วงหน้าแล้ง',
      pollId: POLL,
      priorityRank: 2,
      position: 0,
    });
    const named = await t.call('projects.createFromIssue', {
      forumId: t.forum.id,
      issueId,
      title: 'ขยายเขตประปาหมู่บ้าน',
      type: 'requested',
      requestedFrom: 'province',
      budgetSatang: 150_000_000,
    });
    expect(named).toMatchObject({ title: 'ขยายเขตประปาหมู่บ้าน', issueTitle: 'น้ำประปาไม่ไหลช่วงหน้าแล้ง', pollId: null, priorityRank: null, position: 1 });
    expect(t.events.filter((e) => e.entity === 'project')).toEqual([
      { entity: 'project', id: p.id, forumId: t.forum.id },
      { entity: 'project', id: named.id, forumId: t.forum.id },
    ]);
    expect(t.peek("SELECT op FROM audit WHERE entity = 'project' ORDER BY rowid")).toEqual([
      { op: 'projects.createFromIssue' },
      { op: 'projects.createFromIssue' },
    ]);
  });

  it('given an issue already merged, links and names the issue it was merged into', async () => {
    const t = await openProjects();
    const survivor = t.addIssue('ฝุ่นควันจากการเผาไร่อ้อย');
    const merged = t.addIssue('ควันไฟหน้าหีบอ้อย');
    t.mergeIssue(merged, survivor);
    const p = await t.call('projects.createFromIssue', { forumId: t.forum.id, issueId: merged });
    expect(p).toMatchObject({ title: 'ฝุ่นควันจากการเผาไร่อ้อย', issueId: survivor, issueTitle: 'ฝุ่นควันจากการเผาไร่อ้อย' });
    expect(t.peek('SELECT issue_id FROM project')).toEqual([{ issue_id: survivor }]);
  });

  it('refuses an unknown issue, an issue of another forum and the same rule breaks as create, writing nothing', async () => {
    const t = await openProjects();
    const issueId = t.addIssue('ขยะ');
    expect(await t.refusal('projects.createFromIssue', { forumId: t.forum.id, issueId: MISSING })).toMatchObject({
      code: 'not_found',
      details: { entity: 'issue', id: MISSING },
    });
    const other = await t.call('forums.create', { title: 'เวทีอื่น', date: '2026-12-01' });
    expect(await t.refusal('projects.createFromIssue', { forumId: other.id, issueId })).toMatchObject({
      code: 'outside_forum',
      details: { entity: 'issue', id: issueId, forumId: other.id },
    });
    const rule = await t.refusal('projects.createFromIssue', { forumId: t.forum.id, issueId, type: 'joint' });
    expect((rule.details as { path: string[] }[]).map((d) => d.path)).toEqual([['requestedFrom']]);
    expect(await t.refusal('projects.createFromIssue', { forumId: t.forum.id })).toMatchObject({ code: 'validation' });
    expect(t.peek('SELECT count(*) AS n FROM project')).toEqual([{ n: 0 }]);
  });
});

describe('the issue link follows merges on read', () => {
  it('a project made before two merges shows the last survivor, in the list and in get, while the row keeps its id', async () => {
    const t = await openProjects();
    const a = t.addIssue('ถนนลูกรังเป็นหลุม');
    const b = t.addIssue('ถนนเข้าไร่ชำรุด');
    const c = t.addIssue('ถนนในตำบลชำรุดหลายสาย');
    const p = await t.call('projects.createFromIssue', { forumId: t.forum.id, issueId: a, priorityRank: 1 });
    expect(p).toMatchObject({ issueId: a, issueTitle: 'ถนนลูกรังเป็นหลุม' });

    // A into B, then B into C: as issues.merge leaves the rows.
    t.mergeIssue(a, b);
    expect(await t.call('projects.get', { id: p.id })).toMatchObject({ issueId: b, issueTitle: 'ถนนเข้าไร่ชำรุด' });
    t.mergeIssue(b, c);
    const [listed] = await t.call('projects.list', { forumId: t.forum.id });
    expect(listed).toMatchObject({ id: p.id, title: 'ถนนลูกรังเป็นหลุม', issueId: c, issueTitle: 'ถนนในตำบลชำรุดหลายสาย', priorityRank: 1 });
    expect(t.peek('SELECT issue_id FROM project')).toEqual([{ issue_id: a }]);

    // A later title change on the survivor shows at once.
    t.exec("UPDATE issue SET title = 'ถนนชำรุด (รวม)' WHERE id = ?", c);
    expect(await t.call('projects.get', { id: p.id })).toMatchObject({ issueTitle: 'ถนนชำรุด (รวม)' });
  });

  it('an issue deleted shows as no issue, and links again when the delete is undone (same id back)', async () => {
    const t = await openProjects();
    const issueId = t.addIssue('ไฟฟ้าส่องสว่างไม่พอ');
    const p = await t.call('projects.createFromIssue', { forumId: t.forum.id, issueId });
    const row = t.peek('SELECT * FROM issue WHERE id = ?', issueId)[0] as Record<string, unknown>;

    t.exec('DELETE FROM issue WHERE id = ?', issueId);
    expect(await t.call('projects.get', { id: p.id })).toMatchObject({ issueId: null, issueTitle: null });
    // The project can still be edited while its issue is away.
    expect(await t.call('projects.update', { id: p.id, patch: { status: 'approved' } })).toMatchObject({ status: 'approved', issueId: null });

    t.exec(
      'INSERT INTO issue (id, forum_id, title, position, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)',
      row.id,
      row.forum_id,
      row.title,
      row.position,
      row.created_at,
      row.updated_at,
    );
    expect(await t.call('projects.get', { id: p.id })).toMatchObject({ issueId, issueTitle: 'ไฟฟ้าส่องสว่างไม่พอ', status: 'approved' });
  });
});
