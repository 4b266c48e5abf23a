/**
 * Version 4: what the speakers list needs on top of version 3.
 * - A per-speech time limit set per forum (`forum.speech_limit_seconds`), copied onto each
 *   speech as it starts (`speech.limit_seconds`) so the record shows what the speaker ran against.
 * - At most one running speech per forum, and a person at most once in a forum's queue:
 *   enforced by the store, not only by the service.
 * - Badge numbers (`attendance.badge_number`): 1, 2, 3, … per forum in order of registration,
 *   given by a trigger on insert so every way in (check-in, import, duplicate, merge) gets
 *   one, and never renumbered, so "number 12" keeps meaning the same person all day even when
 *   someone else is taken off the list. Existing rows are numbered by registration time.
 */
import type { Database } from 'better-sqlite3';

export default function migration(db: Database): void {
  db.exec(`
    ALTER TABLE forum ADD COLUMN speech_limit_seconds INTEGER CHECK (speech_limit_seconds > 0);
    ALTER TABLE speech ADD COLUMN limit_seconds INTEGER CHECK (limit_seconds > 0);

    -- Before the unique indexes: keep the newest running speech and the first queue entry.
    UPDATE speech SET ended_at = (
      SELECT max(newer.started_at) FROM speech newer
      WHERE newer.forum_id = speech.forum_id AND newer.ended_at IS NULL
    )
    WHERE ended_at IS NULL AND EXISTS (
      SELECT 1 FROM speech newer
      WHERE newer.forum_id = speech.forum_id AND newer.ended_at IS NULL
        AND (newer.started_at > speech.started_at OR (newer.started_at = speech.started_at AND newer.id > speech.id))
    );
    CREATE UNIQUE INDEX speech_running ON speech(forum_id) WHERE ended_at IS NULL;

    DELETE FROM speaker_queue WHERE EXISTS (
      SELECT 1 FROM speaker_queue earlier
      WHERE earlier.forum_id = speaker_queue.forum_id AND earlier.person_id = speaker_queue.person_id
        AND (earlier.position < speaker_queue.position OR (earlier.position = speaker_queue.position AND earlier.id < speaker_queue.id))
    );
    CREATE UNIQUE INDEX speaker_queue_person ON speaker_queue(forum_id, person_id);

    ALTER TABLE attendance ADD COLUMN badge_number INTEGER;
    UPDATE attendance SET badge_number = (
      SELECT count(*) FROM attendance earlier
      WHERE earlier.forum_id = attendance.forum_id
        AND (earlier.registered_at < attendance.registered_at
             OR (earlier.registered_at = attendance.registered_at AND earlier.rowid <= attendance.rowid))
    );
    CREATE UNIQUE INDEX attendance_badge ON attendance(forum_id, badge_number);
    CREATE TRIGGER attendance_badge_number AFTER INSERT ON attendance WHEN new.badge_number IS NULL BEGIN
      UPDATE attendance
      SET badge_number = (SELECT coalesce(max(badge_number), 0) + 1 FROM attendance WHERE forum_id = new.forum_id)
      WHERE forum_id = new.forum_id AND person_id = new.person_id;
    END;
  `);
}
