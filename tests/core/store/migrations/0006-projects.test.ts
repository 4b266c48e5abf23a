import path from 'node:path';
import { expect, it } from 'vitest';
import { openDatabase } from '../../../../electron/core/store/database';
import { tempDir } from '../../../support/temp';

const AT = '2026-11-23T02:00:00.000Z';

it('migration 6 adds the project table (STRICT, satang as integers, its invariants checked), keeping earlier data', async () => {
  const file = path.join(tempDir(), 'm6.db');
  const v5 = await openDatabase(file, { targetVersion: 5 });
  v5.prepare(
    "INSERT INTO forum (id, title, kind, date, status, created_at, updated_at) VALUES ('f1', 'เวทีเดิม', 'village', '2026-11-23', 'open', ?, ?)",
  ).run(AT, AT);
  v5.prepare("INSERT INTO person (id, first_name, gender, created_at, updated_at) VALUES ('p1', 'มาลี', 'female', ?, ?)").run(AT, AT);
  v5.prepare("INSERT INTO issue (id, forum_id, title, position, created_at, updated_at) VALUES ('i1', 'f1', 'ถนนชำรุด', 0, ?, ?)").run(AT, AT);
  expect(v5.prepare("SELECT name FROM sqlite_schema WHERE name = 'project'").all()).toEqual([]);
  v5.close();

  const db = await openDatabase(file, { targetVersion: 6 });
  try {
    expect(db.pragma('user_version', { simple: true })).toBe(6);
    expect(db.prepare('SELECT id, title FROM forum').all()).toEqual([{ id: 'f1', title: 'เวทีเดิม' }]);
    expect(db.prepare('SELECT id, title FROM issue').all()).toEqual([{ id: 'i1', title: 'ถนนชำรุด' }]);

    const sql = (db.prepare("SELECT sql FROM sqlite_schema WHERE name = 'project'").get() as { sql: string }).sql;
    expect(sql).toMatch(/\)\s*STRICT$/);
    const columns = (db.pragma('table_info(project)') as { name: string; type: string }[]).map((c) => `${c.name} ${c.type}`);
    expect(columns).toEqual([
      'id TEXT',
      'forum_id TEXT',
      'title TEXT',
      'description TEXT',
      'type TEXT',
      'requested_from TEXT',
      'requested_from_name TEXT',
      'owner TEXT',
      'owner_person_id TEXT',
      'budget_satang INTEGER',
      'budget_source TEXT',
      'start_date TEXT',
      'end_date TEXT',
      'indicator TEXT',
      'status TEXT',
      'issue_id TEXT',
      'poll_id TEXT',
      'priority_rank INTEGER',
      'position INTEGER',
      'created_at TEXT',
      'updated_at TEXT',
      'deleted_at TEXT',
    ]);
    // Only the forum and the owner are foreign keys: the issue and poll ids are kept through an issue's delete and undo.
    const keys = (db.pragma('foreign_key_list(project)') as { table: string; from: string; on_delete: string }[])
      .map((k) => [k.from, k.table, k.on_delete])
      .sort();
    expect(keys).toEqual([
      ['forum_id', 'forum', 'CASCADE'],
      ['owner_person_id', 'person', 'SET NULL'],
    ]);

    const insert = db.prepare(
      `INSERT INTO project (id, forum_id, title, type, requested_from, owner_person_id, budget_satang, start_date, end_date,
         status, issue_id, poll_id, priority_rank, position, created_at, updated_at)
       VALUES (?, 'f1', 'ซ่อมถนน', 'requested', 'local_government', 'p1', ?, ?, ?, 'proposed', 'i1', ?, ?, 0, ?, ?)`,
    );
    insert.run('pr1', 25_000_050, '2027-01-01', '2027-03-31', 'poll-that-may-not-exist', 1, AT, AT);
    expect(db.prepare('SELECT budget_satang, issue_id, poll_id FROM project').get()).toEqual({
      budget_satang: 25_000_050,
      issue_id: 'i1',
      poll_id: 'poll-that-may-not-exist',
    });

    // STRICT: a fraction of a satang is refused, not rounded or stored as a float.
    expect(() => insert.run('pr2', 1.5, null, null, null, null, AT, AT)).toThrow(/cannot store REAL value in INTEGER column/);
    expect(() => insert.run('pr3', -1, null, null, null, null, AT, AT)).toThrow(/CHECK constraint failed/);
    expect(() => insert.run('pr4', 0, '2027-03-01', '2027-02-28', null, null, AT, AT)).toThrow(/CHECK constraint failed/);
    expect(() => insert.run('pr5', 0, null, null, null, 0, AT, AT)).toThrow(/CHECK constraint failed/);
    // One date alone, or none, is fine.
    insert.run('pr6', null, null, '2027-02-28', null, null, AT, AT);

    // The issue's removal leaves the id (an undo restores the same id); a person's erasure unlinks the owner.
    db.prepare("DELETE FROM issue WHERE id = 'i1'").run();
    db.prepare("DELETE FROM person WHERE id = 'p1'").run();
    expect(db.prepare("SELECT issue_id, owner_person_id FROM project WHERE id = 'pr1'").get()).toEqual({ issue_id: 'i1', owner_person_id: null });

    // Purging the forum takes its plan with it.
    db.prepare("DELETE FROM forum WHERE id = 'f1'").run();
    expect(db.prepare('SELECT count(*) AS n FROM project').get()).toEqual({ n: 0 });
  } finally {
    db.close();
  }
});
