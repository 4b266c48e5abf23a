/**
 * Version 2: forums go to a trash before they are gone (undo for delete), check-ins remember
 * whether they registered the person (so undo can take them off again), and an audit log.
 */
import type { Database } from 'better-sqlite3';

export default function migration(db: Database): void {
  db.exec(`
    ALTER TABLE forum ADD COLUMN deleted_at TEXT;
    ALTER TABLE attendance ADD COLUMN registered_by_check_in INTEGER NOT NULL DEFAULT 0;

    CREATE TABLE audit (
      id TEXT PRIMARY KEY,
      at TEXT NOT NULL,
      op TEXT NOT NULL,
      entity TEXT NOT NULL,
      entity_id TEXT,
      detail TEXT
    ) STRICT;
  `);
}
