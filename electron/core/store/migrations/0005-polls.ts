/**
 * Version 5: polls, their options and raw inputs, and the forum's priority list (issue 5).
 *
 * Only raw inputs are stored (ballots, counts, scores): results are tallied from them on every
 * read by shared/tally, so there is no stored figure that could drift from its inputs.
 *
 * Issue ids (poll_option.issue_id, priority_item.issue_id) carry no foreign key on purpose:
 * issues.delete removes the row and its undo puts it back with the same id, and a foreign key
 * would either block the delete or blank the link for good. Readers follow merges with
 * resolveIssueId and fall back on the label or title copied here when the issue is gone.
 */
import type { Database } from 'better-sqlite3';

export default function migration(db: Database): void {
  db.exec(`
    CREATE TABLE poll (
      id TEXT PRIMARY KEY,
      forum_id TEXT NOT NULL REFERENCES forum(id) ON DELETE CASCADE,
      agenda_item_id TEXT REFERENCES agenda_item(id) ON DELETE SET NULL,
      title TEXT NOT NULL,
      method TEXT NOT NULL CHECK (method IN
        ('yes_no', 'show_of_hands', 'approval', 'plurality', 'borda', 'irv', 'schulze', 'score_matrix', 'consensus')),
      -- JSON, checked per method by shared/contract/polls.ts (PollSettings).
      rules TEXT NOT NULL,
      -- JSON TieRule of shared/tally/types.ts; a lottery's seed is filled in when the poll opens.
      tie_rule TEXT NOT NULL,
      eligibility TEXT NOT NULL CHECK (eligibility IN ('checked_in', 'group', 'list')),
      eligible_group_id TEXT REFERENCES small_group(id) ON DELETE SET NULL,
      -- The group's name when chosen, shown if the group is deleted later.
      eligible_group_name TEXT,
      status TEXT NOT NULL CHECK (status IN ('draft', 'open', 'closed')),
      opened_at TEXT,
      closed_at TEXT,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX poll_forum ON poll(forum_id, created_at);

    CREATE TABLE poll_option (
      id TEXT PRIMARY KEY,
      poll_id TEXT NOT NULL REFERENCES poll(id) ON DELETE CASCADE,
      -- 1-based: the number on the paper ballot.
      position INTEGER NOT NULL CHECK (position > 0),
      issue_id TEXT,
      -- Free text, or the issue's title when last written (the live title is read from the issue).
      label TEXT NOT NULL,
      UNIQUE (poll_id, position)
    ) STRICT;
    -- Not unique: the service offers an issue once, but a merge can later make two options one
    -- issue, and the votes cast for each must stay as they were cast.
    CREATE INDEX poll_option_issue ON poll_option(issue_id) WHERE issue_id IS NOT NULL;

    -- Eligibility 'list': the people named.
    CREATE TABLE poll_voter (
      poll_id TEXT NOT NULL REFERENCES poll(id) ON DELETE CASCADE,
      person_id TEXT NOT NULL REFERENCES person(id) ON DELETE CASCADE,
      PRIMARY KEY (poll_id, person_id)
    ) STRICT;

    -- Ranked, approval and dot ballots and consensus votes, one row per entry line.
    CREATE TABLE poll_ballot (
      id TEXT PRIMARY KEY,
      poll_id TEXT NOT NULL REFERENCES poll(id) ON DELETE CASCADE,
      -- Entry number within the poll, never reused, so "ballot 17" keeps meaning one paper.
      seq INTEGER NOT NULL CHECK (seq > 0),
      -- Erasing a person (PDPA) keeps their ballot as an anonymous one, so totals stay right.
      voter_id TEXT REFERENCES person(id) ON DELETE SET NULL,
      -- JSON: {"ranking": [option ids]} | {"approved": [...]} | {"dots": {id: n}} | {"value": 0-5 | "block", "concern"?}
      content TEXT NOT NULL,
      count INTEGER NOT NULL DEFAULT 1 CHECK (count >= 0),
      created_at TEXT NOT NULL,
      UNIQUE (poll_id, seq)
    ) STRICT;
    CREATE INDEX poll_ballot_voter ON poll_ballot(poll_id, voter_id) WHERE voter_id IS NOT NULL;

    -- Counts entered by the facilitator. subject: an option id (hands, approval/dot totals) or,
    -- for yes/no, 'yes' | 'no' | 'abstain' | 'present'; for totals also 'participants'.
    -- breakdown/grp: '' for the totals, else e.g. ('gender', 'female') for a show-of-hands split.
    CREATE TABLE poll_count (
      poll_id TEXT NOT NULL REFERENCES poll(id) ON DELETE CASCADE,
      kind TEXT NOT NULL CHECK (kind IN ('yes_no', 'hands', 'totals')),
      subject TEXT NOT NULL,
      breakdown TEXT NOT NULL DEFAULT '',
      grp TEXT NOT NULL DEFAULT '',
      value INTEGER NOT NULL CHECK (value >= 0),
      PRIMARY KEY (poll_id, kind, breakdown, grp, subject)
    ) STRICT;

    -- Who scores a matrix: a small group or a person (either may be deleted later).
    CREATE TABLE poll_scorer (
      id TEXT PRIMARY KEY,
      poll_id TEXT NOT NULL REFERENCES poll(id) ON DELETE CASCADE,
      kind TEXT NOT NULL CHECK (kind IN ('group', 'person')),
      group_id TEXT REFERENCES small_group(id) ON DELETE SET NULL,
      person_id TEXT REFERENCES person(id) ON DELETE SET NULL,
      -- A group's name when it scored; a person's name is only read live (PDPA erasure).
      group_name TEXT,
      created_at TEXT NOT NULL
    ) STRICT;
    CREATE UNIQUE INDEX poll_scorer_group ON poll_scorer(poll_id, group_id) WHERE group_id IS NOT NULL;
    CREATE UNIQUE INDEX poll_scorer_person ON poll_scorer(poll_id, person_id) WHERE person_id IS NOT NULL;

    CREATE TABLE poll_score (
      scorer_id TEXT NOT NULL REFERENCES poll_scorer(id) ON DELETE CASCADE,
      option_id TEXT NOT NULL REFERENCES poll_option(id) ON DELETE CASCADE,
      -- The criterion's name in the poll's rules (fixed once the poll has opened).
      criterion TEXT NOT NULL,
      value INTEGER NOT NULL,
      PRIMARY KEY (scorer_id, option_id, criterion)
    ) STRICT;

    -- The forum's priority list: one per forum, replaced as a whole.
    CREATE TABLE priority_list (
      forum_id TEXT PRIMARY KEY REFERENCES forum(id) ON DELETE CASCADE,
      poll_id TEXT REFERENCES poll(id) ON DELETE SET NULL,
      -- JSON PrioritySource of shared/contract/priorities.ts: method, tie rule, what was skipped.
      source TEXT NOT NULL,
      resolution_id TEXT REFERENCES resolution(id) ON DELETE SET NULL,
      updated_at TEXT NOT NULL
    ) STRICT;

    CREATE TABLE priority_item (
      forum_id TEXT NOT NULL REFERENCES priority_list(forum_id) ON DELETE CASCADE,
      position INTEGER NOT NULL CHECK (position > 0),
      rank INTEGER NOT NULL CHECK (rank > 0),
      issue_id TEXT NOT NULL,
      -- The title when adopted, shown if the issue is deleted later.
      title TEXT NOT NULL,
      score REAL,
      PRIMARY KEY (forum_id, position)
    ) STRICT;

    -- A resolution adopted from a poll names it, so the minutes can state the method and tie rule.
    ALTER TABLE resolution ADD COLUMN poll_id TEXT REFERENCES poll(id) ON DELETE SET NULL;
  `);
}
