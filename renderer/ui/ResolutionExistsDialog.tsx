/**
 * The agenda item already has a resolution (typed by the note-taker, or from another poll):
 * replace it, keep it and add this one as a further resolution (the minutes number them), or
 * cancel. Nothing is replaced without this choice.
 */
import { Button, Group, Modal, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface Props {
  opened: boolean;
  /** The resolution already recorded. */
  existing: string | null;
  /** The one to be recorded. */
  text: string;
  loading: boolean;
  onReplace: () => void;
  onAdd: () => void;
  onClose: () => void;
}

export function ResolutionExistsDialog({ opened, existing, text, loading, onReplace, onAdd, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={<Text fw={700} size="lg">{t('polls.resolutionExists.title')}</Text>} size="lg">
      <Stack gap="sm" data-testid="resolution-exists">
        <Text>{t('polls.resolutionExists.body')}</Text>
        {existing ? (
          <Stack gap={4}>
            <Text size="sm" fw={600}>
              {t('polls.resolutionExists.existing')}
            </Text>
            <Paper withBorder p="sm" bg="gray.0">
              <Text style={{ whiteSpace: 'pre-line' }} data-testid="resolution-existing">
                {existing}
              </Text>
            </Paper>
          </Stack>
        ) : null}
        <Stack gap={4}>
          <Text size="sm" fw={600}>
            {t('polls.resolutionExists.new')}
          </Text>
          <Paper withBorder p="sm" bg="gray.0">
            <Text style={{ whiteSpace: 'pre-line' }}>{text}</Text>
          </Paper>
        </Stack>
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button variant="light" color="red" loading={loading} onClick={onReplace}>
            {t('polls.resolutionExists.replace')}
          </Button>
          {/* The safe choice keeps both: it has the focus, so Enter adds. */}
          <Button loading={loading} onClick={onAdd} data-autofocus>
            {t('polls.resolutionExists.add')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
