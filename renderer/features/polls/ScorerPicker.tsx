/**
 * Whose sheet is being typed: a small group (the usual way) or one participant. Sheets already
 * started are listed with how many cells are still empty; an incomplete sheet is not counted.
 */
import { Badge, Group, Select, Stack, Text } from '@mantine/core';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScorerRef } from '../../../shared/contract';
import { fullName } from '../../../shared/domain/thai-text';
import { useAttendees, useGroups, type Poll, type PollInputs } from '../../api/queries/polls';

export const scorerKey = (s: ScorerRef) => (s.kind === 'group' ? `group:${s.groupId}` : `person:${s.personId}`);

function parseKey(key: string): ScorerRef | null {
  const [kind, id] = key.split(':');
  if (!id) return null;
  return kind === 'group' ? { kind: 'group', groupId: id } : { kind: 'person', personId: id };
}

interface Props {
  poll: Poll;
  scorers: PollInputs['scorers'];
  value: ScorerRef | null;
  inputRef?: Ref<HTMLInputElement>;
  /** The scorer picked, with the name shown for them. */
  onChange: (scorer: ScorerRef | null, name: string | null) => void;
}

export function ScorerPicker({ poll, scorers, value, inputRef, onChange }: Props) {
  const { t } = useTranslation();
  const groups = useGroups(poll.forumId);
  const attendees = useAttendees(poll.forumId);
  const groupItems = (groups.data?.groups ?? []).map((g) => ({ value: `group:${g.id}`, label: g.name }));
  const personItems = (attendees.data ?? [])
    .filter((a) => a.checkedInAt !== null)
    .map((a) => ({ value: `person:${a.person.id}`, label: fullName(a.person) }));
  const data = [
    { group: t('polls.matrix.groups'), items: groupItems },
    { group: t('polls.matrix.people'), items: personItems },
  ].filter((g) => g.items.length > 0);

  return (
    <Stack gap={6}>
      <Select
        label={t('polls.matrix.scorer')}
        placeholder={groupItems.length === 0 ? t('polls.matrix.noGroups') : t('polls.matrix.pickScorer')}
        data={data}
        value={value ? scorerKey(value) : null}
        ref={inputRef}
        onChange={(key, option) => onChange(key ? parseKey(key) : null, option?.label ?? null)}
        searchable
        w={360}
        data-testid="scorer-select"
      />
      {scorers.length > 0 ? (
        <Group gap={6}>
          <Text size="sm" c="dimmed">
            {t('polls.matrix.sheets')}
          </Text>
          {scorers.map((s) => {
            const ref: ScorerRef | null = s.groupId ? { kind: 'group', groupId: s.groupId } : s.personId ? { kind: 'person', personId: s.personId } : null;
            return (
              <Badge
                key={s.id}
                size="lg"
                variant={value && ref && scorerKey(ref) === scorerKey(value) ? 'filled' : 'light'}
                color={s.missing === 0 ? 'wethi' : 'orange'}
                style={{ cursor: ref ? 'pointer' : undefined }}
                onClick={() => ref && onChange(ref, s.name)}
                data-testid="scorer-sheet"
              >
                {s.name ?? t('polls.matrix.unnamed')} {s.missing === 0 ? '✓' : t('polls.matrix.missing', { n: s.missing, count: s.missing })}
              </Badge>
            );
          })}
        </Group>
      ) : null}
    </Stack>
  );
}
