/** The speakers list's keys, on screen where the facilitator looks. */
import { Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Keys } from '../../ui/Keys';

export function SpeakerKeyHints() {
  const { t } = useTranslation();
  const hints: [string[], string][] = [
    [['N'], t('speakers.keys.next')],
    [['P'], t('speakers.keys.pause')],
    [['S'], t('speakers.keys.stop')],
    [['A'], t('speakers.keys.add')],
    [['Esc'], t('speakers.keys.leave')],
    [['Alt+↑', 'Alt+↓'], t('speakers.keys.move')],
    [['Delete'], t('speakers.keys.remove')],
  ];
  return (
    <Group gap="lg" c="dimmed" data-testid="speaker-keys">
      {hints.map(([combos, label]) => (
        <Group key={label} gap={6} wrap="nowrap">
          <Group gap={2} wrap="nowrap">
            {combos.map((c) => (
              <Keys key={c} combo={c} />
            ))}
          </Group>
          <Text size="sm">{label}</Text>
        </Group>
      ))}
    </Group>
  );
}
