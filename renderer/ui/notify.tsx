/** Notifications the screens share: success with an optional Undo, and errors in plain language. */
import { Button, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useLabels } from '../i18n/labels';
import { Keys } from './Keys';

/** The notification currently shown for each group: a new one replaces it instead of stacking up. */
const shownInGroup = new Map<string, string>();

export interface DoneOptions {
  undo?: { label: string; keys?: string; onUndo: () => void };
  /** At a busy registration table a pile of notifications would hide the counter: one per group. */
  group?: string;
}

/** Takes a group's notification away once it has done its job (the next person is being typed). */
export function dismissGroup(group: string): void {
  const shown = shownInGroup.get(group);
  if (shown) notifications.hide(shown);
  shownInGroup.delete(group);
}

export function notifyDone(message: string, { undo, group }: DoneOptions = {}): string {
  const previous = group ? shownInGroup.get(group) : undefined;
  if (previous) notifications.hide(previous);
  const id = notifications.show({
    color: 'wethi',
    icon: <IconCheck size={18} />,
    autoClose: undo ? 8000 : 4000,
    message: (
      <Stack gap={6}>
        <Text size="md">{message}</Text>
        {undo ? (
          <Group gap="xs">
            <Button
              size="compact-md"
              variant="light"
              onClick={() => {
                notifications.hide(id);
                undo.onUndo();
              }}
            >
              {undo.label}
            </Button>
            {undo.keys ? <Keys combo={undo.keys} /> : null}
          </Group>
        ) : null}
      </Stack>
    ),
  });
  if (group) shownInGroup.set(group, id);
  return id;
}

/** Something done, but with a part the user must know about (e.g. a backup that had to be deleted): stays until closed. */
export function notifyWarning(message: string): void {
  notifications.show({ color: 'orange', icon: <IconAlertTriangle size={18} />, message: <Text size="md">{message}</Text>, autoClose: false });
}

export function useNotifyError() {
  const { t } = useTranslation();
  const labels = useLabels();
  return (error: unknown) =>
    notifications.show({ color: 'red', icon: <IconAlertTriangle size={18} />, title: t('error.title'), message: labels.error(error), autoClose: 8000 });
}
