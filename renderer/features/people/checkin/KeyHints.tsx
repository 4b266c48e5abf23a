/** The check-in keys, shown under the search box where the eye already is. */
import { Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Keys } from '../../../ui/Keys';

export function KeyHints() {
  const { t } = useTranslation();
  const hints: [string, string][] = [
    ['Enter', t('checkIn.hintEnter')],
    ['↑', t('checkIn.hintMove')],
    ['Ctrl+Enter', t('checkIn.hintNew')],
    ['Ctrl+Z', t('checkIn.hintUndo')],
    ['Esc', t('checkIn.hintClear')],
  ];
  return (
    <Group gap="lg" c="dimmed">
      {hints.map(([combo, label]) => (
        <Group key={combo} gap={6} wrap="nowrap">
          {combo === '↑' ? (
            <Group gap={2}>
              <Keys combo="↑" />
              <Keys combo="↓" />
            </Group>
          ) : (
            <Keys combo={combo} />
          )}
          <Text size="sm">{label}</Text>
        </Group>
      ))}
    </Group>
  );
}
