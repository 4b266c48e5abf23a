/**
 * A stored note edited in place: Enter saves, Shift+Enter starts a new line, Esc cancels,
 * Alt+1…4 change the kind and Ctrl+K the speaker, as in the note box.
 */
import { Button, Group, Stack, Textarea } from '@mantine/core';
import { type KeyboardEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NOTE_TEXT_MAX, type NoteKind } from '../../../shared/contract';
import { Keys } from '../../ui/Keys';
import type { Participant } from '../../api/queries/speakers';
import { KindControl, kindForDigit } from './KindControl';
import type { Note } from '../../api/queries/notes';
import { SpeakerPicker } from './SpeakerPicker';
import { scrollIntoList } from './scroll-into-list';
import { type Speaker, speakerFrom, speakerLabel } from './speaker';

export interface NoteEdit {
  text: string;
  kind: NoteKind;
  speakerId: string | null;
}

interface Props {
  note: Note;
  roster: Participant[];
  saving: boolean;
  onSave: (edit: NoteEdit) => void;
  onCancel: () => void;
}

export function NoteEditor({ note, roster, saving, onSave, onCancel }: Props) {
  const { t } = useTranslation();
  const [text, setText] = useState(note.text);
  const [kind, setKind] = useState(note.kind);
  const [speaker, setSpeaker] = useState<Speaker | null>(() => speakerFrom(note.speaker, roster));
  const [picking, setPicking] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  // The editor is taller than the note: make sure all of it, buttons included, is in view.
  useEffect(() => scrollIntoList(root.current), []);

  const save = () => {
    if (!text.trim()) return;
    onSave({ text, kind, speakerId: speaker?.id ?? null });
  };

  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    // The list around this box has its own keys (Delete, ↑/↓ …): they must not fire while editing.
    e.stopPropagation();
    const mod = e.ctrlKey || e.metaKey;
    const digitKind = e.altKey && !mod ? kindForDigit(e.code) : undefined;
    if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
      e.preventDefault();
      save();
    } else if (e.key === 'Escape') {
      e.preventDefault();
      onCancel();
    } else if (digitKind) {
      e.preventDefault();
      setKind(digitKind);
    } else if (mod && e.code === 'KeyK') {
      e.preventDefault();
      setPicking(true);
    }
  };

  return (
    <Stack gap="xs" data-testid="note-editor" ref={root}>
      <Textarea
        autosize
        minRows={2}
        maxRows={8}
        autoFocus
        size="md"
        maxLength={NOTE_TEXT_MAX}
        aria-label={t('notes.edit.label')}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
        onFocus={(e) => e.currentTarget.setSelectionRange(e.currentTarget.value.length, e.currentTarget.value.length)}
        onKeyDown={onKeyDown}
        spellCheck={false}
      />
      <Group justify="space-between" gap="xs">
        <Group gap="xs">
          <KindControl value={kind} onChange={setKind} size="xs" />
          <SpeakerPicker
            opened={picking}
            roster={roster}
            onPick={(picked) => {
              setSpeaker(picked);
              setPicking(false);
            }}
            onCancel={() => setPicking(false)}
          >
            <Button size="compact-sm" variant="default" onClick={() => setPicking((p) => !p)} title="Ctrl+K">
              {speaker ? speakerLabel(speaker) : t('notes.speaker.none')}
            </Button>
          </SpeakerPicker>
        </Group>
        <Group gap="xs">
          <Button size="compact-sm" variant="default" onClick={onCancel} rightSection={<Keys combo="Esc" />}>
            {t('common.cancel')}
          </Button>
          <Button size="compact-sm" onClick={save} loading={saving} disabled={!text.trim()} rightSection={<Keys combo="Enter" />}>
            {t('common.save')}
          </Button>
        </Group>
      </Group>
    </Stack>
  );
}
