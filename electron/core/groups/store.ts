/** Rows of small_group and group_member, mapped to the contract's `SmallGroup` and `GroupList`. */
import type { GroupList, PersonRef, SmallGroup } from '../../../shared/contract';
import type { Context } from '../context';
import { PERSON_REF_COLUMNS, type PersonRefRow, attendeeRefs, byThaiName, findPersonRef, toPersonRef } from '../speakers/people';

export interface GroupRow {
  id: string;
  forum_id: string;
  name: string;
  facilitator_id: string | null;
  reporter_id: string | null;
  position: number;
  created_at: string;
  reported_at: string | null;
  report_agenda_item_id: string | null;
  report_note_id: string | null;
}

export function findGroupRow(ctx: Context, id: string): GroupRow | null {
  return (ctx.sql('SELECT * FROM small_group WHERE id = ?').get(id) as GroupRow | undefined) ?? null;
}

function groupRows(ctx: Context, forumId: string): GroupRow[] {
  return ctx.sql('SELECT * FROM small_group WHERE forum_id = ? ORDER BY position, created_at, id').all(forumId) as GroupRow[];
}

function membersByGroup(ctx: Context, forumId: string): Map<string, PersonRef[]> {
  const rows = ctx
    .sql(
      `SELECT gm.group_id, ${PERSON_REF_COLUMNS}
       FROM group_member gm
       JOIN small_group g ON g.id = gm.group_id
       JOIN person p ON p.id = gm.person_id
       LEFT JOIN attendance a ON a.forum_id = g.forum_id AND a.person_id = gm.person_id
       WHERE g.forum_id = ?`,
    )
    .all(forumId) as (PersonRefRow & { group_id: string })[];
  const members = new Map<string, PersonRef[]>();
  for (const row of rows) {
    const ref = toPersonRef(row);
    if (!ref) continue;
    members.set(row.group_id, [...(members.get(row.group_id) ?? []), ref]);
  }
  for (const list of members.values()) list.sort(byThaiName);
  return members;
}

function toGroup(ctx: Context, row: GroupRow, position: number, members: PersonRef[]): SmallGroup {
  const ref = (id: string | null) => (id === null ? null : findPersonRef(ctx, row.forum_id, id));
  return {
    id: row.id,
    forumId: row.forum_id,
    name: row.name,
    position,
    facilitator: ref(row.facilitator_id),
    reporter: ref(row.reporter_id),
    members,
    createdAt: row.created_at,
    report: row.reported_at === null ? null : { reportedAt: row.reported_at, agendaItemId: row.report_agenda_item_id, noteId: row.report_note_id },
  };
}

export function groupList(ctx: Context, forumId: string): GroupList {
  const members = membersByGroup(ctx, forumId);
  const groups = groupRows(ctx, forumId).map((row, index) => toGroup(ctx, row, index + 1, members.get(row.id) ?? []));
  const placed = new Set(groups.flatMap((g) => g.members.map((m) => m.id)));
  const unassigned = attendeeRefs(ctx, forumId)
    .filter((a) => a.checkedIn && !placed.has(a.id))
    .map(({ checkedIn: _, ...ref }) => ref)
    .sort(byThaiName);
  return { forumId, groups, unassigned };
}

export function findGroup(ctx: Context, id: string): SmallGroup | null {
  const row = findGroupRow(ctx, id);
  if (!row) return null;
  const list = groupList(ctx, row.forum_id);
  return list.groups.find((g) => g.id === id) ?? null;
}

export function insertGroup(ctx: Context, id: string, forumId: string, name: string, at: string): void {
  ctx
    .sql(
      `INSERT INTO small_group (id, forum_id, name, position, created_at)
       VALUES (?, ?, ?, (SELECT coalesce(max(position), 0) + 1 FROM small_group WHERE forum_id = ?), ?)`,
    )
    .run(id, forumId, name, forumId, at);
}

export function nameTaken(ctx: Context, forumId: string, name: string, exceptId: string | null = null): boolean {
  return ctx.sql('SELECT 1 FROM small_group WHERE forum_id = ? AND name = ? AND id IS NOT ?').get(forumId, name, exceptId) !== undefined;
}

export function isMember(ctx: Context, groupId: string, personId: string): boolean {
  return ctx.sql('SELECT 1 FROM group_member WHERE group_id = ? AND person_id = ?').get(groupId, personId) !== undefined;
}

export function addMember(ctx: Context, groupId: string, personId: string): void {
  ctx.sql('INSERT OR IGNORE INTO group_member (group_id, person_id) VALUES (?, ?)').run(groupId, personId);
}

/** Takes the person out of a group; a reporter who leaves stops being its reporter. */
export function removeMember(ctx: Context, groupId: string, personId: string): void {
  ctx.sql('DELETE FROM group_member WHERE group_id = ? AND person_id = ?').run(groupId, personId);
  ctx.sql('UPDATE small_group SET reporter_id = NULL WHERE id = ? AND reporter_id = ?').run(groupId, personId);
}

/** The groups of the forum the person is in (at most one, by the rule the service keeps). */
export function groupsOfPerson(ctx: Context, forumId: string, personId: string): string[] {
  const rows = ctx
    .sql('SELECT g.id FROM group_member gm JOIN small_group g ON g.id = gm.group_id WHERE g.forum_id = ? AND gm.person_id = ?')
    .all(forumId, personId) as { id: string }[];
  return rows.map((r) => r.id);
}

export function memberIds(ctx: Context, groupId: string): string[] {
  return (ctx.sql('SELECT person_id FROM group_member WHERE group_id = ?').all(groupId) as { person_id: string }[]).map((r) => r.person_id);
}

/** Groups of the forum that issues or notes are filed under. */
export function groupsWithWork(ctx: Context, forumId: string): string[] {
  const rows = ctx
    .sql(
      `SELECT id FROM small_group g WHERE g.forum_id = ?
         AND (EXISTS (SELECT 1 FROM issue i WHERE i.group_id = g.id) OR EXISTS (SELECT 1 FROM note n WHERE n.group_id = g.id))
       ORDER BY position`,
    )
    .all(forumId) as { id: string }[];
  return rows.map((r) => r.id);
}
