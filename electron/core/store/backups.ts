/**
 * Rolling backups: copies of the database file taken with SQLite's online backup API,
 * named so the list can be read back from the folder alone.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Backup } from '../../../shared/contract';
import type { Db } from './database';

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
