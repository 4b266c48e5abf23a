/** One quiet line for all the minutes' boxes: saving, saved (with the time), or failed and retrying. */
import { Group, Loader, Text } from '@mantine/core';
import { IconAlertTriangle, IconCloudCheck } from '@tabler/icons-react';
import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { SectionSavers } from './section-savers';

export function SaveStatus({ savers }: { savers: SectionSavers }) {
  const { t } = useTranslation();
  const { state, savedAt } = useSyncExternalStore(savers.subscribe, savers.getSnapshot);
  return (
    <Group gap={4} wrap="nowrap" data-testid="minutes-save-status" data-state={state} aria-live="polite" style={{ flexShrink: 0 }}>
      {state === 'saving' || state === 'dirty' ? (
        <>
          <Loader size={12} type="dots" />
          <Text size="sm" c="dimmed">
            {t('minutes.save.saving')}
          </Text>
        </>
      ) : state === 'failed' ? (
        <>
          <IconAlertTriangle size={16} color="var(--mantine-color-red-7)" />
          <Text size="sm" c="red.7">
            {t('minutes.save.failed')}
          </Text>
        </>
      ) : state === 'saved' && savedAt ? (
        <>
          <IconCloudCheck size={16} color="var(--mantine-color-wethi-8)" />
          <Text size="sm" c="dimmed">
            {/* Seconds shown: the time visibly moves on while typing, which is the reassurance. */}
            {t('minutes.save.saved', { time: savedAt.toLocaleTimeString('en-GB', { hour12: false }) })}
          </Text>
        </>
      ) : (
        <Text size="sm" c="dimmed">
          {t('minutes.save.auto')}
        </Text>
      )}
    </Group>
  );
}
