/** The warnings in plain words, first on the page: a few voices dominate, a group present is silent. */
import { Alert, Stack } from '@mantine/core';
import { IconAlertTriangle, IconVolume3 } from '@tabler/icons-react';
import type { EquityWarning } from '../../../shared/contract';
import { useEquityText } from './equity-text';

export function EquityWarnings({ warnings }: { warnings: EquityWarning[] }) {
  const text = useEquityText();
  const shown = warnings.filter((w) => w.key !== 'nobody_spoke');
  if (shown.length === 0) return null;
  return (
    <Stack gap="sm" data-testid="equity-warnings">
      {shown.map((w) => {
        const words = text.warning(w);
        if (!words) return null;
        const dominate = w.key === 'few_voices_dominate';
        return (
          <Alert
            key={`${w.key}-${String(w.params.dimension ?? '')}-${String(w.params.key ?? '')}`}
            color={dominate ? 'red' : 'orange'}
            variant={dominate ? 'filled' : 'light'}
            icon={dominate ? <IconAlertTriangle /> : <IconVolume3 />}
            title={words.title}
            fz="md"
          >
            {words.body}
          </Alert>
        );
      })}
    </Stack>
  );
}
