/**
 * The .wethi session file, version 2 (docs/session-file.md): one forum and every row that
 * belongs to it, table by table. Rows keep the database's snake_case column names and values
 * (0/1 flags, satang, ISO times) so export and import are mechanical and complete; columns the
 * database stores as JSON text travel as JSON values, so the file reads as JSON throughout.
 * Every row schema is strict: an unknown column is an error, not something silently dropped.
 *
 * A column that an operation writes from a field of the contract is checked by that field's own
 * schema (`columns` below: the contract's field under its snake_case name), so a file can hold
 * nothing the app would refuse: a 300-character title limit, a non-empty first name, a note
 * with text, NFC and no control characters are the same rules here as in every operation.
 */
import { z } from 'zod';
import { AgendaPatch } from '../contract/agenda';
import { Id, IsoDateTime } from '../contract/common';
import { forumFields } from '../contract/forums';
import { GroupName } from '../contract/groups';
import { ISSUE_DETAIL_KINDS, IssuePatch } from '../contract/issues';
import { NotePatch, ResolutionSet } from '../contract/notes';
import { PersonPatch, SensitiveDraft } from '../contract/people';
import { POLL_METHODS } from '../contract/poll-results';
import { POLL_STATUSES, PollOptionDraft, PollPatch } from '../contract/polls';
import { ROOM_VOTERS, SUBMISSION_KINDS } from '../room/wire';
import { ProjectValues } from '../contract/projects';
import { SectionText } from '../contract/reports';
import { type SnakeCase, snakeCase } from '../domain/field-names';
import { Criterion } from '../tally/types';

export const SESSION_FORMAT = 'wethi-session';
/** Bumped when a reader of the previous version could misread a file of this one (see docs). */
export const SESSION_VERSION = 2;
export const SESSION_EXTENSION = '.wethi';

const text = z.string();
const maybe = <T extends z.ZodType>(schema: T) => schema.nullable();

type Required<T> = T extends z.ZodOptional<infer U> ? U : T;
/**
 * The contract's schemas of `keys` (a patch's optional fields made required again), each under
 * its column name: `columns(forumFields, 'noteTaker')` is `{ note_taker: forumFields.noteTaker }`.
 */
function columns<S extends Record<string, z.ZodType>, K extends keyof S & string>(
  shape: S,
  ...keys: K[]
): { [P in K as SnakeCase<P>]: Required<S[P]> } {
  return Object.fromEntries(
    keys.map((key) => {
      const schema = shape[key] as z.ZodType;
      return [snakeCase(key), schema instanceof z.ZodOptional ? schema.unwrap() : schema];
    }),
  ) as { [P in K as SnakeCase<P>]: Required<S[P]> };
}
const person = PersonPatch.shape;
const issue = IssuePatch.shape;
const project = ProjectValues.shape;
const IssueTitle = issue.title.unwrap();
const flag = z.union([z.literal(0), z.literal(1)]);
const int = z.number().int();
const count = int.nonnegative();
const at = IsoDateTime;

export const ForumRow = z.strictObject({
  id: Id,
  ...columns(
    forumFields,
    'title',
    'kind',
    'number',
    'date',
    'startTime',
    'endTime',
    'venue',
    'village',
    'tambon',
    'district',
    'province',
    'organiser',
    'facilitator',
    'noteTaker',
    'iap2Level',
    'status',
    'expectedSectors',
  ),
  archived: flag,
  created_at: at,
  updated_at: at,
  deleted_at: maybe(at),
  current_agenda_item_id: maybe(Id),
  projector: z.json(),
  issue_categories: maybe(z.json()),
  speech_limit_seconds: maybe(int.positive()),
  ...columns(forumFields, 'defaultTieRule'),
});

export const PersonRow = z.strictObject({
  id: Id,
  ...columns(person, 'titlePrefix', 'firstName', 'lastName', 'gender', 'ageGroup', 'phone', 'organisation', 'position', 'village', 'sector', 'role'),
  created_at: at,
  updated_at: at,
});

/** PDPA: sensitive data travels only with its consent record (who took it, when). */
export const PersonSensitiveRow = z.strictObject({
  person_id: Id,
  disadvantaged_groups: SensitiveDraft.shape.disadvantagedGroups,
  consent_at: at,
  consent_by: SensitiveDraft.shape.consentRecordedBy,
});

export const AttendanceRow = z.strictObject({
  forum_id: Id,
  person_id: Id,
  registered_at: at,
  checked_in_at: maybe(at),
  registered_by_check_in: flag,
  badge_number: maybe(int.positive()),
});

export const AgendaItemRow = z.strictObject({
  id: Id,
  forum_id: Id,
  parent_id: maybe(Id),
  position: int,
  ...columns(AgendaPatch.shape, 'title', 'description', 'plannedMinutes'),
  started_at: maybe(at),
  ended_at: maybe(at),
  elapsed_ms: count,
  running_since: maybe(at),
  created_at: at,
});

export const SmallGroupRow = z.strictObject({
  id: Id,
  forum_id: Id,
  name: GroupName,
  facilitator_id: maybe(Id),
  reporter_id: maybe(Id),
  position: int,
  created_at: at,
  reported_at: maybe(at),
  report_agenda_item_id: maybe(Id),
  report_note_id: maybe(Id),
});

export const GroupMemberRow = z.strictObject({ group_id: Id, person_id: Id });

export const IssueRow = z.strictObject({
  id: Id,
  forum_id: Id,
  agenda_item_id: maybe(Id),
  group_id: maybe(Id),
  raised_by_person_id: maybe(Id),
  ...columns(issue, 'title', 'description', 'category'),
  position: int,
  merged_into: maybe(Id),
  split_from: maybe(Id),
  created_at: at,
  updated_at: at,
});

export const IssueDetailRow = z.strictObject({
  id: Id,
  issue_id: Id,
  kind: z.enum(ISSUE_DETAIL_KINDS),
  text: issue.causes.unwrap().element,
  position: int,
});

export const NoteRow = z.strictObject({
  id: Id,
  forum_id: Id,
  agenda_item_id: maybe(Id),
  group_id: maybe(Id),
  speaker_id: maybe(Id),
  ...columns(NotePatch.shape, 'kind', 'text'),
  created_at: at,
  edited_at: maybe(at),
  deleted_at: maybe(at),
});

export const ResolutionRow = z.strictObject({
  id: Id,
  forum_id: Id,
  agenda_item_id: maybe(Id),
  text: ResolutionSet.shape.text,
  source_note_id: maybe(Id),
  created_at: at,
  updated_at: at,
  poll_id: maybe(Id),
});

export const SpeechRow = z.strictObject({
  id: Id,
  forum_id: Id,
  agenda_item_id: maybe(Id),
  person_id: maybe(Id),
  started_at: at,
  ended_at: maybe(at),
  paused_ms: count,
  paused_since: maybe(at),
  limit_seconds: maybe(int.positive()),
});

export const SpeakerQueueRow = z.strictObject({
  id: Id,
  forum_id: Id,
  person_id: Id,
  position: int,
  added_at: at,
});

export const PollRow = z.strictObject({
  id: Id,
  forum_id: Id,
  agenda_item_id: maybe(Id),
  title: PollPatch.shape.title.unwrap(),
  method: z.enum(POLL_METHODS),
  rules: z.json(),
  tie_rule: z.json(),
  eligibility: z.enum(['checked_in', 'group', 'list']),
  eligible_group_id: maybe(Id),
  eligible_group_name: maybe(GroupName),
  status: z.enum(POLL_STATUSES),
  opened_at: maybe(at),
  closed_at: maybe(at),
  created_at: at,
  updated_at: at,
  /** Since version 2: how many were eligible when the poll closed (null unless closed). */
  closed_eligible_count: maybe(count),
});

export const PollOptionRow = z.strictObject({
  id: Id,
  poll_id: Id,
  position: int.positive(),
  /** A soft link (no foreign key in the database): the issue may have been deleted since. */
  issue_id: maybe(Id),
  label: PollOptionDraft.shape.label.unwrap(),
});

export const PollVoterRow = z.strictObject({ poll_id: Id, person_id: Id });

export const PollBallotRow = z.strictObject({
  id: Id,
  poll_id: Id,
  seq: int.positive(),
  voter_id: maybe(Id),
  content: z.json(),
  count,
  created_at: at,
});

export const PollCountRow = z.strictObject({
  poll_id: Id,
  kind: z.enum(['yes_no', 'hands', 'totals']),
  subject: text,
  breakdown: text,
  grp: text,
  value: count,
});

export const PollScorerRow = z.strictObject({
  id: Id,
  poll_id: Id,
  kind: z.enum(['group', 'person']),
  group_id: maybe(Id),
  person_id: maybe(Id),
  group_name: maybe(GroupName),
  created_at: at,
});

export const PollScoreRow = z.strictObject({
  scorer_id: Id,
  option_id: Id,
  criterion: Criterion.shape.name,
  value: int,
});

export const PriorityListRow = z.strictObject({
  forum_id: Id,
  poll_id: maybe(Id),
  source: z.json(),
  resolution_id: maybe(Id),
  updated_at: at,
});

export const PriorityItemRow = z.strictObject({
  forum_id: Id,
  position: int.positive(),
  rank: int.positive(),
  issue_id: Id,
  title: IssueTitle,
  score: maybe(z.number()),
});

export const ProjectRow = z.strictObject({
  id: Id,
  forum_id: Id,
  ...columns(
    project,
    'title',
    'description',
    'type',
    'requestedFrom',
    'requestedFromName',
    'owner',
    'ownerPersonId',
    'budgetSatang',
    'budgetSource',
    'startDate',
    'endDate',
    'indicator',
    'status',
    'issueId',
    'pollId',
    'priorityRank',
  ),
  position: int,
  created_at: at,
  updated_at: at,
  deleted_at: maybe(at),
});

export const MinutesSectionRow = z.strictObject({
  forum_id: Id,
  key: z.string().min(1).max(100),
  text: SectionText,
  updated_at: at,
});

/**
 * Where a merged (tambon) forum's records came from. Source ids are plain text on purpose: the
 * village forum they name is usually not in this file, and may be on no computer any more.
 */
export const MergeSourceRow = z.strictObject({
  target_forum_id: Id,
  entity: z.enum(['forum', 'person', 'issue']),
  entity_id: Id,
  source_forum_id: Id,
  source_entity_id: Id,
  merged_at: at,
});

/** The room (issue 13): per poll, who votes from phones, secrecy, changes, results shown. */
export const RoomPollRow = z.strictObject({
  poll_id: Id,
  voters: z.enum(ROOM_VOTERS),
  secret: flag,
  allow_change: flag,
  revealed_at: maybe(at),
});

/** Who voted in a poll, apart from what they voted: an opaque key ('device:…', 'person:…', 'code:…', 'group:…'). */
export const PollVotedRow = z.strictObject({
  poll_id: Id,
  voter_key: z.string().regex(/^(device|person|code|group):.+$/),
});

/** Issues, ideas and questions sent from phones, and the facilitator's decision on each. */
export const RoomSubmissionRow = z.strictObject({
  id: Id,
  forum_id: Id,
  client_id: z.string().regex(/^[0-9a-f]{32}$/),
  kind: z.enum(SUBMISSION_KINDS),
  text,
  cause: maybe(text),
  need: maybe(text),
  author_name: maybe(text),
  person_id: maybe(Id),
  group_id: maybe(Id),
  agenda_item_id: maybe(Id),
  status: z.enum(['pending', 'accepted', 'hidden']),
  issue_id: maybe(Id),
  note_id: maybe(Id),
  created_at: at,
  decided_at: maybe(at),
});

/** The forum's rows, keyed by table name; `forum` is the one row, every other table a list. */
export const SessionData = z.strictObject({
  forum: ForumRow,
  person: z.array(PersonRow),
  person_sensitive: z.array(PersonSensitiveRow),
  attendance: z.array(AttendanceRow),
  agenda_item: z.array(AgendaItemRow),
  small_group: z.array(SmallGroupRow),
  group_member: z.array(GroupMemberRow),
  issue: z.array(IssueRow),
  issue_detail: z.array(IssueDetailRow),
  note: z.array(NoteRow),
  resolution: z.array(ResolutionRow),
  speech: z.array(SpeechRow),
  speaker_queue: z.array(SpeakerQueueRow),
  poll: z.array(PollRow),
  poll_option: z.array(PollOptionRow),
  poll_voter: z.array(PollVoterRow),
  poll_ballot: z.array(PollBallotRow),
  poll_count: z.array(PollCountRow),
  poll_scorer: z.array(PollScorerRow),
  poll_score: z.array(PollScoreRow),
  priority_list: z.array(PriorityListRow).max(1),
  priority_item: z.array(PriorityItemRow),
  project: z.array(ProjectRow),
  minutes_section: z.array(MinutesSectionRow),
  merge_source: z.array(MergeSourceRow),
  // Added with the room (issue 13): files written before it have none, which is right.
  room_poll: z.array(RoomPollRow).default([]),
  poll_voted: z.array(PollVotedRow).default([]),
  room_submission: z.array(RoomSubmissionRow).default([]),
});
export type SessionData = z.infer<typeof SessionData>;
export type SessionTable = keyof SessionData;

/** Only the envelope: read first, so a newer or foreign file is named as such before its rows are judged. */
export const SessionEnvelope = z.object({
  format: z.literal(SESSION_FORMAT),
  version: int.positive(),
});

export const SessionFile = z.strictObject({
  format: z.literal(SESSION_FORMAT),
  version: z.literal(SESSION_VERSION),
  exportedAt: at,
  app: z.strictObject({
    name: z.literal('wethi'),
    version: z.string().min(1),
    /** The database schema (PRAGMA user_version) the rows were read from. */
    schemaVersion: int.positive(),
  }),
  /** Whether person_sensitive rows were written (PDPA: the exporter may leave them out). */
  sensitive: z.enum(['included', 'left_out']),
  /** sha256 of canonicalJson(data), hex: detects a changed or damaged file (not a signature). */
  checksum: z.string().regex(/^sha256:[0-9a-f]{64}$/),
  data: SessionData,
});
export type SessionFile = z.infer<typeof SessionFile>;

/** Rows per table: the export and import summaries. */
export const SessionCounts = z.strictObject(
  Object.fromEntries(Object.keys(SessionData.shape).map((table) => [table, count])) as Record<SessionTable, typeof count>,
);
export type SessionCounts = z.infer<typeof SessionCounts>;
