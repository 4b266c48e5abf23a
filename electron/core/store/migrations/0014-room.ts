/**
 * The room (issue 13): phones on the hall's network join a forum, vote and send ideas.
 *
 * - `room`: one opening of a forum to phones, with its short join code, address and port. At
 *   most one open room per forum; a closed room's code is expired for good.
 * - `room_voter`: a phone that joined (only a SHA-256 of its token is kept). It may prove who it
 *   is: a checked-in participant (badge number + personal code) or a printed voting code; a
 *   group's scribe joins with the group's code. An identity is held by one phone at a time.
 * - `room_poll`: per poll, who may vote from a phone ('devices' is the default of every live
 *   polling tool, stated as "devices, not people"), whether the ballot is secret, whether a
 *   vote may be changed while the poll is open, and whether the results are shown yet.
 * - `poll_voted`: who has voted in a poll, kept apart from what they voted. WITHOUT ROWID and
 *   no time: its rows sit in key order, so neither the order nor the time of voting can be read
 *   from it and lined up with the ballots. A named paper ballot of a secret poll goes here too.
 * - `room_ballot`: every ballot a phone sent, under the phone's own random id (UNIQUE), so a
 *   resend is answered with the first receipt and never stored twice. The ballot itself is a
 *   `poll_ballot` row (or a group's matrix sheet), stored whole, so every method recounts it.
 *   In a secret poll it names no voter.
 * - `room_submission`: issues, ideas and questions sent from phones, waiting for the
 *   facilitator (accepted into the forum's issues, edited or hidden), and a group's notes.
 */
import type { Database } from 'better-sqlite3';

export default function migration(db: Database): void {
  db.exec(`
    CREATE TABLE room (
      id TEXT PRIMARY KEY,
      forum_id TEXT NOT NULL REFERENCES forum(id) ON DELETE CASCADE,
      join_code TEXT NOT NULL CHECK (length(join_code) BETWEEN 4 AND 12),
      host TEXT NOT NULL,
      port INTEGER NOT NULL CHECK (port BETWEEN 1 AND 65535),
      opened_at TEXT NOT NULL,
      closed_at TEXT
    ) STRICT;
    CREATE UNIQUE INDEX room_open_forum ON room(forum_id) WHERE closed_at IS NULL;
    CREATE INDEX room_join_code ON room(join_code);

    -- Printed one-time voting codes: slip number N of the forum, the code on it.
    CREATE TABLE room_voting_code (
      id TEXT PRIMARY KEY,
      forum_id TEXT NOT NULL REFERENCES forum(id) ON DELETE CASCADE,
      number INTEGER NOT NULL CHECK (number > 0),
      code TEXT NOT NULL UNIQUE,
      created_at TEXT NOT NULL,
      UNIQUE (forum_id, number)
    ) STRICT;

    -- A small group's code, given to its scribe.
    CREATE TABLE room_group_code (
      group_id TEXT PRIMARY KEY REFERENCES small_group(id) ON DELETE CASCADE,
      code TEXT NOT NULL UNIQUE,
      created_at TEXT NOT NULL
    ) STRICT;

    -- A participant's personal code, printed on the slip with the badge number.
    CREATE TABLE room_person_code (
      forum_id TEXT NOT NULL,
      person_id TEXT NOT NULL,
      code TEXT NOT NULL,
      PRIMARY KEY (forum_id, person_id),
      FOREIGN KEY (forum_id, person_id) REFERENCES attendance(forum_id, person_id) ON DELETE CASCADE
    ) STRICT;

    CREATE TABLE room_voter (
      id TEXT PRIMARY KEY,
      forum_id TEXT NOT NULL REFERENCES forum(id) ON DELETE CASCADE,
      token_hash TEXT NOT NULL UNIQUE,
      group_id TEXT REFERENCES small_group(id) ON DELETE CASCADE,
      person_id TEXT REFERENCES person(id) ON DELETE SET NULL,
      voting_code_id TEXT UNIQUE REFERENCES room_voting_code(id) ON DELETE SET NULL,
      joined_at TEXT NOT NULL
    ) STRICT;
    CREATE UNIQUE INDEX room_voter_person ON room_voter(forum_id, person_id) WHERE person_id IS NOT NULL;

    CREATE TABLE room_poll (
      poll_id TEXT PRIMARY KEY REFERENCES poll(id) ON DELETE CASCADE,
      voters TEXT NOT NULL DEFAULT 'devices' CHECK (voters IN ('devices', 'checked_in', 'codes', 'off')),
      secret INTEGER NOT NULL DEFAULT 0 CHECK (secret IN (0, 1)),
      allow_change INTEGER NOT NULL DEFAULT 1 CHECK (allow_change IN (0, 1)),
      revealed_at TEXT
    ) STRICT;

    CREATE TABLE poll_voted (
      poll_id TEXT NOT NULL REFERENCES poll(id) ON DELETE CASCADE,
      -- 'device:<room_voter.id>' | 'person:<person.id>' | 'code:<room_voting_code.id>' | 'group:<small_group.id>'
      voter_key TEXT NOT NULL CHECK (voter_key GLOB 'device:*' OR voter_key GLOB 'person:*' OR voter_key GLOB 'code:*' OR voter_key GLOB 'group:*'),
      PRIMARY KEY (poll_id, voter_key)
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX poll_voted_voter ON poll_voted(voter_key);

    CREATE TABLE room_ballot (
      ballot_id TEXT PRIMARY KEY CHECK (length(ballot_id) = 32 AND ballot_id NOT GLOB '*[^0-9a-f]*'),
      poll_id TEXT NOT NULL REFERENCES poll(id) ON DELETE CASCADE,
      -- null for a group's matrix sheet, and once replaced or removed
      poll_ballot_id TEXT REFERENCES poll_ballot(id) ON DELETE SET NULL,
      -- null in a secret poll
      voter_key TEXT,
      receipt TEXT NOT NULL,
      replaced INTEGER NOT NULL DEFAULT 0 CHECK (replaced IN (0, 1))
    ) STRICT, WITHOUT ROWID;
    CREATE UNIQUE INDEX room_ballot_current ON room_ballot(poll_id, voter_key) WHERE voter_key IS NOT NULL AND replaced = 0;
    CREATE INDEX room_ballot_poll ON room_ballot(poll_id);

    CREATE TABLE room_submission (
      id TEXT PRIMARY KEY,
      forum_id TEXT NOT NULL REFERENCES forum(id) ON DELETE CASCADE,
      client_id TEXT NOT NULL UNIQUE CHECK (length(client_id) = 32 AND client_id NOT GLOB '*[^0-9a-f]*'),
      kind TEXT NOT NULL CHECK (kind IN ('issue', 'idea', 'question', 'report')),
      -- the problem (issue), the idea, the question, or the group's report
      text TEXT NOT NULL,
      cause TEXT,
      need TEXT,
      -- a name typed on the phone; empty when the sender is an identified participant or a group
      author_name TEXT,
      person_id TEXT REFERENCES person(id) ON DELETE SET NULL,
      group_id TEXT REFERENCES small_group(id) ON DELETE SET NULL,
      -- the agenda item running when it was sent: the equity figures of an item count it there
      agenda_item_id TEXT REFERENCES agenda_item(id) ON DELETE SET NULL,
      status TEXT NOT NULL CHECK (status IN ('pending', 'accepted', 'hidden')),
      -- the issue it became or was merged into (no foreign key, as poll_option.issue_id)
      issue_id TEXT,
      note_id TEXT REFERENCES note(id) ON DELETE SET NULL,
      created_at TEXT NOT NULL,
      decided_at TEXT
    ) STRICT;
    CREATE INDEX room_submission_forum ON room_submission(forum_id, status, created_at);
  `);
}
