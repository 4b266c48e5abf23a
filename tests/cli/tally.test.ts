/** `wethi tally`, run as a user runs it: JSON file in, JSON result out, exit codes 0 / 1 / 2. */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { json, tempDir, wethi } from './wethi';

let dir: string;
beforeEach(() => {
  dir = tempDir();
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const write = (name: string, value: unknown) => {
  const file = path.join(dir, name);
  fs.writeFileSync(file, typeof value === 'string' ? value : JSON.stringify(value));
  return file;
};

/** The Tennessee capital example: plurality, Borda, IRV and Schulze each read it differently. */
const TENNESSEE = {
  options: ['Memphis', 'Nashville', 'Chattanooga', 'Knoxville'],
  ballots: [
    { ranking: ['Memphis', 'Nashville', 'Chattanooga', 'Knoxville'], count: 42 },
    { ranking: ['Nashville', 'Chattanooga', 'Knoxville', 'Memphis'], count: 26 },
    { ranking: ['Chattanooga', 'Knoxville', 'Nashville', 'Memphis'], count: 15 },
    { ranking: ['Knoxville', 'Chattanooga', 'Nashville', 'Memphis'], count: 17 },
  ],
};

type Result = { method: string; winners: string[]; tie: boolean; ranking: { option: string; score: number; rank: number }[]; rounds?: { eliminated: string | null }[] };

describe('wethi tally', () => {
  it('prints each ranked method\'s result as JSON with exit 0 and a summary on stderr', () => {
    const file = write('tn.json', TENNESSEE);
    const run = (method: string) => {
      const r = wethi(['tally', '--method', method, file], dir);
      expect(r.code, r.stderr).toBe(0);
      return { result: json<Result>(r), stderr: r.stderr };
    };
    const plurality = run('plurality');
    expect(plurality.result).toMatchObject({ method: 'plurality', winners: ['Memphis'], tie: false });
    expect(plurality.stderr).toBe('plurality: winner Memphis\n');
    expect(run('borda').result.ranking).toEqual([
      { option: 'Nashville', score: 194, rank: 1 },
      { option: 'Chattanooga', score: 173, rank: 2 },
      { option: 'Memphis', score: 126, rank: 3 },
      { option: 'Knoxville', score: 107, rank: 4 },
    ]);
    const irv = run('irv').result;
    expect(irv.winners).toEqual(['Knoxville']);
    expect(irv.rounds?.map((r) => r.eliminated)).toEqual(['Chattanooga', 'Nashville', null]);
    expect(run('schulze').result.winners).toEqual(['Nashville']);
  });

  it('tallies approval and the scoring matrix', () => {
    const approval = write('a.json', { options: ['road', 'water', 'school'], ballots: [{ approved: ['road', 'water'], count: 3 }, { approved: ['water'] }] });
    const a = wethi(['tally', '--method', 'approval', approval], dir);
    expect(a.code).toBe(0);
    expect(json<Result>(a).ranking).toEqual([
      { option: 'water', score: 4, rank: 1 },
      { option: 'road', score: 3, rank: 2 },
      { option: 'school', score: 0, rank: 3 },
    ]);
    const score = write('s.json', {
      options: ['road', 'water'],
      criteria: [{ name: 'severity', weight: 2 }, { name: 'feasibility', weight: 1 }],
      scorers: [
        { name: 'g1', scores: { road: { severity: 4, feasibility: 2 }, water: { severity: 5, feasibility: 3 } } },
        { name: 'g2', scores: { road: { severity: 5, feasibility: 4 }, water: { severity: 3, feasibility: 3 } } },
      ],
    });
    const s = wethi(['tally', '--method', 'score', score], dir);
    expect(s.code).toBe(0);
    // Weighted totals: road 10 and 14 → mean 12; water 13 and 9 → 11.
    expect(json<Result>(s).ranking).toEqual([
      { option: 'road', score: 12, rank: 1 },
      { option: 'water', score: 11, rank: 2 },
    ]);
  });

  it('refuses bad ballots with their index and reason: JSON on stdout, lines on stderr, exit 1', () => {
    const file = write('bad.json', {
      options: ['A', 'B'],
      ballots: [{ ranking: ['A'] }, { ranking: ['A', 'Z'] }, { ranking: ['B', 'B'] }, { ranking: ['A'], count: -2 }],
    });
    const r = wethi(['tally', '--method', 'borda', file], dir);
    expect(r.code).toBe(1);
    expect(json(r)).toEqual({
      errors: [
        { ballot: 1, path: 'ballots[1].ranking[1]', reason: 'unknown option "Z"' },
        { ballot: 2, path: 'ballots[2].ranking[1]', reason: 'option "B" appears twice in the ranking' },
        { ballot: 3, path: 'ballots[3].count', reason: 'count must not be negative (got -2)' },
      ],
    });
    expect(r.stderr).toContain('ballot 1 (ballots[1].ranking[1]): unknown option "Z"');
    expect(r.stderr).toContain('ballot 3 (ballots[3].count): count must not be negative (got -2)');

    const empty = wethi(['tally', '--method', 'plurality', write('empty.json', { options: [], ballots: [] })], dir);
    expect(empty.code).toBe(1);
    expect(empty.stderr).toContain('options is empty');
  });

  it('refuses a file that is not JSON or not there with exit 1', () => {
    const notJson = wethi(['tally', '--method', 'irv', write('x.json', '{"options": [')], dir);
    expect(notJson.code).toBe(1);
    expect(json<{ errors: { path: string; reason: string }[] }>(notJson).errors[0]?.reason).toMatch(/^not valid JSON/);
    const missing = wethi(['tally', '--method', 'irv', path.join(dir, 'nope.json')], dir);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('nope.json: no such file');
  });

  it('answers a command line it cannot use with exit 2 and the help', () => {
    const file = write('tn.json', TENNESSEE);
    for (const args of [['tally', file], ['tally', '--method', 'condorcet', file], ['tally', '--method', 'irv', file, file]]) {
      const r = wethi(args, dir);
      expect([r.code, r.stdout], args.join(' ')).toEqual([2, '']);
      expect(r.stderr).toContain('Usage: wethi tally');
    }
  });

  it('prints its help, and is listed in the usage', () => {
    const help = wethi(['tally', '--help'], dir);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--method');
    expect(wethi(['--help'], dir).stdout).toContain('tally');
  });
});
