import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MISSING, openIssues } from './harness';

async function fourIssues() {
  const t = await openIssues();
  const [a, b, c, d] = await t.call('issues.quickAdd', { forumId: t.forum.id, text: 'ก ถนน\nข น้ำ\nค ไฟ\nง ขยะ' });
  if (!a || !b || !c || !d) throw new Error('quick add made fewer than four');
  return { ...t, a, b, c, d };
}

describe('issues: order', () => {
  it('reorder takes a permutation of the active issues and returns the new list', async () => {
    const { call, forum, a, b, c, d, events } = await fourIssues();
    const listed = await call('issues.reorder', { forumId: forum.id, orderedIds: [c.id, a.id, d.id, b.id] });
    expect(listed.map((i) => [i.title, i.position])).toEqual([
      ['ค ไฟ', 0],
      ['ก ถนน', 1],
      ['ง ขยะ', 2],
      ['ข น้ำ', 3],
    ]);
    expect(await call('issues.list', { forumId: forum.id })).toEqual(listed);
    expect(events.at(-1)).toEqual({ entity: 'issue', id: null, forumId: forum.id });
  });

  it('reorder refuses anything but a permutation, saying what is wrong, and changes nothing', async () => {
    const { call, forum, a, b, c, d, titles } = await fourIssues();
    const refuse = (orderedIds: string[]) => call('issues.reorder', { forumId: forum.id, orderedIds });
    await expect(refuse([d.id, c.id, b.id])).rejects.toMatchObject({
      code: 'validation',
      messageKey: 'issue.order_not_permutation',
      details: { missing: [a.id], unknown: [], repeated: [] },
    });
    await expect(refuse([d.id, c.id, b.id, b.id])).rejects.toMatchObject({ details: { missing: [a.id], unknown: [], repeated: [b.id] } });
    await expect(refuse([d.id, c.id, b.id, a.id, MISSING])).rejects.toMatchObject({ details: { missing: [], unknown: [MISSING] } });
    await expect(refuse([])).rejects.toMatchObject({ code: 'validation' });

    // A merged issue is no longer on the list, so it cannot be ordered.
    await call('issues.merge', { survivorId: a.id, mergedId: d.id });
    await expect(refuse([d.id, c.id, b.id, a.id])).rejects.toMatchObject({ details: { missing: [], unknown: [d.id] } });
    expect(await titles()).toEqual(['ก ถนน', 'ข น้ำ', 'ค ไฟ']);
    expect((await call('issues.reorder', { forumId: forum.id, orderedIds: [c.id, b.id, a.id] })).map((i) => i.title)).toEqual(['ค ไฟ', 'ข น้ำ', 'ก ถนน']);
  });

  it('move puts one issue at a place; past the end means last', async () => {
    const { call, d, a, titles } = await fourIssues();
    expect((await call('issues.move', { id: d.id, index: 0 })).map((i) => i.title)).toEqual(['ง ขยะ', 'ก ถนน', 'ข น้ำ', 'ค ไฟ']);
    expect((await call('issues.move', { id: a.id, index: 2 })).map((i) => i.title)).toEqual(['ง ขยะ', 'ข น้ำ', 'ก ถนน', 'ค ไฟ']);
    expect((await call('issues.move', { id: d.id, index: 99 })).map((i) => i.position)).toEqual([0, 1, 2, 3]);
    expect(await titles()).toEqual(['ข น้ำ', 'ก ถนน', 'ค ไฟ', 'ง ขยะ']);
  });

  it('any series of moves and deletes gives the same order as splicing an array, positions 0..n-1', async () => {
    const { call, forum } = await fourIssues();
    const step = fc.oneof(
      fc.record({ kind: fc.constant('move' as const), from: fc.nat(10), to: fc.nat(6) }),
      fc.record({ kind: fc.constant('delete' as const), from: fc.nat(10) }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(step, { maxLength: 6 }), async (steps) => {
        // Each run starts from whatever the last left, topped up to four issues.
        const present = await call('issues.list', { forumId: forum.id });
        await call('issues.quickAdd', { forumId: forum.id, text: ['จ', 'ฉ', 'ช', 'ซ'].slice(present.length).join('\n') });
        const all = (await call('issues.list', { forumId: forum.id })).map((i) => i.id);
        const model = [...all];
        for (const s of steps) {
          if (model.length === 0) break;
          const id = model[s.from % model.length] as string;
          model.splice(model.indexOf(id), 1);
          if (s.kind === 'move') {
            model.splice(Math.min(s.to, model.length), 0, id);
            await call('issues.move', { id, index: s.to });
          } else {
            await call('issues.delete', { id });
          }
        }
        const listed = await call('issues.list', { forumId: forum.id });
        expect(listed.map((i) => i.id)).toEqual(model);
        expect(listed.map((i) => i.position)).toEqual(model.map((_, i) => i));
      }),
      { numRuns: 25 },
    );
  });

  it('a merged or missing issue cannot be moved', async () => {
    const { call, a, b } = await fourIssues();
    await call('issues.merge', { survivorId: a.id, mergedId: b.id });
    await expect(call('issues.move', { id: b.id, index: 0 })).rejects.toMatchObject({ code: 'conflict', messageKey: 'issue.already_merged' });
    await expect(call('issues.move', { id: MISSING, index: 0 })).rejects.toMatchObject({ code: 'not_found' });
  });
});
