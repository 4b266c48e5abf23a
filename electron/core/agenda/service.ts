/** Handlers for the agenda.* operations. */
import type { AgendaItem, ChangeEvent } from '../../../shared/contract';
import { AGENDA_TEMPLATES } from '../../../shared/domain/agenda-templates';
import type { Context } from '../context';
import { AppError, notFound } from '../errors';
import { requireForum } from '../guard';
import type { HandlersFor } from '../handlers';
import { applyTemplate } from './apply-template';
import { startRow, stopOthers, stopRow } from './clock';
import { hasChildren, insertRow, readList, setCurrentItemId, siblingIds, updateRow, writeClock, currentItemId, type AgendaRow } from './store';
import { checkParent, closeGap, placeAt, requireItem, requireSameForum } from './structure';
import { deleteItem, restoreItems } from './undo';

type Emit = (event: ChangeEvent) => void;

export function agendaService(ctx: Context): HandlersFor<'agenda'> {
  const item = (forumId: string, id: string): AgendaItem => {
    const found = readList(ctx, forumId).items.find((i) => i.id === id);
    if (!found) throw notFound('agenda_item', id);
    return found;
  };
  const changed = (emit: Emit, forumId: string, id: string | null) => emit({ entity: 'agenda_item', id, forumId });

  /** Makes `row` the current item with its clock running; the shared step of start and next. */
  const start = (row: AgendaRow, emit: Emit) => {
    const at = ctx.now();
    for (const id of stopOthers(ctx, row.forum_id, row.id, at)) changed(emit, row.forum_id, id);
    const started = startRow(ctx, row, at);
    const wasCurrent = currentItemId(ctx, row.forum_id) === row.id;
    if (!wasCurrent) setCurrentItemId(ctx, row.forum_id, row.id);
    if (started || !wasCurrent) changed(emit, row.forum_id, row.id);
  };

  return {
    'agenda.list': ({ forumId }) => {
      requireForum(ctx, forumId);
      return readList(ctx, forumId);
    },

    'agenda.current': ({ forumId }) => {
      requireForum(ctx, forumId);
      const list = readList(ctx, forumId);
      return list.items.find((i) => i.id === list.currentItemId) ?? null;
    },

    'agenda.templates': () =>
      AGENDA_TEMPLATES.map((t) => ({
        id: t.id,
        name: { ...t.name },
        description: { ...t.description },
        items: t.items.map((i) => ({
          title: { ...i.title },
          description: i.description ? { ...i.description } : null,
          plannedMinutes: i.plannedMinutes,
          children: i.children.map((c) => ({ title: { ...c.title }, description: c.description ? { ...c.description } : null, plannedMinutes: c.plannedMinutes })),
        })),
      })),

    'agenda.applyTemplate': (input) =>
      ctx.write('agenda.applyTemplate', (emit) => {
        requireForum(ctx, input.forumId);
        applyTemplate(ctx, input, emit);
        return readList(ctx, input.forumId);
      }),

    'agenda.add': (draft) =>
      ctx.write('agenda.add', (emit) => {
        const { forumId } = draft;
        requireForum(ctx, forumId);
        let parentId = draft.parentId;
        if (draft.afterId) {
          const after = requireItem(ctx, draft.afterId);
          requireSameForum(after, forumId);
          if (parentId !== undefined && parentId !== after.parent_id) {
            throw new AppError('validation', 'agenda.after_not_sibling', 'The item to insert after must be under the same parent', {
              afterId: after.id,
              parentId,
            });
          }
          parentId = after.parent_id;
        }
        const parent = parentId ?? null;
        if (parent) checkParent(ctx, forumId, parent);
        const siblings = siblingIds(ctx, forumId, parent);
        const index = draft.afterId ? siblings.indexOf(draft.afterId) + 1 : siblings.length;
        const id = ctx.newId();
        insertRow(ctx, {
          id,
          forumId,
          parentId: parent,
          position: siblings.length,
          title: draft.title,
          description: draft.description,
          plannedMinutes: draft.plannedMinutes,
          createdAt: ctx.now(),
        });
        placeAt(ctx, forumId, parent, id, index);
        changed(emit, forumId, id);
        return item(forumId, id);
      }),

    'agenda.update': ({ id, patch }) =>
      ctx.write('agenda.update', (emit) => {
        const row = requireItem(ctx, id);
        updateRow(ctx, id, patch);
        changed(emit, row.forum_id, id);
        return item(row.forum_id, id);
      }),

    'agenda.delete': ({ id }) => ctx.write('agenda.delete', (emit) => deleteItem(ctx, requireItem(ctx, id), emit)),

    'agenda.restore': (deleted) =>
      ctx.write('agenda.restore', (emit) => {
        requireForum(ctx, deleted.forumId);
        return item(deleted.forumId, restoreItems(ctx, deleted, emit));
      }),

    'agenda.move': ({ id, parentId, index }) =>
      ctx.write('agenda.move', (emit) => {
        const row = requireItem(ctx, id);
        const forumId = row.forum_id;
        if (parentId !== null) {
          checkParent(ctx, forumId, parentId, id);
          if (hasChildren(ctx, id)) {
            throw new AppError('conflict', 'agenda.has_children', 'An item with sub-items cannot become a sub-item: move its sub-items out first', {
              id,
            });
          }
        }
        // Out of the old list first, so both lists stay dense even when the parent changes.
        if (row.parent_id !== parentId) {
          ctx.sql('UPDATE agenda_item SET parent_id = ? WHERE id = ?').run(parentId, id);
          closeGap(ctx, forumId, row.parent_id);
        }
        placeAt(ctx, forumId, parentId, id, index);
        changed(emit, forumId, id);
        return readList(ctx, forumId);
      }),

    'agenda.start': ({ id }) =>
      ctx.write('agenda.start', (emit) => {
        const row = requireItem(ctx, id);
        start(row, emit);
        return readList(ctx, row.forum_id);
      }),

    'agenda.stop': ({ id }) =>
      ctx.write('agenda.stop', (emit) => {
        const row = requireItem(ctx, id);
        if (stopRow(ctx, row, ctx.now())) changed(emit, row.forum_id, id);
        return readList(ctx, row.forum_id);
      }),

    'agenda.next': ({ forumId }) =>
      ctx.write('agenda.next', (emit) => {
        requireForum(ctx, forumId);
        const { items, currentItemId: current } = readList(ctx, forumId);
        const at = items.findIndex((i) => i.id === current);
        // With nothing current, the facilitator is starting the forum: the first item not yet taken up.
        const target = at === -1 ? (items.find((i) => i.startedAt === null) ?? items[0]) : items[at + 1];
        if (target) start(requireItem(ctx, target.id), emit);
        else if (current) {
          // Past the last item: its clock stops and it stays current for the closing notes.
          if (stopRow(ctx, requireItem(ctx, current), ctx.now())) changed(emit, forumId, current);
        }
        return readList(ctx, forumId);
      }),

    'agenda.setCurrent': ({ forumId, id }) =>
      ctx.write('agenda.setCurrent', (emit) => {
        requireForum(ctx, forumId);
        if (id !== null) requireSameForum(requireItem(ctx, id), forumId);
        for (const stopped of stopOthers(ctx, forumId, id, ctx.now())) changed(emit, forumId, stopped);
        const before = currentItemId(ctx, forumId);
        if (before !== id) {
          setCurrentItemId(ctx, forumId, id);
          changed(emit, forumId, id ?? before);
        }
        return readList(ctx, forumId);
      }),

    'agenda.resetClock': ({ id }) =>
      ctx.write('agenda.resetClock', (emit) => {
        const row = requireItem(ctx, id);
        const at = ctx.now();
        // A running clock keeps running, from zero.
        const running = row.running_since !== null;
        writeClock(ctx, id, { elapsedMs: 0, runningSince: running ? at : null, startedAt: running ? at : null, endedAt: null });
        changed(emit, row.forum_id, id);
        return item(row.forum_id, id);
      }),
  };
}
