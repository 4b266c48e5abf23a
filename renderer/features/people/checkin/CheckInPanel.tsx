/**
 * The registration table. One search box that never loses the focus: type part of a name or a
 * phone number, Enter checks in the highlighted match; nothing found, Enter adds the person.
 */
import { Grid, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue, useHotkeys } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { type KeyboardEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../../../shared/contract';
import { fullName } from '../../../../shared/domain/thai-text';
import { useApi } from '../../../api/ApiProvider';
import { keys } from '../../../api/query-keys';
import { useFormat } from '../../../i18n/format';
import { dismissGroup, notifyDone } from '../../../ui/notify';
import { type PersonFormValues, prefillFromQuery } from '../person-form';
import { CheckInCounter } from './CheckInCounter';
import { KeyHints } from './KeyHints';
import { NewPersonForm } from './NewPersonForm';
import { RecentCheckIns } from './RecentCheckIns';
import { optionId, SearchResults } from './SearchResults';
import { useCheckIn } from './useCheckIn';

type Forum = Output<'forums.get'>;
type Match = Output<'people.search'>[number];

const RESULT_LIMIT = 8;

export function CheckInPanel({ forum }: { forum: Forum }) {
  const { t } = useTranslation();
  const api = useApi();
  const client = useQueryClient();
  const format = useFormat();
  const [query, setQuery] = useState('');
  const [debounced] = useDebouncedValue(query.trim(), 80);
  const [highlighted, setHighlighted] = useState(0);
  const [newPerson, setNewPerson] = useState<PersonFormValues | null>(null);
  const input = useRef<HTMLInputElement>(null);

  const focusSearch = () => requestAnimationFrame(() => input.current?.focus());
  const reset = () => {
    setQuery('');
    setHighlighted(0);
    setNewPerson(null);
    focusSearch();
  };
  const actions = useCheckIn(forum.id, reset);

  const searchFor = (text: string) => ({
    queryKey: keys.search(forum.id, text),
    queryFn: () => api.people.search({ query: text, forumId: forum.id, limit: RESULT_LIMIT }),
  });
  const results = useQuery({ ...searchFor(debounced), enabled: debounced.length > 0, placeholderData: keepPreviousData });
  const attendees = useQuery({ queryKey: keys.attendance(forum.id), queryFn: () => api.attendance.list({ forumId: forum.id }) });
  const matches: Match[] = debounced ? (results.data ?? []) : [];
  const settled = debounced === query.trim() && !results.isPlaceholderData && !results.isFetching;

  useHotkeys([['mod+Z', actions.undoLast, { usePhysicalKeys: true }]]);

  const openNewPerson = (text: string) => {
    dismissGroup('checkin');
    setNewPerson(prefillFromQuery(text));
  };

  const pick = (match: Match | undefined) => {
    if (!match || actions.checkIn.isPending) return;
    if (match.checkedInAt) {
      notifyDone(t('checkIn.already', { name: fullName(match.person), time: format.time(match.checkedInAt) }), { group: 'checkin' });
      reset();
      return;
    }
    actions.checkIn.mutate(match.person);
  };

  const onEnter = async () => {
    const text = query.trim();
    if (!text) return;
    // Typed faster than the list refreshed: ask for this exact text before acting on it.
    const fresh = text === debounced && results.data && !results.isPlaceholderData;
    const found = fresh ? (results.data ?? []) : await client.fetchQuery(searchFor(text));
    if (found.length === 0) openNewPerson(text);
    else pick(found[fresh ? Math.min(highlighted, found.length - 1) : 0]);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    const mod = e.ctrlKey || e.metaKey;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (matches.length === 0) return;
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setHighlighted((h) => (h + step + matches.length) % matches.length);
    } else if (e.key === 'Enter' && !e.nativeEvent.isComposing) {
      e.preventDefault();
      if (mod) openNewPerson(query);
      else void onEnter();
    } else if (e.key === 'Escape') {
      e.preventDefault();
      reset();
    } else if (mod && e.code === 'KeyZ' && query === '') {
      // With text in the box Ctrl+Z undoes typing, as everywhere; empty, it undoes the last check-in.
      e.preventDefault();
      e.stopPropagation();
      actions.undoLast();
    }
  };

  const active = matches[Math.min(highlighted, matches.length - 1)];
  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, md: 8 }}>
        <Stack gap="md">
          <TextInput
            ref={input}
            size="xl"
            autoFocus
            data-autofocus
            aria-label={t('checkIn.searchLabel')}
            placeholder={t('checkIn.searchPlaceholder')}
            leftSection={<IconSearch size={26} />}
            value={query}
            onChange={(e) => {
              // The next person is being typed: the last confirmation would only cover the matches
              // (undo stays at hand in the latest check-ins list).
              dismissGroup('checkin');
              setQuery(e.currentTarget.value);
              setHighlighted(0);
              if (newPerson) setNewPerson(null);
            }}
            onKeyDown={onKeyDown}
            role="combobox"
            aria-expanded={matches.length > 0}
            aria-controls="checkin-results"
            aria-autocomplete="list"
            aria-activedescendant={active ? optionId(active.person.id) : undefined}
            autoComplete="off"
            spellCheck={false}
          />
          <KeyHints />
          {newPerson ? (
            <NewPersonForm
              initial={newPerson}
              saving={actions.addAndCheckIn.isPending}
              onSave={(draft) => actions.addAndCheckIn.mutateAsync(draft)}
              onCancel={() => {
                setNewPerson(null);
                focusSearch();
              }}
            />
          ) : matches.length > 0 ? (
            <SearchResults matches={matches} highlighted={Math.min(highlighted, matches.length - 1)} onPick={(i) => pick(matches[i])} onHover={setHighlighted} />
          ) : debounced && settled ? (
            <Paper withBorder radius="md" p="lg" bg="gray.0">
              <Text fz="lg">{t('checkIn.noMatch', { query: query.trim() })}</Text>
              <Text c="dimmed">{t('checkIn.noMatchHint')}</Text>
            </Paper>
          ) : !query.trim() ? (
            <Text c="dimmed" fz="lg">
              {t('checkIn.emptyHint')}
            </Text>
          ) : null}
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 4 }}>
        <Stack gap="md">
          <CheckInCounter forum={forum} />
          <RecentCheckIns attendees={attendees.data ?? []} onUndo={(person) => actions.undo.mutate(person)} />
        </Stack>
      </Grid.Col>
    </Grid>
  );
}
