/**
 * The note-taker's keys (the kind's Alt+1…4 and search's Ctrl+F are shown on their own controls), under the box where the eyes already are, with the draft's state beside them. */
import { Group, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Keys } from '../../ui/Keys';

export function NotesKeyHints({ children }: { children?: ReactNode }) {
  const { t } = useTranslation();
  const hints: [string[], string][] = [
    [['Enter'], t('notes.hints.store')],
    [['Shift+Enter'], t('notes.hints.newline')],
    [['@', 'Ctrl+K'], t('notes.hints.speaker')],
    [['Alt+S'], t('notes.hints.speaking')],
    [['↑'], t('notes.hints.list')],
  ];
  return (
    <Group justify="space-between" wrap="nowrap" gap="sm">
      <Group gap="sm" c="dimmed" data-testid="notes-hints" style={{ rowGap: 2 }}>
        {hints.map(([combos, label]) => (
          <Group key={label} gap={3} wrap="nowrap">
            {combos.map((combo) => (
              <Keys key={combo} combo={combo} />
            ))}
            <Text size="xs">{label}</Text>
          </Group>
        ))}
      </Group>
      {children}
    </Group>
  );
}
