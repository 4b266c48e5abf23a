/**
 * Adding to the queue without the mouse: type a badge number or part of a name, ↑/↓ to choose,
 * Enter adds and clears the box for the next hand. Esc clears, then leaves the box so the
 * one-key controls (N, P, S) work.
 */
import { Badge, Group, Paper, Stack, Text, TextInput } from '@mantine/core';
import { IconUserPlus } from '@tabler/icons-react';
import { type KeyboardEvent, type RefObject, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatClock } from './speech-time';
import type { Participant } from './queries';
import { matchRoster } from './roster-match';

const LIMIT = 6;

interface Props {
  roster: Participant[];
  queuedIds: ReadonlySet<string>;
  speakingId: string | null;
  onAdd: (person: Participant) => Promise<unknown>;
  inputRef: RefObject<HTMLInputElement | null>;
}

export const optionId = (personId: string) => `speaker-option-${personId}`;

export function QueueAdder({ roster, queuedIds, speakingId, onAdd, inputRef }: Props) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [highlighted, setHighlighted] = useState(0);
  const matches = matchRoster(roster, query, LIMIT);
  const active = Math.min(highlighted, matches.length - 1);

  const add = async (person: Participant | undefined) => {
    if (!person) return;
    try {
      await onAdd(person);
      setQuery('');
      setHighlighted(0);
    } catch {
      // The error is already shown; the text stays so the facilitator can fix it.
    }
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (matches.length === 0) return;
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setHighlighted((h) => (Math.min(h, matches.length - 1) + step + matches.length) % matches.length);
    } else if (e.key === 'Enter' && !e.nativeEvent.isComposing) {
      e.preventDefault();
      void add(matches[active]);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      if (query) setQuery('');
      else e.currentTarget.blur();
    }
  };

  return (
    <Stack gap="xs">
      <TextInput
        ref={inputRef}
        // Hands go up as soon as the tab is open: the box is ready for the first name.
        autoFocus
        size="lg"
        label={t('speakers.add.label')}
        placeholder={t('speakers.add.placeholder')}
        leftSection={<IconUserPlus size={22} />}
        value={query}
        onChange={(e) => {
          setQuery(e.currentTarget.value);
          setHighlighted(0);
        }}
        onKeyDown={onKeyDown}
        role="combobox"
        aria-expanded={matches.length > 0}
        aria-controls="speaker-options"
        aria-autocomplete="list"
        aria-activedescendant={matches[active] ? optionId(matches[active].id) : undefined}
        autoComplete="off"
        spellCheck={false}
        data-testid="speaker-add"
      />
      {matches.length > 0 ? (
        <Stack gap={4} role="listbox" id="speaker-options" aria-label={t('speakers.add.results')}>
          {matches.map((p, i) => (
            <Option key={p.id} person={p} active={i === active} queued={queuedIds.has(p.id)} speaking={p.id === speakingId} onPick={() => void add(p)} onHover={() => setHighlighted(i)} />
          ))}
        </Stack>
      ) : query.trim() ? (
        <Text c="dimmed">{t('speakers.add.noMatch', { query: query.trim() })}</Text>
      ) : null}
    </Stack>
  );
}

function Option({ person, active, queued, speaking, onPick, onHover }: { person: Participant; active: boolean; queued: boolean; speaking: boolean; onPick: () => void; onHover: () => void }) {
  const { t } = useTranslation();
  return (
    <Paper
      component="button"
      type="button"
      id={optionId(person.id)}
      role="option"
      aria-selected={active}
      tabIndex={-1}
      withBorder
      radius="md"
      px="md"
      py={6}
      onMouseEnter={onHover}
      onClick={onPick}
      style={{
        display: 'block',
        width: '100%',
        textAlign: 'left',
        cursor: 'pointer',
        borderColor: active ? 'var(--mantine-color-wethi-7)' : undefined,
        borderWidth: active ? 2 : 1,
        background: active ? 'var(--mantine-color-wethi-0)' : undefined,
        opacity: person.checkedIn ? 1 : 0.75,
      }}
    >
      <Group justify="space-between" wrap="nowrap">
        <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
          <Badge size="lg" variant="outline" style={{ flexShrink: 0 }}>
            #{person.number}
          </Badge>
          <Text fz="lg" fw={600} truncate>
            {person.name}
          </Text>
        </Group>
        <Group gap="xs" wrap="nowrap" style={{ flexShrink: 0 }}>
          {person.speeches > 0 ? (
            <Text c="dimmed" fz="sm">
              {t('speakers.spokenSoFar', { count: person.speeches, time: formatClock(person.speakingMs) })}
            </Text>
          ) : null}
          {speaking ? <Badge color="wethi">{t('speakers.add.speaking')}</Badge> : null}
          {queued ? <Badge color="blue" variant="light">{t('speakers.add.queued')}</Badge> : null}
          {!person.checkedIn ? <Badge color="gray" variant="light">{t('speakers.add.notArrived')}</Badge> : null}
        </Group>
      </Group>
    </Paper>
  );
}
