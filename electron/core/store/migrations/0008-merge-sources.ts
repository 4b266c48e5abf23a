/**
 * Version 8: where merged records came from (issue 6, merging village forums into a tambon
 * forum). One row per source record and the target record it went into:
 * - entity 'forum': a village forum merged in (entity_id = source_entity_id = its id);
 * - entity 'person': an attendee of a village forum registered in the target (entity_id: the
 *   person representing them there, who may be another record confirmed to be the same person);
 * - entity 'issue': a village issue and the target issue made from its group.
 * The primary key makes a source record go into a target once, which is what makes applying
 * the same merge twice add nothing. Source ids and entity_id carry no foreign key on purpose:
 * the trace says where an item came from even after the village forum or person is gone
 * (readers flag it missing), and issue ids are read through merged_into like everywhere else.
 */
import type { Database } from 'better-sqlite3';

export default function migration(db: Database): void {
  db.exec(`
    CREATE TABLE merge_source (
      target_forum_id TEXT NOT NULL REFERENCES forum(id) ON DELETE CASCADE,
      entity TEXT NOT NULL CHECK (entity IN ('forum', 'person', 'issue')),
      entity_id TEXT NOT NULL,
      source_forum_id TEXT NOT NULL,
      source_entity_id TEXT NOT NULL,
      merged_at TEXT NOT NULL,
      PRIMARY KEY (target_forum_id, entity, source_forum_id, source_entity_id)
    ) STRICT;
    CREATE INDEX merge_source_entity ON merge_source(target_forum_id, entity, entity_id);
  `);
}
