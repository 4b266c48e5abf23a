/**
 * Version 15: partners and their agreements (issue 14; seed 000 "agreements between partners",
 * seed 002's partnership cycle, which ends by reviewing and renewing the agreement).
 * - partner: an organisation (a village committee, the อบต., a district office, a school, a
 *   company, …), shared by every forum like the people register. Its contact person is either a
 *   registered person (linked: name and phone are read from the register, never copied, so
 *   erasing the person (PDPA) erases them here too) or typed in.
 * - agreement: a บันทึกข้อตกลงความร่วมมือ of a forum; its content lives in versions. Renewing
 *   makes version n+1; earlier versions stay as they were signed.
 * - A version's parties, the projects it covers, each party's commitments (money; in kind with
 *   quantity and estimated value; people and days) and its signatories (for a party, or a witness).
 * Money is whole satang. Partners are referenced without ON DELETE: a partner named by an
 * agreement is only ever moved to the trash (deleted_at).
 */
import type { Database } from 'better-sqlite3';

export default function migration(db: Database): void {
  db.exec(`
    CREATE TABLE partner (
      id TEXT PRIMARY KEY,
      name TEXT NOT NULL CHECK (length(trim(name)) > 0),
      kind TEXT NOT NULL,
      sector TEXT,
      contact_person_id TEXT REFERENCES person(id) ON DELETE SET NULL,
      contact_name TEXT,
      contact_phone TEXT,
      contact_position TEXT,
      address TEXT,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      deleted_at TEXT,
      CHECK (contact_person_id IS NULL OR (contact_name IS NULL AND contact_phone IS NULL AND contact_position IS NULL))
    ) STRICT;

    CREATE TABLE agreement (
      id TEXT PRIMARY KEY,
      forum_id TEXT NOT NULL REFERENCES forum(id) ON DELETE CASCADE,
      position INTEGER NOT NULL,
      created_at TEXT NOT NULL,
      deleted_at TEXT
    ) STRICT;
    CREATE INDEX agreement_forum ON agreement(forum_id, position);

    CREATE TABLE agreement_version (
      id TEXT PRIMARY KEY,
      agreement_id TEXT NOT NULL REFERENCES agreement(id) ON DELETE CASCADE,
      version INTEGER NOT NULL CHECK (version >= 1),
      title TEXT NOT NULL CHECK (length(trim(title)) > 0),
      purpose TEXT,
      activities TEXT,
      decision_rule TEXT NOT NULL CHECK (decision_rule IN ('consensus', 'majority', 'named_body')),
      decision_body TEXT,
      conflict_resolution TEXT,
      data_sharing TEXT,
      starts_on TEXT,
      ends_on TEXT CHECK (ends_on >= starts_on),
      review_on TEXT,
      signed_on TEXT,
      signed_at TEXT,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      UNIQUE (agreement_id, version),
      CHECK (decision_rule <> 'named_body' OR decision_body IS NOT NULL)
    ) STRICT;

    CREATE TABLE agreement_party (
      version_id TEXT NOT NULL REFERENCES agreement_version(id) ON DELETE CASCADE,
      partner_id TEXT NOT NULL REFERENCES partner(id),
      position INTEGER NOT NULL,
      role TEXT,
      schedule TEXT,
      PRIMARY KEY (version_id, partner_id)
    ) STRICT;

    CREATE TABLE agreement_project (
      version_id TEXT NOT NULL REFERENCES agreement_version(id) ON DELETE CASCADE,
      project_id TEXT NOT NULL REFERENCES project(id) ON DELETE CASCADE,
      PRIMARY KEY (version_id, project_id)
    ) STRICT;

    CREATE TABLE agreement_commitment (
      id TEXT PRIMARY KEY,
      version_id TEXT NOT NULL REFERENCES agreement_version(id) ON DELETE CASCADE,
      partner_id TEXT NOT NULL REFERENCES partner(id),
      project_id TEXT REFERENCES project(id) ON DELETE SET NULL,
      kind TEXT NOT NULL CHECK (kind IN ('money', 'in_kind', 'people')),
      description TEXT,
      amount_satang INTEGER CHECK (amount_satang >= 0),
      quantity REAL CHECK (quantity > 0),
      unit TEXT,
      people INTEGER CHECK (people >= 1),
      days INTEGER CHECK (days >= 1),
      position INTEGER NOT NULL,
      CHECK (kind <> 'money' OR amount_satang IS NOT NULL),
      CHECK (kind <> 'in_kind' OR (description IS NOT NULL AND quantity IS NOT NULL)),
      CHECK (kind <> 'people' OR (people IS NOT NULL AND days IS NOT NULL))
    ) STRICT;
    CREATE INDEX agreement_commitment_version ON agreement_commitment(version_id, position);

    CREATE TABLE agreement_signatory (
      id TEXT PRIMARY KEY,
      version_id TEXT NOT NULL REFERENCES agreement_version(id) ON DELETE CASCADE,
      role TEXT NOT NULL CHECK (role IN ('party', 'witness')),
      partner_id TEXT REFERENCES partner(id),
      person_id TEXT REFERENCES person(id) ON DELETE SET NULL,
      name TEXT,
      job_title TEXT,
      position INTEGER NOT NULL,
      CHECK ((role = 'party') = (partner_id IS NOT NULL)),
      CHECK (person_id IS NULL OR name IS NULL)
    ) STRICT;
  `);
}
