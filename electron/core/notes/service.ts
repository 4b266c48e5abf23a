/** Handlers for the notes.* operations: notes, the author's draft, and resolutions. */
import type { ChangeEvent, Note, Resolution } from '../../../shared/contract';
import type { Context } from '../context';
import { requireForum, requireInForum, requirePerson } from '../guard';
import { AppError, notFound } from '../errors';
import type { HandlersFor } from '../handlers';
import { deleteDraft, findDraft, saveDraft } from './drafts';
import { deleteResolution, findResolution, listResolutions, upsertResolution } from './resolutions';
import { findNote, insertNote, listNotes, setNoteAgendaItem, setNoteDeleted, updateNote } from './store';

export function notesService(ctx: Context): HandlersFor<'notes'> {
  const note = (id: string): Note => {
    const found = findNote(ctx, id);
    if (!found) throw notFound('note', id);
    return found;
  };
  /** Editing, moving or quoting a note in the trash is refused: restore it first. */
  const liveNote = (id: string): Note => {
    const found = note(id);
    if (found.deletedAt !== null) throw new AppError('conflict', 'error.note_deleted', `note ${id} is deleted`, { id });
    return found;
  };
  const resolution = (id: string): Resolution => {
    const found = findResolution(ctx, id);
    if (!found) throw notFound('resolution', id);
    return found;
  };
  const noteChanged = (n: Note): ChangeEvent => ({ entity: 'note', id: n.id, forumId: n.forumId });

  return {
    'notes.list': ({ forumId, agendaItemId, groupId, includeDeleted }) => {
      requireForum(ctx, forumId);
      return listNotes(ctx, { forumId, agendaItemId, groupId, includeDeleted });
    },
    'notes.get': ({ id }) => note(id),

    'notes.create': ({ forumId, text, kind, speakerId, agendaItemId, groupId, author }) =>
      ctx.write('notes.create', (emit) => {
        const current = requireForum(ctx, forumId).currentAgendaItemId;
        requireInForum(ctx, forumId, 'agenda_item', agendaItemId);
        requireInForum(ctx, forumId, 'small_group', groupId);
        requirePerson(ctx, speakerId);
        const id = ctx.newId();
        insertNote(ctx, id, { forumId, text, kind, speakerId, groupId, agendaItemId: agendaItemId === undefined ? current : agendaItemId }, ctx.now());
        // Same transaction as the insert: after a crash there is the note or the draft, never both, never neither.
        if (author !== undefined) deleteDraft(ctx, forumId, author);
        const created = note(id);
        emit(noteChanged(created));
        return created;
      }),

    'notes.update': ({ id, patch }) =>
      ctx.write('notes.update', (emit) => {
        const before = liveNote(id);
        requireInForum(ctx, before.forumId, 'small_group', patch.groupId);
        requirePerson(ctx, patch.speakerId);
        updateNote(ctx, id, patch, ctx.now());
        const after = note(id);
        emit(noteChanged(after));
        return after;
      }),

    'notes.delete': ({ id }) =>
      ctx.write('notes.delete', (emit) => {
        const found = note(id);
        // Deleting twice keeps the first time, so an undo restores the same note either way.
        if (found.deletedAt === null) setNoteDeleted(ctx, id, ctx.now());
        emit(noteChanged(found));
        return { ok: true as const };
      }),

    'notes.restore': ({ id }) =>
      ctx.write('notes.restore', (emit) => {
        note(id);
        setNoteDeleted(ctx, id, null);
        const restored = note(id);
        emit(noteChanged(restored));
        return restored;
      }),

    'notes.move': ({ id, agendaItemId }) =>
      ctx.write('notes.move', (emit) => {
        const found = liveNote(id);
        requireInForum(ctx, found.forumId, 'agenda_item', agendaItemId);
        setNoteAgendaItem(ctx, id, agendaItemId);
        const moved = note(id);
        emit(noteChanged(moved));
        return moved;
      }),

    'notes.getDraft': ({ forumId, author }) => findDraft(ctx, forumId, author),
    'notes.saveDraft': (draft) => {
      const savedAt = ctx.now();
      saveDraft(ctx, draft, savedAt);
      return { savedAt };
    },
    'notes.clearDraft': ({ forumId, author }) => {
      deleteDraft(ctx, forumId, author);
      return { ok: true as const };
    },

    'notes.resolutions': ({ forumId }) => {
      requireForum(ctx, forumId);
      return listResolutions(ctx, forumId);
    },

    'notes.setResolution': ({ forumId, agendaItemId, text, sourceNoteId }) =>
      ctx.write('notes.setResolution', (emit) => {
        requireForum(ctx, forumId);
        requireInForum(ctx, forumId, 'agenda_item', agendaItemId);
        requireInForum(ctx, forumId, 'note', sourceNoteId);
        const id = upsertResolution(ctx, () => ctx.newId(), { forumId, agendaItemId, text, sourceNoteId }, ctx.now());
        emit({ entity: 'resolution', id, forumId });
        return resolution(id);
      }),

    'notes.resolutionFromNote': ({ noteId }) =>
      ctx.write('notes.resolutionFromNote', (emit) => {
        // Any kind is accepted: a facilitator may adopt a proposal as it stands, not only a draft resolution.
        const source = liveNote(noteId);
        requireForum(ctx, source.forumId);
        const id = upsertResolution(
          ctx,
          () => ctx.newId(),
          { forumId: source.forumId, agendaItemId: source.agendaItemId, text: source.text, sourceNoteId: source.id },
          ctx.now(),
        );
        emit({ entity: 'resolution', id, forumId: source.forumId });
        return resolution(id);
      }),

    'notes.deleteResolution': ({ id }) =>
      ctx.write('notes.deleteResolution', (emit) => {
        const found = resolution(id);
        deleteResolution(ctx, id);
        emit({ entity: 'resolution', id, forumId: found.forumId });
        return { ok: true as const };
      }),
  };
}
