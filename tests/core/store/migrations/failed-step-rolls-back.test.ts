import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { openDatabase } from '../../../../electron/core/store/database';
import { tempDir } from '../../../support/temp';

it('a migration that fails half-way leaves the database at the previous version with nothing of the step applied', async () => {
  const dir = tempDir();
  const file = path.join(dir, 'half.db');
  const v1 = await openDatabase(file, { targetVersion: 1 });
  // Migration 2 alters forum and attendance first, then creates `audit`: an existing table of
  // that name makes its last statement fail after the first two have run.
  v1.exec("CREATE TABLE audit (x TEXT) STRICT; INSERT INTO audit VALUES ('kept')");
  v1.close();

  let backedUpFrom: number | null = null;
  await expect(
    openDatabase(file, {
      backupBeforeMigrate: async (db, from) => {
        backedUpFrom = from;
        await db.backup(path.join(dir, 'before.db'));
      },
    }),
  ).rejects.toThrow(/table audit already exists/);
  expect(backedUpFrom).toBe(1);
  expect(fs.existsSync(path.join(dir, 'before.db'))).toBe(true);

  const db = await openDatabase(file, { targetVersion: 1 });
  try {
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    const forumColumns = (db.pragma('table_info(forum)') as { name: string }[]).map((c) => c.name);
    const attendanceColumns = (db.pragma('table_info(attendance)') as { name: string }[]).map((c) => c.name);
    expect(forumColumns).not.toContain('deleted_at');
    expect(attendanceColumns).not.toContain('registered_by_check_in');
    expect(db.prepare('SELECT x FROM audit').all()).toEqual([{ x: 'kept' }]);
  } finally {
    db.close();
  }
});
