/**
 * The resolution (มติที่ประชุม) of the agenda item the notes are on, above its notes: taken from
 * a draft-resolution note, or typed here directly (Enter saves, Shift+Enter new line, Esc cancels).
 */
import { ActionIcon, Button, Group, Paper, Stack, Text, Textarea, Tooltip } from '@mantine/core';
import { IconGavel, IconPencil, IconTrash } from '@tabler/icons-react';
import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NOTE_TEXT_MAX } from '../../../shared/contract';
import { Keys } from '../../ui/Keys';
import type { Resolution } from '../../api/queries/notes';

interface Props {
  resolution: Resolution | undefined;
  /** "Agenda item 4" or the forum as a whole. */
  scopeLabel: string;
  saving: boolean;
  onSave: (text: string) => Promise<unknown>;
  onDelete: (resolution: Resolution) => void;
  onDone: () => void;
}

/** Memoised with the other parts of the pane: a stored note re-renders the list only. */
export const ResolutionCard = memo(function ResolutionCard({ resolution, scopeLabel, saving, onSave, onDelete, onDone }: Props) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<string | null>(null);

  const close = () => {
    setEditing(null);
    onDone();
  };
  const save = async () => {
    if (editing === null || !editing.trim()) return;
    try {
      await onSave(editing);
      close();
    } catch {
      // The error is shown; the text stays for another try.
    }
  };

  return (
    <Paper withBorder radius="md" px="sm" py={6} style={{ borderLeft: '4px solid var(--mantine-color-orange-6)' }} data-testid="resolution-card">
      <Stack gap={4}>
        <Group justify="space-between" wrap="nowrap" gap="xs">
          <Group gap={6} wrap="nowrap" style={{ minWidth: 0 }}>
            <IconGavel size={18} color="var(--mantine-color-orange-7)" style={{ flexShrink: 0 }} />
            <Text fw={700} size="sm" style={{ flexShrink: 0 }}>
              {t('notes.resolution.title')}
            </Text>
            <Text size="sm" c="dimmed" truncate>
              {scopeLabel}
            </Text>
            {!resolution && editing === null ? (
              <Text size="sm" c="dimmed" fs="italic" style={{ flexShrink: 0 }}>
                · {t('notes.resolution.none')}
              </Text>
            ) : null}
          </Group>
          {editing === null ? (
            <Group gap={2} wrap="nowrap">
              {resolution ? (
                <>
                  <Tooltip label={t('notes.resolution.edit')} openDelay={400}>
                    <ActionIcon variant="subtle" color="gray" aria-label={t('notes.resolution.edit')} onClick={() => setEditing(resolution.text)}>
                      <IconPencil size={18} />
                    </ActionIcon>
                  </Tooltip>
                  <Tooltip label={t('notes.resolution.delete')} openDelay={400}>
                    <ActionIcon variant="subtle" color="gray" aria-label={t('notes.resolution.delete')} onClick={() => onDelete(resolution)}>
                      <IconTrash size={18} />
                    </ActionIcon>
                  </Tooltip>
                </>
              ) : (
                <Button size="compact-sm" variant="light" color="orange" onClick={() => setEditing('')} title={t('notes.resolution.noneHint')} data-testid="resolution-type">
                  {t('notes.resolution.type')}
                </Button>
              )}
            </Group>
          ) : null}
        </Group>
        {editing !== null ? (
          <Stack gap={4}>
            <Textarea
              autosize
              minRows={2}
              maxRows={5}
              autoFocus
              maxLength={NOTE_TEXT_MAX}
              aria-label={t('notes.resolution.title')}
              placeholder={t('notes.resolution.placeholder')}
              value={editing}
              onChange={(e) => setEditing(e.currentTarget.value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
                  e.preventDefault();
                  void save();
                } else if (e.key === 'Escape') {
                  e.preventDefault();
                  close();
                }
              }}
              data-testid="resolution-input"
            />
            <Group justify="flex-end" gap="xs">
              <Button size="compact-sm" variant="default" onClick={close} rightSection={<Keys combo="Esc" />}>
                {t('common.cancel')}
              </Button>
              <Button size="compact-sm" color="orange" loading={saving} disabled={!editing.trim()} onClick={() => void save()} rightSection={<Keys combo="Enter" />}>
                {t('notes.resolution.save')}
              </Button>
            </Group>
          </Stack>
        ) : resolution ? (
          <Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} data-testid="resolution-text">
            {resolution.text}
          </Text>
        ) : null}
      </Stack>
    </Paper>
  );
});
