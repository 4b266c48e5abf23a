/**
 * Choosing who is speaking without leaving the keyboard: `@` or Ctrl+K in the note box opens
 * this, a badge number (`12` or `#12`) or part of a name finds them, ↑/↓ moves, Enter picks,
 * Esc leaves the note unattributed. Focus goes back to the note box either way.
 */
import { Badge, Group, Paper, Popover, Stack, Text, TextInput } from '@mantine/core';
import { IconUserSearch } from '@tabler/icons-react';
import { type KeyboardEvent, type ReactNode, useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Keys } from '../../ui/Keys';
import type { Participant } from '../speakers/queries';
import { matchRoster } from '../speakers/roster-match';
import type { Speaker } from './speaker';

const LIMIT = 7;

interface Props {
  opened: boolean;
  roster: Participant[];
  /** A person, or null for "unattributed". */
  onPick: (speaker: Speaker | null) => void;
  /** Closed without choosing (a click elsewhere): the speaker stays as it was. */
  onCancel: () => void;
  children: ReactNode;
}

export const speakerOptionId = (personId: string) => `note-speaker-option-${personId}`;

export function SpeakerPicker({ opened, roster, onPick, onCancel, children }: Props) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [highlighted, setHighlighted] = useState(0);
  const matches = matchRoster(roster, query, LIMIT);
  // Focused as it mounts, without scrolling: autoFocus would scroll the window to where the
  // dropdown is first placed (the top of the page) before it is moved next to the button.
  const focusOnMount = useCallback((input: HTMLInputElement | null) => input?.focus({ preventScroll: true }), []);
  const active = Math.min(highlighted, matches.length - 1);

  const finish = (speaker: Speaker | null | undefined) => {
    setQuery('');
    setHighlighted(0);
    if (speaker === undefined) onCancel();
    else onPick(speaker);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    // The dropdown sits in a portal, but React still bubbles its keys to the note box's parents.
    e.stopPropagation();
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (matches.length === 0) return;
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setHighlighted((h) => (Math.min(h, matches.length - 1) + step + matches.length) % matches.length);
    } else if (e.key === 'Enter' && !e.nativeEvent.isComposing) {
      e.preventDefault();
      const person = matches[active];
      if (person) finish({ id: person.id, name: person.name, number: person.number });
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
            value={query}
            onChange={(e) => {
              setQuery(e.currentTarget.value);
              setHighlighted(0);
            }}
            onKeyDown={onKeyDown}
            role="combobox"
            aria-expanded={matches.length > 0}
            aria-controls="note-speaker-options"
            aria-autocomplete="list"
            aria-activedescendant={matches[active] ? speakerOptionId(matches[active].id) : undefined}
            autoComplete="off"
            spellCheck={false}
          />
          {matches.length > 0 ? (
            <Stack gap={4} role="listbox" id="note-speaker-options" aria-label={t('notes.speaker.results')}>
              {matches.map((p, i) => (
                <Paper
                  key={p.id}
                  component="button"
                  type="button"
                  id={speakerOptionId(p.id)}
                  role="option"
                  aria-selected={i === active}
                  tabIndex={-1}
                  withBorder
                  px="sm"
                  py={4}
                  onMouseEnter={() => setHighlighted(i)}
                  onClick={() => finish({ id: p.id, name: p.name, number: p.number })}
                  style={{
                    display: 'block',
                    width: '100%',
                    textAlign: 'left',
                    cursor: 'pointer',
                    borderColor: i === active ? 'var(--mantine-color-wethi-7)' : undefined,
                    borderWidth: i === active ? 2 : 1,
                    background: i === active ? 'var(--mantine-color-wethi-0)' : undefined,
                    opacity: p.checkedIn ? 1 : 0.75,
                  }}
                >
                  <Group gap="sm" wrap="nowrap">
                    <Badge variant="outline" size="lg" style={{ flexShrink: 0 }}>
                      #{p.number}
                    </Badge>
                    <Text fw={600} truncate>
                      {p.name}
                    </Text>
                    {!p.checkedIn ? (
                      <Badge color="gray" variant="light" style={{ flexShrink: 0 }}>
                        {t('notes.speaker.notArrived')}
                      </Badge>
                    ) : null}
                  </Group>
                </Paper>
              ))}
            </Stack>
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
