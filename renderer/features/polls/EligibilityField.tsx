/**
 * Who may vote: everyone checked in, the members of one small group, or a named list (a
 * committee, the village heads). The list is picked from the people registered at the forum,
 * found by badge number or name; those not checked in yet can be listed too, since a list is
 * often made before people arrive.
 */
import { Group, MultiSelect, SegmentedControl, Select, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useRoster } from '../../api/queries/speakers';
import type { EligibilityKind } from './poll-form';
import { useGroups } from '../../api/queries/polls';

interface Props {
  forumId: string;
  kind: EligibilityKind;
  groupId: string | null;
  personIds: string[];
  groupError?: string;
  listError?: string;
  onKind: (kind: EligibilityKind) => void;
  onGroup: (groupId: string | null) => void;
  onPeople: (personIds: string[]) => void;
}

export function EligibilityField({ forumId, kind, groupId, personIds, groupError, listError, onKind, onGroup, onPeople }: Props) {
  const { t } = useTranslation();
  const groups = useGroups(forumId);
  const roster = useRoster(forumId);
  const list = groups.data?.groups ?? [];
  const people = (roster.data ?? []).map((p) => ({
    value: p.id,
    label: p.checkedIn ? `#${p.number} ${p.name}` : `#${p.number} ${p.name} (${t('polls.eligibility.notArrived')})`,
  }));
  return (
    <Stack gap={6}>
      <Text fw={500} size="sm">
        {t('polls.form.eligibility')}
      </Text>
      <Group gap="sm" align="flex-start">
        <SegmentedControl
          value={kind}
          onChange={(v) => onKind(v as EligibilityKind)}
          data={[
            { value: 'checked_in', label: t('polls.eligibility.checked_in') },
            { value: 'group', label: t('polls.eligibility.group'), disabled: list.length === 0 },
            { value: 'list', label: t('polls.eligibility.list') },
          ]}
          data-testid="eligibility-kind"
        />
        {kind === 'group' ? (
          <Select
            w={240}
            aria-label={t('polls.eligibility.group')}
            placeholder={t('polls.form.pickGroup')}
            data={list.map((g) => ({ value: g.id, label: t('polls.form.groupOption', { name: g.name, n: g.members.length }) }))}
            value={groupId}
            onChange={onGroup}
            error={groupError}
          />
        ) : null}
      </Group>
      {kind === 'list' ? (
        <MultiSelect
          label={t('polls.form.voters')}
          description={t('polls.form.votersHint', { n: personIds.length })}
          placeholder={personIds.length === 0 ? t('polls.form.votersPlaceholder') : undefined}
          data={people}
          value={personIds}
          onChange={onPeople}
          searchable
          clearable
          hidePickedOptions
          maxDropdownHeight={260}
          nothingFoundMessage={t('polls.form.noVoterFound')}
          error={listError}
          data-testid="voter-list"
        />
      ) : null}
    </Stack>
  );
}
