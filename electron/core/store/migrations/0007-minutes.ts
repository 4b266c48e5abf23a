/**
 * Version 7: the note-taker's edited texts of the minutes (issue 6), one row per forum and
 * section key ('opening', 'closing', 'reviewerName', 'item:<agendaItemId>', …). Only edits are
 * stored: a section without a row shows the text seeded from the forum's data, so the notes
 * themselves are never changed by editing the minutes.
 */
import type { Database } from 'better-sqlite3';

export default function migration(db: Database): void {
  db.exec(`
    CREATE TABLE minutes_section (
      forum_id TEXT NOT NULL REFERENCES forum(id) ON DELETE CASCADE,
      key TEXT NOT NULL CHECK (length(key) BETWEEN 1 AND 100),
      text TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      PRIMARY KEY (forum_id, key)
    ) STRICT;
  `);
}
