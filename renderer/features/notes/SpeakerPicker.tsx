/**
 * Choosing who is speaking without leaving the keyboard: `@` or Ctrl+K in the note box opens
 * this, a badge number (`12` or `#12`) or part of a name finds them, ↑/↓ moves, Enter picks,
 * Esc leaves the note unattributed. Focus goes back to the note box either way. Before anything
 * is typed, the speaker of the last note is offered, so the same person again is Ctrl+K, Enter.
 */
import { Badge, Group, Popover, Stack, Text, TextInput } from '@mantine/core';
import { IconUserSearch } from '@tabler/icons-react';
import { type KeyboardEvent, type ReactNode, useCallback, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Keys } from '../../ui/Keys';
import type { Participant } from '../../api/queries/speakers';
import { RosterOptions } from '../../ui/RosterOptions';
import { useRosterSearch } from '../../ui/useRosterSearch';
import { type EarlyKeys, earlyChoice } from './early-keys';
import type { Speaker } from './speaker';

const LIMIT = 7;
const LIST_ID = 'note-speaker-options';

interface Props {
  opened: boolean;
  roster: Participant[];
  /** False while the list of people is still on its way: nothing can be matched yet (then onPickLater is needed). */
  ready?: boolean;
  /** The speaker of the last stored note, offered while nothing is typed. */
  previous?: Speaker | null;
  /** Keys typed in the note box before this picker had the focus (early-keys.ts). */
  takeEarly?: () => EarlyKeys | null;
  /** A person, or null for "unattributed". */
  onPick: (speaker: Speaker | null) => void;
  /** Enter before the people have come: what was typed is matched once they have (NoteComposer). */
  onPickLater?: (query: string) => void;
  /** Closed without choosing (a click elsewhere): the speaker stays as it was. */
  onCancel: () => void;
  children: ReactNode;
}

export const speakerOptionId = (personId: string) => `note-speaker-option-${personId}`;

const asSpeaker = (p: Participant): Speaker => ({ id: p.id, name: p.name, number: p.number });

export function SpeakerPicker({ opened, roster, ready = true, previous, takeEarly, onPick, onPickLater, onCancel, children }: Props) {
  const { t } = useTranslation();
  const search = useRosterSearch(roster, LIMIT, { list: LIST_ID, option: speakerOptionId });
  const { query, matches } = search;
  const again = query.trim() === '' ? roster.find((p) => p.id === previous?.id) : undefined;
  const finish = (speaker: Speaker | null | undefined) => {
    search.setQuery('');
    if (speaker === undefined) onCancel();
    else onPick(speaker);
  };

  // Focused as it mounts, without scrolling: autoFocus would scroll the window to where the
  // dropdown is first placed (the top of the page) before it is moved next to the button.
  // Keys typed before that are played back first.
  const onMount = useRef<(input: HTMLInputElement) => void>(() => undefined);
  onMount.current = (input) => {
    // Closed again before it could draw (the note box settled a pick typed ahead): no focus to take.
    if (!opened) return;
    const early = takeEarly?.();
    if (early?.done === 'pick' && !ready && onPickLater) return onPickLater(early.text);
    const choice = early ? earlyChoice(early, roster, previous) : undefined;
    if (choice !== undefined) return finish(choice);
    if (early?.text) search.setQuery(early.text);
    input.focus({ preventScroll: true });
  };
  const focusOnMount = useCallback((input: HTMLInputElement | null) => {
    if (input) onMount.current(input);
  }, []);

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    // The dropdown sits in a portal, but React still bubbles its keys to the note box's parents.
    e.stopPropagation();
    if (search.moveKey(e)) return;
    if (e.key === 'Enter' && !e.nativeEvent.isComposing) {
      e.preventDefault();
      if (!ready && onPickLater) {
        // The note-taker goes on typing the note; the number typed here picks the speaker later.
        search.setQuery('');
        onPickLater(query);
        return;
      }
      const person = search.activePerson ?? again;
      if (person) finish(asSpeaker(person));
      else if (!query.trim()) finish(undefined);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      finish(null);
    } else if (e.key === 'Tab') {
      e.preventDefault();
      finish(undefined);
    }
  };

  return (
    <Popover opened={opened} onChange={(o) => !o && finish(undefined)} position="top-start" width={440} shadow="md" closeOnEscape={false} withinPortal>
      <Popover.Target>{children}</Popover.Target>
      <Popover.Dropdown p="sm" data-testid="speaker-picker">
        <Stack gap="xs">
          <TextInput
            ref={focusOnMount}
            size="md"
            leftSection={<IconUserSearch size={20} />}
            placeholder={t('notes.speaker.searchPlaceholder')}
            aria-label={t('notes.speaker.searchLabel')}
            {...search.inputProps}
            aria-activedescendant={again ? speakerOptionId(again.id) : search.inputProps['aria-activedescendant']}
            onKeyDown={onKeyDown}
          />
          {again ? (
            <Stack gap={4}>
              <Text size="sm" c="dimmed">
                {t('notes.speaker.previous')}
              </Text>
              <RosterOptions id={LIST_ID} label={t('notes.speaker.previous')} matches={[again]} active={0} optionId={speakerOptionId} onPick={(p) => finish(asSpeaker(p))} onHover={() => undefined} />
            </Stack>
          ) : matches.length > 0 ? (
            <RosterOptions
              id={LIST_ID}
              label={t('notes.speaker.results')}
              matches={matches}
              active={search.active}
              optionId={speakerOptionId}
              onPick={(p) => finish(asSpeaker(p))}
              onHover={search.highlight}
              extra={(p) =>
                p.checkedIn ? null : (
                  <Badge color="gray" variant="light">
                    {t('notes.speaker.notArrived')}
                  </Badge>
                )
              }
            />
          ) : !ready ? (
            <Text c="dimmed" size="sm" data-testid="speaker-picker-loading">
              {t('notes.speaker.loading')}
            </Text>
          ) : (
            <Text c="dimmed" size="sm">
              {query.trim() ? t('notes.speaker.noMatch', { query: query.trim() }) : t('notes.speaker.typeHint')}
            </Text>
          )}
          <Group gap="md" c="dimmed">
            <Group gap={4}>
              <Keys combo="Enter" />
              <Text size="xs">{t('notes.speaker.hintPick')}</Text>
            </Group>
            <Group gap={4}>
              <Keys combo="Esc" />
              <Text size="xs">{t('notes.speaker.hintNone')}</Text>
            </Group>
          </Group>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
