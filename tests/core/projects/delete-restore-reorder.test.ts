import { describe, expect, it } from 'vitest';
import { MISSING, openProjects } from './harness';

async function threeProjects() {
  const t = await openProjects();
  const a = await t.create({ title: 'ก ซ่อมฝาย' });
  const b = await t.create({ title: 'ข ธนาคารขยะ' });
  const c = await t.create({ title: 'ค ลานกีฬา' });
  const placed = async () => (await t.call('projects.list', { forumId: t.forum.id })).map((p) => [p.title, p.position]);
  return { ...t, a, b, c, placed };
}

describe('projects: delete and undo', () => {
  it('takes the project off the plan, closing the gap, and restore puts it back in its place with its fields', async () => {
    const t = await threeProjects();
    expect(await t.call('projects.delete', { id: t.b.id })).toEqual({ ok: true });
    expect(await t.placed()).toEqual([
      ['ก ซ่อมฝาย', 0],
      ['ค ลานกีฬา', 1],
    ]);
    expect(t.events.at(-1)).toEqual({ entity: 'project', id: t.b.id, forumId: t.forum.id });
    // In the trash it can be neither read nor changed, and it leaves the totals.
    expect(await t.refusal('projects.get', { id: t.b.id })).toMatchObject({ code: 'not_found' });
    expect(await t.refusal('projects.update', { id: t.b.id, patch: { title: 'x' } })).toMatchObject({ code: 'not_found' });
    expect(await t.refusal('projects.delete', { id: t.b.id })).toMatchObject({ code: 'not_found' });
    expect((await t.call('projects.summary', { forumId: t.forum.id })).projectCount).toBe(2);

    const restored = await t.call('projects.restore', { id: t.b.id });
    expect(restored).toEqual({ ...t.b, updatedAt: restored.updatedAt });
    expect(await t.placed()).toEqual([
      ['ก ซ่อมฝาย', 0],
      ['ข ธนาคารขยะ', 1],
      ['ค ลานกีฬา', 2],
    ]);
    expect(t.events.at(-1)).toEqual({ entity: 'project', id: t.b.id, forumId: t.forum.id });
    expect(await t.refusal('projects.restore', { id: t.b.id })).toMatchObject({ code: 'conflict', messageKey: 'project.not_deleted' });
    expect(await t.refusal('projects.restore', { id: MISSING })).toMatchObject({ code: 'not_found' });
    expect(t.peek("SELECT op FROM audit WHERE entity = 'project' AND entity_id = ? ORDER BY rowid", t.b.id)).toEqual([
      { op: 'projects.create' },
      { op: 'projects.delete' },
      { op: 'projects.restore' },
    ]);
  });

  it('a restored project goes back to its old index even after the rest were reordered, or to the end if the plan got shorter', async () => {
    const t = await threeProjects();
    await t.call('projects.delete', { id: t.a.id });
    await t.call('projects.reorder', { forumId: t.forum.id, orderedIds: [t.c.id, t.b.id] });
    await t.call('projects.restore', { id: t.a.id });
    expect(await t.placed()).toEqual([
      ['ก ซ่อมฝาย', 0],
      ['ค ลานกีฬา', 1],
      ['ข ธนาคารขยะ', 2],
    ]);

    // c was at index 1; with a and b gone the plan has one project, so c comes back at its end.
    await t.call('projects.delete', { id: t.c.id });
    await t.call('projects.delete', { id: t.b.id });
    await t.call('projects.restore', { id: t.c.id });
    expect(await t.placed()).toEqual([
      ['ก ซ่อมฝาย', 0],
      ['ค ลานกีฬา', 1],
    ]);
  });
});

describe('projects.reorder', () => {
  it('sets the order given, with one event for the plan', async () => {
    const t = await threeProjects();
    const list = await t.call('projects.reorder', { forumId: t.forum.id, orderedIds: [t.c.id, t.a.id, t.b.id] });
    expect(list.map((p) => [p.title, p.position])).toEqual([
      ['ค ลานกีฬา', 0],
      ['ก ซ่อมฝาย', 1],
      ['ข ธนาคารขยะ', 2],
    ]);
    expect(await t.placed()).toEqual(list.map((p) => [p.title, p.position]));
    expect(t.events.at(-1)).toEqual({ entity: 'project', id: null, forumId: t.forum.id });
  });

  it('refuses a list that is not every project once, saying what is missing, unknown or repeated', async () => {
    const t = await threeProjects();
    await t.call('projects.delete', { id: t.c.id });
    const eventsBefore = t.events.length;
    const before = t.peek('SELECT id, position FROM project ORDER BY id');

    const cases = [
      [[t.a.id], { missing: [t.b.id], unknown: [], repeated: [] }],
      [[t.a.id, t.b.id, t.c.id], { missing: [], unknown: [t.c.id], repeated: [] }],
      [[t.b.id, t.a.id, t.a.id], { missing: [], unknown: [], repeated: [t.a.id] }],
      [[t.b.id, MISSING], { missing: [t.a.id], unknown: [MISSING], repeated: [] }],
    ] as const;
    for (const [orderedIds, details] of cases) {
      expect(await t.refusal('projects.reorder', { forumId: t.forum.id, orderedIds })).toEqual({
        code: 'validation',
        messageKey: 'project.order_not_permutation',
        message: "orderedIds must list every project of the forum's plan once",
        details,
      });
    }
    expect(t.peek('SELECT id, position FROM project ORDER BY id')).toEqual(before);
    expect(t.events).toHaveLength(eventsBefore);
  });

  it("does not touch another forum's plan", async () => {
    const t = await threeProjects();
    const other = await t.call('forums.create', { title: 'เวทีตำบล', date: '2026-12-01' });
    const x = await t.create({ forumId: other.id, title: 'ง โครงการอีกเวที' });
    expect(x.position).toBe(0);
    expect(await t.refusal('projects.reorder', { forumId: other.id, orderedIds: [x.id, t.a.id] })).toMatchObject({ code: 'outside_forum' });
    await t.call('projects.reorder', { forumId: t.forum.id, orderedIds: [t.b.id, t.c.id, t.a.id] });
    expect((await t.call('projects.list', { forumId: other.id })).map((p) => [p.id, p.position])).toEqual([[x.id, 0]]);
  });
});
