/** The issue list's keys, on screen next to the list they work in. */
import { Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Keys } from '../../ui/Keys';

export function IssueKeyHints() {
  const { t } = useTranslation();
  const hints: [string[], string][] = [
    [['↑', '↓'], t('issues.hints.select')],
    [['Enter'], t('issues.hints.edit')],
    [['Space'], t('issues.hints.expand')],
    [['Alt+↑', 'Alt+↓'], t('issues.hints.move')],
    [['Q'], t('issues.hints.quick')],
    [['G'], t('issues.hints.group')],
    [['M'], t('issues.hints.merge')],
    [['S'], t('issues.hints.split')],
    [['Delete'], t('issues.hints.delete')],
    [['Ctrl+Z'], t('issues.hints.undo')],
  ];
  return (
    <Group gap="md" c="dimmed" style={{ rowGap: 6 }} data-testid="issue-hints">
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
