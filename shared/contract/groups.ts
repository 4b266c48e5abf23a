/**
 * Small groups (กลุ่มย่อย): members, facilitator, reporter, automatic splits. Rules:
 * - a person is in at most one group of a forum; putting them in another group moves them;
 * - members are registered attendees of the forum;
 * - the facilitator is any registered attendee (staff often facilitate a group they do not
 *   belong to); the reporter, who brings the group's work back to the plenary, is a member,
 *   and stops being reporter on leaving the group.
 * Issues and notes carry a group id; their own operations file them under a group.
 * - reporting back (`groups.reportBack`) brings the group's issues to a plenary agenda item (they
 *   keep the group as who raised them) and records the reporter's summary as a plenary note.
 */
import { z } from 'zod';
import { Id, IsoDateTime, Ok, RequiredText, op } from './common';
import { Note } from './notes';
import { PersonRef } from './speakers';

/** When and where the group's work was last presented to the plenary. */
export const GroupReport = z.object({
  reportedAt: IsoDateTime,
  /** The plenary agenda item it was presented under (null: none, or the item was deleted since). */
  agendaItemId: Id.nullable(),
  /** The summary note (null once that note is gone for good). */
  noteId: Id.nullable(),
});
export type GroupReport = z.infer<typeof GroupReport>;

export const SmallGroup = z.object({
  id: Id,
  forumId: Id,
  name: z.string(),
  /** 1-based, in the order the groups were made. */
  position: z.number().int().positive(),
  facilitator: PersonRef.nullable(),
  reporter: PersonRef.nullable(),
  /** In Thai name order. */
  members: z.array(PersonRef),
  createdAt: IsoDateTime,
  /** null until the group reports back to the plenary. */
  report: GroupReport.nullable(),
});
export type SmallGroup = z.infer<typeof SmallGroup>;

export const GroupList = z.object({
  forumId: Id,
  groups: z.array(SmallGroup),
  /** Checked-in attendees in no group, in Thai name order: who still needs a place. */
  unassigned: z.array(PersonRef),
});
export type GroupList = z.infer<typeof GroupList>;

export const GroupName = RequiredText(100);
export const MAX_GROUPS = 50;
const GroupCount = z.number().int().min(1).max(MAX_GROUPS);
/** Names for the new groups in order; groups beyond the list get "กลุ่มที่ N" or their villages. */
const GroupNames = z.array(GroupName).max(MAX_GROUPS).optional();

export const AutoSplit = z.discriminatedUnion('strategy', [
  /** `count` groups, each sector and each village spread evenly (see shared/domain/group-split.ts). */
  z.object({ forumId: Id, strategy: z.literal('balanced'), count: GroupCount, names: GroupNames }).strict(),
  /** One group per village; with `count`, at most that many (the smallest villages merged). */
  z.object({ forumId: Id, strategy: z.literal('by_village'), count: GroupCount.optional(), names: GroupNames }).strict(),
]);
export type AutoSplit = z.input<typeof AutoSplit>;

/** What `groups.reportBack` changed, to hand back to `groups.undoReportBack`. */
export const ReportBackUndo = z
  .object({
    groupId: Id,
    /** The summary note it recorded: undo puts it in the trash. */
    noteId: Id,
    /** The group's report before this one (a group may report twice), put back by undo. */
    previousReport: GroupReport.strict().nullable(),
    /** The issues it moved, each with the agenda item it was under before. */
    issues: z.array(z.object({ id: Id, agendaItemId: Id.nullable() }).strict()),
  })
  .strict();
export type ReportBackUndo = z.infer<typeof ReportBackUndo>;

export const ReportBackResult = z.object({
  group: SmallGroup,
  /** The summary, a plenary statement by the group's reporter (unattributed without one). */
  note: Note,
  /** The group's active issues, now under the plenary item, in list order. */
  issueIds: z.array(Id),
  undo: ReportBackUndo,
});
export type ReportBackResult = z.infer<typeof ReportBackResult>;

export const groupsContract = {
  'groups.list': op(z.object({ forumId: Id }).strict(), GroupList),
  'groups.get': op(z.object({ id: Id }).strict(), SmallGroup),
  /** A new empty group at the end; a name already used in the forum is refused (conflict). */
  'groups.create': op(z.object({ forumId: Id, name: GroupName }).strict(), SmallGroup),
  /** Only the keys given change; null clears the facilitator or reporter. */
  'groups.update': op(
    z
      .object({
        id: Id,
        patch: z.object({ name: GroupName, facilitatorId: Id.nullable(), reporterId: Id.nullable() }).partial().strict(),
      })
      .strict(),
    SmallGroup,
  ),
  /** Its members become unassigned; its issues and notes go back to the plenary (group id cleared). */
  'groups.delete': op(z.object({ id: Id }).strict(), Ok),
  /** Exactly these members; people in another group of the forum move here. */
  'groups.setMembers': op(z.object({ groupId: Id, personIds: z.array(Id) }).strict(), GroupList),
  /** Moves one person to a group, or out of every group with null. */
  'groups.assign': op(z.object({ forumId: Id, personId: Id, groupId: Id.nullable() }).strict(), GroupList),
  /**
   * Replaces the forum's groups by a split of the checked-in attendees. Refused (conflict) while
   * an existing group has issues or notes filed under it, so no group work is detached silently.
   */
  'groups.autoSplit': op(AutoSplit, GroupList),
  /**
   * Brings the group's work back to the plenary: its active issues go under `agendaItemId` (left
   * out: the forum's current item; null: none) still raised by the group, a statement note
   * "รายงานผลการประชุมกลุ่มย่อย …" by the reporter lists them, and the group is marked reported.
   */
  'groups.reportBack': op(z.object({ groupId: Id, agendaItemId: Id.nullable().optional() }).strict(), ReportBackResult),
  /**
   * Undoes a report back: the issues go back under their items, the note to the trash, the
   * group's earlier report (or none) back. Refused (conflict) once the group has reported again.
   */
  'groups.undoReportBack': op(z.object({ undo: ReportBackUndo }).strict(), SmallGroup),
};
