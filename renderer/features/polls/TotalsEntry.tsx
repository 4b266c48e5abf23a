/** Approval or dot totals counted on the board, with how many people they cover (to check the limits). */
import { Button, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../../shared/contract';
import { useApi } from '../../api/ApiProvider';
import { notifyDone } from '../../ui/notify';
import { CountInput } from './CountInput';
import { parseCount } from '../../ui/digits';
import { RefusalAlert } from './RefusalAlert';
import { type Poll, usePollInputs } from '../../api/queries/polls';
import { useCountFields } from './use-count-fields';

type Stored = Output<'polls.inputs'>['counts']['totals'];

export function TotalsEntry({ poll }: { poll: Poll }) {
  const inputs = usePollInputs(poll);
  // The boxes start from what is stored, so they wait for it.
  return inputs.data ? <TotalsForm poll={poll} stored={inputs.data.counts.totals} /> : null;
}

function TotalsForm({ poll, stored }: { poll: Poll; stored: Stored }) {
  const { t } = useTranslation();
  const api = useApi();
  const fields = useCountFields(stored?.totals, poll.options.map((o) => o.id));
  const [participants, setParticipants] = useState(() => (stored?.participants == null ? '' : String(stored.participants)));
  const [refusal, setRefusal] = useState<unknown>(null);
  const people = participants.trim() === '' ? undefined : parseCount(participants);
  const save = useMutation({
    mutationFn: (totals: Record<string, number>) =>
      api.polls.setCounts({ pollId: poll.id, kind: 'totals', totals, ...(people === undefined || people === null ? {} : { participants: people }) }),
    onSuccess: () => {
      fields.saved();
      setRefusal(null);
      notifyDone(t('polls.entry.countsSaved'), { group: 'counts' });
    },
    onError: setRefusal,
  });
  const open = poll.status === 'open';
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        if (fields.counts && people !== null) save.mutate(fields.counts);
      }}
    >
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('polls.entry.totalsHint')}
        </Text>
        <SimpleGrid cols={1} spacing={6}>
          {poll.options.map((o) => (
            <Group key={o.id} justify="space-between" wrap="nowrap">
              <Text lineClamp={1}>
                {o.position}. {o.label}
              </Text>
              <CountInput w={110} aria-label={o.label} disabled={!open} value={fields.values[o.id] ?? ''} onChange={(v) => fields.set(o.id, v)} error={fields.invalid(o.id)} />
            </Group>
          ))}
        </SimpleGrid>
        <Group justify="space-between" wrap="nowrap">
          <Text>{t('polls.entry.participants')}</Text>
          <CountInput w={110} aria-label={t('polls.entry.participants')} disabled={!open} value={participants} onChange={setParticipants} error={people === null} />
        </Group>
        {refusal ? <RefusalAlert error={refusal} /> : null}
        <Button type="submit" disabled={!open || !fields.counts || people === null} loading={save.isPending} w="fit-content">
          {t('polls.entry.saveCounts')}
        </Button>
      </Stack>
    </form>
  );
}
