/** Handlers for the issues.* operations. Every change emits `{ entity: 'issue', id, forumId }`. */
import type { ChangeEvent, IssueCategory } from '../../../shared/contract';
import type { Context } from '../context';
import { AppError } from '../errors';
import type { HandlersFor } from '../handlers';
import { type StoredCategory, categoryCounts, forumCategories, newCategoryKey, storedCategories, writeCategories } from './categories';
import { deleteIssue, restoreIssue } from './delete-restore';
import { requireForum, requireNoneOutside } from '../guard';
import { checkLinks } from './links';
import { mergeIssues, splitIssue } from './merge-split';
import { parseIssueLines } from './parse-lines';
import { activeIssueIds, listIssues, renumber } from './store';
import { createIssue, endPosition, getIssue, patchIssue, requireActiveIssue, requireIssue } from './write-issue';

const TITLE_MAX = 300;

export function issuesService(ctx: Context): HandlersFor<'issues'> {
  const list = (forumId: string) => listIssues(ctx, forumId);
  /** One event for a change to the forum's list as a whole (order, categories). */
  const listChanged = (forumId: string): ChangeEvent => ({ entity: 'issue', id: null, forumId });

  return {
    'issues.list': ({ forumId, includeMerged }) => {
      requireForum(ctx, forumId);
      return listIssues(ctx, forumId, { includeMerged });
    },

    'issues.get': ({ id }) => getIssue(ctx, id),

    'issues.create': ({ forumId, agendaItemId, ...fields }) =>
      ctx.write('issues.create', (emit) => {
        const forum = requireForum(ctx, forumId);
        // The current agenda item drives the room: an issue raised now belongs to it.
        const item = agendaItemId === undefined ? forum.currentAgendaItemId : agendaItemId;
        checkLinks(ctx, forumId, { ...fields, agendaItemId: item });
        const id = createIssue(ctx, { forumId, ...fields, agendaItemId: item, splitFrom: null, position: endPosition(ctx, forumId) });
        emit({ entity: 'issue', id, forumId });
        return getIssue(ctx, id);
      }),

    'issues.update': ({ id, patch }) =>
      ctx.write('issues.update', (emit) => {
        const row = requireIssue(ctx, id);
        patchIssue(ctx, row, patch);
        emit({ entity: 'issue', id, forumId: row.forum_id });
        return getIssue(ctx, id);
      }),

    'issues.delete': ({ id }) =>
      ctx.write('issues.delete', (emit) => {
        const deleted = deleteIssue(ctx, id);
        for (const r of deleted.issues) emit({ entity: 'issue', id: r.id, forumId: r.forumId });
        return deleted;
      }),

    'issues.restore': ({ deleted }) =>
      ctx.write('issues.restore', (emit) => {
        const id = restoreIssue(ctx, deleted);
        for (const r of deleted.issues) emit({ entity: 'issue', id: r.id, forumId: r.forumId });
        return getIssue(ctx, id);
      }),

    'issues.quickAdd': ({ forumId, text, category, groupId, agendaItemId }) => {
      const lines = parseIssueLines(text);
      const tooLong = lines.find((l) => [...l.title].length > TITLE_MAX);
      if (tooLong) {
        throw new AppError('validation', 'issue.line_too_long', `line ${tooLong.line} is longer than ${TITLE_MAX} characters`, {
          line: tooLong.line,
        });
      }
      return ctx.write('issues.quickAdd', (emit) => {
        const forum = requireForum(ctx, forumId);
        const item = agendaItemId === undefined ? forum.currentAgendaItemId : agendaItemId;
        checkLinks(ctx, forumId, { category, groupId, agendaItemId: item });
        let position = endPosition(ctx, forumId);
        const ids = lines.map(({ title }) => {
          const id = createIssue(ctx, {
            forumId,
            title,
            description: null,
            category,
            causes: [],
            potentials: [],
            needs: [],
            raisedByPersonId: null,
            groupId,
            agendaItemId: item,
            splitFrom: null,
            position: position++,
          });
          emit({ entity: 'issue', id, forumId });
          return id;
        });
        return ids.map((id) => getIssue(ctx, id));
      });
    },

    'issues.reorder': ({ forumId, orderedIds }) =>
      ctx.write('issues.reorder', (emit) => {
        requireForum(ctx, forumId);
        requireNoneOutside(ctx, forumId, 'issue', orderedIds, ['orderedIds']);
        const active = activeIssueIds(ctx, forumId);
        const known = new Set(active);
        const given = new Set(orderedIds);
        if (given.size !== orderedIds.length || given.size !== known.size || orderedIds.some((id) => !known.has(id))) {
          throw new AppError('validation', 'issue.order_not_permutation', 'orderedIds must list every active issue of the forum once', {
            missing: active.filter((id) => !given.has(id)),
            unknown: orderedIds.filter((id) => !known.has(id)),
            repeated: orderedIds.filter((id, i) => orderedIds.indexOf(id) !== i),
          });
        }
        renumber(ctx, orderedIds);
        emit(listChanged(forumId));
        return list(forumId);
      }),

    'issues.move': ({ id, index }) =>
      ctx.write('issues.move', (emit) => {
        const row = requireActiveIssue(ctx, id);
        const order = activeIssueIds(ctx, row.forum_id).filter((x) => x !== id);
        order.splice(Math.min(index, order.length), 0, id);
        renumber(ctx, order);
        emit(listChanged(row.forum_id));
        return list(row.forum_id);
      }),

    'issues.merge': ({ survivorId, mergedId }) =>
      ctx.write('issues.merge', (emit) => {
        mergeIssues(ctx, survivorId, mergedId);
        const survivor = getIssue(ctx, survivorId);
        emit({ entity: 'issue', id: survivorId, forumId: survivor.forumId });
        emit({ entity: 'issue', id: mergedId, forumId: survivor.forumId });
        return survivor;
      }),

    'issues.split': (input) =>
      ctx.write('issues.split', (emit) => {
        const ids = splitIssue(ctx, input);
        const parts = ids.map((id) => getIssue(ctx, id));
        const forumId = parts[0]?.forumId ?? null;
        emit({ entity: 'issue', id: input.id, forumId });
        for (const id of ids) emit({ entity: 'issue', id, forumId });
        return parts;
      }),

    'issues.categories': ({ forumId }) => {
      requireForum(ctx, forumId);
      return forumCategories(ctx, forumId);
    },

    'issues.setCategories': ({ forumId, categories, reassignTo }) =>
      ctx.write('issues.setCategories', (emit) => {
        requireForum(ctx, forumId);
        const next: StoredCategory[] = categories.map((c) => ({ key: c.key ?? newCategoryKey(ctx), label: c.label ?? null }));
        const nextKeys = new Set(next.map((c) => c.key));
        if (reassignTo != null && !nextKeys.has(reassignTo)) {
          throw new AppError('validation', 'issue.reassign_unknown', `reassignTo ${reassignTo} is not in the new list`, { reassignTo });
        }
        const removed = storedCategories(ctx, forumId).filter((c) => !nextKeys.has(c.key));
        const counts = categoryCounts(ctx, forumId);
        const inUse = removed.filter((c) => (counts.get(c.key) ?? 0) > 0);
        if (inUse.length > 0 && reassignTo === undefined) {
          throw new AppError('conflict', 'issue.category_in_use', `categories still used: ${inUse.map((c) => c.key).join(', ')}`, {
            categories: inUse.map((c) => ({ key: c.key, issueCount: counts.get(c.key) ?? 0 })),
          });
        }
        // Merged issues (history) follow too, so no issue keeps a key the forum no longer has.
        const move = ctx.sql('UPDATE issue SET category = ?, updated_at = ? WHERE forum_id = ? AND category = ?');
        for (const c of removed) move.run(reassignTo ?? null, ctx.now(), forumId, c.key);
        writeCategories(ctx, forumId, next);
        emit(listChanged(forumId));
        return forumCategories(ctx, forumId);
      }),

    'issues.byCategory': ({ forumId }) => {
      requireForum(ctx, forumId);
      const categories = forumCategories(ctx, forumId);
      const issues = list(forumId);
      const keys = new Set(categories.map((c) => c.key));
      const groups: { category: IssueCategory | null; issues: typeof issues }[] = categories.map((category) => ({
        category,
        issues: issues.filter((i) => i.category === category.key),
      }));
      const rest = issues.filter((i) => i.category === null || !keys.has(i.category));
      if (rest.length > 0) groups.push({ category: null, issues: rest });
      return groups;
    },
  };
}
