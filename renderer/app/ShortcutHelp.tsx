/** The `?` dialog: every shortcut, grouped by where it works (see shortcuts.ts). */
import { Box, Group, Modal, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Keys } from '../ui/Keys';
import { SHORTCUT_SECTIONS } from './shortcuts';

export function ShortcutHelp({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={<Title order={3}>{t('shortcuts.title')}</Title>} size={1100}>
      {/* Columns rather than a grid: sections of very different lengths then leave no holes. */}
      <Box style={{ columnWidth: 440, columnGap: 48 }} data-testid="shortcut-help">
        {SHORTCUT_SECTIONS.map((section) => (
          <Stack key={section.title} gap={6} mb="lg" style={{ breakInside: 'avoid' }}>
            <Text fw={700}>{t(section.title)}</Text>
            {section.items.map((item) => (
              <Group key={`${item.label}:${item.keys.join()}`} justify="space-between" wrap="nowrap" gap="sm">
                <Text size="sm">{t(item.label)}</Text>
                <Group gap={6} wrap="nowrap" style={{ flexShrink: 0 }}>
                  {item.keys.map((combo, i) => (
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
          </Stack>
        ))}
      </Box>
    </Modal>
  );
}
