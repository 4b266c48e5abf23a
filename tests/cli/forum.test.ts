/** `wethi --help`, command routing and `wethi forum …`, run as a user runs them. */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contract, forumFields } from '../../shared/contract';
import { dump, json, tempDir, wethi } from './wethi';

let dir: string;
beforeEach(() => {
  dir = tempDir();
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('help and routing', () => {
  it('prints the usage on --help and exits 0', () => {
    const run = wethi(['--help'], dir);
    expect(run.code).toBe(0);
    for (const command of ['forum create', 'people import', 'people list']) expect(run.stdout).toContain(command);
    expect(run.stderr).toBe('');
  });

  it('prints a command\'s own help', () => {
    const run = wethi(['people', 'import', '--help'], dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('--skip-invalid');
    expect(run.stdout).toContain('Usage: wethi people import');
  });

  it('takes the former group name `participants` for `people`, without listing it', () => {
    const run = wethi(['participants', 'import', '--help'], dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Usage: wethi people import');
    expect(wethi(['--help'], dir).stdout).not.toContain('participants');
  });

  it('answers an unknown command with the usage on stderr and exit 2', () => {
    const run = wethi(['forums', 'create'], dir);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('unknown command "forums"');
    expect(run.stderr).toContain('Usage: wethi <command>');
  });

  it('lists the commands under the contract\'s feature names', () => {
    const run = wethi(['--help'], dir);
    const features = [...run.stdout.matchAll(/^ {2}(\S+)$/gm)].map((m) => m[1]);
    expect(features).toEqual(['forums', 'people', 'imports', 'polls', 'reports', 'session', 'merge', 'room']);
    const namespaces = new Set(Object.keys(contract).map((op) => op.split('.')[0]));
    for (const feature of features) expect(namespaces.has(feature as string), feature).toBe(true);
    expect(run.stdout).toMatch(/ {2}people\n {4}people list/);
  });

  it('answers no command at all with exit 2', () => {
    expect(wethi([], dir).code).toBe(2);
  });

  it('answers an unknown option and a missing required one with exit 2', () => {
    const db = path.join(dir, 'w.db');
    const unknown = wethi(['forum', 'create', '--db', db, '--title', 'x', '--date', '2026-01-01', '--colour', 'red'], dir);
    expect([unknown.code, unknown.stdout]).toEqual([2, '']);
    expect(unknown.stderr).toContain("'--colour'");
    const missing = wethi(['forum', 'create', '--db', db, '--date', '2026-01-01'], dir);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--title is required');
  });
});

describe('forum create', () => {
  it('creates the forum in the given file and prints it with its id', () => {
    const db = path.join(dir, 'data', 'wethi.db');
    const run = wethi(['forum', 'create', '--db', db, '--title', 'เวทีประชาคมหมู่ 3', '--date', '2026-02-14', '--kind', 'tambon_integration', '--venue', 'ศาลาวัด'], dir);
    expect(run.code).toBe(0);
    const forum = json<{ id: string; title: string; date: string; kind: string; venue: string; status: string }>(run);
    expect(forum).toMatchObject({ title: 'เวทีประชาคมหมู่ 3', date: '2026-02-14', kind: 'tambon_integration', venue: 'ศาลาวัด', status: 'planned' });
    expect(forum.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(dump(db).forum).toEqual([expect.objectContaining({ id: forum.id, title: 'เวทีประชาคมหมู่ 3', date: '2026-02-14' })]);

    const list = wethi(['forum', 'list', '--db', db], dir);
    expect(json<{ id: string }[]>(list).map((f) => f.id)).toEqual([forum.id]);
  });

  it('takes every field of the contract\'s forum as an option of the same name', () => {
    const db = path.join(dir, 'w.db');
    const run = wethi(
      ['forum', 'create', '--db', db, '--title', 'เวทีตำบล', '--date', '2026-02-14', '--note-taker', 'นางสาวจดดี', '--iap2-level', 'involve',
        '--expected-sectors', 'citizens', '--expected-sectors', 'local_government', '--default-tie-rule', 'lottery', '--start-time', '09:00', '--status', 'open'],
      dir,
    );
    expect(run.code, run.stderr).toBe(0);
    expect(json(run)).toMatchObject({
      noteTaker: 'นางสาวจดดี',
      iap2Level: 'involve',
      expectedSectors: ['citizens', 'local_government'],
      defaultTieRule: 'lottery',
      startTime: '09:00',
      status: 'open',
    });
    const help = wethi(['forum', 'create', '--help'], dir).stdout;
    for (const field of Object.keys(forumFields)) expect(help).toContain(`--${field.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`);
  });

  it('takes a relative --db against the working folder', () => {
    const run = wethi(['forum', 'create', '--db', 'rel.db', '--title', 'x', '--date', '2026-02-14'], dir);
    expect(run.code).toBe(0);
    expect(fs.existsSync(path.join(dir, 'rel.db'))).toBe(true);
  });

  it('refuses a date that is not a date, with the code on stderr and exit 1', () => {
    const db = path.join(dir, 'w.db');
    const run = wethi(['forum', 'create', '--db', db, '--title', 'x', '--date', '14/02/2569'], dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/date: .*\[validation\]/);
  });

  it('does not create a database just to list an empty one', () => {
    const db = path.join(dir, 'missing.db');
    const run = wethi(['forum', 'list', '--db', db], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('[not_found]');
    expect(fs.existsSync(db)).toBe(false);
  });
});
