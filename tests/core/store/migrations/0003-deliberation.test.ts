import path from 'node:path';
import { expect, it } from 'vitest';
import { openDatabase } from '../../../../electron/core/store/database';
import { tempDir } from '../../../support/temp';

const AT = '2026-11-23T02:00:00.000Z';

it('migration 3 adds the deliberation tables, FTS5 trigram indexes with their triggers, and keeps existing forums', async () => {
  const file = path.join(tempDir(), 'm3.db');
  const v2 = await openDatabase(file, { targetVersion: 2 });
  v2.prepare(
    "INSERT INTO forum (id, title, kind, date, status, created_at, updated_at) VALUES ('f1', 'เวทีเดิม', 'village', '2026-11-23', 'open', ?, ?)",
  ).run(AT, AT);
  v2.prepare("INSERT INTO person (id, first_name, gender, created_at, updated_at) VALUES ('p1', 'มาลี', 'female', ?, ?)").run(AT, AT);
  v2.close();

  const db = await openDatabase(file, { targetVersion: 3 });
  try {
    expect(db.pragma('user_version', { simple: true })).toBe(3);
    const names = (type: string) =>
      (db.prepare('SELECT name FROM sqlite_schema WHERE type = ? ORDER BY name').all(type) as { name: string }[]).map((r) => r.name);
    expect(names('table')).toEqual(
      expect.arrayContaining(['agenda_item', 'issue', 'issue_detail', 'issue_fts', 'note', 'note_draft', 'note_fts', 'resolution', 'small_group', 'speech']),
    );
    expect(names('trigger')).toEqual([
      'issue_fts_delete',
      'issue_fts_insert',
      'issue_fts_update',
      'note_fts_delete',
      'note_fts_insert',
      'note_fts_update',
    ]);
    const ftsSql = (db.prepare("SELECT sql FROM sqlite_schema WHERE name = 'note_fts'").get() as { sql: string }).sql;
    expect(ftsSql).toContain("tokenize='trigram'");

    // The old forum is untouched and has the new columns at their defaults.
    expect(db.prepare('SELECT id, title, status, current_agenda_item_id, projector FROM forum').all()).toEqual([
      { id: 'f1', title: 'เวทีเดิม', status: 'open', current_agenda_item_id: null, projector: '{"mode":"welcome"}' },
    ]);
    expect(db.prepare('SELECT id, first_name FROM person').all()).toEqual([{ id: 'p1', first_name: 'มาลี' }]);
    const draftKey = (db.pragma('table_info(note_draft)') as { name: string; pk: number }[]).filter((c) => c.pk > 0).map((c) => c.name);
    expect(draftKey).toEqual(['forum_id', 'author']);

    // The triggers keep the trigram index in step with the note table: Thai substrings are found.
    const insert = db.prepare("INSERT INTO note (id, forum_id, kind, text, created_at) VALUES (?, 'f1', 'statement', ?, ?)");
    insert.run('n1', 'ชาวบ้านขอให้ซ่อมถนนในหมู่บ้าน', AT);
    const found = (q: string) =>
      (db.prepare('SELECT n.id FROM note_fts JOIN note n ON n.rowid = note_fts.rowid WHERE note_fts MATCH ?').all(q) as { id: string }[]).map(
        (r) => r.id,
      );
    expect(found('"ซ่อมถนน"')).toEqual(['n1']);
    db.prepare("UPDATE note SET text = 'ปัญหาน้ำประปาไม่ไหล' WHERE id = 'n1'").run();
    expect(found('"ซ่อมถนน"')).toEqual([]);
    expect(found('"ประปา"')).toEqual(['n1']);
    db.prepare("DELETE FROM note WHERE id = 'n1'").run();
    expect(found('"ประปา"')).toEqual([]);

    // Issues index title and description; an issue without a description can be indexed and removed.
    db.prepare("INSERT INTO issue (id, forum_id, title, description, position, created_at, updated_at) VALUES ('i1', 'f1', 'ขยะล้นถัง', NULL, 0, ?, ?)").run(AT, AT);
    db.prepare("INSERT INTO issue (id, forum_id, title, description, position, created_at, updated_at) VALUES ('i2', 'f1', 'ถนน', 'ขยะริมทาง', 1, ?, ?)").run(AT, AT);
    const issues = (q: string) =>
      (db.prepare('SELECT i.id FROM issue_fts JOIN issue i ON i.rowid = issue_fts.rowid WHERE issue_fts MATCH ? ORDER BY i.id').all(q) as { id: string }[]).map(
        (r) => r.id,
      );
    expect(issues('"ขยะ"')).toEqual(['i1', 'i2']);
    db.prepare("UPDATE issue SET description = 'ฝุ่นละออง' WHERE id = 'i1'").run();
    expect(issues('"ฝุ่น"')).toEqual(['i1']);
    db.prepare("DELETE FROM issue WHERE id = 'i1'").run();
    expect(issues('"ขยะ"')).toEqual(['i2']);
    // With rank 1, FTS5 compares each index with its content table (SQLITE_CORRUPT_VTAB on a difference).
    expect(() => db.prepare("INSERT INTO note_fts(note_fts, rank) VALUES ('integrity-check', 1)").run()).not.toThrow();
    expect(() => db.prepare("INSERT INTO issue_fts(issue_fts, rank) VALUES ('integrity-check', 1)").run()).not.toThrow();

    // The note kinds are a closed list in the schema too.
    expect(() => insert.run('n2', 'x', AT).changes && db.prepare("UPDATE note SET kind = 'rumour' WHERE id = 'n2'").run()).toThrow(/CHECK constraint/);
  } finally {
    db.close();
  }
});
