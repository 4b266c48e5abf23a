/** People (the register reused across forums) and their attendance at a forum. */
import { z } from 'zod';
import { ProjectStatus } from '../domain/project-vocabulary';
import { AgeGroup, DisadvantagedGroup, Gender, Role, Sector } from '../domain/vocabulary';
import { ById, Id, IsoDate, IsoDateTime, NullableText, Ok, RequiredText, op } from './common';
import { NoteKind } from './notes';
import { PollMethod } from './poll-results';
import { PollStatus } from './polls';
import { ReportFile } from './reports';

/** Sensitive data (PDPA): stored only together with a record of who took the consent and when. */
export const SensitiveDraft = z
  .object({
    disadvantagedGroups: z.array(DisadvantagedGroup).min(1),
    consentGivenAt: IsoDateTime,
    consentRecordedBy: RequiredText(200),
  })
  .strict();

const personFields = {
  titlePrefix: NullableText(40),
  firstName: RequiredText(100),
  lastName: NullableText(100),
  gender: Gender,
  ageGroup: AgeGroup.nullable(),
  /** Kept as digits (and a leading +) so it can be searched. */
  phone: z
    .string()
    .trim()
    .max(30)
    .regex(/^[0-9+\-\s()]*$/, 'digits only')
    .nullable()
    .transform((v) => (v ? v.replace(/[\s()-]/g, '') : null)),
  organisation: NullableText(),
  position: NullableText(),
  /** หมู่ที่: a number or a village name, as written locally. */
  village: NullableText(60),
  sector: Sector.nullable(),
  role: Role.nullable(),
  sensitive: SensitiveDraft.nullable(),
};

export const PersonDraft = z
  .object({
    ...personFields,
    titlePrefix: personFields.titlePrefix.default(null),
    lastName: personFields.lastName.default(null),
    gender: personFields.gender.default('unspecified'),
    ageGroup: personFields.ageGroup.default(null),
    phone: personFields.phone.default(null),
    organisation: personFields.organisation.default(null),
    position: personFields.position.default(null),
    village: personFields.village.default(null),
    sector: personFields.sector.default(null),
    role: personFields.role.default(null),
    sensitive: personFields.sensitive.default(null),
  })
  .strict();
export type PersonDraft = z.input<typeof PersonDraft>;

/** Only the keys given are changed; `sensitive: null` withdraws consent and deletes the data. */
export const PersonPatch = z.object(personFields).partial().strict();

export const Person = z.object({
  id: Id,
  titlePrefix: z.string().nullable(),
  firstName: z.string(),
  lastName: z.string().nullable(),
  gender: Gender,
  ageGroup: AgeGroup.nullable(),
  phone: z.string().nullable(),
  organisation: z.string().nullable(),
  position: z.string().nullable(),
  village: z.string().nullable(),
  sector: Sector.nullable(),
  role: Role.nullable(),
  sensitive: z
    .object({
      disadvantagedGroups: z.array(DisadvantagedGroup),
      consentGivenAt: IsoDateTime,
      consentRecordedBy: z.string(),
    })
    .nullable(),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});
export type Person = z.infer<typeof Person>;

export const Attendee = z.object({
  person: Person,
  forumId: Id,
  registeredAt: IsoDateTime,
  checkedInAt: IsoDateTime.nullable(),
});
export type Attendee = z.infer<typeof Attendee>;

export const PersonMatch = z.object({
  person: Person,
  /** Whether this person is registered for / checked in at the forum asked about. */
  registered: z.boolean(),
  checkedInAt: IsoDateTime.nullable(),
});

/** Which forum a linked record is from. */
const InForum = { forumId: Id, forumTitle: z.string(), forumDate: IsoDate };

/**
 * Everything the app holds about one person (PDPA s.30, right of access): the register entry
 * with its consent record, and every record linked to them in any forum.
 */
export const PersonExport = z.object({
  person: Person,
  attendance: z.array(z.object({ ...InForum, registeredAt: IsoDateTime, checkedInAt: IsoDateTime.nullable(), badgeNumber: z.number().int().nullable() })),
  /** Notes attributed to them as speaker, in the trash too (still held). */
  notes: z.array(
    z.object({
      ...InForum,
      id: Id,
      agendaItemTitle: z.string().nullable(),
      kind: NoteKind,
      text: z.string(),
      createdAt: IsoDateTime,
      editedAt: IsoDateTime.nullable(),
      deletedAt: IsoDateTime.nullable(),
    }),
  ),
  speeches: z.array(
    z.object({ ...InForum, id: Id, agendaItemTitle: z.string().nullable(), startedAt: IsoDateTime, endedAt: IsoDateTime.nullable(), durationMs: z.number().int().nullable() }),
  ),
  issuesRaised: z.array(z.object({ ...InForum, id: Id, title: z.string(), description: z.string().nullable(), createdAt: IsoDateTime })),
  /** Small groups they are in or lead. */
  groups: z.array(z.object({ ...InForum, groupId: Id, name: z.string(), member: z.boolean(), facilitator: z.boolean(), reporter: z.boolean() })),
  speakerQueue: z.array(z.object({ ...InForum, position: z.number().int(), addedAt: IsoDateTime })),
  /** Ballots entered in their name, with what they chose (option labels). */
  ballots: z.array(
    z.object({ ...InForum, pollId: Id, pollTitle: z.string(), method: PollMethod, seq: z.number().int(), choice: z.string(), count: z.number().int(), createdAt: IsoDateTime }),
  ),
  /** Scores they gave as a scorer of a matrix. */
  scores: z.array(z.object({ ...InForum, pollId: Id, pollTitle: z.string(), option: z.string(), criterion: z.string(), value: z.number() })),
  /** Polls whose named voter list has them. */
  pollEligibility: z.array(z.object({ ...InForum, pollId: Id, pollTitle: z.string(), status: PollStatus })),
  projectsOwned: z.array(
    z.object({ ...InForum, id: Id, title: z.string(), status: ProjectStatus, owner: z.string().nullable(), deletedAt: IsoDateTime.nullable() }),
  ),
  exportedAt: IsoDateTime,
});
export type PersonExport = z.infer<typeof PersonExport>;

export const PERSON_EXPORT_FORMATS = ['json', 'pdf', 'xlsx'] as const;

/** Where a person's name (or phone) was found in free text, for the facilitator to redact at erase time. */
export const MENTION_PLACES = [
  'note',
  'note_draft',
  'minutes',
  'resolution',
  'issue',
  'issue_detail',
  'project',
  'group',
  'agenda_item',
  'poll',
  'poll_option',
  'priority',
  'forum',
  'consent',
] as const;
export const MentionPlace = z.enum(MENTION_PLACES);
export type MentionPlace = z.infer<typeof MentionPlace>;

export const PersonMention = z.object({
  place: MentionPlace,
  /** The row's key within its forum: a note's or an issue's id, a minutes section's key, a draft's author. */
  id: z.string().nullable(),
  forumId: Id.nullable(),
  forumTitle: z.string().nullable(),
  /** The column the text is in, e.g. `text`, `description`, `owner`. */
  field: z.string(),
  /** The text around the first match, the match included. */
  excerpt: z.string(),
});
export type PersonMention = z.infer<typeof PersonMention>;

export const PersonMentions = z.object({
  personId: Id,
  /** What is looked for: the first name (with the title and last name around it) and the phone. */
  terms: z.array(z.string()),
  mentions: z.array(PersonMention),
  /** What a redaction writes in place of the name. */
  placeholder: z.string(),
});
export type PersonMentions = z.infer<typeof PersonMentions>;

/** What an erasure did, so the facilitator is told what could not be cleaned. */
export const EraseReport = z.object({
  ok: z.literal(true),
  /** Texts in which the name or phone was replaced by the placeholder (0 without redaction). */
  redacted: z.number().int().nonnegative(),
  /** Earlier backups rewritten without the person, and those that could not be and were deleted instead. */
  backups: z.object({ rewritten: z.array(z.string()), deleted: z.array(z.string()) }),
  /**
   * Whether the database file and its write-ahead log were compacted so no old copy of the
   * person's rows is left in them. False when another program (the CLI) held the file open:
   * erasing is done, the leftover space is cleaned by the next erase or the next start.
   */
  compacted: z.boolean(),
});
export type EraseReport = z.infer<typeof EraseReport>;

export const peopleContract = {
  /** Finds people in the register by part of a Thai or English name or phone; best matches first. */
  'people.search': op(
    z.object({ query: z.string().max(100), forumId: Id.optional(), limit: z.number().int().min(1).max(200).default(20) }).strict(),
    z.array(PersonMatch),
  ),
  'people.get': op(ById, Person),
  'people.create': op(PersonDraft, Person),
  'people.update': op(z.object({ id: Id, patch: PersonPatch }).strict(), Person),
  /** Merges `duplicateId` into `keepId`: attendance follows the kept person, the duplicate is removed. */
  'people.merge': op(z.object({ keepId: Id, duplicateId: Id }).strict(), Person),
  'people.export': op(ById, PersonExport),
  /** The same as a file to hand to the person: JSON, a readable Thai PDF, or an XLSX workbook. */
  'people.exportFile': op(z.object({ id: Id, format: z.enum(PERSON_EXPORT_FORMATS) }).strict(), ReportFile),
  /** Where the person's name or phone appears in free text (notes, minutes edits, project owners …), before an erase. */
  'people.mentions': op(ById, PersonMentions),
  /**
   * Erases a person and everything linked to them (PDPA s.33); not undoable by design. With
   * `redact`, the name and phone in the places `people.mentions` lists are replaced by the
   * placeholder first. Earlier backups are rewritten without the person, and the erasure is
   * logged (ids only) so that no restored backup or imported session file brings them back.
   */
  'people.erase': op(z.object({ id: Id, redact: z.boolean().default(false) }).strict(), EraseReport),

  'attendance.list': op(z.object({ forumId: Id }).strict(), z.array(Attendee)),
  'attendance.register': op(z.object({ forumId: Id, personId: Id }).strict(), Attendee),
  'attendance.unregister': op(z.object({ forumId: Id, personId: Id }).strict(), Ok),
  /** Checks a person in (registering them if needed) and records the time. */
  'attendance.checkIn': op(z.object({ forumId: Id, personId: Id }).strict(), Attendee),
  /** Undo of a check-in: back to registered-not-arrived, or unregistered if the check-in registered them. */
  'attendance.undoCheckIn': op(z.object({ forumId: Id, personId: Id }).strict(), Ok),
  /** A new person added at the registration table, checked in at once. */
  'attendance.addAndCheckIn': op(z.object({ forumId: Id, person: PersonDraft }).strict(), Attendee),
};
