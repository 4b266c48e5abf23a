import { describe, expect, it } from 'vitest';
import { formatErrors, parseMethod, summaryLine, tallyFromJson } from '../../../shared/tally/cli-format';

const FILE = { options: ['A', 'B'], ballots: [{ ranking: ['A', 'B'], count: 42 }, { ranking: ['B'] }] };

describe('tallyFromJson (the logic of `wethi tally`)', () => {
  it('tallies the documented format with the method from the flag', () => {
    const out = tallyFromJson(FILE, 'borda');
    expect(out).toEqual({
      ok: true,
      result: expect.objectContaining({
        method: 'borda',
        winners: ['A'],
        tie: false,
        ranking: [
          { option: 'A', score: 42, rank: 1 },
          { option: 'B', score: 1, rank: 2 },
        ],
      }),
    });
  });

  it('prints rounds for IRV only', () => {
    const irv = tallyFromJson(FILE, 'irv');
    const borda = tallyFromJson(FILE, 'borda');
    expect(irv.ok && 'rounds' in irv.result && irv.result.rounds?.length).toBe(1);
    expect(borda.ok && 'rounds' in borda.result).toBe(false);
  });

  it('reads the method from the file when no flag is given, and refuses a contradiction', () => {
    expect(tallyFromJson({ ...FILE, method: 'schulze' }).ok).toBe(true);
    expect(tallyFromJson({ ...FILE, method: 'schulze' }, 'borda')).toEqual({
      ok: false,
      errors: [{ ballot: null, path: 'method', reason: 'the file says method "schulze" but --method is "borda"' }],
    });
    expect(tallyFromJson(FILE)).toMatchObject({ ok: false, errors: [{ path: 'method' }] });
    expect(tallyFromJson(FILE, 'condorcet')).toMatchObject({ ok: false, errors: [{ reason: expect.stringContaining('unknown method "condorcet"') }] });
  });

  it('refuses bad ballots with their index', () => {
    const out = tallyFromJson({ options: ['A', 'B'], ballots: [{ ranking: ['A'] }, { ranking: ['C'] }, { ranking: ['A'], count: -3 }] }, 'plurality');
    expect(out.ok).toBe(false);
    if (!out.ok) {
      expect(out.errors.map((e) => e.ballot)).toEqual([1, 2]);
      expect(formatErrors(out.errors)).toBe('ballot 1 (ballots[1].ranking[0]): unknown option "C"\nballot 2 (ballots[2].count): count must not be negative (got -3)');
    }
  });

  it('routes every method to its tally', () => {
    expect(tallyFromJson({ options: ['A', 'B'], ballots: [{ approved: ['A'] }] }, 'approval')).toMatchObject({ ok: true, result: { method: 'approval', winners: ['A'] } });
    expect(tallyFromJson({ options: ['A', 'B'], ballots: [{ dots: { B: 2 } }] }, 'dots')).toMatchObject({ ok: true, result: { method: 'dots', winners: ['B'] } });
    expect(tallyFromJson({ options: ['A'], mode: 'approval', ballots: [] }, 'dots')).toMatchObject({ ok: false, errors: [{ path: 'mode' }] });
    expect(
      tallyFromJson({ options: ['A'], criteria: [{ name: 'c' }], scorers: [{ name: 's', scores: { A: { c: 3 } } }] }, 'score'),
    ).toMatchObject({ ok: true, result: { method: 'score', winners: ['A'] } });
    expect(tallyFromJson({ options: ['A', 'B'], counts: { A: 1, B: 2 } }, 'show-of-hands')).toMatchObject({ ok: true, result: { method: 'show_of_hands', winners: ['B'] } });
    expect(tallyFromJson({ yes: 3, no: 1, present: 5 }, 'yes_no')).toMatchObject({ ok: true, result: { method: 'yes_no', carried: true } });
    expect(tallyFromJson({ votes: [{ value: 4 }] }, 'consensus')).toMatchObject({ ok: true, result: { method: 'consensus', consensus: true } });
  });

  it('accepts method names in either spelling', () => {
    expect(parseMethod('show_of_hands')).toBe('show-of-hands');
    expect(parseMethod(' IRV ')).toBe('irv');
    expect(parseMethod('stv')).toBeNull();
  });

  it('summarises the outcome in one line', () => {
    const line = (json: unknown, method: string) => {
      const out = tallyFromJson(json, method);
      if (!out.ok) throw new Error('refused');
      return summaryLine(out.result);
    };
    expect(line(FILE, 'borda')).toBe('borda: winner A');
    expect(line({ options: ['A', 'B'], ballots: [{ ranking: ['A'] }, { ranking: ['B'] }] }, 'plurality')).toBe('plurality: tie between A, B; awaiting the casting vote');
    expect(line({ options: ['A', 'B'], ballots: [] }, 'schulze')).toBe('schulze: no votes');
    expect(line({ yes: 1, no: 1, present: 2, tieRule: { rule: 'revote' } }, 'yes-no')).toContain('revote_required');
  });
});
