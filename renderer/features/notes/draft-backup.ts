/**
 * A copy of the note box in this browser's own storage, written with every keystroke. The host
 * keeps the draft a second behind the typing, but not while it is away (browser mode, the host
 * restarted): a reload then would lose what was typed in the meantime. For this window's author
 * (one window per author, window-author.ts) the copy is never older than the host's draft, so
 * when there is one it wins, and it is sent to the host as soon as the host answers.
 */
import { NoteDraft } from '../../../shared/contract';

const keyOf = (forumId: string, author: string) => `wethi.noteBox.${forumId}.${author}`;

export function readBackup(forumId: string, author: string): NoteDraft | null {
  try {
    const parsed = NoteDraft.safeParse(JSON.parse(localStorage.getItem(keyOf(forumId, author)) ?? 'null'));
    return parsed.success && parsed.data.text !== '' ? parsed.data : null;
  } catch {
    return null;
  }
}

type Box = Pick<NoteDraft, 'text' | 'kind'> & { speaker: { id: string; name: string } | null };

/** The box as it is now; an empty box (stored, or cleared by hand) leaves no copy. */
export function writeBackup(forumId: string, author: string, box: Box | null, agendaItemId: string | null): void {
  try {
    if (!box || box.text === '') localStorage.removeItem(keyOf(forumId, author));
    else {
      const speaker = box.speaker ? { id: box.speaker.id, name: box.speaker.name } : null;
      const copy: NoteDraft = { forumId, author, text: box.text, kind: box.kind, agendaItemId, speaker, updatedAt: new Date().toISOString() };
      localStorage.setItem(keyOf(forumId, author), JSON.stringify(copy));
    }
  } catch {
    // Storage full or refused: the host's draft still has all but the last second.
  }
}
