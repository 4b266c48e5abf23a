/**
 * The voter of the next ballot, when it is entered under a name: a badge number (`12`) or part
 * of a name finds them, Enter picks the first match and moves to the ballot box. The choice is
 * for that one ballot (BallotLineEntry clears it once the ballot is stored). Left empty, ballots
 * are anonymous paper ballots. People who may not vote or have voted are marked but can still
 * be picked, so the host's refusal says why in plain words.
 */
import { Badge, Group, Select, Text } from '@mantine/core';
import { IconUserSearch } from '@tabler/icons-react';
import { type Ref, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Participant } from '../../api/queries/speakers';
import { orderVoters, type VoterState } from './voters';

const LIMIT = 8;

interface Props {
  roster: Participant[];
  states: Map<string, VoterState>;
  /** Dot voting: the stickers each participant has. */
  dotsLimit?: number;
  value: string | null;
  disabled: boolean;
  inputRef: Ref<HTMLInputElement>;
  onChange: (personId: string | null) => void;
  /** A person was picked (also the one already shown): on to the ballot box. */
  onPicked: () => void;
  /** Esc on an empty field: back to the ballot box without a voter. */
  onLeave: () => void;
}

export function VoterPicker({ roster, states, dotsLimit, value, disabled, inputRef, onChange, onPicked, onLeave }: Props) {
  const { t } = useTranslation();
  const data = roster.map((p) => ({ value: p.id, label: `#${p.number} ${p.name}` }));
  const ordered = (search: string) => orderVoters(roster, states, dotsLimit, search, LIMIT);
  /**
   * The person Enter just picked. The dropdown then "clicks" the option it has highlighted,
   * which can still be the previous search's first match when the badge number was typed fast:
   * in that same key press, any other person is ignored.
   */
  const pickedByEnter = useRef<string | null>(null);

  const status = (id: string) => {
    const s = states.get(id);
    if (!s?.eligible) return <Badge color="gray" variant="light">{t('polls.voter.notEligible')}</Badge>;
    if (dotsLimit !== undefined) return <Badge color={s.dots >= dotsLimit ? 'orange' : 'wethi'} variant="light">{t('polls.voter.dotsUsed', { n: s.dots, max: dotsLimit })}</Badge>;
    return s.ballots > 0 ? <Badge color="orange" variant="light">{t('polls.voter.voted')}</Badge> : null;
  };

  return (
    <Select
      ref={inputRef}
      size="md"
      label={t('polls.voter.label')}
      description={t('polls.voter.hint')}
      placeholder={t('polls.voter.placeholder')}
      leftSection={<IconUserSearch size={18} />}
      data={data}
      value={value}
      onChange={(id) => {
        if (pickedByEnter.current === null || id === pickedByEnter.current) onChange(id);
      }}
      // Picking the person already shown (a corrected ballot of the same voter) must keep them, not clear them.
      allowDeselect={false}
      onOptionSubmit={() => onPicked()}
      disabled={disabled}
      searchable
      clearable
      selectFirstOptionOnChange
      nothingFoundMessage={t('polls.voter.noMatch')}
      filter={({ options, search }) => {
        const wanted = new Map(ordered(search).map((id, i) => [id, i]));
        return options
          .filter((o) => 'value' in o && wanted.has(o.value))
          .sort((a, b) => ('value' in a && 'value' in b ? (wanted.get(a.value) ?? 0) - (wanted.get(b.value) ?? 0) : 0));
      }}
      renderOption={({ option }) => (
        <Group gap="sm" wrap="nowrap" justify="space-between" w="100%">
          <Text fw={600} truncate>
            {option.label}
          </Text>
          {status(option.value)}
        </Group>
      )}
      // Selected on focus, so the next badge number typed replaces the name shown.
      onFocus={(e) => e.currentTarget.select()}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && !e.currentTarget.value) {
          e.preventDefault();
          onLeave();
        } else if (e.key === 'Enter' && !e.nativeEvent.isComposing) {
          // Picked here rather than through the dropdown's highlight, which is set a render
          // after the search changes: "12 ⏎" typed fast must still find badge 12.
          const typed = e.currentTarget.value;
          const shown = value ? data.find((d) => d.value === value)?.label : undefined;
          const id = typed === shown ? value : ordered(typed)[0];
          if (id) {
            e.preventDefault();
            pickedByEnter.current = id;
            queueMicrotask(() => {
              pickedByEnter.current = null;
            });
            onChange(id);
            onPicked();
          }
        }
      }}
      w="100%"
      data-testid="voter-picker"
    />
  );
}
