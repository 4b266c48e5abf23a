/** Handlers for the groups.* operations; the rules are in shared/contract/groups.ts. */
import type { ChangeEvent } from '../../../shared/contract';
import { type PlannedGroup, numberedGroupName, splitBalanced, splitByVillage, villageGroupName } from '../../../shared/domain/group-split';
import { fullName } from '../../../shared/domain/thai-text';
import type { Context } from '../context';
import { AppError, notFound } from '../errors';
import { requireAttendee, requireForum, requireInForum } from '../guard';
import type { HandlersFor } from '../handlers';
import { listAttendees } from '../people/store';
import { findNote } from '../notes/store';
import { reportBack, undoReportBack } from './report-back';
import {
  type GroupRow,
  addMember,
  findGroup,
  findGroupRow,
  groupList,
  groupsOfPerson,
  groupsWithWork,
  insertGroup,
  isMember,
  memberIds,
  nameTaken,
  removeMember,
} from './store';

type Emit = (event: ChangeEvent) => void;

export function groupsService(ctx: Context): HandlersFor<'groups'> {
  const groupRow = (id: string): GroupRow => {
    const row = findGroupRow(ctx, id);
    if (!row) throw notFound('small_group', id);
    return row;
  };
  const group = (id: string) => {
    const found = findGroup(ctx, id);
    if (!found) throw notFound('small_group', id);
    return found;
  };
  const requireFreeName = (forumId: string, name: string, exceptId: string | null = null) => {
    if (nameTaken(ctx, forumId, name, exceptId)) {
      throw new AppError('conflict', 'error.group_name_taken', `a group named ${name} already exists`, { forumId, name });
    }
  };
  const changed = (emit: Emit, id: string | null, forumId: string) => emit({ entity: 'small_group', id, forumId });

  /** Puts the person in `groupId` (or in no group), out of any other group of the forum. */
  const place = (forumId: string, personId: string, groupId: string | null, emit: Emit) => {
    for (const other of groupsOfPerson(ctx, forumId, personId)) {
      if (other === groupId) continue;
      removeMember(ctx, other, personId);
      changed(emit, other, forumId);
    }
    if (groupId !== null && !isMember(ctx, groupId, personId)) {
      addMember(ctx, groupId, personId);
      changed(emit, groupId, forumId);
    }
  };

  const plan = (input: Parameters<HandlersFor<'groups'>['groups.autoSplit']>[0]): { names: string[]; groups: PlannedGroup[] } => {
    const people = listAttendees(ctx, input.forumId)
      .filter((a) => a.checkedInAt !== null)
      .map(({ person }) => ({ id: person.id, name: fullName(person), sector: person.sector, village: person.village, gender: person.gender, ageGroup: person.ageGroup }));
    const groups = input.strategy === 'balanced' ? splitBalanced(people, input.count) : splitByVillage(people, input.count);
    const names = groups.map(
      (g, i) => input.names?.[i] ?? (input.strategy === 'balanced' ? numberedGroupName(i) : villageGroupName(g.villages)),
    );
    return { names, groups };
  };

  return {
    'groups.list': ({ forumId }) => {
      requireForum(ctx, forumId);
      return groupList(ctx, forumId);
    },

    'groups.get': ({ id }) => group(id),

    'groups.create': ({ forumId, name }) =>
      ctx.write('groups.create', (emit) => {
        requireForum(ctx, forumId);
        requireFreeName(forumId, name);
        const id = ctx.newId();
        insertGroup(ctx, id, forumId, name, ctx.now());
        changed(emit, id, forumId);
        return group(id);
      }),

    'groups.update': ({ id, patch }) =>
      ctx.write('groups.update', (emit) => {
        const row = groupRow(id);
        if (patch.name !== undefined) {
          requireFreeName(row.forum_id, patch.name, id);
          ctx.sql('UPDATE small_group SET name = ? WHERE id = ?').run(patch.name, id);
        }
        if (patch.facilitatorId !== undefined) {
          if (patch.facilitatorId !== null) requireAttendee(ctx, row.forum_id, patch.facilitatorId);
          ctx.sql('UPDATE small_group SET facilitator_id = ? WHERE id = ?').run(patch.facilitatorId, id);
        }
        if (patch.reporterId !== undefined) {
          if (patch.reporterId !== null && !isMember(ctx, id, patch.reporterId)) {
            throw new AppError('conflict', 'error.reporter_not_member', `person ${patch.reporterId} is not a member of group ${id}`, {
              groupId: id,
              personId: patch.reporterId,
            });
          }
          ctx.sql('UPDATE small_group SET reporter_id = ? WHERE id = ?').run(patch.reporterId, id);
        }
        changed(emit, id, row.forum_id);
        return group(id);
      }),

    'groups.delete': ({ id }) =>
      ctx.write('groups.delete', (emit) => {
        const row = groupRow(id);
        // Members cascade away; issues and notes keep existing with their group id cleared.
        ctx.sql('DELETE FROM small_group WHERE id = ?').run(id);
        changed(emit, id, row.forum_id);
        return { ok: true as const };
      }),

    'groups.setMembers': ({ groupId, personIds }) =>
      ctx.write('groups.setMembers', (emit) => {
        const row = groupRow(groupId);
        const wanted = [...new Set(personIds)];
        for (const personId of wanted) requireAttendee(ctx, row.forum_id, personId);
        for (const personId of memberIds(ctx, groupId)) {
          if (!wanted.includes(personId)) removeMember(ctx, groupId, personId);
        }
        for (const personId of wanted) place(row.forum_id, personId, groupId, emit);
        changed(emit, groupId, row.forum_id);
        return groupList(ctx, row.forum_id);
      }),

    'groups.assign': ({ forumId, personId, groupId }) =>
      ctx.write('groups.assign', (emit) => {
        requireForum(ctx, forumId);
        requireAttendee(ctx, forumId, personId);
        requireInForum(ctx, forumId, 'small_group', groupId);
        place(forumId, personId, groupId, emit);
        return groupList(ctx, forumId);
      }),

    'groups.autoSplit': (input) =>
      ctx.write('groups.autoSplit', (emit) => {
        const { forumId } = input;
        requireForum(ctx, forumId);
        const busy = groupsWithWork(ctx, forumId);
        if (busy.length > 0) {
          throw new AppError('conflict', 'error.groups_have_work', 'issues or notes are filed under existing groups', { forumId, groupIds: busy });
        }
        const { names, groups } = plan(input);
        const duplicate = names.find((name, i) => names.indexOf(name) !== i);
        if (duplicate !== undefined) {
          throw new AppError('conflict', 'error.group_name_taken', `two groups would be named ${duplicate}`, { forumId, name: duplicate });
        }
        ctx.sql('DELETE FROM small_group WHERE forum_id = ?').run(forumId);
        const at = ctx.now();
        groups.forEach((planned, i) => {
          const id = ctx.newId();
          insertGroup(ctx, id, forumId, names[i] as string, at);
          for (const personId of planned.memberIds) addMember(ctx, id, personId);
        });
        // One event for the whole split: every window reloads the forum's groups once.
        changed(emit, null, forumId);
        return groupList(ctx, forumId);
      }),

    'groups.reportBack': ({ groupId, agendaItemId }) =>
      ctx.write('groups.reportBack', (emit) => {
        const done = reportBack(ctx, groupId, agendaItemId, emit);
        const note = findNote(ctx, done.noteId);
        if (!note) throw notFound('note', done.noteId);
        return { group: group(groupId), note, issueIds: done.issueIds, undo: done.undo };
      }),

    'groups.undoReportBack': ({ undo }) =>
      ctx.write('groups.undoReportBack', (emit) => {
        undoReportBack(ctx, undo, emit);
        return group(undo.groupId);
      }),
  };
}
