/** The warnings in plain words, first on the page: a few voices dominate, groups present are silent. */
import { Alert, Stack } from '@mantine/core';
import { IconAlertTriangle, IconVolume3 } from '@tabler/icons-react';
import type { EquityWarning } from '../../../shared/contract';
import { useEquityText } from './equity-text';

export function EquityWarnings({ warnings }: { warnings: EquityWarning[] }) {
  const text = useEquityText();
  const shown = text.warnings(warnings);
  if (shown.length === 0) return null;
  return (
    <Stack gap="sm" data-testid="equity-warnings">
      {shown.map((w) => (
        <Alert
          key={w.key}
          color={w.key === 'dominate' ? 'red' : 'orange'}
          variant={w.key === 'dominate' ? 'filled' : 'light'}
          icon={w.key === 'dominate' ? <IconAlertTriangle /> : <IconVolume3 />}
          title={w.title}
          data-testid={`equity-warning-${w.key}`}
        >
          {w.body}
        </Alert>
      ))}
    </Stack>
  );
}
