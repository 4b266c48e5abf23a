/**
 * Version 16: following a project up (issue 14; seed 001 step 5, monitoring and evaluation).
 * - status_update: the project's status at a date (not started, in progress, done, delayed,
 *   dropped; delayed and dropped say why), progress in per cent, who reported it (a registered
 *   person, linked so that erasing them erases it, or a name as typed), a note and a document
 *   reference. `forum_id` is the forum where it was recorded: a follow-up forum records updates
 *   of an earlier forum's projects, and its session file carries them. History is kept; the
 *   latest (by reported_on, then created_at) is the project's current status.
 * - status_spending: money spent in the period of an update, by source (whole satang).
 * - attachment: a file kept in the database with its SHA-256 and size, so evidence (a photo)
 *   travels with the forum and damage is detected.
 * - project_plan and project_budget_year: what the local government's development-plan list
 *   (ผ.02) asks beyond the action plan: objective, target (output), expected result, responsible
 *   unit, and the budget per Thai fiscal year (numbered in พ.ศ.).
 */
import type { Database } from 'better-sqlite3';

export default function migration(db: Database): void {
  db.exec(`
    CREATE TABLE status_update (
      id TEXT PRIMARY KEY,
      project_id TEXT NOT NULL REFERENCES project(id) ON DELETE CASCADE,
      forum_id TEXT NOT NULL REFERENCES forum(id) ON DELETE CASCADE,
      status TEXT NOT NULL CHECK (status IN ('not_started', 'in_progress', 'done', 'delayed', 'dropped')),
      reason TEXT,
      progress_percent INTEGER CHECK (progress_percent BETWEEN 0 AND 100),
      reported_on TEXT NOT NULL,
      reported_by_person_id TEXT REFERENCES person(id) ON DELETE SET NULL,
      reported_by TEXT,
      note TEXT,
      document_ref TEXT,
      created_at TEXT NOT NULL,
      deleted_at TEXT,
      CHECK (status NOT IN ('delayed', 'dropped') OR reason IS NOT NULL),
      CHECK (reported_by_person_id IS NULL OR reported_by IS NULL)
    ) STRICT;
    CREATE INDEX status_update_project ON status_update(project_id, reported_on, created_at);
    CREATE INDEX status_update_forum ON status_update(forum_id);

    CREATE TABLE status_spending (
      update_id TEXT NOT NULL REFERENCES status_update(id) ON DELETE CASCADE,
      source TEXT NOT NULL CHECK (length(trim(source)) > 0),
      amount_satang INTEGER NOT NULL CHECK (amount_satang >= 0),
      PRIMARY KEY (update_id, source)
    ) STRICT;

    CREATE TABLE attachment (
      id TEXT PRIMARY KEY,
      update_id TEXT NOT NULL REFERENCES status_update(id) ON DELETE CASCADE,
      file_name TEXT NOT NULL CHECK (length(file_name) > 0),
      mime_type TEXT NOT NULL,
      size_bytes INTEGER NOT NULL CHECK (size_bytes = length(data)),
      sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
      data BLOB NOT NULL,
      created_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX attachment_update ON attachment(update_id);

    CREATE TABLE project_plan (
      project_id TEXT PRIMARY KEY REFERENCES project(id) ON DELETE CASCADE,
      objective TEXT,
      target TEXT,
      expected_result TEXT,
      responsible_unit TEXT,
      updated_at TEXT NOT NULL
    ) STRICT;

    CREATE TABLE project_budget_year (
      project_id TEXT NOT NULL REFERENCES project(id) ON DELETE CASCADE,
      fiscal_year INTEGER NOT NULL CHECK (fiscal_year BETWEEN 2400 AND 2800),
      amount_satang INTEGER NOT NULL CHECK (amount_satang >= 0),
      PRIMARY KEY (project_id, fiscal_year)
    ) STRICT;
  `);
}
