/**
 * The type-ahead over the forum's attendees that the speakers queue and the note pane's speaker
 * picker share: the query, its matches, the highlighted one, ↑/↓ to move it (wrapping) and the
 * combobox attributes of the input box. What Enter and Esc do is each screen's own.
 */
import { type ChangeEvent, type KeyboardEvent, useState } from 'react';
import type { Participant } from '../api/queries/speakers';
import { matchRoster } from './roster-match';

export function useRosterSearch(roster: readonly Participant[], limit: number, ids: { list: string; option: (personId: string) => string }) {
  const [query, setQueryState] = useState('');
  const [highlighted, setHighlighted] = useState(0);
  const matches = matchRoster(roster, query, limit);
  const active = Math.min(highlighted, matches.length - 1);

  const setQuery = (text: string) => {
    setQueryState(text);
    setHighlighted(0);
  };

  /** ↑/↓ move the highlight; true when the key was one of them (and is handled). */
  const moveKey = (e: KeyboardEvent<HTMLInputElement>): boolean => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return false;
    e.preventDefault();
    if (matches.length === 0) return true;
    const step = e.key === 'ArrowDown' ? 1 : -1;
    setHighlighted((h) => (Math.min(h, matches.length - 1) + step + matches.length) % matches.length);
    return true;
  };

  const activePerson = matches[active];
  return {
    query,
    setQuery,
    matches,
    active,
    activePerson,
    highlight: setHighlighted,
    moveKey,
    /** Spread on the TextInput: its value and the combobox wiring to the options list. */
    inputProps: {
      value: query,
      onChange: (e: ChangeEvent<HTMLInputElement>) => setQuery(e.currentTarget.value),
      role: 'combobox',
      'aria-expanded': matches.length > 0,
      'aria-controls': ids.list,
      'aria-autocomplete': 'list' as const,
      'aria-activedescendant': activePerson ? ids.option(activePerson.id) : undefined,
      autoComplete: 'off',
      spellCheck: false,
    },
  };
}
