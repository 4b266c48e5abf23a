/** Discussion notes (ข้อคิดเห็น), the draft being typed, and resolutions (มติที่ประชุม). */
import { z } from 'zod';
import { ById, Id, IsoDateTime, Ok, RequiredText, TypedText, op } from './common';

export const NOTE_KINDS = ['statement', 'question', 'proposal', 'draft_resolution'] as const;
export const NoteKind = z.enum(NOTE_KINDS);
export type NoteKind = z.infer<typeof NoteKind>;

/**
 * The longest note or draft accepted. The note pane should cap its input at this length: a
 * draft longer than this would be refused, and refusing a draft is losing what was typed.
 */
export const NOTE_TEXT_MAX = 10_000;

/** Who is typing: a note-taker's name or a window's own key. One draft is kept per author and forum. */
export const NoteDraftAuthor = RequiredText(100);

/** The person a note is attributed to, with the name as the minutes print it. */
export const NoteSpeaker = z.object({ id: Id, name: z.string() });
export type NoteSpeaker = z.infer<typeof NoteSpeaker>;

export const Note = z.object({
  id: Id,
  forumId: Id,
  agendaItemId: Id.nullable(),
  groupId: Id.nullable(),
  /** null: unattributed (also after the person was erased from the register). */
  speaker: NoteSpeaker.nullable(),
  kind: NoteKind,
  text: z.string(),
  createdAt: IsoDateTime,
  editedAt: IsoDateTime.nullable(),
  /** Set while the note is in the trash; `notes.restore` undoes the delete. */
  deletedAt: IsoDateTime.nullable(),
});
export type Note = z.infer<typeof Note>;

export const NewNote = z
  .object({
    forumId: Id,
    text: RequiredText(NOTE_TEXT_MAX),
    kind: NoteKind.default('statement'),
    speakerId: Id.nullable().default(null),
    /** Left out: the forum's current agenda item. null: attached to no item. */
    agendaItemId: Id.nullable().optional(),
    groupId: Id.nullable().default(null),
    /** The author whose draft this note was typed in: that draft is cleared in the same transaction. */
    author: NoteDraftAuthor.optional(),
  })
  .strict();
export type NewNote = z.input<typeof NewNote>;

/** Only the keys given are changed; any change stamps `editedAt`. */
export const NotePatch = z
  .object({
    text: RequiredText(NOTE_TEXT_MAX),
    kind: NoteKind,
    speakerId: Id.nullable(),
    groupId: Id.nullable(),
  })
  .partial()
  .strict();

/** The text being typed in the note pane, saved continuously so that nothing typed is lost. */
export const NoteDraft = z.object({
  forumId: Id,
  author: z.string(),
  /** Exactly as typed: not trimmed, may be empty. */
  text: z.string(),
  kind: NoteKind,
  agendaItemId: Id.nullable(),
  speaker: NoteSpeaker.nullable(),
  updatedAt: IsoDateTime,
});
export type NoteDraft = z.infer<typeof NoteDraft>;

const NoteDraftKey = z.object({ forumId: Id, author: NoteDraftAuthor }).strict();

export const NoteDraftSave = z
  .object({
    forumId: Id,
    author: NoteDraftAuthor,
    // Not trimmed: trailing spaces are part of what is being typed.
    text: TypedText(NOTE_TEXT_MAX),
    kind: NoteKind.default('statement'),
    agendaItemId: Id.nullable().default(null),
    speakerId: Id.nullable().default(null),
  })
  .strict();
export type NoteDraftSave = z.input<typeof NoteDraftSave>;

export const Resolution = z.object({
  id: Id,
  forumId: Id,
  /** null: a resolution of the forum as a whole (a forum run without an agenda). */
  agendaItemId: Id.nullable(),
  text: z.string(),
  /** The draft-resolution note it was taken from, if any. */
  sourceNoteId: Id.nullable(),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});
export type Resolution = z.infer<typeof Resolution>;

export const ResolutionSet = z
  .object({
    forumId: Id,
    agendaItemId: Id.nullable(),
    text: RequiredText(NOTE_TEXT_MAX),
    /** Left out: an existing resolution keeps its source; null clears it. */
    sourceNoteId: Id.nullable().optional(),
  })
  .strict();
export type ResolutionSet = z.input<typeof ResolutionSet>;

export const notesContract = {
  /**
   * Notes in the order they were taken. `agendaItemId`/`groupId` left out: all; null: only the
   * notes attached to no item / no group.
   */
  'notes.list': op(
    z
      .object({
        forumId: Id,
        agendaItemId: Id.nullable().optional(),
        groupId: Id.nullable().optional(),
        includeDeleted: z.boolean().default(false),
      })
      .strict(),
    z.array(Note),
  ),
  'notes.get': op(ById, Note),
  /** Stores a note; it is acknowledged only once committed to disk, and `author`'s draft is gone with the same commit. */
  'notes.create': op(NewNote, Note),
  'notes.update': op(z.object({ id: Id, patch: NotePatch }).strict(), Note),
  /** Moves the note to the trash; `notes.restore` undoes it. */
  'notes.delete': op(ById, Ok),
  'notes.restore': op(ById, Note),
  /** Attaches the note to another agenda item of its forum (null: to none). */
  'notes.move': op(z.object({ id: Id, agendaItemId: Id.nullable() }).strict(), Note),

  /** The author's saved draft for the forum, or null when there is none. */
  'notes.getDraft': op(NoteDraftKey, NoteDraft.nullable()),
  /**
   * Saves what is being typed (one upsert; empty text removes the draft), durable on return.
   * No change event: only its author reads it. Send saves one at a time, and drop a pending
   * save when Enter stores the note: a save arriving after `notes.create` would bring the
   * stored text back as a draft.
   */
  'notes.saveDraft': op(NoteDraftSave, z.object({ savedAt: IsoDateTime })),
  'notes.clearDraft': op(NoteDraftKey, Ok),

  /** The forum's resolutions in agenda order; a forum-level one (no item) last. */
  'notes.resolutions': op(z.object({ forumId: Id }).strict(), z.array(Resolution)),
  /** Records the resolution of an agenda item, replacing the item's earlier one: one per item. */
  'notes.setResolution': op(ResolutionSet, Resolution),
  /** Makes a note (usually a draft resolution) the resolution of the note's agenda item. */
  'notes.resolutionFromNote': op(z.object({ noteId: Id }).strict(), Resolution),
  'notes.deleteResolution': op(ById, Ok),
};
