/**
 * The speakers tab, made for the keyboard: who has the floor and their clock on top, the queue
 * below (type a name or badge number, Enter adds), the record of speeches beside it.
 * One key each for next (N), pause/resume (P) and stop (S) whenever no text box has the focus.
 */
import { Grid, Paper, Stack, Title } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { useLateFocus } from '../../ui/useLateFocus';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../../shared/contract';
import { useAgenda } from '../../api/queries/agenda';
import { CurrentSpeaker } from './CurrentSpeaker';
import { useQueue, useRoster, useSpeeches } from '../../api/queries/speakers';
import { QueueAdder } from './QueueAdder';
import { QueueList } from './QueueList';
import { SpeakerKeyHints } from './SpeakerKeyHints';
import { SpeechHistory } from './SpeechHistory';
import { useSpeakerActions } from './useSpeakerActions';
import { useSpeakingNow } from './useSpeakingNow';
import { bindHotkeys } from '../../ui/key-hint';
import { SPEAKER_HOTKEYS } from './speaker-keys';

/** A shortcut fires once per press (a held key must not skip three speakers), never over a dialog. */
const guarded = (fn: () => void) => (event: KeyboardEvent) => {
  if (event.repeat) return;
  if (document.activeElement?.closest('[role="dialog"]')) return;
  fn();
};

export function SpeakersPanel({ forum }: { forum: Output<'forums.get'> }) {
  const { t } = useTranslation();
  const forumId = forum.id;
  const roster = useRoster(forumId);
  const queue = useQueue(forumId);
  const speeches = useSpeeches(forumId);
  const agenda = useAgenda(forumId);
  const live = useSpeakingNow(forumId);
  const actions = useSpeakerActions(forumId);
  const adder = useLateFocus<HTMLInputElement>();

  const entries = queue.data ?? [];
  const people = roster.data ?? [];
  const rosterById = new Map(people.map((p) => [p.id, p]));
  const clockBusy = actions.next.isPending || actions.pause.isPending || actions.resume.isPending || actions.stop.isPending;

  // Asked of the core even when this window's queue looks empty: another window may have just
  // added someone, and an empty queue with nobody speaking is a harmless no-op there.
  const next = () => {
    if (clockBusy) return;
    actions.next.mutate();
  };
  const pauseOrResume = () => {
    if (clockBusy || !live.speech) return;
    if (live.paused) actions.resume.mutate();
    else actions.pause.mutate();
  };
  const stop = () => {
    if (clockBusy || !live.speech) return;
    actions.stop.mutate();
  };
  const focusAdder = adder.focus;

  useHotkeys(
    [
      ...bindHotkeys(SPEAKER_HOTKEYS.next, guarded(next)),
      ...bindHotkeys(SPEAKER_HOTKEYS.pause, guarded(pauseOrResume)),
      ...bindHotkeys(SPEAKER_HOTKEYS.stop, guarded(stop)),
      ...bindHotkeys(SPEAKER_HOTKEYS.add, guarded(focusAdder)),
    ],
    [],
  );

  const agendaChoices = (agenda.data?.items ?? []).map((i) => ({ id: i.id, label: `${i.number} ${i.title}` }));
  return (
    <Stack gap="md">
      <CurrentSpeaker
        live={live}
        next={entries[0]}
        onNext={next}
        onPauseResume={pauseOrResume}
        onStop={stop}
        onTimeLimit={(seconds) => actions.setTimeLimit.mutate(seconds)}
      />
      <SpeakerKeyHints />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 6 }}>
          <Paper withBorder radius="md" p="md">
            <Stack gap="sm">
              <Title order={3}>{t('speakers.queue.title')}</Title>
              <QueueAdder
                inputRef={adder.ref}
                roster={people}
                queuedIds={new Set(entries.map((e) => e.person.id))}
                speakingId={live.speech?.person?.id ?? null}
                onAdd={(person) => actions.enqueue.mutateAsync(person.id)}
              />
              <QueueList
                queue={entries}
                roster={rosterById}
                onReorder={(ids) => actions.reorder.mutate(ids)}
                onRemove={(entry) => actions.dequeue.mutate({ entry, orderBefore: entries.map((e) => e.id) })}
                onStart={(entry) => actions.start.mutate(entry.person.id)}
              />
            </Stack>
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <SpeechHistory
            speeches={speeches.data ?? []}
            roster={people}
            agenda={agendaChoices}
            onUpdate={(id, patch) => actions.updateSpeech.mutateAsync({ id, patch })}
            onDelete={(id) => actions.deleteSpeech.mutateAsync(id)}
          />
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
