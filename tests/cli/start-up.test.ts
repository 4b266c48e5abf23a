/**
 * `wethi` starts as built JavaScript: no TypeScript compiler at run time, and each command loads
 * only what it uses. A module-resolution hook logs every module the process loads.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseWithForum, tempDir } from './wethi';

const ROOT = path.resolve(import.meta.dirname, '../..');
const HEAVY = ['better-sqlite3', 'docx', 'exceljs', 'playwright-core'];

let dir: string;
let db: string;
let forumId: string;
beforeAll(async () => {
  dir = tempDir();
  ({ db, forumId } = await databaseWithForum(dir, 'เวที'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Runs bin/wethi.mjs and returns the packages (node_modules) and our files it loaded. */
function loaded(args: string[]): { code: number | null; packages: string[]; files: string[] } {
  const log = path.join(dir, `modules-${Math.random().toString(36).slice(2)}.log`);
  fs.writeFileSync(log, '');
  const run = spawnSync(process.execPath, ['--import', path.join(ROOT, 'tests', 'cli', 'module-log.mjs'), path.join(ROOT, 'bin', 'wethi.mjs'), ...args], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, WETHI_MODULE_LOG: log },
    timeout: 60_000,
  });
  const urls = fs.readFileSync(log, 'utf8').split('\n').filter(Boolean);
  const packages = new Set<string>();
  const files = new Set<string>();
  for (const url of urls) {
    const match = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url);
    if (match) packages.add(match[1] as string);
    else if (url.startsWith('file:')) files.add(path.relative(ROOT, new URL(url).pathname));
  }
  return { code: run.status, packages: [...packages].sort(), files: [...files].sort() };
}

describe('what each command loads', () => {
  it('runs the built out/cli: no TypeScript file and no tsx, even for --help', () => {
    const help = loaded(['--help']);
    expect(help.code).toBe(0);
    expect(help.packages).toEqual([]);
    expect(help.files.every((f) => f === 'bin/wethi.mjs' || f.startsWith('out/cli/'))).toBe(true);
    // The command list alone: no command module, so not the contract either (zod is bundled into a chunk).
    const zodChunks = help.files.filter((f) => fs.readFileSync(path.join(ROOT, f), 'utf8').includes('node_modules/zod/'));
    expect(zodChunks).toEqual([]);
  });

  it('tallies without the database or the document libraries', () => {
    const file = path.join(dir, 'ballots.json');
    fs.writeFileSync(file, JSON.stringify({ options: ['A', 'B'], ballots: [{ ranking: ['A', 'B'] }] }));
    const tally = loaded(['tally', '--method', 'borda', file]);
    expect(tally.code).toBe(0);
    expect(tally.packages).toEqual([]);
    expect(tally.files.every((f) => f === 'bin/wethi.mjs' || f.startsWith('out/cli/'))).toBe(true);
  });

  it('opens the database for forum list, and leaves docx, exceljs and Chromium alone', () => {
    const list = loaded(['forum', 'list', '--db', db]);
    expect(list.code).toBe(0);
    expect(list.packages).toContain('better-sqlite3');
    for (const heavy of HEAVY.filter((p) => p !== 'better-sqlite3')) expect(list.packages).not.toContain(heavy);
  });

  it('loads docx only to write a DOCX', () => {
    const report = loaded(['report', '--db', db, '--forum', forumId, '--format', 'docx', '--out', path.join(dir, 'minutes.docx')]);
    expect(report.code).toBe(0);
    expect(report.packages).toContain('docx');
    expect(report.packages).not.toContain('exceljs');
    expect(report.packages).not.toContain('playwright-core');
  });
});
