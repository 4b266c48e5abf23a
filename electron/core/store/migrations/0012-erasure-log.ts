/**
 * Version 12: the erasure log (PDPA s.33, issue 11.2). One row per person erased on this
 * computer: the id, when, and whether their name was also redacted from free text; never a
 * name or any other personal data. It is applied again to every backup restored and every
 * session file imported, so an erased person never comes back from an older copy.
 */
import type { Database } from 'better-sqlite3';

export default function migration(db: Database): void {
  db.exec(`
    CREATE TABLE erasure (
      person_id TEXT PRIMARY KEY,
      erased_at TEXT NOT NULL,
      redacted INTEGER NOT NULL CHECK (redacted IN (0, 1))
    ) STRICT;
  `);
}
