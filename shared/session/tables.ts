/**
 * How each table of the session file hangs together: its primary key, what owns its rows (the
 * forum, a parent row, or the shared people register), which columns point at other rows, and
 * which columns the database stores as JSON text. Export, import and the reference check all
 * read this one description, and a test compares it with the database's own schema.
 */
import type { SessionTable } from './schema';

export type Owner =
  /** The row has a column naming the forum (forum_id, unless said otherwise). */
  | { kind: 'forum'; column?: string }
  /** The row belongs to a row of another table of the file (issue_detail → issue). */
  | { kind: 'parent'; column: string; table: SessionTable }
  /** The people register is shared by every forum: a person travels when a row of the forum names them. */
  | { kind: 'register' };

export interface TableSpec {
  primaryKey: readonly string[];
  owner: Owner;
  /** Every column that holds another row's id (the database's foreign keys), column → table. */
  references: Readonly<Record<string, SessionTable>>;
  /** Columns stored as JSON text in the database, carried as JSON values in the file. */
  json: readonly string[];
}

const forumOwned = { kind: 'forum' } as const;
const parent = (column: string, table: SessionTable): Owner => ({ kind: 'parent', column, table });

/** In insert order (parents first), which is also the order of the file. */
export const SESSION_TABLES: Readonly<Record<SessionTable, TableSpec>> = {
  forum: {
    primaryKey: ['id'],
    owner: forumOwned,
    references: { current_agenda_item_id: 'agenda_item' },
    json: ['expected_sectors', 'projector', 'issue_categories'],
  },
  person: { primaryKey: ['id'], owner: { kind: 'register' }, references: {}, json: [] },
  person_sensitive: {
    primaryKey: ['person_id'],
    owner: parent('person_id', 'person'),
    references: { person_id: 'person' },
    json: ['disadvantaged_groups'],
  },
  attendance: {
    primaryKey: ['forum_id', 'person_id'],
    owner: forumOwned,
    references: { forum_id: 'forum', person_id: 'person' },
    json: [],
  },
  agenda_item: {
    primaryKey: ['id'],
    owner: forumOwned,
    references: { forum_id: 'forum', parent_id: 'agenda_item' },
    json: [],
  },
  small_group: {
    primaryKey: ['id'],
    owner: forumOwned,
    references: {
      forum_id: 'forum',
      facilitator_id: 'person',
      reporter_id: 'person',
      report_agenda_item_id: 'agenda_item',
      report_note_id: 'note',
    },
    json: [],
  },
  group_member: {
    primaryKey: ['group_id', 'person_id'],
    owner: parent('group_id', 'small_group'),
    references: { group_id: 'small_group', person_id: 'person' },
    json: [],
  },
  issue: {
    primaryKey: ['id'],
    owner: forumOwned,
    references: {
      forum_id: 'forum',
      agenda_item_id: 'agenda_item',
      group_id: 'small_group',
      raised_by_person_id: 'person',
      merged_into: 'issue',
      split_from: 'issue',
    },
    json: [],
  },
  issue_detail: { primaryKey: ['id'], owner: parent('issue_id', 'issue'), references: { issue_id: 'issue' }, json: [] },
  note: {
    primaryKey: ['id'],
    owner: forumOwned,
    references: { forum_id: 'forum', agenda_item_id: 'agenda_item', group_id: 'small_group', speaker_id: 'person' },
    json: [],
  },
  resolution: {
    primaryKey: ['id'],
    owner: forumOwned,
    references: { forum_id: 'forum', agenda_item_id: 'agenda_item', source_note_id: 'note', poll_id: 'poll' },
    json: [],
  },
  speech: {
    primaryKey: ['id'],
    owner: forumOwned,
    references: { forum_id: 'forum', agenda_item_id: 'agenda_item', person_id: 'person' },
    json: [],
  },
  speaker_queue: {
    primaryKey: ['id'],
    owner: forumOwned,
    references: { forum_id: 'forum', person_id: 'person' },
    json: [],
  },
  poll: {
    primaryKey: ['id'],
    owner: forumOwned,
    references: { forum_id: 'forum', agenda_item_id: 'agenda_item', eligible_group_id: 'small_group' },
    json: ['rules', 'tie_rule'],
  },
  poll_option: { primaryKey: ['id'], owner: parent('poll_id', 'poll'), references: { poll_id: 'poll' }, json: [] },
  poll_voter: {
    primaryKey: ['poll_id', 'person_id'],
    owner: parent('poll_id', 'poll'),
    references: { poll_id: 'poll', person_id: 'person' },
    json: [],
  },
  poll_ballot: {
    primaryKey: ['id'],
    owner: parent('poll_id', 'poll'),
    references: { poll_id: 'poll', voter_id: 'person' },
    json: ['content'],
  },
  poll_count: {
    primaryKey: ['poll_id', 'kind', 'breakdown', 'grp', 'subject'],
    owner: parent('poll_id', 'poll'),
    references: { poll_id: 'poll' },
    json: [],
  },
  poll_scorer: {
    primaryKey: ['id'],
    owner: parent('poll_id', 'poll'),
    references: { poll_id: 'poll', group_id: 'small_group', person_id: 'person' },
    json: [],
  },
  poll_score: {
    primaryKey: ['scorer_id', 'option_id', 'criterion'],
    owner: parent('scorer_id', 'poll_scorer'),
    references: { scorer_id: 'poll_scorer', option_id: 'poll_option' },
    json: [],
  },
  priority_list: {
    primaryKey: ['forum_id'],
    owner: forumOwned,
    references: { forum_id: 'forum', poll_id: 'poll', resolution_id: 'resolution' },
    json: ['source'],
  },
  priority_item: {
    primaryKey: ['forum_id', 'position'],
    owner: forumOwned,
    references: { forum_id: 'priority_list' },
    json: [],
  },
  project: {
    primaryKey: ['id'],
    owner: forumOwned,
    references: { forum_id: 'forum', owner_person_id: 'person' },
    json: [],
  },
  minutes_section: { primaryKey: ['forum_id', 'key'], owner: forumOwned, references: { forum_id: 'forum' }, json: [] },
  merge_source: {
    primaryKey: ['target_forum_id', 'entity', 'source_forum_id', 'source_entity_id'],
    owner: { kind: 'forum', column: 'target_forum_id' },
    references: { target_forum_id: 'forum' },
    json: [],
  },
  room_poll: { primaryKey: ['poll_id'], owner: parent('poll_id', 'poll'), references: { poll_id: 'poll' }, json: [] },
  poll_voted: { primaryKey: ['poll_id', 'voter_key'], owner: parent('poll_id', 'poll'), references: { poll_id: 'poll' }, json: [] },
  room_submission: {
    primaryKey: ['id'],
    owner: forumOwned,
    references: { forum_id: 'forum', person_id: 'person', group_id: 'small_group', agenda_item_id: 'agenda_item', note_id: 'note' },
    json: [],
  },
};

/** The column of a forum-owned row that names its forum. */
export const forumColumnOf = (spec: TableSpec) => (spec.owner.kind === 'forum' ? (spec.owner.column ?? 'forum_id') : null);

export const SESSION_TABLE_NAMES = Object.keys(SESSION_TABLES) as SessionTable[];

/**
 * Tables of the database that are deliberately not in the file, with the reason. A table that
 * is in neither list fails tests/core/session/completeness.test.ts.
 */
export const TABLES_LEFT_OUT: Readonly<Record<string, string>> = {
  audit: "this computer's log of writes to every forum, not the forum's content",
  room: "the room's openings on this laptop's network: join codes and addresses that mean nothing elsewhere",
  room_voter: "phones that joined on this laptop (hashed tokens): another laptop's room admits its own phones",
  room_voting_code: 'printed voting codes, valid for phones in this laptop\'s room only',
  room_group_code: "small groups' codes for this laptop's room",
  room_person_code: "participants' personal codes for this laptop's room",
  room_ballot: "the phones' resend receipts for this laptop's room; the ballots themselves travel as poll_ballot",
  erasure:
    "this computer's log of people erased here (ids only, no personal data); it is applied to every file imported here, and is not the forum's content",
  note_draft:
    "text still being typed by one note-taker on this computer; a finished forum has none worth keeping, and another laptop's draft would pop up as a crashed session there",
};

/** Full-text search indexes are rebuilt by triggers as rows are inserted. */
export const isDerivedTable = (name: string) => /_fts(_|$)/.test(name);
