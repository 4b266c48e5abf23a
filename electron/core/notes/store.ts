/** Rows of the note table and their mapping to the contract's `Note`. */
import type { Note, NoteKind, NoteSpeaker } from '../../../shared/contract';
import { fullName } from '../../../shared/domain/thai-text';
import type { Context } from '../context';

interface NoteRow {
  id: string;
  forum_id: string;
  agenda_item_id: string | null;
  group_id: string | null;
  speaker_id: string | null;
  kind: NoteKind;
  text: string;
  created_at: string;
  edited_at: string | null;
  deleted_at: string | null;
  title_prefix: string | null;
  first_name: string | null;
  last_name: string | null;
}

export interface SpeakerColumns {
  speaker_id: string | null;
  title_prefix: string | null;
  first_name: string | null;
  last_name: string | null;
}

/** The speaker as a LEFT JOIN on person gives it: no first name means no such person (any more). */
export function toSpeaker(row: SpeakerColumns): NoteSpeaker | null {
  if (row.speaker_id === null || row.first_name === null) return null;
  return { id: row.speaker_id, name: fullName({ titlePrefix: row.title_prefix, firstName: row.first_name, lastName: row.last_name }) };
}

const SELECT = `
  SELECT n.id, n.forum_id, n.agenda_item_id, n.group_id, n.speaker_id, n.kind, n.text, n.created_at, n.edited_at, n.deleted_at,
         p.title_prefix, p.first_name, p.last_name
  FROM note n LEFT JOIN person p ON p.id = n.speaker_id`;

const toNote = (row: NoteRow): Note => ({
  id: row.id,
  forumId: row.forum_id,
  agendaItemId: row.agenda_item_id,
  groupId: row.group_id,
  speaker: toSpeaker(row),
  kind: row.kind,
  text: row.text,
  createdAt: row.created_at,
  editedAt: row.edited_at,
  deletedAt: row.deleted_at,
});

export function findNote(ctx: Context, id: string): Note | null {
  const row = ctx.sql(`${SELECT} WHERE n.id = ?`).get(id) as NoteRow | undefined;
  return row ? toNote(row) : null;
}

export interface NoteFilter {
  forumId: string;
  /** undefined: any; null: none. */
  agendaItemId?: string | null;
  groupId?: string | null;
  includeDeleted: boolean;
}

export function listNotes(ctx: Context, filter: NoteFilter): Note[] {
  // One statement for every combination of filters (a flag says whether each applies), so it is prepared once.
  const rows = ctx
    .sql(
      `${SELECT}
       WHERE n.forum_id = ?
         AND (? OR n.agenda_item_id IS ?)
         AND (? OR n.group_id IS ?)
         AND (? OR n.deleted_at IS NULL)
       ORDER BY n.created_at, n.rowid`,
    )
    .all(
      filter.forumId,
      filter.agendaItemId === undefined ? 1 : 0,
      filter.agendaItemId ?? null,
      filter.groupId === undefined ? 1 : 0,
      filter.groupId ?? null,
      filter.includeDeleted ? 1 : 0,
    ) as NoteRow[];
  return rows.map(toNote);
}

export interface NoteValues {
  forumId: string;
  agendaItemId: string | null;
  groupId: string | null;
  speakerId: string | null;
  kind: NoteKind;
  text: string;
}

export function insertNote(ctx: Context, id: string, v: NoteValues, at: string): void {
  ctx
    .sql(
      `INSERT INTO note (id, forum_id, agenda_item_id, group_id, speaker_id, kind, text, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(id, v.forumId, v.agendaItemId, v.groupId, v.speakerId, v.kind, v.text, at);
}

const PATCH_COLUMNS = { text: 'text', kind: 'kind', speakerId: 'speaker_id', groupId: 'group_id' } as const;
export type NotePatchValues = Partial<Pick<NoteValues, keyof typeof PATCH_COLUMNS>>;

export function updateNote(ctx: Context, id: string, patch: NotePatchValues, at: string): void {
  const keys = (Object.keys(PATCH_COLUMNS) as (keyof typeof PATCH_COLUMNS)[]).filter((k) => patch[k] !== undefined);
  if (keys.length === 0) return;
  ctx
    .sql(`UPDATE note SET ${keys.map((k) => `${PATCH_COLUMNS[k]} = ?`).join(', ')}, edited_at = ? WHERE id = ?`)
    .run(...keys.map((k) => patch[k]), at, id);
}

export function setNoteDeleted(ctx: Context, id: string, deletedAt: string | null): void {
  ctx.sql('UPDATE note SET deleted_at = ? WHERE id = ?').run(deletedAt, id);
}

export function setNoteAgendaItem(ctx: Context, id: string, agendaItemId: string | null): void {
  ctx.sql('UPDATE note SET agenda_item_id = ? WHERE id = ?').run(agendaItemId, id);
}
