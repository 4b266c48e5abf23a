/**
 * Random sequences of add / move / delete (and undo of a delete) against a plain model of a
 * one-level agenda: the stored order, the numbering and the dense positions must follow it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { forumWithCore, outline, storedPositions } from './harness';

interface Node {
  id: string;
  title: string;
  children: Node[];
}

type Step =
  | { kind: 'add'; parent: number | null }
  | { kind: 'move'; item: number; parent: number | null; index: number }
  | { kind: 'delete'; item: number; undo: boolean };

// Weighted towards adds and moves so the lists grow long enough for moves to land mid-list.
const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('add' as const), parent: fc.option(fc.nat(3), { nil: null }) }) },
  {
    weight: 3,
    arbitrary: fc.record({ kind: fc.constant('move' as const), item: fc.nat(8), parent: fc.option(fc.nat(3), { nil: null }), index: fc.nat(6) }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('delete' as const), item: fc.nat(8), undo: fc.boolean() }) },
);

const flatten = (tree: Node[]) => tree.flatMap((n) => [n, ...n.children]);
const modelOutline = (tree: Node[]) => tree.flatMap((n, i) => [`${i + 1} ${n.title}`, ...n.children.map((c, j) => `${i + 1}.${j + 1} ${c.title}`)]);

describe('agenda order (property)', () => {
  it('follows the model through any sequence of edits, with dense positions', async () => {
    const t = await forumWithCore();
    let counter = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 10, maxLength: 30 }), async (steps) => {
        const forum = await t.call('forums.create', { title: `เวที ${++counter}`, date: '2026-11-23' });
        const forumId = forum.id;
        const tree: Node[] = [];
        for (const s of steps) {
          const all = flatten(tree);
          if (s.kind === 'add') {
            const parent = s.parent === null ? undefined : tree[s.parent];
            const title = `i${all.length}-${counter}`;
            const added = await t.call('agenda.add', { forumId, title, parentId: parent?.id ?? null });
            (parent ? parent.children : tree).push({ id: added.id, title, children: [] });
          } else if (s.kind === 'move') {
            const node = all[s.item];
            if (!node) continue;
            const parent = s.parent === null ? null : tree[s.parent];
            if (parent === undefined) continue;
            const call = t.call('agenda.move', { id: node.id, parentId: parent?.id ?? null, index: s.index });
            if (parent && (parent.id === node.id || node.children.length > 0)) {
              await expect(call).rejects.toMatchObject({ code: parent.id === node.id ? 'validation' : 'conflict' });
              continue;
            }
            await call;
            const from = tree.includes(node) ? tree : (tree.find((p) => p.children.includes(node))?.children ?? []);
            from.splice(from.indexOf(node), 1);
            const to = parent ? parent.children : tree;
            to.splice(Math.min(s.index, to.length), 0, node);
          } else {
            const node = all[s.item];
            if (!node) continue;
            const before = await t.call('agenda.list', { forumId });
            const deleted = await t.call('agenda.delete', { id: node.id });
            if (s.undo) {
              await t.call('agenda.restore', deleted);
              expect(await t.call('agenda.list', { forumId })).toEqual(before);
              continue;
            }
            const from = tree.includes(node) ? tree : (tree.find((p) => p.children.includes(node))?.children ?? []);
            from.splice(from.indexOf(node), 1);
          }
        }
        expect(outline(await t.call('agenda.list', { forumId }))).toEqual(modelOutline(tree));
        for (const positions of Object.values(storedPositions(t, forumId))) expect(positions).toEqual(positions.map((_, i) => i));
      }),
      { numRuns: 60 },
    );
  });
});
