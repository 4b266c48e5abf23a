/**
 * The box the note-taker types in, made for typing without the mouse: Enter stores the note,
 * Shift+Enter starts a new line, Alt+1…4 choose the kind, `@` or Ctrl+K choose the speaker,
 * Alt+S says they are speaking now, Alt+G steps through the small groups the note is for. With the box empty, ↑ goes to the notes above, Ctrl+E
 * edits the last one and Ctrl+Z undoes the last delete.
 */
import { Button, CloseButton, Group, Paper, Stack, Textarea } from '@mantine/core';
import { IconUser, IconUserOff } from '@tabler/icons-react';
import { memo, type KeyboardEvent, type RefObject, useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NOTE_TEXT_MAX, type NoteDraft } from '../../../shared/contract';
import type { Participant } from '../../api/queries/speakers';
import { type EarlyKeys, earlyChoice, holdEarlyInput, holdEarlyKey, noEarlyKeys } from './early-keys';
import { KindControl, kindForDigit } from './KindControl';
import { NoteGroupChip } from './NoteGroupChip';
import { SpeakerPicker } from './SpeakerPicker';
import { type Speaker, speakerLabel } from './speaker';
import { NotesKeyHints } from './NotesKeyHints';
import type { NotesSlots } from './slots';
import type { PendingNote } from './PendingRow';
import type { Note } from '../../api/queries/notes';
import { SaveIndicator } from './SaveIndicator';
import { useNoteDraft } from './useNoteDraft';

interface Props {
  forumId: string;
  /** Where the note goes: an agenda item id, null for none, undefined for the forum's current item. */
  target: string | null | undefined;
  targetNow: string | null;
  /** The forum's small groups, and the one the note is for (null: the whole meeting). */
  groups: readonly { id: string; name: string }[];
  groupId: string | null;
  onGroup: (groupId: string | null) => void;
  onCycleGroup: () => void;
  onRestored: (draft: NoteDraft) => void;
  /** The people a speaker is picked from; undefined while they are still on their way. */
  roster: Participant[] | undefined;
  textareaRef: RefObject<HTMLTextAreaElement | null>;
  /** Enter was pressed: the note on its way, and the answer (the stored note, or the error). */
  onStoring: (note: PendingNote, stored: Promise<Note | null>) => void;
  onLeaveUp: () => void;
  onEditLast: () => void;
  onUndo: () => void;
  NowSpeaking: NotesSlots['NowSpeaking'];
}

/**
 * The typing state lives here, not in the pane: a keystroke re-renders this box only, not the
 * list of notes and the search beside it.
 */
export const NoteComposer = memo(function NoteComposer(props: Props) {
  const { forumId, target, targetNow, groups, groupId, onGroup, onCycleGroup, onRestored, textareaRef, onStoring, onLeaveUp, onEditLast, onUndo, NowSpeaking } = props;
  const { t } = useTranslation();
  const draft = useNoteDraft({ forumId, target, targetNow, groupId, onRestored });
  const [picking, setPicking] = useState(false);
  const early = useRef<EarlyKeys | null>(null);
  const roster = props.roster ?? NO_ONE;
  const rosterReady = props.roster !== undefined;
  const awaitRoster = useRosterWait(props.roster);
  /**
   * Ctrl+K, `12`, Enter typed before the people have come (a busy laptop, the tab just opened):
   * the picker would open on an empty list and take the note's next words as its query. The pick
   * waits for the list instead, and the note goes on in the box.
   */
  const pickLater = (text: string) => {
    early.current = { text, done: 'pick' };
    setPicking(false);
    backToBox();
  };
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the people arrive, with the pick waiting then
  useEffect(() => {
    const waiting = early.current;
    if (!rosterReady || picking || waiting?.done !== 'pick') return;
    early.current = null;
    const choice = earlyChoice(waiting, roster, draft.previous);
    if (choice !== undefined) draft.setSpeaker(choice);
    else {
      // Nobody has that number or name: the picker opens showing what was typed, as it does at once otherwise.
      early.current = { text: waiting.text, done: null };
      setPicking(true);
    }
  }, [rosterReady]);
  const openPicker = () => {
    early.current = noEarlyKeys();
    setPicking(true);
  };
  const takeEarly = () => {
    const keys = early.current;
    early.current = null;
    return keys;
  };
  // Text that comes without a keydown (an input method's letters) is held for the picker too.
  useEffect(() => {
    const box = textareaRef.current;
    if (!box) return;
    const hold = (e: InputEvent) => {
      if (early.current && holdEarlyInput(early.current, e)) e.preventDefault();
    };
    box.addEventListener('beforeinput', hold);
    return () => box.removeEventListener('beforeinput', hold);
  }, [textareaRef]);
  const speakingRef = useRef<HTMLDivElement>(null);
  const { values } = draft;
  // A draft brought back from disk knows the speaker's name but not their badge number.
  const speaker = values.speaker && values.speaker.number === null ? { ...values.speaker, number: roster.find((p) => p.id === values.speaker?.id)?.number ?? null } : values.speaker;
  // At once, in the same key event: a fast typist goes on typing right after Enter in the picker,
  // and waiting for the next frame would send those first letters nowhere.
  const backToBox = () => textareaRef.current?.focus();

  const onSubmit = () => {
    // Enter on the note while a speaker chosen by keys typed ahead still waits for the picker to
    // draw (a slow laptop): the choice is the note's, so it is settled first.
    const pending = early.current;
    if (pending?.done === 'pick' && !rosterReady) {
      // The note's speaker was typed ahead and the people have not come: the note is sent at
      // once (the box is free for the next one) and names its speaker when they have.
      early.current = null;
      setPicking(false);
      const later = awaitRoster().then((people) => earlyChoice(pending, people, draft.previous) ?? null);
      return send(later);
    }
    const choice = pending ? earlyChoice(pending, roster, draft.previous) : undefined;
    if (choice !== undefined) {
      early.current = null;
      setPicking(false);
      draft.setSpeaker(choice);
    }
    send();
  };
  const send = (speakerLater?: Promise<Speaker | null>) => {
    const sent = draft.current();
    if (!sent.text.trim()) return;
    onStoring({ key: crypto.randomUUID(), text: sent.text.trim(), speakerName: sent.speaker?.name ?? null }, draft.store(speakerLater));
  };

  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    const mod = e.ctrlKey || e.metaKey;
    const empty = e.currentTarget.value === '';
    if (early.current && holdEarlyKey(early.current, e)) {
      if (early.current.done === 'pick' && !rosterReady) pickLater(early.current.text);
      return;
    }
    if (e.key === 'Enter' && !e.shiftKey && !mod && !e.altKey && !e.nativeEvent.isComposing) {
      e.preventDefault();
      onSubmit();
      return;
    }
    const kind = e.altKey && !mod ? kindForDigit(e.code) : undefined;
    if (kind) {
      // Also keeps the forum's Alt+digit tab switching from firing while the note is typed.
      e.preventDefault();
      e.stopPropagation();
      draft.setKind(kind);
    } else if (e.altKey && !mod && e.code === 'KeyG') {
      e.preventDefault();
      onCycleGroup();
    } else if (e.altKey && !mod && e.code === 'KeyS') {
      e.preventDefault();
      speakingRef.current?.querySelector('button')?.click();
    } else if ((mod && e.code === 'KeyK') || (e.key === '@' && startsWord(e.currentTarget))) {
      e.preventDefault();
      openPicker();
    } else if (empty && e.key === 'ArrowUp' && !mod && !e.altKey && !e.shiftKey) {
      e.preventDefault();
      onLeaveUp();
    } else if (empty && mod && e.code === 'KeyE') {
      e.preventDefault();
      onEditLast();
    } else if (empty && mod && e.code === 'KeyZ' && !e.shiftKey) {
      // With text in the box Ctrl+Z undoes typing, as everywhere; empty, it undoes the last delete.
      e.preventDefault();
      onUndo();
    }
  };

  return (
    <>
      <Paper withBorder radius="md" p="xs" data-testid="note-composer">
        <Stack gap={6}>
          {/* Wraps rather than clips: at 1366 px a long name beside the kinds and the group no longer fits one row. */}
          <Group justify="space-between" gap="xs" data-testid="note-toolbar">
            <KindControl
              value={values.kind}
              onChange={(kind) => {
                draft.setKind(kind);
                backToBox();
              }}
            />
            <Group gap={6} justify="flex-end" style={{ flexGrow: 1, minWidth: 0 }}>
              {groups.length > 0 ? (
                <NoteGroupChip
                  groups={groups}
                  groupId={groupId}
                  onChoose={(id) => {
                    onGroup(id);
                    backToBox();
                  }}
                />
              ) : null}
              <SpeakerPicker
                opened={picking}
                roster={roster}
                ready={rosterReady}
                previous={draft.previous}
                takeEarly={takeEarly}
                onPickLater={pickLater}
                onPick={(picked) => {
                  early.current = null;
                  setPicking(false);
                  draft.setSpeaker(picked);
                  backToBox();
                }}
                onCancel={() => {
                  early.current = null;
                  setPicking(false);
                  backToBox();
                }}
              >
                <Button
                  variant={speaker ? 'light' : 'default'}
                  size="sm"
                  leftSection={speaker ? <IconUser size={16} /> : <IconUserOff size={16} />}
                  onClick={() => setPicking((p) => !p)}
                  data-testid="note-speaker"
                  title={`${t('notes.speaker.label')} (@ / Ctrl+K)`}
                  styles={{ root: { maxWidth: '100%' }, label: { overflow: 'hidden', textOverflow: 'ellipsis' } }}
                >
                  {speaker ? speakerLabel(speaker) : t('notes.speaker.none')}
                </Button>
              </SpeakerPicker>
              {speaker ? (
                <CloseButton
                  size="sm"
                  aria-label={t('notes.speaker.clear')}
                  onClick={() => {
                    draft.setSpeaker(null);
                    backToBox();
                  }}
                />
              ) : null}
              <div ref={speakingRef} title="Alt+S" style={{ flexShrink: 0 }}>
                <NowSpeaking forumId={forumId} personId={speaker?.id ?? null} />
              </div>
            </Group>
          </Group>
          <Textarea
            ref={textareaRef}
            size="lg"
            autosize
            minRows={2}
            maxRows={6}
            autoFocus
            data-autofocus
            maxLength={NOTE_TEXT_MAX}
            aria-label={t('notes.composer.label')}
            placeholder={draft.loaded ? t('notes.composer.placeholder') : t('notes.composer.loading')}
            value={values.text}
            onChange={(e) => draft.setText(e.currentTarget.value)}
            onKeyDown={onKeyDown}
            spellCheck={false}
            data-testid="note-input"
          />
        </Stack>
      </Paper>
      <NotesKeyHints>
        <SaveIndicator state={draft.syncState} savedAt={draft.savedAt} empty={values.text === ''} />
      </NotesKeyHints>
    </>
  );
});

const NO_ONE: Participant[] = [];

/** A promise of the people, kept once they have come (at once if they have). */
function useRosterWait(roster: Participant[] | undefined): () => Promise<Participant[]> {
  const waiting = useRef<((people: Participant[]) => void)[]>([]);
  const latest = useRef(roster);
  latest.current = roster;
  useEffect(() => {
    if (roster) for (const resolve of waiting.current.splice(0)) resolve(roster);
  }, [roster]);
  return useCallback(() => {
    const now = latest.current;
    return now ? Promise.resolve(now) : new Promise((resolve) => waiting.current.push(resolve));
  }, []);
}

/** `@` opens the speaker list only where a word starts, so an e-mail address can still be typed. */
function startsWord(box: HTMLTextAreaElement): boolean {
  const before = box.value.slice(0, box.selectionStart ?? 0);
  return before === '' || /\s$/.test(before);
}
