/** What the facilitator should know before reading the result out (more votes than people, sheets unfinished). */
import { Alert, Stack } from '@mantine/core';
import { IconAlertTriangle, IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { PollResults } from '../../api/queries/polls';

export function ResultWarnings({ results }: { results: PollResults }) {
  const { t } = useTranslation();
  if (results.warnings.length === 0) return null;
  return (
    <Stack gap={6}>
      {results.warnings.map((w) => (
        <Alert
          key={w}
          py={6}
          color={w === 'no_input' ? 'gray' : 'orange'}
          icon={w === 'no_input' ? <IconInfoCircle size={18} /> : <IconAlertTriangle size={18} />}
          data-testid={`warning-${w}`}
        >
          {t(`polls.warnings.${w}`, { ballots: results.ballotCount, eligible: results.eligibleCount })}
        </Alert>
      ))}
    </Stack>
  );
}
