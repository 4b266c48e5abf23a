/** Who was in the room, by each classification; counted over arrivals, or over the whole list. */
import { Group, SegmentedControl, SimpleGrid, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DIMENSIONS, type Output, type Representation } from '../../../shared/contract';
import { useApi } from '../../api/ApiProvider';
import { keys } from '../../api/query-keys';
import { DimensionCard } from './DimensionCard';
import { WarningList } from './WarningList';

export function RepresentationPanel({ forum }: { forum: Output<'forums.get'> }) {
  const { t } = useTranslation();
  const api = useApi();
  const [basis, setBasis] = useState<Representation['basis']>('checked_in');
  const summary = useQuery({
    queryKey: keys.representation(forum.id, basis),
    queryFn: () => api.representation.summary({ forumId: forum.id, basis }),
  });
  const data = summary.data;
  return (
    <Stack gap="lg">
      <Group justify="space-between">
        <Group gap="md">
          <SegmentedControl
            value={basis}
            onChange={(v) => setBasis(v as Representation['basis'])}
            data={[
              { value: 'checked_in', label: t('representation.basis.checked_in') },
              { value: 'registered', label: t('representation.basis.registered') },
            ]}
            aria-label={t('representation.basisLabel')}
          />
          {data ? (
            <Text fz="lg" fw={500} data-testid="representation-total">
              {t(basis === 'checked_in' ? 'representation.totalCheckedIn' : 'representation.totalRegistered', { count: data.total })}
            </Text>
          ) : null}
        </Group>
        <Text c="dimmed" size="sm" maw={420}>
          {t('representation.sensitiveNote')}
        </Text>
      </Group>
      {data ? (
        <>
          <WarningList warnings={data.warnings} />
          {data.total > 0 ? (
            <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
              {DIMENSIONS.map((d) => (
                <DimensionCard key={d} dimension={d} shares={data.byDimension[d] ?? []} />
              ))}
            </SimpleGrid>
          ) : null}
        </>
      ) : null}
    </Stack>
  );
}
