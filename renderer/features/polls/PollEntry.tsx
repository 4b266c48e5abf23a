/** The entry screen for the poll's method. */
import { Alert, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApprovalEntry } from './ApprovalEntry';
import { BallotLineEntry } from './BallotLineEntry';
import { ConsensusEntry } from './ConsensusEntry';
import { HandsEntry } from './HandsEntry';
import { MatrixEntry } from './MatrixEntry';
import type { Poll } from '../../api/queries/polls';
import { YesNoEntry } from './YesNoEntry';

export function PollEntry({ poll }: { poll: Poll }) {
  const { t } = useTranslation();
  if (poll.status === 'draft') {
    return (
      <Alert color="gray" title={t('polls.entry.draftTitle')}>
        <Text>{t('polls.entry.draftBody')}</Text>
      </Alert>
    );
  }
  switch (poll.method) {
    case 'borda':
    case 'irv':
    case 'schulze':
      return <BallotLineEntry poll={poll} kind="ranked" />;
    case 'plurality':
      return <BallotLineEntry poll={poll} kind="single" />;
    case 'approval':
      return <ApprovalEntry poll={poll} />;
    case 'show_of_hands':
      return <HandsEntry poll={poll} />;
    case 'score_matrix':
      return <MatrixEntry poll={poll} />;
    case 'yes_no':
      return <YesNoEntry poll={poll} />;
    case 'consensus':
      return <ConsensusEntry poll={poll} />;
  }
}
