/** The agenda keys, on screen next to the list they work in. */
import { Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Keys } from '../../ui/Keys';

export function AgendaKeyHints() {
  const { t } = useTranslation();
  const hints: [string[], string][] = [
    [['↑', '↓'], t('agenda.hints.select')],
    [['Enter'], t('agenda.hints.edit')],
    [['Ins', 'Ctrl+Enter'], t('agenda.hints.add')],
    [['Tab', 'Shift+Tab'], t('agenda.hints.indent')],
    [['Alt+↑', 'Alt+↓'], t('agenda.hints.move')],
    [['Space'], t('agenda.hints.clock')],
    [['N'], t('agenda.hints.next')],
    [['Delete'], t('agenda.hints.delete')],
    [['Ctrl+Z'], t('agenda.hints.undo')],
  ];
  return (
    <Group gap="md" c="dimmed" style={{ rowGap: 6 }} data-testid="agenda-hints">
      {hints.map(([combos, label]) => (
        <Group key={label} gap={4} wrap="nowrap">
          {combos.map((combo) => (
            <Keys key={combo} combo={combo} />
          ))}
          <Text size="sm">{label}</Text>
        </Group>
      ))}
    </Group>
  );
}
