import path from 'node:path';
import { expect, it } from 'vitest';
import { openDatabase } from '../../../../electron/core/store/database';
import { tempDir } from '../../../support/temp';

const AT = '2026-12-04T02:00:00.000Z';

it('migration 8 adds merge_source (STRICT, one row per source record and target, gone with the target forum), keeping earlier data', async () => {
  const file = path.join(tempDir(), 'm8.db');
  const v7 = await openDatabase(file, { targetVersion: 7 });
  const forum = v7.prepare("INSERT INTO forum (id, title, kind, date, status, created_at, updated_at) VALUES (?, ?, ?, '2026-12-04', 'open', ?, ?)");
  forum.run('tambon', 'เวทีบูรณาการแผนตำบล', 'tambon_integration', AT, AT);
  forum.run('v1', 'เวทีหมู่ 1', 'village', AT, AT);
  v7.close();

  const db = await openDatabase(file, { targetVersion: 8 });
  try {
    expect(db.pragma('user_version', { simple: true })).toBe(8);
    expect(db.prepare('SELECT id FROM forum ORDER BY id').pluck().all()).toEqual(['tambon', 'v1']);
    const sql = (db.prepare("SELECT sql FROM sqlite_schema WHERE name = 'merge_source'").get() as { sql: string }).sql;
    expect(sql).toMatch(/\)\s*STRICT$/);
    const insert = db.prepare(
      'INSERT INTO merge_source (target_forum_id, entity, entity_id, source_forum_id, source_entity_id, merged_at) VALUES (?, ?, ?, ?, ?, ?)',
    );
    insert.run('tambon', 'forum', 'v1', 'v1', 'v1', AT);
    insert.run('tambon', 'issue', 'i-target', 'v1', 'i-village', AT);
    // Another village issue may go into the same target issue; the same one twice may not.
    insert.run('tambon', 'issue', 'i-target', 'v1', 'i-village-2', AT);
    expect(() => insert.run('tambon', 'issue', 'i-other', 'v1', 'i-village', AT)).toThrow(/UNIQUE|PRIMARY/);
    expect(() => insert.run('tambon', 'poll', 'x', 'v1', 'y', AT)).toThrow(/CHECK/);
    expect(() => insert.run('nope', 'issue', 'x', 'v1', 'y', AT)).toThrow(/FOREIGN KEY/);
    // The trace outlives its village forum (readers flag it missing), not its target.
    db.prepare("DELETE FROM forum WHERE id = 'v1'").run();
    expect(db.prepare('SELECT count(*) AS n FROM merge_source').get()).toEqual({ n: 3 });
    db.prepare("DELETE FROM forum WHERE id = 'tambon'").run();
    expect(db.prepare('SELECT count(*) AS n FROM merge_source').get()).toEqual({ n: 0 });
  } finally {
    db.close();
  }
});
