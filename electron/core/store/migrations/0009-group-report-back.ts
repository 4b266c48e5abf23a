/**
 * Version 9: a small group's report back to the plenary (issue 4). When the reporter presents the
 * group's work, the group records when, under which agenda item, and the note that summarises it,
 * so the groups screen shows "presented" and the minutes can say where the group's issues came in.
 */
import type { Database } from 'better-sqlite3';

export default function migration(db: Database): void {
  db.exec(`
    ALTER TABLE small_group ADD COLUMN reported_at TEXT;
    ALTER TABLE small_group ADD COLUMN report_agenda_item_id TEXT REFERENCES agenda_item(id) ON DELETE SET NULL;
    ALTER TABLE small_group ADD COLUMN report_note_id TEXT REFERENCES note(id) ON DELETE SET NULL;
  `);
}
