/**
 * The draft being typed, one row per forum and author. Saved about once a second while someone
 * types, so each save is a single prepared statement in its own (autocommit) transaction:
 * durable on return under synchronous=FULL, with nothing else on the path.
 *
 * Deliberately not through `ctx.write`: a draft is not part of the record, so it gets no audit
 * row (one per second of typing would bury the real history) and no change event (only its
 * author's pane reads it, and it already has the text).
 */
import type { NoteDraft, NoteKind } from '../../../shared/contract';
import type { Context } from '../context';
import { AppError } from '../errors';
import { requireInForum, requirePerson } from '../guard';
import { type SpeakerColumns, toSpeaker } from './store';

interface DraftRow extends SpeakerColumns {
  forum_id: string;
  author: string;
  text: string;
  kind: NoteKind;
  agenda_item_id: string | null;
  updated_at: string;
}

export function findDraft(ctx: Context, forumId: string, author: string): NoteDraft | null {
  // A draft's item and speaker are checked when saved but have no foreign keys (deleting an item
  // or erasing a person must not touch someone's typing), so ones that have gone since are
  // dropped here rather than handed back dangling.
  const row = ctx
    .sql(
      `SELECT d.forum_id, d.author, d.text, d.kind, a.id AS agenda_item_id, d.updated_at,
              p.id AS speaker_id, p.title_prefix, p.first_name, p.last_name
       FROM note_draft d
       LEFT JOIN agenda_item a ON a.id = d.agenda_item_id AND a.forum_id = d.forum_id
       LEFT JOIN person p ON p.id = d.speaker_id
       WHERE d.forum_id = ? AND d.author = ?`,
    )
    .get(forumId, author) as DraftRow | undefined;
  if (!row) return null;
  return {
    forumId: row.forum_id,
    author: row.author,
    text: row.text,
    kind: row.kind,
    agendaItemId: row.agenda_item_id,
    speaker: toSpeaker(row),
    updatedAt: row.updated_at,
  };
}

export interface DraftValues {
  forumId: string;
  author: string;
  text: string;
  kind: NoteKind;
  agendaItemId: string | null;
  speakerId: string | null;
}

export function saveDraft(ctx: Context, v: DraftValues, at: string): void {
  if (v.text === '') {
    deleteDraft(ctx, v.forumId, v.author);
    return;
  }
  // What the draft points at is checked as every write's references are; the forum itself by its foreign key below.
  requireInForum(ctx, v.forumId, 'agenda_item', v.agendaItemId);
  requirePerson(ctx, v.speakerId);
  try {
    ctx
      .sql(
        `INSERT INTO note_draft (forum_id, author, text, kind, agenda_item_id, speaker_id, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (forum_id, author) DO UPDATE SET
           text = excluded.text, kind = excluded.kind, agenda_item_id = excluded.agenda_item_id,
           speaker_id = excluded.speaker_id, updated_at = excluded.updated_at`,
      )
      .run(v.forumId, v.author, v.text, v.kind, v.agendaItemId, v.speakerId, at);
  } catch (error) {
    // The forum's foreign key is the existence check, so the common path costs one statement.
    if ((error as { code?: string }).code === 'SQLITE_CONSTRAINT_FOREIGNKEY') {
      throw new AppError('not_found', 'error.not_found', `forum ${v.forumId} not found`, { entity: 'forum', id: v.forumId });
    }
    throw error;
  }
}

export function deleteDraft(ctx: Context, forumId: string, author: string): void {
  ctx.sql('DELETE FROM note_draft WHERE forum_id = ? AND author = ?').run(forumId, author);
}
