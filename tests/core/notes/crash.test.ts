/**
 * Nothing typed is ever lost. A child process types notes and drafts (crash-writer.mts) and is
 * SIGKILLed at random moments, then restarted on the same file, many times. After every kill the
 * file must pass `PRAGMA integrity_check`, hold every note the child acknowledged, and be in
 * exactly the state after its last acknowledged call or the one after it (committed, killed
 * before it could say so): so no acknowledged draft is lost, and a stored note and its
 * draft never both survive (or both vanish).
 *
 * The moments are drawn from a seeded generator; the seed is printed, and CRASH_SEED=<n>
 * replays a run.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import Database from 'better-sqlite3';
import { expect, it } from 'vitest';
import { createCore } from '../../../electron/core/app';
import { tempDir } from '../../support/temp';
import { FIRST_AUTHOR, type RunState, SECOND_AUTHOR, runNotePrefix, stateAfter } from './crash-steps';

const KILLS = Number(process.env.CRASH_KILLS ?? 30);
const WRITER = path.join(import.meta.dirname, 'crash-writer.mts');

/** mulberry32: small, seedable, good enough to pick moments. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Acks {
  /** Index of the last acknowledged step, -1 if none. */
  lastStep: number;
  notes: Map<string, number>;
  sawReady: boolean;
}

/** Runs the writer until it is killed `delayMs` after it is ready (or after spawn, when `early`). */
function runWriter(dbPath: string, forumId: string, run: number, delayMs: number, early: boolean): Promise<Acks> {
  return new Promise((resolve, reject) => {
    const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', WRITER, dbPath, forumId, String(run)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const acks: Acks = { lastStep: -1, notes: new Map(), sawReady: false };
    let pending = '';
    let stderr = '';
    const kill = () => child.kill('SIGKILL');
    if (early) setTimeout(kill, delayMs);
    child.stdout?.setEncoding('utf8');
    child.stdout?.on('data', (chunk: string) => {
      pending += chunk;
      const lines = pending.split('\n');
      // A line without its newline yet is not an acknowledgement (yet).
      pending = lines.pop() ?? '';
      for (const line of lines) {
        if (line === 'READY') {
          acks.sawReady = true;
          if (!early) setTimeout(kill, delayMs);
          continue;
        }
        const [word, , step, id] = line.split(' ');
        if (word !== 'ACK' || step === undefined || id === undefined) continue;
        acks.lastStep = Number(step);
        if (id !== '-') acks.notes.set(id, Number(step));
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (signal !== 'SIGKILL') reject(new Error(`writer ended by itself (code ${code}): ${stderr}`));
      else resolve(acks);
    });
  });
}

/** Read the file as the next start would find it, without changing it (the writer recovers the WAL itself). */
function observe(dbPath: string, run: number) {
  const db = new Database(dbPath, { readonly: true, fileMustExist: true });
  try {
    const integrity = db.pragma('integrity_check', { simple: true });
    const draft = (author: string) =>
      (db.prepare('SELECT text FROM note_draft WHERE author = ?').get(author) as { text: string } | undefined)?.text ?? null;
    const state: RunState = {
      firstDraft: draft(FIRST_AUTHOR),
      secondDraft: draft(SECOND_AUTHOR),
      notes: (db.prepare('SELECT text FROM note WHERE substr(text, 1, ?) = ? ORDER BY rowid').all(runNotePrefix(run).length, runNotePrefix(run)) as {
        text: string;
      }[]).map((r) => r.text),
    };
    const ids = new Set((db.prepare('SELECT id FROM note').all() as { id: string }[]).map((r) => r.id));
    return { integrity, state, ids };
  } finally {
    db.close();
  }
}

it(`keeps every acknowledged note and draft through ${KILLS} SIGKILLs`, { timeout: 300_000 }, async () => {
  const seed = Number(process.env.CRASH_SEED ?? Date.now() % 2 ** 31);
  console.log(`crash test seed ${seed} (CRASH_SEED=${seed} replays it)`);
  const next = random(seed);
  const dbPath = path.join(tempDir('wethi-crash-'), 'crash.db');

  const core = await createCore({ dbPath, backupOnOpen: false, backupIntervalMs: 0 });
  const forum = await core.dispatch('forums.create', { title: 'เวทีทดสอบไฟดับ', date: '2026-11-23' });
  core.close();
  if (!forum.ok) throw new Error(forum.error.message);
  const forumId = (forum.value as { id: string }).id;

  const acknowledged = new Map<string, string>();
  let before: RunState = { firstDraft: null, secondDraft: null, notes: [] };
  let steps = 0;
  let early = 0;
  for (let run = 1; run <= KILLS; run++) {
    // Mostly in the middle of typing; now and then while the core is still opening the file.
    const killEarly = next() < 0.15;
    const acks = await runWriter(dbPath, forumId, run, killEarly ? Math.floor(next() * 600) : Math.floor(next() * 150), killEarly);
    if (!acks.sawReady) early += 1;
    steps += acks.lastStep + 1;

    const seen = observe(dbPath, run);
    const where = `seed ${seed}, run ${run}, last acknowledged step ${acks.lastStep}`;
    expect(seen.integrity, where).toBe('ok');
    for (const [id, step] of acks.notes) acknowledged.set(id, `run ${run} step ${step}`);
    const lost = [...acknowledged].filter(([id]) => !seen.ids.has(id));
    expect(lost, where).toEqual([]);
    const start = { ...before, notes: [] };
    const candidates = [stateAfter(run, acks.lastStep, start), stateAfter(run, acks.lastStep + 1, start)];
    expect(candidates, where).toContainEqual(seen.state);
    before = seen.state;
  }
  console.log(`${KILLS} kills (${early} before the core was ready), ${steps} acknowledged steps, ${acknowledged.size} acknowledged notes`);
  expect(acknowledged.size).toBeGreaterThan(0);
});
