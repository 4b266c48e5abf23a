/**
 * Issue 11.1: the app's host and the CLI (whose --db defaults to the app's own file) write the
 * same SQLite file at once. Every write must wait its turn (BEGIN IMMEDIATE + busy_timeout),
 * never surface "database is locked", and every acknowledged write must be on disk.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { expect, it, onTestFinished } from 'vitest';
import { readDb, tempDir } from '../support/temp';

const ROOT = path.resolve(import.meta.dirname, '../..');
const LAUNCHER = path.join(ROOT, 'bin/wethi.mjs');
const WRITER_NOTES = 300;

interface Exit {
  code: number | null;
  stdout: string;
  stderr: string;
}

function start(args: string[]): { child: ChildProcess; exit: Promise<Exit> } {
  const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  const exit = new Promise<Exit>((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
  return { child, exit };
}

const cli = (args: string[]) => start([LAUNCHER, ...args]).exit;

/** The host as `npm run start:web` runs it, in its own process; resolves once it prints its address. */
async function startHostProcess(dbPath: string): Promise<{ url: string; token: string }> {
  const { child } = start(['--import', 'tsx', path.join(ROOT, 'electron/server/main.ts'), '--db', dbPath, '--port', '0', '--no-open']);
  onTestFinished(() => void child.kill('SIGTERM'));
  const launch = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /running at (http:\/\/\S+)/.exec(out);
      if (m?.[1]) resolve(m[1]);
    });
    child.on('close', (code) => reject(new Error(`host exited (${code}) before listening:\n${out}`)));
  });
  const url = new URL(launch);
  return { url: url.origin, token: url.hash.replace('#token=', '') };
}

it('host, CLI and two more core processes writing one file at once: no error surfaced, every acknowledged write kept', { timeout: 180_000 }, async () => {
  const dir = tempDir();
  const dbPath = path.join(dir, 'wethi.db');
  const created = await cli(['forum', 'create', '--db', dbPath, '--title', 'เวทีพร้อมกัน', '--date', '2026-11-23']);
  expect(created.code, created.stderr).toBe(0);
  const forumId = (JSON.parse(created.stdout) as { id: string }).id;

  const host = await startHostProcess(dbPath);
  const post = async (op: string, input: unknown) => {
    const res = await fetch(`${host.url}/api/${op}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${host.token}` },
      body: JSON.stringify(input),
    });
    return (await res.json()) as { ok: true; value: { id: string } } | { ok: false; error: { code: string; message: string } };
  };

  // Two more processes on the same core, writing as fast as they can (a script, a second app).
  const writers = ['จากโปรเซส ก', 'จากโปรเซส ข'].map(
    (label) => start(['--import', 'tsx', path.join(ROOT, 'tests/support/writer-process.ts'), dbPath, forumId, String(WRITER_NOTES), label]).exit,
  );
  let othersDone = false;
  const others = Promise.all(writers).finally(() => (othersDone = true));
  // The CLI, started again and again while the others write.
  const cliRuns = (async () => {
    const runs: Exit[] = [];
    for (let i = 0; i < 3; i++) {
      runs.push(await cli(['forum', 'create', '--db', dbPath, '--title', `เวทีจาก CLI ${i}`, '--date', '2026-11-24']));
    }
    return runs;
  })();
  // The host: notes typed by the note-taker, a few requests in flight, for as long as the others write.
  const hostWrites = (async () => {
    const acknowledged: string[] = [];
    const errors: string[] = [];
    for (let batch = 0; !othersDone || batch < 20; batch++) {
      const results = await Promise.all(
        [0, 1, 2, 3].map((k) => post('notes.create', { forumId, kind: 'statement', text: `จากโฮสต์ ${batch}-${k}` })),
      );
      for (const r of results) {
        if (r.ok) acknowledged.push(r.value.id);
        else errors.push(`${r.error.code}: ${r.error.message}`);
      }
    }
    return { acknowledged, errors };
  })();

  const [fromHost, writerExits, fromCli] = await Promise.all([hostWrites, others, cliRuns]);
  for (const run of writerExits) expect(run.code, run.stderr).toBe(0);
  const fromWriters = writerExits.map((run) => JSON.parse(run.stdout) as { acknowledged: string[]; errors: string[] });

  expect(fromHost.errors).toEqual([]);
  expect(fromWriters.flatMap((w) => w.errors)).toEqual([]);
  for (const run of fromCli) expect(run.code, run.stderr).toBe(0);
  for (const w of fromWriters) expect(w.acknowledged).toHaveLength(WRITER_NOTES);
  expect(fromHost.acknowledged.length).toBeGreaterThanOrEqual(80);

  const notes = new Set(readDb<{ id: string }>(dbPath, 'SELECT id FROM note').map((r) => r.id));
  const acknowledged = [...fromHost.acknowledged, ...fromWriters.flatMap((w) => w.acknowledged)];
  expect(acknowledged.filter((id) => !notes.has(id))).toEqual([]);
  expect(notes.size).toBe(acknowledged.length);
  const forums = readDb<{ id: string }>(dbPath, 'SELECT id FROM forum').map((r) => r.id);
  expect(forums).toEqual(expect.arrayContaining(fromCli.map((run) => (JSON.parse(run.stdout) as { id: string }).id)));
});
