/**
 * Erasing a person from one database file (PDPA s.33): the live one, an older backup, or a
 * file just restored or imported. Everything linked to them goes with the person row (the
 * foreign keys cascade or clear), their name and phone are redacted from free text when the
 * facilitator chose to, and the erasure is logged with ids only, so it can be applied again
 * to whatever comes back from an older copy. Run inside a write transaction.
 */
import { type Db, fullTextTables } from '../store/database';
import { type NameOf, redactMentions } from './mentions';
import { ERASED_PLACEHOLDER } from './strings-th';

export interface Erasure {
  personId: string;
  erasedAt: string;
  redacted: boolean;
}

const hasTable = (db: Db, table: string) => db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?").get(table) !== undefined;
const hasColumn = (db: Db, table: string, column: string) => db.prepare('SELECT 1 FROM pragma_table_info(?) WHERE name = ?').get(table, column) !== undefined;

export function nameOf(db: Db, personId: string): NameOf | null {
  const row = db.prepare('SELECT title_prefix, first_name, last_name, phone FROM person WHERE id = ?').get(personId) as
    | { title_prefix: string | null; first_name: string; last_name: string | null; phone: string | null }
    | undefined;
  return row ? { titlePrefix: row.title_prefix, firstName: row.first_name, lastName: row.last_name, phone: row.phone } : null;
}

export interface Erased {
  /** Whether the person was in this file. */
  found: boolean;
  redacted: number;
  forumIds: Set<string>;
}

/**
 * Erases `erasure.personId` here. With `redacted`, `name` (read before, from wherever the
 * person still is) is replaced in free text first; without a name nothing is redacted.
 */
export function eraseInDb(db: Db, erasure: Erasure, name: NameOf | null): Erased {
  const { count, forumIds } = erasure.redacted && name ? redactMentions(db, name, ERASED_PLACEHOLDER) : { count: 0, forumIds: new Set<string>() };
  // A draft's speaker has no foreign key (drafts must not block deletes): cleared by hand.
  if (hasColumn(db, 'note_draft', 'speaker_id')) db.prepare('UPDATE note_draft SET speaker_id = NULL WHERE speaker_id = ?').run(erasure.personId);
  const found = db.prepare('DELETE FROM person WHERE id = ?').run(erasure.personId).changes > 0;
  if (hasTable(db, 'erasure')) {
    db.prepare(
      `INSERT INTO erasure (person_id, erased_at, redacted) VALUES (?, ?, ?)
       ON CONFLICT (person_id) DO UPDATE SET redacted = max(redacted, excluded.redacted)`,
    ).run(erasure.personId, erasure.erasedAt, erasure.redacted ? 1 : 0);
  }
  // The full-text indexes keep deleted terms until their segments merge: merge them now.
  if (count > 0) for (const fts of fullTextTables(db)) db.prepare(`INSERT INTO ${fts}(${fts}) VALUES ('optimize')`).run();
  return { found, redacted: count, forumIds };
}

export function erasureLog(db: Db): Erasure[] {
  if (!hasTable(db, 'erasure')) return [];
  return (db.prepare('SELECT person_id, erased_at, redacted FROM erasure ORDER BY erased_at, person_id').all() as { person_id: string; erased_at: string; redacted: number }[]).map(
    (r) => ({ personId: r.person_id, erasedAt: r.erased_at, redacted: r.redacted === 1 }),
  );
}

/**
 * The log applied again to this database (after a restore or an import): every logged person
 * found here is erased, redacted as they were the first time, and the log is completed.
 * Returns how many people were found and erased again.
 */
export function reapplyErasures(db: Db, log: readonly Erasure[]): number {
  let again = 0;
  for (const erasure of log) {
    if (eraseInDb(db, erasure, nameOf(db, erasure.personId)).found) again += 1;
  }
  return again;
}

/**
 * After an erase: the file rewritten without free space (VACUUM), so no deleted row is left in
 * a free page or a page's free space from before secure_delete was on, and the write-ahead log
 * emptied. Returns false when another connection kept it from finishing (the CLI reading).
 * The full-text indexes are rebuilt from their own rows after it, so their segments keep no
 * term of what was erased or redacted. (VACUUM keeps the rowids they point at: SQLite copies
 * rowid tables as they are; tests/core/people/erase-leaves-nothing.test.ts searches afterwards.)
 */
export function compactDatabase(db: Db): boolean {
  try {
    db.exec('VACUUM');
    for (const fts of fullTextTables(db)) db.prepare(`INSERT INTO ${fts}(${fts}) VALUES ('rebuild')`).run();
    const result = db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number; log: number; checkpointed: number }[];
    return result[0]?.busy === 0;
  } catch {
    return false;
  }
}
