/** Approval or dot voting: a sheet per participant typed as numbers, or the totals counted on the board. */
import { SegmentedControl, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BallotLineEntry } from './BallotLineEntry';
import type { Poll } from '../../api/queries/polls';
import { TotalsEntry } from './TotalsEntry';

type ApprovalPoll = Extract<Poll, { method: 'approval' }>;

export function ApprovalEntry({ poll }: { poll: ApprovalPoll }) {
  const { t } = useTranslation();
  const [how, setHow] = useState<'each' | 'totals'>('each');
  const dots = poll.rules.mode === 'dots';
  return (
    <Stack gap="sm">
      <SegmentedControl
        value={how}
        onChange={(v) => setHow(v as 'each' | 'totals')}
        data={[
          { value: 'each', label: t('polls.entry.perParticipant') },
          { value: 'totals', label: t('polls.entry.aggregate') },
        ]}
      />
      {how === 'each' ? (
        <BallotLineEntry poll={poll} kind={dots ? 'dots' : 'approval'} max={dots ? poll.rules.dotsPerParticipant : poll.rules.maxApprovals} />
      ) : (
        <TotalsEntry poll={poll} />
      )}
    </Stack>
  );
}
