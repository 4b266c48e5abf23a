/**
 * Runs the real `wethi` launcher as a child process, from a working folder of the test's choosing:
 * bin/wethi.mjs and the built CLI in out/cli (rebuilt for the run by tests/cli/global-setup.ts).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { createCore } from '../../electron/core/app';
import { call } from '../../electron/core/dispatch';

const LAUNCHER = path.resolve(import.meta.dirname, '../../bin/wethi.mjs');

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** `timeoutMs`: a command that should answer at once is killed after it (exit code null). */
export function wethi(args: string[], cwd: string, timeoutMs = 60_000): Run {
  const result = spawnSync(process.execPath, [LAUNCHER, ...args], { cwd, encoding: 'utf8', timeout: timeoutMs });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** stdout as JSON, failing the test with stderr in view when it is not. */
export function json<T = unknown>(run: Run): T {
  try {
    return JSON.parse(run.stdout) as T;
  } catch {
    throw new Error(`stdout is not JSON (exit ${run.code}):\n${run.stdout}\nstderr:\n${run.stderr}`);
  }
}

export const tempDir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'wethi-cli-'));

/**
 * A database file `wethi.db` in `dir` holding one forum, made in process (forum create itself
 * is tested in forum.test.ts); the commands under test then run as child processes.
 */
export async function databaseWithForum(dir: string, title = 'เวทีหมู่ 3'): Promise<{ db: string; forumId: string }> {
  const db = path.join(dir, 'wethi.db');
  const core = await createCore({ dbPath: db, backupOnOpen: false, backupIntervalMs: 0 });
  try {
    return { db, forumId: (await call(core.handlers, 'forums.create', { title, date: '2026-03-01' })).id };
  } finally {
    core.close();
  }
}

/** Every row of the tables an import touches, to prove a refused import changed nothing. */
export function dump(dbPath: string): Record<'forum' | 'person' | 'person_sensitive' | 'attendance' | 'audit', unknown[]> {
  const db = new Database(dbPath, { readonly: true });
  try {
    const all = (table: string) => db.prepare(`SELECT * FROM ${table} ORDER BY rowid`).all();
    return { forum: all('forum'), person: all('person'), person_sensitive: all('person_sensitive'), attendance: all('attendance'), audit: all('audit') };
  } finally {
    db.close();
  }
}
