/** No two modules of ours import each other, directly or round a loop (type-only imports count). */
import { describe, expect, it } from 'vitest';
import { cycles, importGraph } from './import-graph';

/**
 * Being untangled on another branch at the time of writing (issue 12, item 7): tolerated, not
 * required, so this entry can simply be deleted once that branch is merged.
 */
const BEING_FIXED = new Set([['renderer/features/speakers/SpeechEditModal.tsx', 'renderer/features/speakers/SpeechHistory.tsx'].join(' ↔ ')]);

describe('import cycles', () => {
  it('finds a cycle when there is one (the check can fail)', () => {
    const graph = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts']],
      ['c.ts', ['a.ts', 'd.ts']],
      ['d.ts', []],
      ['e.ts', ['e.ts']],
    ]);
    expect(cycles(graph)).toEqual([['a.ts', 'b.ts', 'c.ts'], ['e.ts']]);
    expect(cycles(new Map([['a.ts', ['b.ts']], ['b.ts', []]]))).toEqual([]);
  });

  it('there are none in electron/, shared/ and renderer/', () => {
    const graph = importGraph(['electron', 'shared', 'renderer']);
    // The graph really is read: the contract's index imports every feature's contract.
    expect(graph.get('shared/contract/index.ts')).toContain('shared/contract/projects.ts');
    expect(cycles(graph).map((files) => files.join(' ↔ ')).filter((cycle) => !BEING_FIXED.has(cycle))).toEqual([]);
  });
});
