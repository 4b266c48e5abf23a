/**
 * A phone's ballot is written in one BEGIN IMMEDIATE transaction: when another process (the
 * CLI, a second window of the app) is writing to the same file, the ballot waits for it and is
 * stored, instead of starting to read and failing half-way when it needs to write (which a
 * deferred transaction does: SQLITE_BUSY).
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openRoom } from './harness';

const ROOT = path.resolve(import.meta.dirname, '../../..');

/** Another process takes the write lock, says so, holds it for `ms`, then commits. */
function holdWriteLock(dbPath: string, ms: number): Promise<{ done: Promise<number> }> {
  const script = `
    const { default: Database } = await import(${JSON.stringify(path.join(ROOT, 'node_modules/better-sqlite3/lib/index.js'))});
    const db = new Database(${JSON.stringify(dbPath)});
    db.pragma('busy_timeout = 5000');
    db.exec('BEGIN IMMEDIATE');
    db.prepare('UPDATE forum SET updated_at = updated_at').run();
    process.stdout.write('locked\\n');
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ${ms});
    db.exec('COMMIT');
    db.close();`;
  const child = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
  const done = new Promise<number>((resolve) => child.once('exit', (code) => resolve(code ?? -1)));
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('locked')) resolve({ done });
    });
    child.once('exit', (code) => reject(new Error(`the locking process exited (${code}) before locking`)));
  });
}

describe('phone writes are IMMEDIATE transactions', () => {
  it('a ballot sent while another process writes waits for it and is stored', async () => {
    const t = await openRoom();
    const poll = await t.createOpen({ title: 'มติ', method: 'yes_no' });
    const phone = t.phone();
    const lock = await holdWriteLock(t.dbPath, 700);
    // A deferred transaction fails here at once with "database is locked".
    const stored = phone.vote(poll.id, { choice: 'yes' });
    expect(stored.status).toBe('stored');
    expect(await lock.done).toBe(0);
    expect((await t.results(poll.id)).yesNo?.yes).toBe(1);
  });
});
