/**
 * The forum's priority list (จัดลำดับความสำคัญ) with how it was made: the poll, its method and
 * tie rule, and that it stands as a resolution. `action` lets the plan tab add a button per issue.
 */
import { Badge, Group, Paper, Stack, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format';
import { usePollText } from './poll-text';
import { type PriorityList, usePriorities } from './queries';

type Item = PriorityList['items'][number];

export function PriorityListCard({ forumId, action }: { forumId: string; action?: (item: Item, list: PriorityList) => ReactNode }) {
  const { t } = useTranslation();
  const format = useFormat();
  const text = usePollText();
  const priorities = usePriorities(forumId);
  const list = priorities.data;
  const source = list?.source;
  return (
    <Paper withBorder radius="md" p="sm" data-testid="priority-list">
      <Text fw={700} fz="lg">
        {t('polls.priorities.title')}
      </Text>
      {!list || list.items.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('polls.priorities.none')}
        </Text>
      ) : (
        <Stack gap={6}>
          {source?.kind === 'poll' ? (
            <Stack gap={0}>
              <Text size="sm">{t('polls.priorities.from', { title: source.pollTitle, method: text.method(source.method, source.mode) })}</Text>
              <Text size="sm" c="dimmed">
                {t('polls.tieRule.label')} {text.tieRule(source.tieRule)}
                {source.tie ? ` · ${t('polls.priorities.hadTie')}` : ''}
              </Text>
              <Group gap={6} mt={2}>
                {list.resolutionId ? <Badge variant="light">{t('polls.priorities.resolution')}</Badge> : null}
                <Text size="xs" c="dimmed">
                  {format.dateTime(source.adoptedAt)}
                </Text>
              </Group>
            </Stack>
          ) : source?.kind === 'manual' ? (
            <Text size="sm" c="dimmed">
              {t('polls.priorities.manual')}
            </Text>
          ) : null}
          <Table verticalSpacing={4} horizontalSpacing={4}>
            <Table.Tbody>
              {list.items.map((item) => (
                <Table.Tr key={item.issueId} data-testid="priority-item">
                  <Table.Td w={32} fw={700} c="wethi.8" fz="lg">
                    {format.number(item.rank)}
                  </Table.Td>
                  <Table.Td>
                    <Text fw={item.rank === 1 ? 700 : 500} td={item.issueMissing ? 'line-through' : undefined}>
                      {item.title}
                    </Text>
                    {item.score !== null ? (
                      <Text size="xs" c="dimmed">
                        {t('polls.priorities.score', { n: format.number(Math.round(item.score * 1000) / 1000) })}
                      </Text>
                    ) : null}
                  </Table.Td>
                  {action ? <Table.Td ta="right">{action(item, list)}</Table.Td> : null}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {source?.kind === 'poll' && source.skipped.length > 0 ? (
            <Text size="xs" c="dimmed">
              {t('polls.priorities.skipped', { names: source.skipped.map((s) => s.label).join(', ') })}
            </Text>
          ) : null}
        </Stack>
      )}
    </Paper>
  );
}
