/**
 * Following a plan up between forums (issue 14; seed 001 step 5): status updates of projects with
 * their evidence, forums created as the follow-up of earlier ones, the follow-up view across
 * them, and lessons learned (บทเรียน).
 */
import { z } from 'zod';
import { FollowUpStatus, LessonKind } from '../domain/follow-through-vocabulary';
import { ProjectStatus, ProjectType, RequestedFromLevel } from '../domain/project-vocabulary';
import { ById, Id, IsoDate, IsoDateTime, NullableText, Ok, RequiredText, op } from './common';
import { Forum, ForumDraft } from './forums';
import { BudgetSatang } from './projects';

/** Change events of this feature name these entities. */
export const FOLLOW_UP_ENTITIES = ['status_update', 'follow_up', 'lesson'] as const;

/** Evidence files: photos from a phone, scanned letters. Larger files belong on a shared drive, referenced by documentRef. */
export const MAX_ATTACHMENT_BYTES = 15 * 1024 * 1024;

export const AttachmentUpload = z
  .object({
    fileName: RequiredText(200),
    mimeType: z
      .string()
      .trim()
      .regex(/^[\w.+-]+\/[\w.+-]+$/, 'a MIME type, e.g. image/jpeg'),
    base64: z.base64().max(Math.ceil(MAX_ATTACHMENT_BYTES / 3) * 4, 'at most 15 MB'),
  })
  .strict();

export const StatusUpdateDraft = z
  .object({
    projectId: Id,
    /** The forum where the update is recorded: a follow-up forum, or the project's own. */
    forumId: Id,
    status: FollowUpStatus,
    /** Why a project is delayed or dropped (required for those two). */
    reason: NullableText(2000).default(null),
    progressPercent: z.number().int().min(0).max(100).nullable().default(null),
    reportedOn: IsoDate,
    reportedByPersonId: Id.nullable().default(null),
    reportedBy: NullableText(200).default(null),
    note: NullableText(4000).default(null),
    /** A document reference: a letter number, a contract number, a link. */
    documentRef: NullableText(500).default(null),
    /** Spent in this period, by source (ข้อบัญญัติ อบต., กองทุนหมู่บ้าน, …). */
    spending: z
      .array(z.object({ source: RequiredText(200), amountSatang: BudgetSatang }).strict())
      .max(50)
      .default([]),
    attachments: z.array(AttachmentUpload).max(20).default([]),
  })
  .strict()
  .superRefine((u, ctx) => {
    if ((u.status === 'delayed' || u.status === 'dropped') && u.reason === null) {
      ctx.addIssue({ code: 'custom', path: ['reason'], message: `a ${u.status} project says why` });
    }
    if (u.reportedByPersonId !== null && u.reportedBy !== null) {
      ctx.addIssue({ code: 'custom', path: ['reportedBy'], message: 'a linked reporter is named by the register' });
    }
    const sources = new Set<string>();
    u.spending.forEach((s, i) => {
      if (sources.has(s.source)) ctx.addIssue({ code: 'custom', path: ['spending', i, 'source'], message: 'this source is listed twice' });
      sources.add(s.source);
    });
  });
export type StatusUpdateDraft = z.input<typeof StatusUpdateDraft>;

export const AttachmentInfo = z.object({
  id: Id,
  fileName: z.string(),
  mimeType: z.string(),
  sizeBytes: z.number().int(),
  /** SHA-256 of the content, hex. */
  sha256: z.string(),
});

export const StatusUpdate = z.object({
  id: Id,
  projectId: Id,
  forumId: Id,
  status: FollowUpStatus,
  reason: z.string().nullable(),
  progressPercent: z.number().int().nullable(),
  reportedOn: IsoDate,
  reportedByPersonId: Id.nullable(),
  reportedBy: z.string().nullable(),
  /** Who reported, as shown: the register's name when linked, else as typed. */
  reporterName: z.string().nullable(),
  note: z.string().nullable(),
  documentRef: z.string().nullable(),
  spending: z.array(z.object({ source: z.string(), amountSatang: z.number().int() })),
  attachments: z.array(AttachmentInfo),
  createdAt: IsoDateTime,
});
export type StatusUpdate = z.infer<typeof StatusUpdate>;

export const AttachmentFile = AttachmentInfo.extend({ base64: z.string() });

export const Lesson = z.object({
  id: Id,
  forumId: Id,
  /** null: about the forum's plan as a whole. */
  projectId: Id.nullable(),
  projectTitle: z.string().nullable(),
  kind: LessonKind,
  text: z.string(),
  position: z.number().int(),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});
export type Lesson = z.infer<typeof Lesson>;

export const LessonDraft = z
  .object({ forumId: Id, projectId: Id.nullable().default(null), kind: LessonKind, text: RequiredText(4000) })
  .strict();

export const FollowUpSources = z.object({
  forumId: Id,
  isFollowUp: z.boolean(),
  /** Agenda item 3 (เรื่องสืบเนื่องจากการประชุมครั้งที่แล้ว), where the minutes print the follow-up table. */
  agendaItemId: Id.nullable(),
  earlier: z.array(z.object({ forumId: Id, title: z.string(), date: IsoDate.nullable(), number: z.string().nullable(), missing: z.boolean() })),
  /** Forums recorded as follow-ups of this one. */
  later: z.array(z.object({ forumId: Id, title: z.string(), date: IsoDate })),
});
export type FollowUpSources = z.infer<typeof FollowUpSources>;

const StatusOrNone = z.union([FollowUpStatus, z.literal('none')]);

export const FollowUpProject = z.object({
  projectId: Id,
  forumId: Id,
  forumTitle: z.string(),
  title: z.string(),
  type: ProjectType,
  requestedFrom: RequestedFromLevel.nullable(),
  requestedFromName: z.string().nullable(),
  owner: z.string().nullable(),
  startDate: IsoDate.nullable(),
  endDate: IsoDate.nullable(),
  /** The action plan's own status (proposed, approved, …), as the forum left it. */
  planStatus: ProjectStatus,
  /** The latest follow-up status; null before any update. */
  status: FollowUpStatus.nullable(),
  reason: z.string().nullable(),
  progressPercent: z.number().int().nullable(),
  lastReportedOn: IsoDate.nullable(),
  budgetSource: z.string().nullable(),
  budgetSatang: z.number().int().nullable(),
  committedSatang: z.number().int(),
  spentSatang: z.number().int(),
  spentBySource: z.array(z.object({ source: z.string(), amountSatang: z.number().int() })),
  overdue: z.boolean(),
  timeline: z.array(
    z.object({
      updateId: Id,
      forumId: Id,
      status: FollowUpStatus,
      reason: z.string().nullable(),
      progressPercent: z.number().int().nullable(),
      reportedOn: IsoDate,
      reporterName: z.string().nullable(),
      note: z.string().nullable(),
      documentRef: z.string().nullable(),
      attachmentCount: z.number().int(),
    }),
  ),
});
export type FollowUpProject = z.infer<typeof FollowUpProject>;

export const FollowUpView = z.object({
  forumId: Id,
  /** Updates reported after this day are left out (the minutes pass the forum's date); null: all. */
  asOf: IsoDate.nullable(),
  today: IsoDate,
  /** The forums of the plan: the earlier ones this forum follows up (transitively), then this one. */
  forums: z.array(z.object({ forumId: Id, title: z.string(), date: IsoDate, number: z.string().nullable(), current: z.boolean() })),
  /** Earlier forums named as followed up but not on this computer. */
  missingForumIds: z.array(z.string()),
  projects: z.array(FollowUpProject),
  /** The earlier forums' resolutions (มติ), for agenda item 3. */
  resolutions: z.array(z.object({ forumId: Id, forumTitle: z.string(), text: z.string() })),
  /** Project counts by type and latest status ('none': no update yet). */
  statusByType: z.record(ProjectType, z.record(StatusOrNone, z.number().int())),
  /** Requested budget (by the projects' budget source) and spending (by the source reported). */
  budgetBySource: z.array(z.object({ source: z.string(), requestedSatang: z.number().int(), spentSatang: z.number().int() })),
  totals: z.object({
    projects: z.number().int(),
    requestedSatang: z.number().int(),
    committedSatang: z.number().int(),
    spentSatang: z.number().int(),
    overdue: z.number().int(),
  }),
  /** Lessons recorded in the forums of the plan, the current forum's last. */
  lessons: z.array(Lesson),
});
export type FollowUpView = z.infer<typeof FollowUpView>;

const ByForum = z.object({ forumId: Id }).strict();

export const followUpContract = {
  /** Records a status update (with spending and evidence files) in a forum. */
  'followUp.addStatus': op(StatusUpdateDraft, StatusUpdate),
  /** A project's updates, oldest first (the last one is its current status). */
  'followUp.history': op(z.object({ projectId: Id }).strict(), z.array(StatusUpdate)),
  /** Moves an update entered by mistake to the trash; `followUp.restoreStatus` undoes it. */
  'followUp.deleteStatus': op(ById, Ok),
  'followUp.restoreStatus': op(ById, StatusUpdate),
  /** An evidence file with its content (base64), checked against its stored SHA-256. */
  'followUp.attachment': op(ById, AttachmentFile),
  /**
   * A new forum that follows up one or several earlier ones: the official five-item agenda,
   * item 3 (เรื่องสืบเนื่องจากการประชุมครั้งที่แล้ว) filled with their resolutions and projects.
   */
  'followUp.createForum': op(z.object({ forum: ForumDraft, followUpOf: z.array(Id).min(1).max(50) }).strict(), Forum),
  /**
   * Records an existing forum as the follow-up of earlier ones (added to any it already follows);
   * its agenda's third item, if it has one, becomes where the minutes print the follow-up table.
   */
  'followUp.link': op(z.object({ forumId: Id, followUpOf: z.array(Id).min(1).max(50) }).strict(), FollowUpSources),
  'followUp.sources': op(ByForum, FollowUpSources),
  /** Every project of the plan with its status timeline, budget requested/committed/spent, what is overdue. */
  'followUp.view': op(z.object({ forumId: Id, asOf: IsoDate.optional(), today: IsoDate.optional() }).strict(), FollowUpView),
  /** Lessons recorded in the forum, in their order. */
  'lessons.list': op(ByForum, z.array(Lesson)),
  'lessons.create': op(LessonDraft, Lesson),
  'lessons.update': op(
    z.object({ id: Id, patch: z.object({ kind: LessonKind, text: RequiredText(4000), projectId: Id.nullable() }).partial().strict() }).strict(),
    Lesson,
  ),
  'lessons.delete': op(ById, Ok),
  'lessons.restore': op(ById, Lesson),
};
