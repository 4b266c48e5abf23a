/** The outcome in one line: the winner, or every option tied for first (ties are never hidden). */
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PollResults } from '../../api/queries/polls';

export function WinnerLine({ results }: { results: PollResults }) {
  const { t } = useTranslation();
  const names = results.winners.map((w) => w.label).join(', ');
  let line: string;
  if (results.winners.length === 0) line = results.tie ? t('polls.results.stoppedOnTie') : t('polls.results.noWinner');
  else if (results.winners.length > 1) line = t('polls.results.tiedWinners', { names, n: results.winners.length });
  // While votes are still coming in nobody has won yet: the first place is only leading.
  else line = t(results.status === 'open' ? 'polls.results.leading' : 'polls.results.winnerIs', { name: names });
  return (
    <Text fz={22} fw={700} c={results.tie ? 'orange.8' : 'wethi.8'} data-testid="winner-line">
      {line}
    </Text>
  );
}
