/**
 * The .wethi session file, version 1 (docs/session-file.md): one forum and every row that
 * belongs to it, table by table. Rows keep the database's snake_case column names and values
 * (0/1 flags, satang, ISO times) so export and import are mechanical and complete; columns the
 * database stores as JSON text travel as JSON values, so the file reads as JSON throughout.
 * Every row schema is strict: an unknown column is an error, not something silently dropped.
 */
import { z } from 'zod';
import { ClockTime, Id, IsoDate, IsoDateTime } from '../contract/common';
import { FORUM_TIE_RULES } from '../contract/forums';
import { ISSUE_DETAIL_KINDS } from '../contract/issues';
import { NOTE_KINDS } from '../contract/notes';
import { POLL_METHODS } from '../contract/poll-results';
import { POLL_STATUSES } from '../contract/polls';
import { COMMITMENT_KINDS, DECISION_RULES, FOLLOW_UP_STATUSES, LESSON_KINDS, PARTNER_KINDS } from '../domain/follow-through-vocabulary';
import { PROJECT_STATUSES, PROJECT_TYPES, REQUESTED_FROM_LEVELS } from '../domain/project-vocabulary';
import {
  AGE_GROUPS,
  DISADVANTAGED_GROUPS,
  FORUM_KINDS,
  FORUM_STATUSES,
  GENDERS,
  IAP2_LEVELS,
  ROLES,
  SECTORS,
} from '../domain/vocabulary';

export const SESSION_FORMAT = 'wethi-session';
/** Bumped when a reader of the previous version could misread a file of this one (see docs). */
export const SESSION_VERSION = 1;
export const SESSION_EXTENSION = '.wethi';

const text = z.string();
const maybe = <T extends z.ZodType>(schema: T) => schema.nullable();
const flag = z.union([z.literal(0), z.literal(1)]);
const int = z.number().int();
const count = int.nonnegative();
const at = IsoDateTime;

export const ForumRow = z.strictObject({
  id: Id,
  title: text,
  kind: z.enum(FORUM_KINDS),
  number: maybe(text),
  date: IsoDate,
  start_time: maybe(ClockTime),
  end_time: maybe(ClockTime),
  venue: maybe(text),
  village: maybe(text),
  tambon: maybe(text),
  district: maybe(text),
  province: maybe(text),
  organiser: maybe(text),
  facilitator: maybe(text),
  note_taker: maybe(text),
  iap2_level: maybe(z.enum(IAP2_LEVELS)),
  status: z.enum(FORUM_STATUSES),
  expected_sectors: z.array(z.enum(SECTORS)),
  archived: flag,
  created_at: at,
  updated_at: at,
  deleted_at: maybe(at),
  current_agenda_item_id: maybe(Id),
  projector: z.json(),
  issue_categories: maybe(z.json()),
  speech_limit_seconds: maybe(int.positive()),
  default_tie_rule: z.enum(FORUM_TIE_RULES),
});

export const PersonRow = z.strictObject({
  id: Id,
  title_prefix: maybe(text),
  first_name: text,
  last_name: maybe(text),
  gender: z.enum(GENDERS),
  age_group: maybe(z.enum(AGE_GROUPS)),
  phone: maybe(text),
  organisation: maybe(text),
  position: maybe(text),
  village: maybe(text),
  sector: maybe(z.enum(SECTORS)),
  role: maybe(z.enum(ROLES)),
  created_at: at,
  updated_at: at,
});

/** PDPA: sensitive data travels only with its consent record (who took it, when). */
export const PersonSensitiveRow = z.strictObject({
  person_id: Id,
  disadvantaged_groups: z.array(z.enum(DISADVANTAGED_GROUPS)),
  consent_at: at,
  consent_by: z.string().trim().min(1),
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
  title: text,
  description: maybe(text),
  planned_minutes: maybe(int),
  started_at: maybe(at),
  ended_at: maybe(at),
  elapsed_ms: count,
  running_since: maybe(at),
  created_at: at,
});

export const SmallGroupRow = z.strictObject({
  id: Id,
  forum_id: Id,
  name: text,
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
  title: text,
  description: maybe(text),
  category: maybe(text),
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
  text,
  position: int,
});

export const NoteRow = z.strictObject({
  id: Id,
  forum_id: Id,
  agenda_item_id: maybe(Id),
  group_id: maybe(Id),
  speaker_id: maybe(Id),
  kind: z.enum(NOTE_KINDS),
  text,
  created_at: at,
  edited_at: maybe(at),
  deleted_at: maybe(at),
});

export const ResolutionRow = z.strictObject({
  id: Id,
  forum_id: Id,
  agenda_item_id: maybe(Id),
  text,
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
  title: text,
  method: z.enum(POLL_METHODS),
  rules: z.json(),
  tie_rule: z.json(),
  eligibility: z.enum(['checked_in', 'group', 'list']),
  eligible_group_id: maybe(Id),
  eligible_group_name: maybe(text),
  status: z.enum(POLL_STATUSES),
  opened_at: maybe(at),
  closed_at: maybe(at),
  created_at: at,
  updated_at: at,
});

export const PollOptionRow = z.strictObject({
  id: Id,
  poll_id: Id,
  position: int.positive(),
  /** A soft link (no foreign key in the database): the issue may have been deleted since. */
  issue_id: maybe(Id),
  label: text,
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
  group_name: maybe(text),
  created_at: at,
});

export const PollScoreRow = z.strictObject({
  scorer_id: Id,
  option_id: Id,
  criterion: text,
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
  title: text,
  score: maybe(z.number()),
});

export const ProjectRow = z.strictObject({
  id: Id,
  forum_id: Id,
  title: text,
  description: maybe(text),
  type: z.enum(PROJECT_TYPES),
  requested_from: maybe(z.enum(REQUESTED_FROM_LEVELS)),
  requested_from_name: maybe(text),
  owner: maybe(text),
  owner_person_id: maybe(Id),
  budget_satang: maybe(count),
  budget_source: maybe(text),
  start_date: maybe(IsoDate),
  end_date: maybe(IsoDate),
  indicator: maybe(text),
  status: z.enum(PROJECT_STATUSES),
  issue_id: maybe(Id),
  poll_id: maybe(Id),
  priority_rank: maybe(int.positive()),
  position: int,
  created_at: at,
  updated_at: at,
  deleted_at: maybe(at),
});

export const MinutesSectionRow = z.strictObject({
  forum_id: Id,
  key: z.string().min(1).max(100),
  text,
  updated_at: at,
});

/**
 * Where a merged (tambon) forum's records came from. Source ids are plain text on purpose: the
 * village forum they name is usually not in this file, and may be on no computer any more.
 */
export const MergeSourceRow = z.strictObject({
  target_forum_id: Id,
  entity: z.enum(['forum', 'person', 'issue', 'project', 'agreement']),
  entity_id: Id,
  source_forum_id: Id,
  source_entity_id: Id,
  merged_at: at,
});

// ---------------------------------------------------------------------------------------------
// Follow-through between forums (issue 14). Files written before these tables existed have none
// of them: each defaults to no rows, so those files still import.

/** A partner organisation: shared by every forum like a person, it travels when a row of the forum names it. */
export const PartnerRow = z.strictObject({
  id: Id,
  name: text,
  kind: z.enum(PARTNER_KINDS),
  sector: maybe(z.enum(SECTORS)),
  contact_person_id: maybe(Id),
  contact_name: maybe(text),
  contact_phone: maybe(text),
  contact_position: maybe(text),
  address: maybe(text),
  created_at: at,
  updated_at: at,
  deleted_at: maybe(at),
});

export const AgreementRow = z.strictObject({ id: Id, forum_id: Id, position: int, created_at: at, deleted_at: maybe(at) });

export const AgreementVersionRow = z.strictObject({
  id: Id,
  agreement_id: Id,
  version: int.positive(),
  title: text,
  purpose: maybe(text),
  activities: maybe(text),
  decision_rule: z.enum(DECISION_RULES),
  decision_body: maybe(text),
  conflict_resolution: maybe(text),
  data_sharing: maybe(text),
  starts_on: maybe(IsoDate),
  ends_on: maybe(IsoDate),
  review_on: maybe(IsoDate),
  signed_on: maybe(IsoDate),
  signed_at: maybe(text),
  created_at: at,
  updated_at: at,
});

export const AgreementPartyRow = z.strictObject({ version_id: Id, partner_id: Id, position: int, role: maybe(text), schedule: maybe(text) });

export const AgreementProjectRow = z.strictObject({ version_id: Id, project_id: Id });

export const AgreementCommitmentRow = z.strictObject({
  id: Id,
  version_id: Id,
  partner_id: Id,
  project_id: maybe(Id),
  kind: z.enum(COMMITMENT_KINDS),
  description: maybe(text),
  amount_satang: maybe(count),
  quantity: maybe(z.number().positive()),
  unit: maybe(text),
  people: maybe(int.positive()),
  days: maybe(int.positive()),
  position: int,
});

export const AgreementSignatoryRow = z.strictObject({
  id: Id,
  version_id: Id,
  role: z.enum(['party', 'witness']),
  partner_id: maybe(Id),
  person_id: maybe(Id),
  name: maybe(text),
  job_title: maybe(text),
  position: int,
});

/** Recorded in this forum; the project may be an earlier forum's (it must then be on the importing computer). */
export const StatusUpdateRow = z.strictObject({
  id: Id,
  project_id: Id,
  forum_id: Id,
  status: z.enum(FOLLOW_UP_STATUSES),
  reason: maybe(text),
  progress_percent: maybe(int.min(0).max(100)),
  reported_on: IsoDate,
  reported_by_person_id: maybe(Id),
  reported_by: maybe(text),
  note: maybe(text),
  document_ref: maybe(text),
  created_at: at,
  deleted_at: maybe(at),
});

export const StatusSpendingRow = z.strictObject({ update_id: Id, source: text, amount_satang: count });

/** An evidence file: its content as base64, with the SHA-256 (hex) and size it must match on import. */
export const AttachmentRow = z.strictObject({
  id: Id,
  update_id: Id,
  file_name: text,
  mime_type: text,
  size_bytes: count,
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  data: z.base64(),
  created_at: at,
});

export const ProjectPlanRow = z.strictObject({
  project_id: Id,
  objective: maybe(text),
  target: maybe(text),
  expected_result: maybe(text),
  responsible_unit: maybe(text),
  updated_at: at,
});

export const ProjectBudgetYearRow = z.strictObject({ project_id: Id, fiscal_year: int.min(2400).max(2800), amount_satang: count });

export const FollowUpRow = z.strictObject({ forum_id: Id, agenda_item_id: maybe(Id), created_at: at });

/** The earlier forum is named by id only: it need not be in the file or on the importing computer. */
export const FollowUpSourceRow = z.strictObject({ forum_id: Id, earlier_forum_id: Id, position: int });

export const LessonRow = z.strictObject({
  id: Id,
  forum_id: Id,
  project_id: maybe(Id),
  kind: z.enum(LESSON_KINDS),
  text,
  position: int,
  created_at: at,
  updated_at: at,
  deleted_at: maybe(at),
});

/** Tables added after version 1 was first written: absent from older files, read as empty. */
const later = <T extends z.ZodType>(row: T) => z.array(row).default([]);

/** The forum's rows, keyed by table name; `forum` is the one row, every other table a list. */
export const SessionData = z.strictObject({
  forum: ForumRow,
  person: z.array(PersonRow),
  person_sensitive: z.array(PersonSensitiveRow),
  partner: later(PartnerRow),
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
  project_plan: later(ProjectPlanRow),
  project_budget_year: later(ProjectBudgetYearRow),
  agreement: later(AgreementRow),
  agreement_version: later(AgreementVersionRow),
  agreement_party: later(AgreementPartyRow),
  agreement_project: later(AgreementProjectRow),
  agreement_commitment: later(AgreementCommitmentRow),
  agreement_signatory: later(AgreementSignatoryRow),
  status_update: later(StatusUpdateRow),
  status_spending: later(StatusSpendingRow),
  attachment: later(AttachmentRow),
  follow_up: later(FollowUpRow),
  follow_up_source: later(FollowUpSourceRow),
  lesson: later(LessonRow),
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
