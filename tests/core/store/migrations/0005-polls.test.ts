import path from 'node:path';
import { expect, it } from 'vitest';
import { openDatabase } from '../../../../electron/core/store/database';
import { tempDir } from '../../../support/temp';

const AT = '2026-11-23T02:00:00.000Z';
const POLL_TABLES = ['poll', 'poll_ballot', 'poll_count', 'poll_option', 'poll_score', 'poll_scorer', 'poll_voter', 'priority_item', 'priority_list'];

it('migration 5 adds STRICT poll and priority tables with their checks, links resolutions to polls, and keeps existing data', async () => {
  const file = path.join(tempDir(), 'm5.db');
  const v4 = await openDatabase(file, { targetVersion: 4 });
  v4.prepare("INSERT INTO forum (id, title, kind, date, status, created_at, updated_at) VALUES ('f1', 'เวทีเดิม', 'village', '2026-11-23', 'open', ?, ?)").run(AT, AT);
  v4.prepare("INSERT INTO person (id, first_name, gender, created_at, updated_at) VALUES ('p1', 'มาลี', 'female', ?, ?)").run(AT, AT);
  v4.prepare("INSERT INTO resolution (id, forum_id, text, created_at, updated_at) VALUES ('r1', 'f1', 'มติเดิม', ?, ?)").run(AT, AT);
  v4.prepare("INSERT INTO issue (id, forum_id, title, position, created_at, updated_at) VALUES ('i1', 'f1', 'ถนนชำรุด', 0, ?, ?)").run(AT, AT);
  v4.close();

  const db = await openDatabase(file, { targetVersion: 5 });
  try {
    expect(db.pragma('user_version', { simple: true })).toBe(5);
    const tables = db.prepare(`SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND name IN (${POLL_TABLES.map(() => '?').join(', ')}) ORDER BY name`).all(...POLL_TABLES) as {
      name: string;
      sql: string;
    }[];
    expect(tables.map((t) => t.name)).toEqual(POLL_TABLES);
    for (const t of tables) expect(t.sql, t.name).toMatch(/\)\s*STRICT$/);

    // Earlier rows are untouched; the old resolution simply has no poll.
    expect(db.prepare('SELECT id, text, poll_id FROM resolution').all()).toEqual([{ id: 'r1', text: 'มติเดิม', poll_id: null }]);
    expect(db.prepare('SELECT id, title FROM forum').all()).toEqual([{ id: 'f1', title: 'เวทีเดิม' }]);

    const poll = db.prepare(
      `INSERT INTO poll (id, forum_id, title, method, rules, tie_rule, eligibility, status, created_at, updated_at)
       VALUES (?, 'f1', 'จัดลำดับ', ?, '{}', '{"rule":"revote"}', 'checked_in', ?, ?, ?)`,
    );
    poll.run('q1', 'borda', 'open', AT, AT);
    // Methods and statuses are closed lists in the schema too.
    expect(() => poll.run('q2', 'majority_judgment', 'open', AT, AT)).toThrow(/CHECK constraint/);
    expect(() => poll.run('q3', 'borda', 'archived', AT, AT)).toThrow(/CHECK constraint/);

    const option = db.prepare('INSERT INTO poll_option (id, poll_id, position, issue_id, label) VALUES (?, ?, ?, ?, ?)');
    option.run('o1', 'q1', 1, 'i1', 'ถนนชำรุด');
    option.run('o2', 'q1', 2, null, 'ลานกีฬา');
    expect(() => option.run('o3', 'q1', 2, null, 'ซ้ำตำแหน่ง')).toThrow(/UNIQUE/);
    // No foreign key on the issue: issues.delete removes the row and its undo brings it back.
    db.prepare("DELETE FROM issue WHERE id = 'i1'").run();
    expect(db.prepare("SELECT issue_id FROM poll_option WHERE id = 'o1'").get()).toEqual({ issue_id: 'i1' });

    const ballot = db.prepare("INSERT INTO poll_ballot (id, poll_id, seq, voter_id, content, count, created_at) VALUES (?, 'q1', ?, ?, '{\"ranking\":[]}', ?, ?)");
    ballot.run('b1', 1, 'p1', 1, AT);
    expect(() => ballot.run('b2', 1, null, 1, AT)).toThrow(/UNIQUE/);
    expect(() => ballot.run('b3', 2, null, -1, AT)).toThrow(/CHECK constraint/);
    expect(() => ballot.run('b4', 3, null, 1.5, AT)).toThrow(/cannot store REAL value in INTEGER column/);
    // Erasing a person keeps their ballot, anonymous.
    db.prepare("DELETE FROM person WHERE id = 'p1'").run();
    expect(db.prepare("SELECT voter_id FROM poll_ballot WHERE id = 'b1'").get()).toEqual({ voter_id: null });

    const count = db.prepare("INSERT INTO poll_count (poll_id, kind, subject, value) VALUES ('q1', ?, ?, ?)");
    count.run('hands', 'o1', 3);
    expect(() => count.run('hands', 'o2', -1)).toThrow(/CHECK constraint/);
    expect(() => count.run('ballots', 'o2', 1)).toThrow(/CHECK constraint/);

    db.prepare("INSERT INTO priority_list (forum_id, poll_id, source, updated_at) VALUES ('f1', 'q1', '{}', ?)").run(AT);
    db.prepare("INSERT INTO priority_item (forum_id, position, rank, issue_id, title) VALUES ('f1', 1, 1, 'i1', 'ถนนชำรุด')").run();
    db.prepare("UPDATE resolution SET poll_id = 'q1' WHERE id = 'r1'").run();

    // A forum gone for good takes its polls, their inputs and its list with it.
    db.prepare("DELETE FROM resolution WHERE forum_id = 'f1'").run();
    db.prepare("DELETE FROM forum WHERE id = 'f1'").run();
    for (const table of POLL_TABLES) expect((db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n, table).toBe(0);
  } finally {
    db.close();
  }
});
