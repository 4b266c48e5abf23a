/** Asks before something that cannot be taken back lightly; Enter confirms, Esc cancels. */
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface ConfirmDialogProps {
  opened: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  cancelLabel?: string;
  danger?: boolean;
  loading?: boolean;
  /** Extra condition, e.g. a typed confirmation, before the button works. */
  canConfirm?: boolean;
  /** A check that is usually a mistake (a date far away) starts on the way back, not on going ahead. */
  focusCancel?: boolean;
  /** Wider for dialogs that list things (the erase dialog's mentions). */
  size?: 'md' | 'lg';
  onConfirm: () => void;
  onClose: () => void;
}

export function ConfirmDialog({ opened, title, children, confirmLabel, cancelLabel, danger, loading, canConfirm = true, focusCancel, size = 'md', onConfirm, onClose }: ConfirmDialogProps) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={<Text fw={700} size="lg">{title}</Text>} size={size}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          // Rendered in a portal, yet React bubbles the event to whatever form opened the dialog.
          event.stopPropagation();
          if (canConfirm && !loading) onConfirm();
        }}
      >
        <Stack>
          {typeof children === 'string' ? <Text>{children}</Text> : children}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose} data-autofocus={focusCancel || undefined}>
              {cancelLabel ?? t('common.cancel')}
            </Button>
            <Button type="submit" color={danger ? 'red' : undefined} loading={loading} disabled={!canConfirm} data-autofocus={!focusCancel || undefined}>
              {confirmLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
