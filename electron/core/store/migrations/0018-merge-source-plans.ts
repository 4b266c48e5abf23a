/**
 * Version 18: merging village forums also carries their plans (issue 14): projects (with their
 * status history, evidence, ผ.02 details and lessons) and agreements (every version) go into the
 * tambon forum, and merge_source records where each came from. SQLite cannot widen a CHECK in
 * place, so the table is rebuilt with its rows, the two new entity kinds allowed.
 */
import type { Database } from 'better-sqlite3';

export default function migration(db: Database): void {
  db.exec(`
    CREATE TABLE merge_source_new (
      target_forum_id TEXT NOT NULL REFERENCES forum(id) ON DELETE CASCADE,
      entity TEXT NOT NULL CHECK (entity IN ('forum', 'person', 'issue', 'project', 'agreement')),
      entity_id TEXT NOT NULL,
      source_forum_id TEXT NOT NULL,
      source_entity_id TEXT NOT NULL,
      merged_at TEXT NOT NULL,
      PRIMARY KEY (target_forum_id, entity, source_forum_id, source_entity_id)
    ) STRICT;
    INSERT INTO merge_source_new SELECT target_forum_id, entity, entity_id, source_forum_id, source_entity_id, merged_at FROM merge_source ORDER BY rowid;
    DROP TABLE merge_source;
    ALTER TABLE merge_source_new RENAME TO merge_source;
    CREATE INDEX merge_source_entity ON merge_source(target_forum_id, entity, entity_id);
  `);
}
