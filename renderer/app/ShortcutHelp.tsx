/** The `?` dialog: every shortcut, grouped by where it works. */
import { Group, Modal, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Keys } from '../ui/Keys';
import { SHORTCUT_GROUPS, SHORTCUTS } from './shortcuts';

export function ShortcutHelp({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={<Title order={3}>{t('shortcuts.title')}</Title>} size="lg">
      <Stack gap="lg">
        {SHORTCUT_GROUPS.map((group) => (
          <Stack key={group.title} gap="xs">
            <Text fw={700}>{t(group.title)}</Text>
            <SimpleGrid cols={2} spacing="xs" verticalSpacing={6}>
              {group.items.map((name) => (
                <Group key={name} justify="space-between" wrap="nowrap" style={{ gridColumn: 'span 2' }}>
                  <Text>{t(SHORTCUTS[name].label)}</Text>
                  <Group gap={6} wrap="nowrap">
                    {SHORTCUTS[name].keys.map((combo, i) => (
                      <Group key={combo} gap={6} wrap="nowrap">
                        {i > 0 ? (
                          <Text c="dimmed" size="sm">
                            {t('shortcuts.or')}
                          </Text>
                        ) : null}
                        <Keys combo={combo} size="sm" />
                      </Group>
                    ))}
                  </Group>
                </Group>
              ))}
            </SimpleGrid>
          </Stack>
        ))}
      </Stack>
    </Modal>
  );
}
