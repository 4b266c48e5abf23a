/**
 * Small groups (กลุ่มย่อย): members, facilitator, reporter, automatic splits. Rules:
 * - a person is in at most one group of a forum; putting them in another group moves them;
 * - members are registered attendees of the forum;
 * - the facilitator is any registered attendee (staff often facilitate a group they do not
 *   belong to); the reporter, who brings the group's work back to the plenary, is a member,
 *   and stops being reporter on leaving the group.
 * Issues and notes carry a group id; their own operations file them under a group.
 */
import { z } from 'zod';
import { Id, IsoDateTime, Ok, RequiredText, op } from './common';
import { PersonRef } from './speakers';

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
});
export type SmallGroup = z.infer<typeof SmallGroup>;

export const GroupList = z.object({
  forumId: Id,
  groups: z.array(SmallGroup),
  /** Checked-in attendees in no group, in Thai name order: who still needs a place. */
  unassigned: z.array(PersonRef),
});
export type GroupList = z.infer<typeof GroupList>;

const GroupName = RequiredText(100);
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
};
