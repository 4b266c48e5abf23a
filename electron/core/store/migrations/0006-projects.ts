/**
 * Version 6: the action plan (issue 5), one row per project (โครงการ).
 * - Money in whole satang (INTEGER): no float ever holds a budget.
 * - The vocabularies (type, requested_from, status) are checked by the contract, not here, so
 *   adding a code later needs no table rebuild; the invariants that hold whatever the codes
 *   (no negative budget, no end before start, ranks from 1) are checked here too.
 * - issue_id and poll_id have no foreign key on purpose. issues.delete removes the row and
 *   issues.restore puts it back with the same id: a kept id links again after the undo, where
 *   ON DELETE SET NULL would lose the link for good. A merged issue keeps its row, and readers
 *   follow merged_into. The poll tables belong to another feature and may still change.
 * - deleted_at: the trash, so a deleted project comes back with its id and place (undo).
 */
import type { Database } from 'better-sqlite3';

export default function migration(db: Database): void {
  db.exec(`
    CREATE TABLE project (
      id TEXT PRIMARY KEY,
      forum_id TEXT NOT NULL REFERENCES forum(id) ON DELETE CASCADE,
      title TEXT NOT NULL,
      description TEXT,
      type TEXT NOT NULL,
      requested_from TEXT,
      requested_from_name TEXT,
      owner TEXT,
      -- Erasing a person (PDPA) unlinks them; the owner text typed in stays.
      owner_person_id TEXT REFERENCES person(id) ON DELETE SET NULL,
      budget_satang INTEGER CHECK (budget_satang >= 0),
      budget_source TEXT,
      start_date TEXT,
      end_date TEXT CHECK (end_date >= start_date),
      indicator TEXT,
      status TEXT NOT NULL,
      issue_id TEXT,
      poll_id TEXT,
      priority_rank INTEGER CHECK (priority_rank >= 1),
      position INTEGER NOT NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      deleted_at TEXT
    ) STRICT;
    CREATE INDEX project_forum ON project(forum_id, position);
    CREATE INDEX project_issue ON project(issue_id);
  `);
}
