/** Who raised the issue: a participant of this forum (searched by name) or one of its small groups. */
import { SegmentedControl, Select, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { fullName } from '../../../shared/domain/thai-text';
import { useApi } from '../../api/ApiProvider';
import { keys } from '../../api/query-keys';

export interface RaisedByValue {
  kind: 'person' | 'group';
  personId: string | null;
  groupId: string | null;
}

export function RaisedByField({ forumId, value, onChange }: { forumId: string; value: RaisedByValue; onChange: (v: RaisedByValue) => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const attendees = useQuery({ queryKey: keys.attendance(forumId), queryFn: () => api.attendance.list({ forumId }) });
  // Its own key under 'groups', so it follows small-group events without sharing another screen's cache entry.
  const groups = useQuery({ queryKey: ['groups', forumId, 'forIssues'], queryFn: () => api.groups.list({ forumId }) });
  const people = (attendees.data ?? []).map((a) => ({ value: a.person.id, label: fullName(a.person) }));
  const groupOptions = (groups.data?.groups ?? []).map((g) => ({ value: g.id, label: g.name }));

  return (
    <Stack gap={6}>
      <Text fw={500} size="sm">
        {t('issues.drawer.raisedBy')}
      </Text>
      <SegmentedControl
        value={value.kind}
        onChange={(kind) => onChange({ ...value, kind: kind as RaisedByValue['kind'] })}
        data={[
          { value: 'person', label: t('issues.drawer.raisedByPerson') },
          { value: 'group', label: t('issues.drawer.raisedByGroup') },
        ]}
      />
      {value.kind === 'person' ? (
        <Select
          aria-label={t('issues.drawer.raisedByPerson')}
          placeholder={t('issues.drawer.personPlaceholder')}
          data={people}
          value={value.personId}
          onChange={(personId) => onChange({ ...value, personId })}
          searchable
          clearable
          limit={30}
          nothingFoundMessage={t('issues.drawer.noPerson')}
          data-testid="raised-by-person"
        />
      ) : groupOptions.length > 0 ? (
        <Select
          aria-label={t('issues.drawer.raisedByGroup')}
          placeholder={t('issues.drawer.groupPlaceholder')}
          data={groupOptions}
          value={value.groupId}
          onChange={(groupId) => onChange({ ...value, groupId })}
          clearable
        />
      ) : (
        <Text size="sm" c="dimmed">
          {t('issues.drawer.noGroups')}
        </Text>
      )}
    </Stack>
  );
}
