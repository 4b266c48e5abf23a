/**
 * Whose ballot is being typed, always in view right above the ballot box and read out when it
 * changes: a named voter's (for this one ballot) or an anonymous paper ballot.
 */
import { Group, Paper, Text } from '@mantine/core';
import { IconUser, IconUserOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Keys } from '../../ui/Keys';

export function EntryMode({ voterName }: { voterName: string | null }) {
  const { t } = useTranslation();
  const named = voterName !== null;
  return (
    <Paper
      radius="md"
      px="md"
      py={8}
      bg={named ? 'blue.7' : 'gray.1'}
      c={named ? 'white' : 'dark'}
      role="status"
      aria-live="polite"
      data-mode={named ? 'named' : 'anonymous'}
      data-testid="entry-mode"
    >
      <Group justify="space-between" wrap="nowrap" gap="sm">
        <Group gap="xs" wrap="nowrap" style={{ minWidth: 0 }}>
          {named ? <IconUser size={22} aria-hidden style={{ flexShrink: 0 }} /> : <IconUserOff size={22} aria-hidden style={{ flexShrink: 0 }} />}
          <Text fw={700} fz="lg" truncate data-testid="entry-mode-text">
            {named ? t('polls.entry.mode.named', { name: voterName }) : t('polls.entry.mode.anonymous')}
          </Text>
        </Group>
        <Group gap={6} wrap="nowrap" style={{ flexShrink: 0 }}>
          <Keys combo={named ? 'Esc' : 'Ctrl+K'} />
          <Text size="sm">{named ? t('polls.entry.mode.backToAnonymous') : t('polls.entry.mode.nameVoter')}</Text>
        </Group>
      </Group>
    </Paper>
  );
}
