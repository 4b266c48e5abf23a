/**
 * Adding to the queue without the mouse: type a badge number or part of a name, ↑/↓ to choose,
 * Enter adds and clears the box for the next hand. Esc clears, then leaves the box so the
 * one-key controls (N, P, S) work.
 */
import { Badge, Stack, Text, TextInput } from '@mantine/core';
import { IconUserPlus } from '@tabler/icons-react';
import type { KeyboardEvent, Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { Participant } from '../../api/queries/speakers';
import { RosterOptions } from '../../ui/RosterOptions';
import { formatClock } from '../../ui/speech-time';
import { useRosterSearch } from '../../ui/useRosterSearch';

const LIMIT = 6;
const LIST_ID = 'speaker-options';

interface Props {
  roster: Participant[];
  queuedIds: ReadonlySet<string>;
  speakingId: string | null;
  onAdd: (person: Participant) => Promise<unknown>;
  inputRef: Ref<HTMLInputElement>;
}

export const optionId = (personId: string) => `speaker-option-${personId}`;

export function QueueAdder({ roster, queuedIds, speakingId, onAdd, inputRef }: Props) {
  const { t } = useTranslation();
  const search = useRosterSearch(roster, LIMIT, { list: LIST_ID, option: optionId });
  const { query, matches } = search;

  const add = async (person: Participant | undefined) => {
    if (!person) return;
    try {
      await onAdd(person);
      search.setQuery('');
    } catch {
      // The error is already shown; the text stays so the facilitator can fix it.
    }
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (search.moveKey(e)) return;
    if (e.key === 'Enter' && !e.nativeEvent.isComposing) {
      e.preventDefault();
      void add(search.activePerson);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      if (query) search.setQuery('');
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
        {...search.inputProps}
        onKeyDown={onKeyDown}
        data-testid="speaker-add"
      />
      {matches.length > 0 ? (
        <RosterOptions
          id={LIST_ID}
          label={t('speakers.add.results')}
          matches={matches}
          active={search.active}
          optionId={optionId}
          onPick={(p) => void add(p)}
          onHover={search.highlight}
          large
          extra={(person) => (
            <>
              {person.speeches > 0 ? (
                <Text c="dimmed" fz="sm">
                  {t('speakers.spokenSoFar', { count: person.speeches, time: formatClock(person.speakingMs) })}
                </Text>
              ) : null}
              {person.id === speakingId ? <Badge color="wethi">{t('speakers.add.speaking')}</Badge> : null}
              {queuedIds.has(person.id) ? (
                <Badge color="blue" variant="light">
                  {t('speakers.add.queued')}
                </Badge>
              ) : null}
              {!person.checkedIn ? (
                <Badge color="gray" variant="light">
                  {t('speakers.add.notArrived')}
                </Badge>
              ) : null}
            </>
          )}
        />
      ) : query.trim() ? (
        <Text c="dimmed">{t('speakers.add.noMatch', { query: query.trim() })}</Text>
      ) : null}
    </Stack>
  );
}
