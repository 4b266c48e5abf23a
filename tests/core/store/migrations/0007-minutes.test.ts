import path from 'node:path';
import { expect, it } from 'vitest';
import { openDatabase } from '../../../../electron/core/store/database';
import { tempDir } from '../../../support/temp';

const AT = '2026-12-04T02:00:00.000Z';

it('migration 7 adds minutes_section (STRICT, one row per forum and key, gone with its forum), keeping earlier data', async () => {
  const file = path.join(tempDir(), 'm7.db');
  const v6 = await openDatabase(file, { targetVersion: 6 });
  v6.prepare(
    "INSERT INTO forum (id, title, kind, date, status, created_at, updated_at) VALUES ('f1', 'เวทีเดิม', 'village', '2026-12-04', 'open', ?, ?)",
  ).run(AT, AT);
  v6.close();

  const db = await openDatabase(file, { targetVersion: 7 });
  try {
    expect(db.pragma('user_version', { simple: true })).toBe(7);
    expect(db.prepare('SELECT id, title FROM forum').all()).toEqual([{ id: 'f1', title: 'เวทีเดิม' }]);
    const sql = (db.prepare("SELECT sql FROM sqlite_schema WHERE name = 'minutes_section'").get() as { sql: string }).sql;
    expect(sql).toMatch(/\)\s*STRICT$/);
    const insert = db.prepare('INSERT INTO minutes_section (forum_id, key, text, updated_at) VALUES (?, ?, ?, ?)');
    insert.run('f1', 'opening', 'ประธานกล่าวเปิดประชุม', AT);
    expect(() => insert.run('f1', 'opening', 'ซ้ำ', AT)).toThrow(/UNIQUE|PRIMARY/);
    expect(() => insert.run('nope', 'opening', 'x', AT)).toThrow(/FOREIGN KEY/);
    expect(() => insert.run('f1', '', 'x', AT)).toThrow(/CHECK/);
    db.prepare("DELETE FROM forum WHERE id = 'f1'").run();
    expect(db.prepare('SELECT count(*) AS n FROM minutes_section').get()).toEqual({ n: 0 });
  } finally {
    db.close();
  }
});
