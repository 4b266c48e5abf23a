/**
 * Reports (issue 6): the minutes (รายงานการประชุม) as one model built from the forum's data,
 * the note-taker's edited texts of its sections, and exports of it (PDF, DOCX, XLSX, CSV, JSON).
 *
 * The model is the single source every format is rendered from: the HTML template (→ PDF),
 * the DOCX writer and the spreadsheets all take a `MinutesModel`, so they never disagree.
 */
import { z } from 'zod';
import { ClockTime, Id, IsoDateTime, TypedText, op } from './common';
import { EquitySummary } from './equity';
import { Forum } from './forums';
import { PollMethod, PollResults } from './poll-results';
import { PriorityList } from './priorities';
import { ActionPlanSummary, Project } from './projects';
import { Representation } from './representation';

export const REPORT_FORMATS = ['pdf', 'docx', 'xlsx', 'csv', 'json'] as const;
export const ReportFormat = z.enum(REPORT_FORMATS);
export type ReportFormat = z.infer<typeof ReportFormat>;

/**
 * The editable texts of the minutes. Fixed keys, plus `item:<agendaItemId>` for the
 * discussion summary of each agenda item (seeded from its notes; the notes are never changed).
 */
export const FIXED_SECTION_KEYS = [
  /** Words before the first agenda item (ประธานกล่าวเปิดประชุม…). */
  'opening',
  /** Words after the last item, before เลิกประชุมเวลา. */
  'closing',
  /** ผู้จดรายงานการประชุม: name, and position under it. */
  'noteTakerName',
  'noteTakerPosition',
  /** ผู้ตรวจรายงานการประชุม: name, and position under it. */
  'reviewerName',
  'reviewerPosition',
  /**
   * The discussion of notes taken under no agenda item (a forum run without an agenda, a note
   * moved off its item): printed after the last item, only when it or its resolutions say something.
   */
  'unassigned',
] as const;
export const SectionKey = z.union([z.enum(FIXED_SECTION_KEYS), z.templateLiteral(['item:', Id])]);
export type SectionKey = z.infer<typeof SectionKey>;
export const itemSectionKey = (agendaItemId: string): SectionKey => `item:${agendaItemId}` as SectionKey;
/** A section as the note-taker edited it: kept as typed, and may be emptied on purpose. */
export const SectionText = TypedText(100_000);

export const MinutesSection = z.object({
  key: SectionKey,
  /** What the minutes will say: the edited text, or the seeded one while nobody has edited it. Plain text, one paragraph per line. */
  text: z.string(),
  /** The text seeded from the forum's data (notes, the forum's note-taker), for "reset". */
  seededText: z.string(),
  edited: z.boolean(),
  updatedAt: IsoDateTime.nullable(),
});
export type MinutesSection = z.infer<typeof MinutesSection>;

/** One line of an attendance list or of the sign-in sheet. */
export const MinutesPerson = z.object({
  personId: Id,
  /** 1-based line number on the list. */
  number: z.number().int().min(1),
  /** Title prefix, first and last name as the register spells them. */
  name: z.string(),
  organisation: z.string().nullable(),
  position: z.string().nullable(),
  village: z.string().nullable(),
});
export type MinutesPerson = z.infer<typeof MinutesPerson>;

export const MinutesResolution = z.object({
  id: Id,
  text: z.string(),
  pollId: Id.nullable(),
});
export type MinutesResolution = z.infer<typeof MinutesResolution>;

export const MinutesPoll = z.object({
  pollId: Id,
  title: z.string(),
  method: PollMethod,
  agendaItemId: Id.nullable(),
  results: PollResults,
});
export type MinutesPoll = z.infer<typeof MinutesPoll>;

export const MinutesItem = z.object({
  agendaItemId: Id,
  /** "1", "4", "4.1": ระเบียบวาระที่ … */
  number: z.string(),
  /** 0 for a top-level item, 1 for a sub-item. */
  level: z.number().int().min(0).max(1),
  title: z.string(),
  /**
   * The discussion summary (edited or seeded), plain text, one paragraph per line. The seed has
   * a line per note of the item in the order taken ("นาย ก ผู้ใหญ่บ้าน เสนอว่า …"), leaving out
   * notes in the trash and a draft resolution already printed as the item's resolution.
   */
  summary: z.string(),
  resolutions: z.array(MinutesResolution),
  /** Polls held under this item (full results in `polls`; a draft poll is in neither). */
  pollIds: z.array(Id),
});
export type MinutesItem = z.infer<typeof MinutesItem>;

export const MinutesModel = z.object({
  forum: Forum,
  /** เริ่มประชุมเวลา / เลิกประชุมเวลา: the forum's times, else the first start and last end of its items. */
  startTime: ClockTime.nullable(),
  endTime: ClockTime.nullable(),
  /** ผู้มาประชุม: checked-in participants with a community role (any role but provider or specialist, or none); Thai name order. */
  present: z.array(MinutesPerson),
  /** ผู้ไม่มาประชุม: registered but not checked in; Thai name order. */
  absent: z.array(MinutesPerson),
  /** ผู้เข้าร่วมประชุม: checked-in guests (agency staff, specialists: role provider or specialist); Thai name order. */
  guests: z.array(MinutesPerson),
  opening: z.string(),
  items: z.array(MinutesItem),
  /**
   * Notes and resolutions recorded under no agenda item, else they would never reach the
   * minutes: the summary (section `unassigned`, seeded from those notes like an item's) and the
   * forum-wide resolutions. Both empty when there are none; the formats then print nothing.
   */
  unassigned: z.object({ summary: z.string(), resolutions: z.array(MinutesResolution) }),
  polls: z.array(MinutesPoll),
  priorities: PriorityList,
  actionPlan: z.array(Project),
  actionPlanSummary: ActionPlanSummary,
  closing: z.string(),
  signatures: z.object({
    noteTaker: z.object({ name: z.string(), position: z.string() }),
    reviewer: z.object({ name: z.string(), position: z.string() }),
  }),
  annexes: z.object({
    /** ใบลงทะเบียน: everyone registered, in sign-in order, with an empty signature column. */
    signIn: z.array(MinutesPerson),
    representation: Representation,
    equity: EquitySummary,
  }),
  generatedAt: IsoDateTime,
});
export type MinutesModel = z.infer<typeof MinutesModel>;

export const RenderOptions = z
  .object({
    forumId: Id,
    /** Thai digits (๑๒๓) throughout, as formal documents use. */
    thaiDigits: z.boolean().default(false),
  })
  .strict();

/** A finished file, carried as base64 so both transports can return it. */
export const ReportFile = z.object({
  fileName: z.string(),
  mimeType: z.string(),
  base64: z.string(),
  /** Pages, for a PDF. */
  pages: z.number().int().nullable(),
});
export type ReportFile = z.infer<typeof ReportFile>;

/** One table of the forum as a CSV file: UTF-8 text starting with a BOM, so Excel reads Thai. */
export const TableCsv = z.object({ fileName: z.string(), content: z.string() }).strict();
export type TableCsv = z.infer<typeof TableCsv>;

const ByForum = z.object({ forumId: Id }).strict();

export const reportsContract = {
  /** The minutes model, built now from the forum's data and the edited sections. */
  'reports.minutes': op(ByForum, MinutesModel),
  /** Every editable section of the forum's minutes (fixed keys, then one per agenda item in order). */
  'reports.sections': op(ByForum, z.array(MinutesSection)),
  'reports.saveSection': op(z.object({ forumId: Id, key: SectionKey, text: SectionText }).strict(), MinutesSection),
  /** Forget the edit: the section shows its seeded text again. */
  'reports.resetSection': op(z.object({ forumId: Id, key: SectionKey }).strict(), MinutesSection),
  /** The minutes as one self-contained HTML page (fonts embedded): the preview and the PDF's source. */
  'reports.preview': op(RenderOptions, z.object({ html: z.string() })),
  /** One file: pdf, docx, xlsx, json (csv is a folder of files: CLI only). */
  'reports.export': op(RenderOptions.extend({ format: z.enum(['pdf', 'docx', 'xlsx', 'json']) }).strict(), ReportFile),
  /** The forum's tables (the XLSX's sheets), one CSV file each: the CLI's `report --format csv`. */
  'reports.tables': op(ByForum, z.array(TableCsv)),
};
