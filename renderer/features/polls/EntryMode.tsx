/**
 * Whose ballot is being typed, always in view right above the ballot box and read out when it
 * changes: a named voter's (for this one ballot) or an anonymous paper ballot.
 */
import { Group, Paper, Stack, Text } from '@mantine/core';
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
      {/* Two lines, not one: the entry column is narrow at 1366 px and a long Thai name must show whole. */}
      <Group gap="xs" wrap="nowrap" align="flex-start">
        {named ? <IconUser size={22} aria-hidden style={{ flexShrink: 0, marginTop: 3 }} /> : <IconUserOff size={22} aria-hidden style={{ flexShrink: 0, marginTop: 3 }} />}
        <Stack gap={2} style={{ minWidth: 0 }}>
          <Text fw={700} fz="lg" lh={1.4} data-testid="entry-mode-text">
            {named ? t('polls.entry.mode.named', { name: voterName }) : t('polls.entry.mode.anonymous')}
          </Text>
          <Group gap={6} wrap="nowrap">
            <Keys combo={named ? 'Esc' : 'Ctrl+K'} />
            <Text size="sm">{named ? t('polls.entry.mode.backToAnonymous') : t('polls.entry.mode.nameVoter')}</Text>
          </Group>
        </Stack>
      </Group>
    </Paper>
  );
}
