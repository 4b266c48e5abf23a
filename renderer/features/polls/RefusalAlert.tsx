/** The host's refusal of what was entered, in plain words, with its exact reason below. */
import { Alert, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useApiErrorText } from '../../ui/api-errors';

export function RefusalAlert({ error, children }: { error: unknown; children?: ReactNode }) {
  const errors = useApiErrorText();
  const detail = errors.detail(error);
  return (
    <Alert color="red" icon={<IconAlertTriangle />} title={errors.text(error)} role="alert" data-testid="poll-refusal">
      {children}
      {detail ? (
        <Text size="sm" c="dimmed" mt={children ? 6 : 0}>
          {detail}
        </Text>
      ) : null}
    </Alert>
  );
}
