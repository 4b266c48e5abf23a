/** Notifications the screens share: success with an optional Undo, and errors in plain language. */
import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useLabels } from '../i18n/labels';

export function notifyDone(message: string, undo?: { label: string; onUndo: () => void }): string {
  const id = notifications.show({
    color: 'wethi',
    icon: <IconCheck size={18} />,
    autoClose: undo ? 8000 : 4000,
    message: (
      <Group justify="space-between" wrap="nowrap" gap="sm">
        <Text size="md">{message}</Text>
        {undo ? (
          <Button
            size="compact-sm"
            variant="light"
            onClick={() => {
              notifications.hide(id);
              undo.onUndo();
            }}
          >
            {undo.label}
          </Button>
        ) : null}
      </Group>
    ),
  });
  return id;
}

export function useNotifyError() {
  const { t } = useTranslation();
  const labels = useLabels();
  return (error: unknown) =>
    notifications.show({ color: 'red', icon: <IconAlertTriangle size={18} />, title: t('error.title'), message: labels.error(error), autoClose: 8000 });
}
