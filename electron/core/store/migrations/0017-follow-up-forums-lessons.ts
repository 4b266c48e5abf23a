/**
 * Version 17: forums that follow earlier ones up, and lessons learned (issue 14; seed 001 step 5).
 * - follow_up: the forum is the follow-up of earlier forums; `agenda_item_id` is its item 3
 *   (เรื่องสืบเนื่องจากการประชุมครั้งที่แล้ว), where the minutes print the follow-up table.
 * - follow_up_source: the earlier forums, in order. No foreign key to them on purpose (as in
 *   merge_source): a follow-up forum's session file can be imported where its earlier forums are
 *   not, and readers flag a missing one rather than losing the link.
 * - lesson: บทเรียน recorded in a forum, about one project or (project_id null) the forum's
 *   plan as a whole, in three kinds: what worked, obstacles, what to do next time.
 */
import type { Database } from 'better-sqlite3';

export default function migration(db: Database): void {
  db.exec(`
    CREATE TABLE follow_up (
      forum_id TEXT PRIMARY KEY REFERENCES forum(id) ON DELETE CASCADE,
      agenda_item_id TEXT REFERENCES agenda_item(id) ON DELETE SET NULL,
      created_at TEXT NOT NULL
    ) STRICT;

    CREATE TABLE follow_up_source (
      forum_id TEXT NOT NULL REFERENCES follow_up(forum_id) ON DELETE CASCADE,
      earlier_forum_id TEXT NOT NULL,
      position INTEGER NOT NULL,
      PRIMARY KEY (forum_id, earlier_forum_id),
      CHECK (forum_id <> earlier_forum_id)
    ) STRICT;
    CREATE INDEX follow_up_source_earlier ON follow_up_source(earlier_forum_id);

    CREATE TABLE lesson (
      id TEXT PRIMARY KEY,
      forum_id TEXT NOT NULL REFERENCES forum(id) ON DELETE CASCADE,
      project_id TEXT REFERENCES project(id) ON DELETE CASCADE,
      kind TEXT NOT NULL CHECK (kind IN ('went_well', 'obstacle', 'next_time')),
      text TEXT NOT NULL CHECK (length(trim(text)) > 0),
      position INTEGER NOT NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      deleted_at TEXT
    ) STRICT;
    CREATE INDEX lesson_forum ON lesson(forum_id, position);
  `);
}
