/**
 * Rolling backups: copies of the database file taken with SQLite's online backup API,
 * named so the list can be read back from the folder alone.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Backup } from '../../../shared/contract';
import Database from 'better-sqlite3';
import { BUSY_TIMEOUT_MS, type Db, fullTextTables, writeTransaction } from './database';

export const KEEP_ROLLING = 10;
type Reason = Backup['reason'];
const NAME = /^wethi-(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z)-(open|interval|manual|migration|before_restore)\.db$/;

export function backupName(at: Date, reason: Reason): string {
  return `wethi-${at.toISOString().replace(/[:.]/g, '-')}-${reason}.db`;
}

function parseName(name: string): { createdAt: string; reason: Reason } | null {
  const m = NAME.exec(name);
  if (!m?.[1] || !m[2]) return null;
  const createdAt = m[1].replace(/T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z$/, 'T$1:$2:$3.$4Z');
  return { createdAt, reason: m[2] as Reason };
}

export function listBackups(dir: string): Backup[] {
  if (!fs.existsSync(dir)) return [];
  const list: Backup[] = [];
  for (const name of fs.readdirSync(dir)) {
    const parsed = parseName(name);
    if (!parsed) continue;
    list.push({ name, ...parsed, sizeBytes: fs.statSync(path.join(dir, name)).size });
  }
  return list.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

export async function takeBackup(db: Db, dir: string, reason: Reason, at = new Date()): Promise<Backup> {
  fs.mkdirSync(dir, { recursive: true });
  const name = backupName(at, reason);
  const target = path.join(dir, name);
  const partial = `${target}.partial`;
  await db.backup(partial);
  // Renamed only when complete, so a crash mid-backup never leaves a file that looks whole.
  fs.renameSync(partial, target);
  pruneBackups(dir);
  const created = listBackups(dir).find((b) => b.name === name);
  if (!created) throw new Error(`backup ${name} vanished`);
  return created;
}

/** Keeps the newest rolling copies; migration copies are kept, they are rare and precious. */
export function pruneBackups(dir: string, keep = KEEP_ROLLING): void {
  const rolling = listBackups(dir).filter((b) => b.reason !== 'migration');
  for (const old of rolling.slice(keep)) fs.rmSync(path.join(dir, old.name), { force: true });
}

/**
 * Rewrites every backup through `change` (an erasure): each is copied, changed in one
 * transaction, compacted so nothing deleted is left in free space, and renamed over the
 * original under the same name. A backup that cannot be rewritten (damaged, unreadable) is
 * deleted rather than left holding what was to be erased; the caller is told which. Leftovers
 * of an interrupted backup or rewrite (`.partial`, `.rewrite`) are deleted too.
 */
export function rewriteBackups(dir: string, change: (db: Db) => void): { rewritten: string[]; deleted: string[] } {
  const rewritten: string[] = [];
  const deleted: string[] = [];
  if (!fs.existsSync(dir)) return { rewritten, deleted };
  for (const name of fs.readdirSync(dir)) {
    if (/\.(partial|rewrite)(-journal|-wal|-shm)?$/.test(name)) fs.rmSync(path.join(dir, name), { force: true });
  }
  for (const backup of listBackups(dir)) {
    const file = path.join(dir, backup.name);
    const work = `${file}.rewrite`;
    try {
      fs.copyFileSync(file, work);
      const db = new Database(work, { timeout: BUSY_TIMEOUT_MS });
      try {
        // A rollback journal, not WAL: nothing is left beside the file once it is closed.
        db.pragma('journal_mode = DELETE');
        db.pragma('foreign_keys = ON');
        db.pragma('secure_delete = ON');
        writeTransaction(db, () => change(db))();
        db.exec('VACUUM');
        for (const fts of fullTextTables(db)) db.prepare(`INSERT INTO ${fts}(${fts}) VALUES ('rebuild')`).run();
      } finally {
        db.close();
      }
      fs.renameSync(work, file);
      rewritten.push(backup.name);
    } catch {
      for (const f of [work, `${work}-journal`, `${work}-wal`, `${work}-shm`, file]) fs.rmSync(f, { force: true });
      deleted.push(backup.name);
    }
  }
  return { rewritten, deleted };
}
