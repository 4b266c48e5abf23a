/**
 * Opening the SQLite file: durable pragmas, refusing newer schemas, backing up and migrating.
 * One connection per process that owns the file (better-sqlite3 is synchronous).
 */
import Database from 'better-sqlite3';
import { AppError } from '../errors';
import { SCHEMA_VERSION, migrations } from './migrations';

export type Db = Database.Database;

export interface OpenOptions {
  /** Called before the first migration runs on an existing database, to copy it somewhere safe. */
  backupBeforeMigrate?: (db: Db, fromVersion: number) => Promise<void>;
  /** The Electron shell passes a better-sqlite3 binary built for Electron's ABI. */
  nativeBinding?: string;
  /** Stop at this schema version (tests build fixtures of older versions). */
  targetVersion?: number;
}

/** How long a connection waits for another process's write to finish before giving up. */
export const BUSY_TIMEOUT_MS = 5000;

export function applyPragmas(db: Db): void {
  // First: switching to WAL and everything after it may wait for another process's lock.
  db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  db.pragma('journal_mode = WAL');
  // FULL: a commit is on disk before it is acknowledged; a power cut loses nothing acknowledged.
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  // Deleted rows are overwritten with zeros, so an erased person is not left in free pages (PDPA s.33).
  db.pragma('secure_delete = ON');
}

/**
 * A write transaction that takes the write lock at BEGIN (IMMEDIATE). A deferred one reads
 * first and, when another process (the CLI, a second window's host) commits in between, fails
 * at its first write with SQLITE_BUSY_SNAPSHOT at once, before busy_timeout can wait: that
 * surfaced as "database is locked". Every transaction that may write goes through here.
 */
export function writeTransaction<A extends unknown[], R>(db: Db, fn: (...args: A) => R): (...args: A) => R {
  return db.transaction(fn).immediate;
}

/**
 * The full-text indexes of this file (notes, issues, resolutions in the current schema; fewer in
 * an older backup): FTS5 tables keep deleted terms in their segments until they are merged, so an
 * erasure merges or rebuilds each of them.
 */
export function fullTextTables(db: Db): string[] {
  return db
    .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%USING fts5%' ORDER BY name")
    .pluck()
    .all() as string[];
}

export async function openDatabase(path: string, options: OpenOptions = {}): Promise<Db> {
  const db = new Database(path, {
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    timeout: BUSY_TIMEOUT_MS,
  });
  try {
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > SCHEMA_VERSION) {
      throw new AppError(
        'database_newer',
        'error.database_newer',
        `This database was written by a newer Wethi (schema ${version}; this version knows up to ${SCHEMA_VERSION}). It was not changed. Please update Wethi.`,
        { version, supported: SCHEMA_VERSION },
      );
    }
    applyPragmas(db);
    const target = options.targetVersion ?? SCHEMA_VERSION;
    if (version < target && version > 0 && options.backupBeforeMigrate) {
      await options.backupBeforeMigrate(db, version);
    }
    migrate(db, version, target);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

function migrate(db: Db, from: number, to: number): void {
  for (let next = from + 1; next <= to; next++) {
    const step = migrations[next - 1];
    if (!step) throw new Error(`missing migration ${next}`);
    // Each step and its version bump commit together, so a crash leaves a whole version.
    writeTransaction(db, () => {
      step(db);
      db.pragma(`user_version = ${next}`);
    })();
  }
}
