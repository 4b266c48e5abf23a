/** A quiet line saying whether what is in the box is safe on disk, so the note-taker can stop worrying. */
import { Group, Loader, Text } from '@mantine/core';
import { IconAlertTriangle, IconCloudCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { SyncState } from '../../ui/draft-sync';

// Seconds shown: "saved 10:31:05" visibly moves on while typing, which is the reassurance.

export function SaveIndicator({ state, savedAt, empty }: { state: SyncState; savedAt: Date | null; empty: boolean }) {
  const { t } = useTranslation();
  // An empty box has nothing to keep: say nothing rather than "saved".
  const shown = empty && state !== 'failed' ? 'idle' : state;
  return (
    <Group gap={4} wrap="nowrap" data-testid="draft-status" data-state={shown} aria-live="polite" style={{ flexShrink: 0 }}>
      {shown === 'saved' && savedAt ? (
        <>
          <IconCloudCheck size={16} color="var(--mantine-color-wethi-8)" />
          <Text size="xs" c="dimmed" truncate>
            {t('notes.draft.saved', { time: savedAt.toLocaleTimeString('en-GB', { hour12: false }) })}
          </Text>
        </>
      ) : shown === 'dirty' || shown === 'saving' ? (
        <>
          <Loader size={12} type="dots" />
          <Text size="xs" c="dimmed" truncate>
            {t('notes.draft.saving')}
          </Text>
        </>
      ) : shown === 'failed' ? (
        <>
          <IconAlertTriangle size={16} color="var(--mantine-color-red-7)" />
          <Text size="xs" c="red.7" truncate>
            {t('notes.draft.failed')}
          </Text>
        </>
      ) : (
        <Text size="xs" c="dimmed" truncate>
          {t('notes.draft.auto')}
        </Text>
      )}
    </Group>
  );
}
