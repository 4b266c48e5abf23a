/**
 * The note being typed: its text, kind and speaker, saved continuously as this window's draft
 * and read back when the pane opens, so that nothing typed is lost to a crash, a killed process
 * or a power cut. `store` sends the note and clears the box; it resolves only once the note is
 * committed, and on failure puts the text back (the draft on disk still has it).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Input, NoteDraft, NoteKind } from '../../../shared/contract';
import { useApi } from '../../api/ApiProvider';
import { DraftSync, type SyncState } from '../../ui/draft-sync';
import type { Note } from '../../api/queries/notes';
import type { Speaker } from './speaker';
import { windowAuthor } from './window-author';

export interface DraftValues {
  text: string;
  kind: NoteKind;
  speaker: Speaker | null;
}

const EMPTY: DraftValues = { text: '', kind: 'statement', speaker: null };
const RETRY_READ_MS = 2000;

interface Options {
  forumId: string;
  /** Where the note goes: an agenda item id, null for none, undefined for the forum's current item. */
  target: string | null | undefined;
  /** The item the note would go to now (for the draft, which records it). */
  targetNow: string | null;
  /** The small group the note is for (null: the whole meeting). */
  groupId: string | null;
  /** The draft came back: the pane may take its agenda item. */
  onRestored: (draft: NoteDraft) => void;
}

export function useNoteDraft({ forumId, target, targetNow, groupId, onRestored }: Options) {
  const api = useApi();
  const author = windowAuthor();
  const [values, setValues] = useState<DraftValues>(EMPTY);
  const [sync, setSync] = useState<{ state: SyncState; savedAt: Date | null }>({ state: 'idle', savedAt: null });
  const [loaded, setLoaded] = useState(false);
  const current = useRef(values);
  const syncRef = useRef<DraftSync<Input<'notes.saveDraft'>> | null>(null);
  const targetRef = useRef(targetNow);
  targetRef.current = targetNow;
  const restoredRef = useRef(onRestored);
  restoredRef.current = onRestored;

  const toSave = useCallback(
    (v: DraftValues): Input<'notes.saveDraft'> => ({
      forumId,
      author,
      text: v.text,
      kind: v.kind,
      agendaItemId: targetRef.current,
      speakerId: v.speaker?.id ?? null,
    }),
    [forumId, author],
  );

  const put = useCallback(
    (next: DraftValues, save = true) => {
      current.current = next;
      setValues(next);
      // An untouched empty box has nothing to keep; a box emptied by hand clears the draft.
      if (save) syncRef.current?.update(toSave(next));
    },
    [toSave],
  );

  useEffect(() => {
    const draftSync = new DraftSync<Input<'notes.saveDraft'>>({
      save: (v) => api.notes.saveDraft(v),
      onState: (state, savedAt) => setSync({ state, savedAt }),
    });
    syncRef.current = draftSync;
    let live = true;
    let retry: ReturnType<typeof setTimeout> | undefined;
    const read = () => {
      api.notes.getDraft({ forumId, author }).then(
        (draft) => {
          if (!live) return;
          if (draft) {
            // Anything typed while the draft was on its way goes after it, not over it.
            const typed = current.current;
            const text = typed.text ? `${draft.text}${typed.text}` : draft.text;
            const untouched = typed.kind === 'statement' && typed.speaker === null;
            current.current = {
              text,
              kind: untouched ? draft.kind : typed.kind,
              speaker: untouched ? (draft.speaker ? { ...draft.speaker, number: null } : null) : typed.speaker,
            };
            setValues(current.current);
            restoredRef.current(draft);
          }
          setLoaded(true);
          draftSync.start();
        },
        // Until the saved draft has been read, saving would overwrite it: try again shortly.
        () => {
          if (live) retry = setTimeout(read, RETRY_READ_MS);
        },
      );
    };
    read();
    const flush = () => draftSync.flush();
    window.addEventListener('pagehide', flush);
    return () => {
      live = false;
      clearTimeout(retry);
      window.removeEventListener('pagehide', flush);
      // Leaving the tab: what is waiting goes out now, then the saver stops.
      draftSync.flush();
      draftSync.dispose();
      syncRef.current = null;
    };
  }, [api, forumId, author]);

  // Moving the note to another agenda item is part of the draft too.
  // biome-ignore lint/correctness/useExhaustiveDependencies: saves when the target changes, with the values of now
  useEffect(() => {
    if (loaded && current.current.text) syncRef.current?.update(toSave(current.current));
  }, [targetNow, loaded]);

  const store = useCallback(async (): Promise<Note | null> => {
    const draftSync = syncRef.current;
    const sent = current.current;
    const text = sent.text.trim();
    if (!draftSync || !text) return null;
    // The box empties at once so the next words can be typed while the note is committed; the
    // speaker stays (people usually say more than one thing), the kind goes back to a statement.
    put({ text: '', kind: 'statement', speaker: sent.speaker }, false);
    try {
      return await draftSync.commit(() =>
        api.notes.create({
          forumId,
          text,
          kind: sent.kind,
          speakerId: sent.speaker?.id ?? null,
          ...(target === undefined ? {} : { agendaItemId: target }),
          groupId,
          author,
        }),
      );
    } catch (error) {
      // Not stored: the text comes back (before anything typed since) and is saved as the draft again.
      const since = current.current;
      put({ text: since.text ? `${sent.text}\n${since.text}` : sent.text, kind: sent.kind, speaker: since.speaker ?? sent.speaker });
      throw error;
    }
  }, [api, forumId, author, target, groupId, put]);

  return {
    values,
    /** What is in the box this instant (state may be a render behind a fast typist). */
    current: () => current.current,
    loaded,
    syncState: sync.state,
    savedAt: sync.savedAt,
    setText: (text: string) => put({ ...current.current, text }),
    setKind: (kind: NoteKind) => put({ ...current.current, kind }, current.current.text !== ''),
    setSpeaker: (speaker: Speaker | null) => put({ ...current.current, speaker }, current.current.text !== ''),
    store,
  };
}
