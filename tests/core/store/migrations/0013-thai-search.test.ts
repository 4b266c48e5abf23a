import path from 'node:path';
import type { Database } from 'better-sqlite3';
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { normalizeThai } from '../../../../shared/domain/thai-text';
import { openDatabase } from '../../../../electron/core/store/database';
import { migrations } from '../../../../electron/core/store/migrations';
import m0013 from '../../../../electron/core/store/migrations/0013-thai-search';
import { tempDir } from '../../../support/temp';

const AT = '2026-11-23T02:00:00.000Z';
/** This migration's place in the list: the version it brings the database to. */
const VERSION = migrations.indexOf(m0013) + 1;
/** ำ written as ํ + า, as text copied from a PDF has it. */
const WATER_SPLIT = 'น้\u0E4D\u0E32';

const ids = (db: Database, sql: string, ...params: unknown[]) => (db.prepare(sql).all(...params) as { id: string }[]).map((r) => r.id);

it('migration 13 re-indexes existing notes and issues Thai-normalised, and indexes resolutions', async () => {
  const file = path.join(tempDir(), 'm13.db');
  const before = await openDatabase(file, { targetVersion: VERSION - 1 });
  before.prepare("INSERT INTO forum (id, title, kind, date, status, created_at, updated_at) VALUES ('f1', 'เวทีเดิม', 'village', '2026-11-23', 'open', ?, ?)").run(AT, AT);
  before.prepare("INSERT INTO note (id, forum_id, kind, text, created_at) VALUES ('n1', 'f1', 'statement', ?, ?)").run(`ขาด${WATER_SPLIT}ประปาในหน้าแล้ง`, AT);
  before.prepare("INSERT INTO note (id, forum_id, kind, text, created_at) VALUES ('n2', 'f1', 'statement', 'ถนนชำรุด', ?)").run(AT);
  before
    .prepare("INSERT INTO issue (id, forum_id, title, description, position, created_at, updated_at) VALUES ('i1', 'f1', ?, NULL, 0, ?, ?)")
    .run(`${WATER_SPLIT}ไม่พอใช้`, AT, AT);
  before.prepare("INSERT INTO resolution (id, forum_id, text, created_at, updated_at) VALUES ('r1', 'f1', ?, ?, ?)").run(`ขุดลอกสระ${WATER_SPLIT}สาธารณะ`, AT, AT);
  // Before: the index holds ํ + า, so the word as a keyboard types it finds nothing; resolutions have no index.
  expect(ids(before, "SELECT n.id FROM note_fts JOIN note n ON n.rowid = note_fts.rowid WHERE note_fts MATCH '\"น้ำประปา\"'")).toEqual([]);
  expect(before.prepare("SELECT name FROM sqlite_schema WHERE name = 'resolution_fts'").all()).toEqual([]);
  before.close();

  const db = await openDatabase(file, { targetVersion: VERSION });
  try {
    expect(db.pragma('user_version', { simple: true })).toBe(VERSION);
    const match = (table: string, query: string) => ids(db, `SELECT t.id FROM ${table}_fts JOIN ${table} t ON t.rowid = ${table}_fts.rowid WHERE ${table}_fts MATCH ?`, `"${query}"`);
    // Existing rows found by the word as typed (ำ), and by the word as copied (normalised the same way).
    expect(match('note', 'น้ำประปา')).toEqual(['n1']);
    expect(match('note', normalizeThai(`${WATER_SPLIT}ประปา`))).toEqual(['n1']);
    expect(match('issue', 'น้ำไม่พอ')).toEqual(['i1']);
    expect(match('resolution', 'สระน้ำ')).toEqual(['r1']);
    // The stored text is never changed: only the index is normalised.
    expect(db.prepare("SELECT text FROM note WHERE id = 'n1'").pluck().get()).toBe(`ขาด${WATER_SPLIT}ประปาในหน้าแล้ง`);
    // The triggers keep the index normalised on insert, update and delete.
    db.prepare("INSERT INTO resolution (id, forum_id, text, created_at, updated_at) VALUES ('r2', 'f1', ?, ?, ?)").run(`แก้ปัญหา${WATER_SPLIT}ท่วมขัง`, AT, AT);
    expect(match('resolution', 'น้ำท่วม')).toEqual(['r2']);
    db.prepare("UPDATE resolution SET text = 'ซ่อมถนน' WHERE id = 'r2'").run();
    expect(match('resolution', 'น้ำท่วม')).toEqual([]);
    expect(match('resolution', 'ซ่อมถนน')).toEqual(['r2']);
    db.prepare("DELETE FROM note WHERE id = 'n1'").run();
    expect(match('note', 'น้ำประปา')).toEqual([]);
    // FTS5's own check passes for every index.
    for (const table of ['note', 'issue', 'resolution']) db.exec(`INSERT INTO ${table}_fts(${table}_fts) VALUES ('integrity-check')`);
  } finally {
    db.close();
  }
});

it('the index normalises exactly as the query does: SQL and TypeScript give the same text for any Thai', async () => {
  const db = await openDatabase(path.join(tempDir(), 'same.db'), { targetVersion: VERSION });
  try {
    db.prepare("INSERT INTO forum (id, title, kind, date, status, created_at, updated_at) VALUES ('f1', 'เวที', 'village', '2026-11-23', 'open', ?, ?)").run(AT, AT);
    const insert = db.prepare("INSERT INTO note (id, forum_id, kind, text, created_at) VALUES (?, 'f1', 'statement', ?, ?)");
    const indexed = db.prepare('SELECT f.text FROM note_fts f JOIN note n ON n.rowid = f.rowid WHERE n.id = ?').pluck();
    // Thai letters, every vowel and tone mark, ํ and า, เ, invisible characters and a little Latin.
    const unit = fc.constantFrom(...'กนบปมยวอเแาำะ\u0E31\u0E34\u0E35\u0E36\u0E37\u0E38\u0E39\u0E47\u0E48\u0E49\u0E4A\u0E4B\u0E4C\u0E4D\u200B\u00AD\uFEFF a');
    let n = 0;
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 30 }), (text) => {
        n += 1;
        insert.run(`n${n}`, text, AT);
        expect(indexed.get(`n${n}`)).toBe(normalizeThai(text));
      }),
      { numRuns: 300 },
    );
  } finally {
    db.close();
  }
});
