/**
 * The note being typed: its text, kind and speaker, saved continuously as this window's draft
 * and read back when the pane opens, so that nothing typed is lost to a crash, a killed process
 * or a power cut. `store` sends the note and clears the box; it resolves only once the note is
 * committed, and on failure puts the text back (the draft on disk still has it).
 *
 * The speaker does not carry over to the next note: a remark typed after someone's note, without
 * picking anyone, was being stored under that person's name. The box goes back to "unattributed"
 * and remembers the last speaker (`previous`), whom the speaker picker offers first.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Input, NoteDraft, NoteKind } from '../../../shared/contract';
import { useApi } from '../../api/ApiProvider';
import { DraftSync, type SyncState } from '../../ui/draft-sync';
import { readBackup, writeBackup } from './draft-backup';
import type { Note } from '../../api/queries/notes';
import type { Speaker } from './speaker';
import { windowAuthor } from './window-author';

export interface DraftValues {
  text: string;
  kind: NoteKind;
  speaker: Speaker | null;
}

const EMPTY: DraftValues = { text: '', kind: 'statement', speaker: null };
/** A draft brought back knows the speaker's name but not their badge number (the box looks it up). */
const valuesOf = (d: NoteDraft): DraftValues => ({ text: d.text, kind: d.kind, speaker: d.speaker ? { ...d.speaker, number: null } : null });
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
  // This browser's copy of the box (draft-backup.ts), read before a keystroke can write over it,
  // is shown at once: it is never older than the host's draft, which may be slow to come or away.
  const backupAtStart = useMemo(() => readBackup(forumId, author), [forumId, author]);
  const [values, setValues] = useState<DraftValues>(() => (backupAtStart ? valuesOf(backupAtStart) : EMPTY));
  const [sync, setSync] = useState<{ state: SyncState; savedAt: Date | null }>({ state: 'idle', savedAt: null });
  const [loaded, setLoaded] = useState(false);
  const [previous, setPrevious] = useState<Speaker | null>(null);
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
      writeBackup(forumId, author, save ? next : null, targetRef.current);
      // An untouched empty box has nothing to keep; a box emptied by hand clears the draft.
      if (save) syncRef.current?.update(toSave(next));
    },
    [toSave, forumId, author],
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
        (saved) => {
          if (!live) return;
          if (backupAtStart) {
            // The box has shown this browser's copy (and what was typed since) from the start;
            // the host gets it now if it missed the last of it (it was away).
            restoredRef.current(backupAtStart);
            setLoaded(true);
            draftSync.start();
            if (current.current.text !== saved?.text) draftSync.update(toSave(current.current));
            return;
          }
          const draft = saved;
          if (draft) {
            // Anything typed while the draft was on its way goes after it, not over it.
            const typed = current.current;
            const text = typed.text ? `${draft.text}${typed.text}` : draft.text;
            const untouched = typed.kind === 'statement' && typed.speaker === null;
            const restored = valuesOf(draft);
            current.current = { text, kind: untouched ? restored.kind : typed.kind, speaker: untouched ? restored.speaker : typed.speaker };
            setValues(current.current);
            writeBackup(forumId, author, current.current, draft.agendaItemId);
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
  }, [api, forumId, author, toSave, backupAtStart]);

  // Moving the note to another agenda item is part of the draft too.
  // biome-ignore lint/correctness/useExhaustiveDependencies: saves when the target changes, with the values of now
  useEffect(() => {
    if (!loaded || !current.current.text) return;
    writeBackup(forumId, author, current.current, targetNow);
    syncRef.current?.update(toSave(current.current));
  }, [targetNow, loaded]);

  /** `speakerLater`: the speaker, when they are known only after Enter (picked before the people had come). */
  const store = useCallback(async (speakerLater?: Promise<Speaker | null>): Promise<Note | null> => {
    const draftSync = syncRef.current;
    const sent = current.current;
    const text = sent.text.trim();
    if (!draftSync || !text) return null;
    // The box empties at once so the next words can be typed while the note is committed; kind
    // and speaker go back to a statement by nobody in particular.
    put({ text: '', kind: 'statement', speaker: null }, false);
    if (sent.speaker) setPrevious(sent.speaker);
    let speaker = sent.speaker;
    try {
      return await draftSync.commit(async () => {
        if (speakerLater) {
          speaker = await speakerLater;
          if (speaker) setPrevious(speaker);
        }
        return api.notes.create({
          forumId,
          text,
          kind: sent.kind,
          speakerId: speaker?.id ?? null,
          ...(target === undefined ? {} : { agendaItemId: target }),
          groupId,
          author,
        });
      });
    } catch (error) {
      // Not stored: the text comes back (before anything typed since) and is saved as the draft again.
      const since = current.current;
      put({ text: since.text ? `${sent.text}\n${since.text}` : sent.text, kind: sent.kind, speaker: since.speaker ?? speaker });
      throw error;
    }
  }, [api, forumId, author, target, groupId, put]);

  return {
    values,
    /** What is in the box this instant (state may be a render behind a fast typist). */
    current: () => current.current,
    loaded,
    /** Who the last stored note was attributed to: offered first when the next speaker is picked. */
    previous,
    syncState: sync.state,
    savedAt: sync.savedAt,
    setText: (text: string) => put({ ...current.current, text }),
    setKind: (kind: NoteKind) => put({ ...current.current, kind }, current.current.text !== ''),
    setSpeaker: (speaker: Speaker | null) => put({ ...current.current, speaker }, current.current.text !== ''),
    store,
  };
}
