import path from 'node:path';
import { expect, it } from 'vitest';
import { openDatabase } from '../../../../electron/core/store/database';
import { tempDir } from '../../../support/temp';

it('migration 2 adds the trash column, the check-in flag (0 for old rows) and the audit table, keeping data', async () => {
  const file = path.join(tempDir(), 'm2.db');
  const at = '2026-11-23T02:00:00.000Z';
  const v1 = await openDatabase(file, { targetVersion: 1 });
  v1.prepare(
    "INSERT INTO forum (id, title, kind, date, status, created_at, updated_at) VALUES ('f1', 'เวทีเดิม', 'village', '2026-11-23', 'open', ?, ?)",
  ).run(at, at);
  v1.prepare("INSERT INTO person (id, first_name, gender, created_at, updated_at) VALUES ('p1', 'มาลี', 'female', ?, ?)").run(at, at);
  v1.prepare("INSERT INTO attendance (forum_id, person_id, registered_at, checked_in_at) VALUES ('f1', 'p1', ?, ?)").run(at, at);
  v1.close();

  const db = await openDatabase(file, { targetVersion: 2 });
  try {
    expect(db.pragma('user_version', { simple: true })).toBe(2);
    expect(db.prepare('SELECT id, title, status, deleted_at FROM forum').all()).toEqual([
      { id: 'f1', title: 'เวทีเดิม', status: 'open', deleted_at: null },
    ]);
    // Old check-ins were not made by the new undo-aware code: they count as pre-registered.
    expect(db.prepare('SELECT person_id, checked_in_at, registered_by_check_in FROM attendance').all()).toEqual([
      { person_id: 'p1', checked_in_at: at, registered_by_check_in: 0 },
    ]);
    const audit = (db.pragma('table_info(audit)') as { name: string; notnull: number }[]).map((c) => [c.name, c.notnull]);
    // A STRICT table's primary key is NOT NULL even without saying so.
    expect(audit).toEqual([
      ['id', 1],
      ['at', 1],
      ['op', 1],
      ['entity', 1],
      ['entity_id', 0],
      ['detail', 0],
    ]);
    expect((db.prepare("SELECT sql FROM sqlite_schema WHERE name = 'audit'").get() as { sql: string }).sql).toMatch(/STRICT$/);
  } finally {
    db.close();
  }
});
