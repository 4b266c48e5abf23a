/**
 * A poll's outcome recorded as a resolution (มติที่ประชุม) of its agenda item, naming the poll
 * (resolution.poll_id) so the minutes can say how it was decided. Used by `polls.recordResolution`
 * (a motion, a consensus) and by adopting a priority list. Run inside `ctx.write`.
 *
 * Recording again from the same poll updates that poll's resolution. A resolution the item has
 * from elsewhere (typed by the note-taker, or another poll's) is never overwritten silently:
 * `existing` "replace" takes it over, "add" records this one beside it as a further resolution
 * (the minutes number several), and without either the write is refused with its text.
 */
import type { ExistingResolution } from '../../../shared/contract';
import type { Context } from '../context';
import { AppError } from '../errors';
import type { PollRow } from './store';

export function recordPollResolution(
  ctx: Context,
  row: Pick<PollRow, 'id' | 'forum_id' | 'agenda_item_id'>,
  text: string,
  existing: ExistingResolution | null,
  conflictKey = 'poll.resolution_exists',
): string {
  const at = ctx.now();
  const own = ctx
    .sql('SELECT id FROM resolution WHERE forum_id = ? AND agenda_item_id IS ? AND poll_id = ? ORDER BY created_at LIMIT 1')
    .get(row.forum_id, row.agenda_item_id, row.id) as { id: string } | undefined;
  if (own) {
    ctx.sql('UPDATE resolution SET text = ?, updated_at = ? WHERE id = ?').run(text, at, own.id);
    return own.id;
  }
  const other = ctx.sql('SELECT id, text FROM resolution WHERE forum_id = ? AND agenda_item_id IS ? ORDER BY created_at LIMIT 1').get(row.forum_id, row.agenda_item_id) as
    | { id: string; text: string }
    | undefined;
  if (other && existing === null) {
    throw new AppError('conflict', conflictKey, 'the agenda item has a resolution already: replace it, or add this one as a further resolution', {
      resolutionId: other.id,
      text: other.text,
    });
  }
  if (other && existing === 'replace') {
    // The text is no longer the note it was taken from, so the note goes back to being a note.
    ctx.sql('UPDATE resolution SET text = ?, poll_id = ?, source_note_id = NULL, updated_at = ? WHERE id = ?').run(text, row.id, at, other.id);
    return other.id;
  }
  const id = ctx.newId();
  ctx
    .sql('INSERT INTO resolution (id, forum_id, agenda_item_id, text, source_note_id, poll_id, created_at, updated_at) VALUES (?, ?, ?, ?, NULL, ?, ?, ?)')
    .run(id, row.forum_id, row.agenda_item_id, text, row.id, at, at);
  return id;
}
