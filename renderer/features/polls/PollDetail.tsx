/**
 * One poll: header, the entry screen for its method and the live result. Narrow entry screens
 * (a ballot box, three counts) sit beside the result; wide ones (the matrix grid, breakdown
 * tables) sit above it.
 */
import { Alert, Divider, Grid, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PollEntry } from './PollEntry';
import { PollHeader } from './PollHeader';
import { PollResultsView } from './PollResultsView';
import type { Poll } from './queries';

const WIDE: Poll['method'][] = ['score_matrix', 'show_of_hands'];

export function PollDetail({ poll, onDeleted }: { poll: Poll; onDeleted: () => void }) {
  const { t } = useTranslation();
  const closedNote =
    poll.status === 'closed' ? (
      <Alert color="blue" py={6}>
        {t('polls.entry.closedNote')}
      </Alert>
    ) : null;
  return (
    <Stack gap="md" data-testid="poll-detail">
      <PollHeader poll={poll} onDeleted={onDeleted} />
      <Divider />
      {WIDE.includes(poll.method) || poll.status === 'draft' ? (
        <Stack gap="lg">
          {closedNote}
          <PollEntry poll={poll} />
          <PollResultsView poll={poll} />
        </Stack>
      ) : (
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, lg: 5 }}>
            <Stack gap="sm">
              {closedNote}
              <PollEntry poll={poll} />
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, lg: 7 }}>
            <PollResultsView poll={poll} />
          </Grid.Col>
        </Grid>
      )}
    </Stack>
  );
}
