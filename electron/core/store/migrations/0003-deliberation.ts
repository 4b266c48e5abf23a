/**
 * Version 3: what happens in the room between registration and voting (issue 4): the agenda
 * and its clock, issues with their causes/potentials/needs, small groups, discussion notes and
 * the draft being typed, resolutions, speeches and the speakers' queue, and Thai full-text
 * search (FTS5 `trigram`: Thai has no spaces between words, so substrings are what we match).
 */
import type { Database } from 'better-sqlite3';

export default function migration(db: Database): void {
  db.exec(`
    CREATE TABLE agenda_item (
      id TEXT PRIMARY KEY,
      forum_id TEXT NOT NULL REFERENCES forum(id) ON DELETE CASCADE,
      parent_id TEXT REFERENCES agenda_item(id) ON DELETE CASCADE,
      position INTEGER NOT NULL,
      title TEXT NOT NULL,
      description TEXT,
      planned_minutes INTEGER,
      started_at TEXT,
      ended_at TEXT,
      -- Time already spent in earlier runs of the clock; running_since is set while it runs.
      elapsed_ms INTEGER NOT NULL DEFAULT 0,
      running_since TEXT,
      created_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX agenda_item_forum ON agenda_item(forum_id, parent_id, position);

    ALTER TABLE forum ADD COLUMN current_agenda_item_id TEXT REFERENCES agenda_item(id) ON DELETE SET NULL;
    -- What the projector shows: {"mode": "...", ...}; see shared/contract/projector.ts.
    ALTER TABLE forum ADD COLUMN projector TEXT NOT NULL DEFAULT '{"mode":"welcome"}';
    -- The forum's issue categories when edited; NULL means the default list.
    ALTER TABLE forum ADD COLUMN issue_categories TEXT;

    CREATE TABLE small_group (
      id TEXT PRIMARY KEY,
      forum_id TEXT NOT NULL REFERENCES forum(id) ON DELETE CASCADE,
      name TEXT NOT NULL,
      facilitator_id TEXT REFERENCES person(id) ON DELETE SET NULL,
      reporter_id TEXT REFERENCES person(id) ON DELETE SET NULL,
      position INTEGER NOT NULL,
      created_at TEXT NOT NULL
    ) STRICT;

    CREATE TABLE group_member (
      group_id TEXT NOT NULL REFERENCES small_group(id) ON DELETE CASCADE,
      person_id TEXT NOT NULL REFERENCES person(id) ON DELETE CASCADE,
      PRIMARY KEY (group_id, person_id)
    ) STRICT;
    CREATE INDEX group_member_person ON group_member(person_id);

    CREATE TABLE issue (
      id TEXT PRIMARY KEY,
      forum_id TEXT NOT NULL REFERENCES forum(id) ON DELETE CASCADE,
      agenda_item_id TEXT REFERENCES agenda_item(id) ON DELETE SET NULL,
      group_id TEXT REFERENCES small_group(id) ON DELETE SET NULL,
      raised_by_person_id TEXT REFERENCES person(id) ON DELETE SET NULL,
      title TEXT NOT NULL,
      description TEXT,
      category TEXT,
      position INTEGER NOT NULL,
      -- A merged issue keeps its row and history; everything referring to it follows the survivor.
      merged_into TEXT REFERENCES issue(id) ON DELETE SET NULL,
      split_from TEXT REFERENCES issue(id) ON DELETE SET NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX issue_forum ON issue(forum_id, position);

    CREATE TABLE issue_detail (
      id TEXT PRIMARY KEY,
      issue_id TEXT NOT NULL REFERENCES issue(id) ON DELETE CASCADE,
      kind TEXT NOT NULL CHECK (kind IN ('cause', 'potential', 'need')),
      text TEXT NOT NULL,
      position INTEGER NOT NULL
    ) STRICT;
    CREATE INDEX issue_detail_issue ON issue_detail(issue_id, kind, position);

    CREATE TABLE note (
      id TEXT PRIMARY KEY,
      forum_id TEXT NOT NULL REFERENCES forum(id) ON DELETE CASCADE,
      agenda_item_id TEXT REFERENCES agenda_item(id) ON DELETE SET NULL,
      group_id TEXT REFERENCES small_group(id) ON DELETE SET NULL,
      speaker_id TEXT REFERENCES person(id) ON DELETE SET NULL,
      kind TEXT NOT NULL CHECK (kind IN ('statement', 'question', 'proposal', 'draft_resolution')),
      text TEXT NOT NULL,
      created_at TEXT NOT NULL,
      edited_at TEXT,
      deleted_at TEXT
    ) STRICT;
    CREATE INDEX note_forum ON note(forum_id, created_at);
    CREATE INDEX note_agenda ON note(agenda_item_id);

    -- The text being typed, saved continuously so a crash or power cut loses at most ~1 s.
    CREATE TABLE note_draft (
      forum_id TEXT NOT NULL REFERENCES forum(id) ON DELETE CASCADE,
      author TEXT NOT NULL,
      text TEXT NOT NULL,
      kind TEXT NOT NULL,
      agenda_item_id TEXT,
      speaker_id TEXT,
      updated_at TEXT NOT NULL,
      PRIMARY KEY (forum_id, author)
    ) STRICT;

    CREATE TABLE resolution (
      id TEXT PRIMARY KEY,
      forum_id TEXT NOT NULL REFERENCES forum(id) ON DELETE CASCADE,
      agenda_item_id TEXT REFERENCES agenda_item(id) ON DELETE CASCADE,
      text TEXT NOT NULL,
      source_note_id TEXT REFERENCES note(id) ON DELETE SET NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX resolution_forum ON resolution(forum_id, agenda_item_id);

    CREATE TABLE speech (
      id TEXT PRIMARY KEY,
      forum_id TEXT NOT NULL REFERENCES forum(id) ON DELETE CASCADE,
      agenda_item_id TEXT REFERENCES agenda_item(id) ON DELETE SET NULL,
      -- Erasing a person (PDPA) keeps the speech as anonymous time, so totals stay right.
      person_id TEXT REFERENCES person(id) ON DELETE SET NULL,
      started_at TEXT NOT NULL,
      ended_at TEXT,
      paused_ms INTEGER NOT NULL DEFAULT 0,
      paused_since TEXT
    ) STRICT;
    CREATE INDEX speech_forum ON speech(forum_id, started_at);

    CREATE TABLE speaker_queue (
      id TEXT PRIMARY KEY,
      forum_id TEXT NOT NULL REFERENCES forum(id) ON DELETE CASCADE,
      person_id TEXT NOT NULL REFERENCES person(id) ON DELETE CASCADE,
      position INTEGER NOT NULL,
      added_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX speaker_queue_forum ON speaker_queue(forum_id, position);

    CREATE VIRTUAL TABLE note_fts USING fts5(text, content='note', content_rowid='rowid', tokenize='trigram');
    CREATE TRIGGER note_fts_insert AFTER INSERT ON note BEGIN
      INSERT INTO note_fts(rowid, text) VALUES (new.rowid, new.text);
    END;
    CREATE TRIGGER note_fts_delete AFTER DELETE ON note BEGIN
      INSERT INTO note_fts(note_fts, rowid, text) VALUES ('delete', old.rowid, old.text);
    END;
    CREATE TRIGGER note_fts_update AFTER UPDATE OF text ON note BEGIN
      INSERT INTO note_fts(note_fts, rowid, text) VALUES ('delete', old.rowid, old.text);
      INSERT INTO note_fts(rowid, text) VALUES (new.rowid, new.text);
    END;

    CREATE VIRTUAL TABLE issue_fts USING fts5(title, description, content='issue', content_rowid='rowid', tokenize='trigram');
    CREATE TRIGGER issue_fts_insert AFTER INSERT ON issue BEGIN
      INSERT INTO issue_fts(rowid, title, description) VALUES (new.rowid, new.title, coalesce(new.description, ''));
    END;
    CREATE TRIGGER issue_fts_delete AFTER DELETE ON issue BEGIN
      INSERT INTO issue_fts(issue_fts, rowid, title, description) VALUES ('delete', old.rowid, old.title, coalesce(old.description, ''));
    END;
    CREATE TRIGGER issue_fts_update AFTER UPDATE OF title, description ON issue BEGIN
      INSERT INTO issue_fts(issue_fts, rowid, title, description) VALUES ('delete', old.rowid, old.title, coalesce(old.description, ''));
      INSERT INTO issue_fts(rowid, title, description) VALUES (new.rowid, new.title, coalesce(new.description, ''));
    END;
  `);
}
