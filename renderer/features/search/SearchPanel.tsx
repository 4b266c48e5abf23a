/**
 * Thai full-text search over notes and issues, beside the notes: Ctrl+F or `/` comes here,
 * ↑/↓ and Enter open a result, Esc goes back to typing notes. Matches are marked with <mark>.
 */
import { Group, Loader, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { memo, type KeyboardEvent, type RefObject, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchHit } from '../../../shared/contract';
import { Keys } from '../../ui/Keys';
import { hitOptionId, SearchHitRow } from './SearchHitRow';
import { MIN_ALL_FORUMS, type SearchScope, useSearch } from './useSearch';

interface Props {
  forumId: string;
  inputRef: RefObject<HTMLInputElement | null>;
  onOpen: (hit: SearchHit) => void;
  onLeave: () => void;
}

/** Memoised: a note stored beside it does not re-render the search. */
export const SearchPanel = memo(function SearchPanel({ forumId, inputRef, onOpen, onLeave }: Props) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [scope, setScope] = useState<SearchScope>('forum');
  const [highlighted, setHighlighted] = useState(0);
  const search = useSearch(forumId, text, scope);
  const results = search.results;
  const active = Math.min(highlighted, results.length - 1);

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (results.length === 0) return;
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setHighlighted((h) => (Math.min(h, results.length - 1) + step + results.length) % results.length);
    } else if (e.key === 'Enter' && !e.nativeEvent.isComposing) {
      e.preventDefault();
      const hit = results[active];
      if (hit) onOpen(hit);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      if (text) setText('');
      else onLeave();
    } else if (e.altKey && (e.code === 'KeyA' || e.code === 'KeyT')) {
      // Alt+A: all forums, Alt+T: this forum, without leaving the box.
      e.preventDefault();
      setScope(e.code === 'KeyA' ? 'all' : 'forum');
    }
  };

  return (
    <Stack gap="xs" style={{ minHeight: 0, flex: 1 }} data-testid="search-panel">
      <TextInput
        ref={inputRef}
        size="md"
        leftSection={<IconSearch size={20} />}
        rightSection={search.enabled && !search.settled ? <Loader size={16} /> : <Keys combo="Ctrl+F" />}
        rightSectionWidth={search.enabled && !search.settled ? undefined : 70}
        placeholder={t('search.placeholder')}
        aria-label={t('search.label')}
        value={text}
        onChange={(e) => {
          setText(e.currentTarget.value);
          setHighlighted(0);
        }}
        onKeyDown={onKeyDown}
        role="combobox"
        aria-expanded={results.length > 0}
        aria-controls="search-results"
        aria-autocomplete="list"
        aria-activedescendant={results[active] ? hitOptionId(results[active]) : undefined}
        autoComplete="off"
        spellCheck={false}
        data-testid="search-input"
      />
      <SegmentedControl
        size="xs"
        fullWidth
        value={scope}
        onChange={(v) => {
          setScope(v as SearchScope);
          inputRef.current?.focus();
        }}
        aria-label={t('search.scope')}
        data={[
          { value: 'forum', label: t('search.thisForum') },
          { value: 'all', label: t('search.allForums') },
        ]}
        data-testid="search-scope"
      />
      {search.tooShort ? (
        <Text size="sm" c="dimmed">
          {t('search.tooShort', { count: MIN_ALL_FORUMS })}
        </Text>
      ) : search.settled && results.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('search.noMatch', { query: text.trim() })}
        </Text>
      ) : !text.trim() ? (
        <Group gap={4} c="dimmed">
          <Text size="sm">{t('search.hint')}</Text>
          <Keys combo="/" />
        </Group>
      ) : null}
      <Stack gap={4} role="listbox" id="search-results" aria-label={t('search.results')} style={{ overflowY: 'auto', minHeight: 0, flex: 1 }} data-testid="search-results">
        {results.map((hit, i) => (
          <SearchHitRow key={`${hit.kind}-${hit.id}`} hit={hit} active={i === active} showForum={hit.forumId !== forumId} onOpen={() => onOpen(hit)} onHover={() => setHighlighted(i)} />
        ))}
        {search.more ? (
          <Text size="xs" c="dimmed" ta="center">
            {t('search.more', { count: results.length })}
          </Text>
        ) : null}
      </Stack>
    </Stack>
  );
});
