/** The forum's polls, newest first: title, method and status; a click opens one. */
import { Group, NavLink, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { modeOf, usePollText } from '../../i18n/poll-text';
import { PollStatusBadge } from './PollStatusBadge';
import type { Poll } from '../../api/queries/polls';

export function PollList({ polls, selected, onSelect }: { polls: Poll[]; selected: string | null; onSelect: (id: string) => void }) {
  const { t } = useTranslation();
  const text = usePollText();
  if (polls.length === 0) {
    return (
      <Paper withBorder p="md" radius="md" bg="gray.0">
        <Text c="dimmed">{t('polls.empty')}</Text>
      </Paper>
    );
  }
  return (
    <Paper withBorder radius="md" p={4}>
      <Stack gap={2} role="list" aria-label={t('polls.listLabel')}>
        {[...polls].reverse().map((p) => (
          <NavLink
            key={p.id}
            role="listitem"
            active={p.id === selected}
            onClick={() => onSelect(p.id)}
            data-testid="poll-item"
            label={
              <Text fw={600} lineClamp={2}>
                {p.title}
              </Text>
            }
            description={
              <Group gap={6} mt={2} wrap="nowrap">
                <PollStatusBadge status={p.status} size="sm" />
                <Text size="sm" c="dimmed" truncate>
                  {text.method(p.method, modeOf(p))}
                </Text>
              </Group>
            }
            styles={{ root: { borderRadius: 8 } }}
          />
        ))}
      </Stack>
    </Paper>
  );
}
