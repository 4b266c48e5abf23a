/**
 * A note sent but not yet committed: shown at once, dimmed, so typing flows on; it becomes a
 * normal row only when the core has acknowledged it (a note is stored only once committed).
 */
import { Box, Group, Loader, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export interface PendingNote {
  key: string;
  text: string;
  speakerName: string | null;
}

export function PendingRow({ note }: { note: PendingNote }) {
  const { t } = useTranslation();
  return (
    <Box px="sm" py={6} style={{ opacity: 0.6, borderLeft: '4px dashed var(--mantine-color-gray-4)' }} data-testid="note-pending" role="listitem">
      <Group gap="xs" wrap="nowrap">
        <Loader size={14} />
        <Text size="sm" c="dimmed">
          {t('notes.storing')}
        </Text>
        <Text size="sm" fw={700} truncate>
          {note.speakerName ?? t('notes.speaker.unattributed')}
        </Text>
      </Group>
      <Text fz="lg" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
        {note.text}
      </Text>
    </Box>
  );
}
