import path from 'node:path';
import { expect, it } from 'vitest';
import { openDatabase } from '../../../../electron/core/store/database';
import { tempDir } from '../../../support/temp';

const columns = (db: Awaited<ReturnType<typeof openDatabase>>, table: string) =>
  (db.pragma(`table_info(${table})`) as { name: string }[]).map((c) => c.name);

it('migration 1 creates forum, person, person_sensitive and attendance as STRICT tables with cascades', async () => {
  const db = await openDatabase(path.join(tempDir(), 'm1.db'), { targetVersion: 1 });
  try {
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    const tables = db.prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'table' ORDER BY name").all() as { name: string; sql: string }[];
    expect(tables.map((t) => t.name)).toEqual(['attendance', 'forum', 'person', 'person_sensitive']);
    for (const t of tables) expect(t.sql).toMatch(/\)\s*STRICT$/);
    expect(columns(db, 'attendance')).toEqual(['forum_id', 'person_id', 'registered_at', 'checked_in_at']);
    expect(columns(db, 'person_sensitive')).toEqual(['person_id', 'disadvantaged_groups', 'consent_at', 'consent_by']);
    expect(columns(db, 'forum')).not.toContain('deleted_at');

    const at = '2026-11-23T02:00:00.000Z';
    db.prepare(
      "INSERT INTO forum (id, title, kind, date, status, created_at, updated_at) VALUES ('f1', 'เวที', 'village', '2026-11-23', 'planned', ?, ?)",
    ).run(at, at);
    db.prepare("INSERT INTO person (id, first_name, gender, created_at, updated_at) VALUES ('p1', 'สมชาย', 'male', ?, ?)").run(at, at);
    db.prepare("INSERT INTO person_sensitive VALUES ('p1', '[\"elderly\"]', ?, 'ผู้จด')").run(at);
    db.prepare("INSERT INTO attendance (forum_id, person_id, registered_at) VALUES ('f1', 'p1', ?)").run(at);

    // STRICT: a number where text belongs is refused rather than silently stored.
    expect(() => db.prepare("UPDATE person SET first_name = x'00' WHERE id = 'p1'").run()).toThrow(/cannot store BLOB/);

    // Deleting a person takes their sensitive data and attendance with them (PDPA erasure relies on it).
    db.prepare("DELETE FROM person WHERE id = 'p1'").run();
    expect(db.prepare('SELECT count(*) AS n FROM person_sensitive').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT count(*) AS n FROM attendance').get()).toEqual({ n: 0 });
  } finally {
    db.close();
  }
});
