/**
 * One poll: header, the entry screen for its method and the live result. Narrow entry screens
 * (a ballot box, three counts) sit beside the result; wide ones (the matrix grid, breakdown
 * tables, the fist-to-five buttons with a concern) sit above it.
 */
import { Alert, Divider, Grid, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PollEntry } from './PollEntry';
import { PollHeader } from './PollHeader';
import { PollResultsView } from './PollResultsView';
import type { Poll } from '../../api/queries/polls';
import type { PollsSlots } from './slots';

const WIDE: Poll['method'][] = ['score_matrix', 'show_of_hands', 'consensus'];

export function PollDetail({ poll, onDeleted, AdoptResult }: { poll: Poll; onDeleted: () => void; AdoptResult: PollsSlots['AdoptResult'] }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md" data-testid="poll-detail">
      <PollHeader poll={poll} onDeleted={onDeleted} />
      <Divider />
      {poll.status === 'closed' ? (
        // Closed: the result is what matters now; the entry screens come back with "reopen".
        <Stack gap="lg">
          <Alert color="blue" py={6}>
            {t('polls.entry.closedNote')}
          </Alert>
          <PollResultsView poll={poll} AdoptResult={AdoptResult} />
        </Stack>
      ) : WIDE.includes(poll.method) || poll.status === 'draft' ? (
        <Stack gap="lg">
          <PollEntry poll={poll} />
          <PollResultsView poll={poll} AdoptResult={AdoptResult} />
        </Stack>
      ) : (
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, lg: 4 }}>
            <PollEntry poll={poll} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, lg: 8 }}>
            <PollResultsView poll={poll} AdoptResult={AdoptResult} />
          </Grid.Col>
        </Grid>
      )}
    </Stack>
  );
}
