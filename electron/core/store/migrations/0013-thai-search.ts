/**
 * Version 13: Thai-normalised search over notes, issues and resolutions (issue 10).
 *
 * Text copied from a PDF often writes ำ as ํ + า, and the index held it as written, so "น้ำ" did
 * not find "น้ํา". Each FTS5 index now reads its text through a view that applies normalizeThai
 * in SQL (search/normalize-sql.ts, the same replacements as the query side), so the index, its
 * 'rebuild' and its 'integrity-check' all see one form; the triggers write that form too. The
 * notes' and issues' indexes are dropped and built again from the views: existing rows are
 * re-indexed. Resolutions (มติที่ประชุม) get an index of their own.
 *
 * The views' and triggers' SQL comes from the current replacement list: a later change to the list
 * needs its own migration that re-creates them and rebuilds the indexes.
 */
import type { Database } from 'better-sqlite3';
import { sqlNormalizeThai as norm } from '../../search/normalize-sql';

/** One FTS5 index over `table`'s text columns, read through a normalising view and kept by triggers. */
function normalisedIndex(table: string, columns: readonly string[]): string {
  const fts = `${table}_fts`;
  const view = `${table}_fts_text`;
  const value = (row: 'new' | 'old', c: string) => norm(`coalesce(${row}.${c}, '')`);
  const list = columns.join(', ');
  const insert = (row: 'new' | 'old') => `INSERT INTO ${fts}(rowid, ${list}) VALUES (${row}.rowid, ${columns.map((c) => value(row, c)).join(', ')});`;
  const remove = `INSERT INTO ${fts}(${fts}, rowid, ${list}) VALUES ('delete', old.rowid, ${columns.map((c) => value('old', c)).join(', ')});`;
  return `
    CREATE VIEW ${view}(doc, ${list}) AS SELECT rowid, ${columns.map((c) => norm(`coalesce(${c}, '')`)).join(', ')} FROM ${table};
    CREATE VIRTUAL TABLE ${fts} USING fts5(${list}, content='${view}', content_rowid='doc', tokenize='trigram');
    CREATE TRIGGER ${fts}_insert AFTER INSERT ON ${table} BEGIN
      ${insert('new')}
    END;
    CREATE TRIGGER ${fts}_delete AFTER DELETE ON ${table} BEGIN
      ${remove}
    END;
    CREATE TRIGGER ${fts}_update AFTER UPDATE OF ${list} ON ${table} BEGIN
      ${remove}
      ${insert('new')}
    END;
    INSERT INTO ${fts}(${fts}) VALUES ('rebuild');
  `;
}

export default function migration(db: Database): void {
  db.exec(`
    DROP TRIGGER note_fts_insert;
    DROP TRIGGER note_fts_delete;
    DROP TRIGGER note_fts_update;
    DROP TABLE note_fts;
    DROP TRIGGER issue_fts_insert;
    DROP TRIGGER issue_fts_delete;
    DROP TRIGGER issue_fts_update;
    DROP TABLE issue_fts;
    ${normalisedIndex('note', ['text'])}
    ${normalisedIndex('issue', ['title', 'description'])}
    ${normalisedIndex('resolution', ['text'])}
  `);
}
