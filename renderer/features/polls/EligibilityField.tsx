/** Who may vote: everyone checked in, or the members of one small group. */
import { Group, SegmentedControl, Select, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useGroups } from './queries';

interface Props {
  forumId: string;
  kind: 'checked_in' | 'group';
  groupId: string | null;
  error?: string;
  onKind: (kind: 'checked_in' | 'group') => void;
  onGroup: (groupId: string | null) => void;
}

export function EligibilityField({ forumId, kind, groupId, error, onKind, onGroup }: Props) {
  const { t } = useTranslation();
  const groups = useGroups(forumId);
  const list = groups.data?.groups ?? [];
  return (
    <Stack gap={6}>
      <Text fw={500} size="sm">
        {t('polls.form.eligibility')}
      </Text>
      <Group gap="sm" align="flex-start">
        <SegmentedControl
          value={kind}
          onChange={(v) => onKind(v as Props['kind'])}
          data={[
            { value: 'checked_in', label: t('polls.eligibility.checked_in') },
            { value: 'group', label: t('polls.eligibility.group'), disabled: list.length === 0 },
          ]}
        />
        {kind === 'group' ? (
          <Select
            w={240}
            aria-label={t('polls.eligibility.group')}
            placeholder={t('polls.form.pickGroup')}
            data={list.map((g) => ({ value: g.id, label: t('polls.form.groupOption', { name: g.name, n: g.members.length }) }))}
            value={groupId}
            onChange={onGroup}
            error={error}
          />
        ) : null}
      </Group>
    </Stack>
  );
}
