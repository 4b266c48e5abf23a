/** What every benchmark shares: a scratch folder, a raw connection like the store's, a timer, the output. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { openDatabase } from '../electron/core/store/database';

export interface Bench {
  name: string;
  run(): Promise<void>;
}

/** A folder on the disk the app would use; WETHI_BENCH_DIR picks another (never a RAM disk: fsync is the point). */
export function scratchDir(label: string): { dir: string; remove(): void } {
  const base = process.env.WETHI_BENCH_DIR ?? os.tmpdir();
  const dir = fs.mkdtempSync(path.join(base, `wethi-bench-${label}-`));
  return { dir, remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/**
 * The baseline: plain better-sqlite3 on the same schema with the same durability pragmas as the
 * store (WAL, synchronous=FULL, foreign keys), and nothing of ours on the write path.
 */
export async function openRaw(file: string): Promise<Database.Database> {
  (await openDatabase(file)).close();
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  return db;
}

export async function timed(fn: () => unknown | Promise<unknown>): Promise<number> {
  const start = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

export const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
};

/** The q-quantile (0–1) of the samples, by the nearest-rank method. */
export const percentile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))] ?? Number.NaN;
};

export const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

export function line(label: string, value: string): void {
  console.log(`  ${label.padEnd(58)} ${value}`);
}

export function verdict(label: string, ratio: number, goal: number): void {
  line(label, `${ratio.toFixed(2)}x   (goal >= ${goal.toFixed(1)}x: ${ratio >= goal ? 'met' : 'NOT met'})`);
}
