/**
 * The foot of a form in a modal: the Ctrl+Enter hint on the left, Cancel and the submit button on
 * the right. The form itself handles Ctrl+Enter; this only shows that it does.
 */
import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Keys } from './Keys';

export function FormFooter({ onCancel, saving, submitLabel }: { onCancel: () => void; saving: boolean; submitLabel?: string }) {
  const { t } = useTranslation();
  return (
    <Group justify="space-between" mt="sm">
      <Group gap={4}>
        <Keys combo="Ctrl+Enter" />
        <Text size="sm" c="gray.7">
          {t('shortcuts.save')}
        </Text>
      </Group>
      <Group>
        <Button variant="default" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" loading={saving}>
          {submitLabel ?? t('common.save')}
        </Button>
      </Group>
    </Group>
  );
}
