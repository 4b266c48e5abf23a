import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createCore } from '../../../electron/core/app';
import { AppError } from '../../../electron/core/errors';
import { openDatabase } from '../../../electron/core/store/database';
import { migrations } from '../../../electron/core/store/migrations';
import { sha256, tempDir } from '../../support/temp';

describe('opening a database', () => {
  it('sets WAL, synchronous FULL and foreign keys, and migrates a new file to the last version', async () => {
    const file = path.join(tempDir(), 'new.db');
    const db = await openDatabase(file);
    try {
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      // 2 is FULL: each commit is synced before it is acknowledged.
      expect(db.pragma('synchronous', { simple: true })).toBe(2);
      expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(db.pragma('user_version', { simple: true })).toBe(migrations.length);
    } finally {
      db.close();
    }
  });

  it('enforces foreign keys: attendance for a forum that does not exist is refused', async () => {
    const db = await openDatabase(path.join(tempDir(), 'fk.db'));
    try {
      const insert = () =>
        db
          .prepare('INSERT INTO attendance (forum_id, person_id, registered_at) VALUES (?, ?, ?)')
          .run('no-such-forum', 'no-such-person', '2026-11-23T02:00:00.000Z');
      expect(insert).toThrow(/FOREIGN KEY/);
    } finally {
      db.close();
    }
  });

  it('refuses a database from a newer version with database_newer and leaves its bytes alone', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'newer.db');
    const future = new Database(file);
    future.exec('CREATE TABLE from_the_future (x TEXT) STRICT');
    future.pragma(`user_version = ${migrations.length + 1}`);
    future.close();
    const before = sha256(file);

    const error = await openDatabase(file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('database_newer');
    expect((error as AppError).details).toEqual({ version: migrations.length + 1, supported: migrations.length });

    expect(sha256(file)).toBe(before);
    // Not even switched to WAL: that would leave -wal/-shm files and change the header.
    expect(fs.readdirSync(dir)).toEqual(['newer.db']);
  });

  it('refuses a newer database through createCore too, without taking any backup', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'newer.db');
    const future = new Database(file);
    future.pragma(`user_version = ${migrations.length + 5}`);
    future.close();
    const before = sha256(file);

    await expect(createCore({ dbPath: file, backupIntervalMs: 0 })).rejects.toMatchObject({ code: 'database_newer' });
    expect(sha256(file)).toBe(before);
    expect(fs.existsSync(`${file}.backups`)).toBe(false);
  });
});
