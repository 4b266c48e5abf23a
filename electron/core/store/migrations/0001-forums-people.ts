/** Version 1: forums, the people register, sensitive data under consent, attendance. */
import type { Database } from 'better-sqlite3';

export default function migration(db: Database): void {
  db.exec(`
    CREATE TABLE forum (
      id TEXT PRIMARY KEY,
      title TEXT NOT NULL,
      kind TEXT NOT NULL,
      number TEXT,
      date TEXT NOT NULL,
      start_time TEXT,
      end_time TEXT,
      venue TEXT,
      village TEXT,
      tambon TEXT,
      district TEXT,
      province TEXT,
      organiser TEXT,
      facilitator TEXT,
      note_taker TEXT,
      iap2_level TEXT,
      status TEXT NOT NULL,
      expected_sectors TEXT NOT NULL DEFAULT '[]',
      archived INTEGER NOT NULL DEFAULT 0,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;

    CREATE TABLE person (
      id TEXT PRIMARY KEY,
      title_prefix TEXT,
      first_name TEXT NOT NULL,
      last_name TEXT,
      gender TEXT NOT NULL,
      age_group TEXT,
      phone TEXT,
      organisation TEXT,
      position TEXT,
      village TEXT,
      sector TEXT,
      role TEXT,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX person_phone ON person(phone);

    CREATE TABLE person_sensitive (
      person_id TEXT PRIMARY KEY REFERENCES person(id) ON DELETE CASCADE,
      disadvantaged_groups TEXT NOT NULL,
      consent_at TEXT NOT NULL,
      consent_by TEXT NOT NULL
    ) STRICT;

    CREATE TABLE attendance (
      forum_id TEXT NOT NULL REFERENCES forum(id) ON DELETE CASCADE,
      person_id TEXT NOT NULL REFERENCES person(id) ON DELETE CASCADE,
      registered_at TEXT NOT NULL,
      checked_in_at TEXT,
      PRIMARY KEY (forum_id, person_id)
    ) STRICT;
    CREATE INDEX attendance_person ON attendance(person_id);
  `);
}
