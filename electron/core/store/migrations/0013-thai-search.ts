/**
 * Version 13: Thai-normalised search over notes, issues and resolutions (issue 10).
 *
 * Text copied from a PDF often writes ำ as ํ + า, and the index held it as written, so "น้ำ" did
 * not find "น้ํา". Each FTS5 table now holds its own copy of the text, normalised by normalizeThai
 * in SQL (search/normalize-sql.ts, the same replacements as the query side): the trigram index
 * and the LIKE scans for one- and two-character words both read normalised text, and a scan needs
 * no normalising at query time. The notes' and issues' tables are dropped and filled again from
 * the rows: existing rows are re-indexed. Resolutions (มติที่ประชุม) get a table of their own.
 * The stored rows themselves are never changed.
 *
 * The triggers' SQL comes from the current replacement list: a later change to the list needs its
 * own migration that re-creates them and fills the tables again.
 */
import type { Database } from 'better-sqlite3';
import { sqlNormalizeThai as norm } from '../../search/normalize-sql';

/** One FTS5 table of `table`'s text columns, normalised, kept by triggers and filled from the rows. */
function normalisedIndex(table: string, columns: readonly string[]): string {
  const fts = `${table}_fts`;
  const list = columns.join(', ');
  const values = (row: string) => columns.map((c) => norm(`coalesce(${row}${c}, '')`)).join(', ');
  return `
    CREATE VIRTUAL TABLE ${fts} USING fts5(${list}, tokenize='trigram');
    INSERT INTO ${fts}(rowid, ${list}) SELECT rowid, ${values('')} FROM ${table};
    CREATE TRIGGER ${fts}_insert AFTER INSERT ON ${table} BEGIN
      INSERT INTO ${fts}(rowid, ${list}) VALUES (new.rowid, ${values('new.')});
    END;
    CREATE TRIGGER ${fts}_delete AFTER DELETE ON ${table} BEGIN
      DELETE FROM ${fts} WHERE rowid = old.rowid;
    END;
    CREATE TRIGGER ${fts}_update AFTER UPDATE OF ${list} ON ${table} BEGIN
      DELETE FROM ${fts} WHERE rowid = old.rowid;
      INSERT INTO ${fts}(rowid, ${list}) VALUES (new.rowid, ${values('new.')});
    END;
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
