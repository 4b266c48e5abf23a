import path from 'node:path';
import { expect, it } from 'vitest';
import { openDatabase } from '../../../../electron/core/store/database';
import m0018 from '../../../../electron/core/store/migrations/0018-merge-source-plans';
import { tempDir } from '../../../support/temp';
import { versionOf } from './version-of';

const AT = '2027-03-01T02:00:00.000Z';

it('migration 18 lets merge_source trace projects and agreements, keeping every trace row, its key and its index', async () => {
  const file = path.join(tempDir(), 'm18.db');
  const V = versionOf(m0018);
  const before = await openDatabase(file, { targetVersion: V - 1 });
  before.prepare("INSERT INTO forum (id, title, kind, date, status, created_at, updated_at) VALUES ('t', 'ตำบล', 'tambon_integration', '2027-03-01', 'open', ?, ?)").run(AT, AT);
  const insertOld = before.prepare(
    'INSERT INTO merge_source (target_forum_id, entity, entity_id, source_forum_id, source_entity_id, merged_at) VALUES (?, ?, ?, ?, ?, ?)',
  );
  insertOld.run('t', 'forum', 'v1', 'v1', 'v1', AT);
  insertOld.run('t', 'issue', 'it', 'v1', 'iv', AT);
  expect(() => insertOld.run('t', 'project', 'pt', 'v1', 'pv', AT)).toThrow(/CHECK/);
  before.close();

  const db = await openDatabase(file, { targetVersion: V });
  try {
    expect(db.pragma('user_version', { simple: true })).toBe(V);
    const rows = () => db.prepare('SELECT entity, entity_id, source_entity_id FROM merge_source ORDER BY rowid').all();
    expect(rows()).toEqual([
      { entity: 'forum', entity_id: 'v1', source_entity_id: 'v1' },
      { entity: 'issue', entity_id: 'it', source_entity_id: 'iv' },
    ]);
    const insert = db.prepare('INSERT INTO merge_source (target_forum_id, entity, entity_id, source_forum_id, source_entity_id, merged_at) VALUES (?, ?, ?, ?, ?, ?)');
    insert.run('t', 'project', 'pt', 'v1', 'pv', AT);
    insert.run('t', 'agreement', 'gt', 'v1', 'gv', AT);
    expect(() => insert.run('t', 'project', 'other', 'v1', 'pv', AT)).toThrow(/UNIQUE|PRIMARY/);
    expect(() => insert.run('t', 'lesson', 'x', 'v1', 'y', AT)).toThrow(/CHECK/);
    expect(() => insert.run('missing', 'project', 'x', 'v1', 'y', AT)).toThrow(/FOREIGN KEY/);
    const sql = (db.prepare("SELECT sql FROM sqlite_schema WHERE name = 'merge_source'").get() as { sql: string }).sql;
    expect(sql).toMatch(/\)\s*STRICT$/);
    expect(db.prepare("SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'merge_source' AND sql IS NOT NULL").pluck().all()).toEqual(['merge_source_entity']);
    db.prepare("DELETE FROM forum WHERE id = 't'").run();
    expect(rows()).toEqual([]);
  } finally {
    db.close();
  }
});
