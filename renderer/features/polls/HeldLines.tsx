/**
 * Lines that were not stored (mistyped, or refused by the host: a voter who has voted, or may
 * not vote), each with its voter and the reason. Held here rather than left in the ballot box,
 * where the next ballot typed would run into them. ↑ in the empty box brings the newest back.
 */
import { ActionIcon, Alert, Button, Group, Stack, Text, Tooltip } from '@mantine/core';
import { IconAlertTriangle, IconArrowBackUp, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Keys } from '../../ui/Keys';
import type { BallotLine } from './ballot-lines';

interface Props {
  held: BallotLine[];
  voterName: (id: string | null) => string | null;
  /** Brings the line back into the ballot box (only while the box is empty). */
  onBringBack: (line: BallotLine) => void;
  canBringBack: boolean;
  onDismiss: (line: BallotLine) => void;
}

export function HeldLines({ held, voterName, onBringBack, canBringBack, onDismiss }: Props) {
  const { t } = useTranslation();
  if (held.length === 0) return null;
  return (
    <Alert color="red" icon={<IconAlertTriangle />} title={t('polls.entry.held.title', { count: held.length })} role="alert" py="xs" data-testid="held-lines">
      <Stack gap={6}>
        {[...held].reverse().map((line, i) => {
          const who = voterName(line.voterId);
          return (
            // One line under another, buttons below the words: the entry column is narrow at 1366 px.
            <Stack key={line.key} gap={4} data-testid="held-line">
              <Text fw={700}>
                {t('polls.entry.held.line', { text: line.text.trim() || '—' })}
                {who ? ` · ${who}` : ` · ${t('polls.entry.held.anonymous')}`}
              </Text>
              <Text size="sm" data-testid="held-reason">
                {line.reason}
              </Text>
              <Group gap={4} wrap="nowrap">
                <Button
                  size="compact-sm"
                  variant="light"
                  color="red"
                  leftSection={<IconArrowBackUp size={16} />}
                  disabled={!canBringBack}
                  onClick={() => onBringBack(line)}
                >
                  {t('polls.entry.held.bringBack')}
                </Button>
                {i === 0 ? <Keys combo="↑" /> : null}
                <Tooltip label={t('polls.entry.held.dismiss')}>
                  <ActionIcon variant="subtle" color="gray" aria-label={t('polls.entry.held.dismissLine', { text: line.text.trim() })} onClick={() => onDismiss(line)}>
                    <IconX size={16} />
                  </ActionIcon>
                </Tooltip>
              </Group>
            </Stack>
          );
        })}
      </Stack>
    </Alert>
  );
}
