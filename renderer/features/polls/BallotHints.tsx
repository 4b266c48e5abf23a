/** The entry keys, under the box where the eye already is. */
import { Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Keys } from '../../ui/Keys';
import type { BallotKind } from './ballot-text';

export function BallotHints({ kind, optionCount }: { kind: BallotKind; optionCount: number }) {
  const { t } = useTranslation();
  const hints: [string, string][] = [
    ['Enter', t('polls.entry.hintEnter')],
    ['Ctrl+K', t('polls.entry.hintVoter')],
    ['Ctrl+Z', t('polls.entry.hintUndo')],
    ['↑', t('polls.entry.hintBringBack')],
    ['Esc', t('polls.entry.hintClear')],
    ['0', t('polls.entry.hintBlank')],
  ];
  return (
    <Stack gap={4}>
      <Text size="sm" c="dimmed">
        {t(`polls.entry.howTo.${kind}`)} {optionCount > 9 ? t('polls.entry.spacesNeeded') : null}
      </Text>
      <Group gap="md" c="dimmed" style={{ rowGap: 4 }}>
        {hints.map(([combo, label]) => (
          <Group key={combo} gap={6} wrap="nowrap">
            <Keys combo={combo} />
            <Text size="sm">{label}</Text>
          </Group>
        ))}
      </Group>
    </Stack>
  );
}
