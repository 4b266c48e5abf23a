/**
 * Yes / no / abstain as counted in the room, and how many were present (the quorum is checked
 * against it; left empty, the checked-in count now). Enter saves from any box.
 */
import { Button, Group, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../../shared/contract';
import { useApi } from '../../api/ApiProvider';
import { notifyDone } from '../../ui/notify';
import { CountInput } from './CountInput';
import { parseCount } from '../../ui/digits';
import { type Poll, usePollInputs } from '../../api/queries/polls';
import { RefusalAlert } from './RefusalAlert';

type Stored = Output<'polls.inputs'>['counts']['yesNo'];
const FIELDS = ['yes', 'no', 'abstain'] as const;

export function YesNoEntry({ poll }: { poll: Poll }) {
  const inputs = usePollInputs(poll);
  return inputs.data ? <YesNoForm poll={poll} stored={inputs.data.counts.yesNo} /> : null;
}

function YesNoForm({ poll, stored }: { poll: Poll; stored: Stored }) {
  const { t } = useTranslation();
  const api = useApi();
  const [values, setValues] = useState(() => ({
    yes: stored ? String(stored.yes) : '',
    no: stored ? String(stored.no) : '',
    abstain: stored ? String(stored.abstain) : '',
    present: stored ? String(stored.present) : '',
  }));
  const [refusal, setRefusal] = useState<unknown>(null);
  const counts = Object.fromEntries(FIELDS.map((f) => [f, parseCount(values[f] || '0')])) as Record<(typeof FIELDS)[number], number | null>;
  const present = values.present.trim() === '' ? undefined : parseCount(values.present);
  const valid = FIELDS.every((f) => counts[f] !== null) && present !== null;
  const save = useMutation({
    mutationFn: () =>
      api.polls.setCounts({
        pollId: poll.id,
        kind: 'yes_no',
        yes: counts.yes ?? 0,
        no: counts.no ?? 0,
        abstain: counts.abstain ?? 0,
        ...(present === undefined || present === null ? {} : { present }),
      }),
    onSuccess: () => {
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
        if (valid) save.mutate();
      }}
    >
      <Stack gap="sm">
        {/* One count a row, label beside its box: readable in the narrow entry column, Tab goes down. */}
        <Stack gap="xs">
          {FIELDS.map((f, i) => (
            <Group key={f} justify="space-between" wrap="nowrap">
              <Text component="label" htmlFor={`yes-no-${f}`} fz="xl" fw={600}>
                {t(`polls.yesNo.${f}`)}
              </Text>
              <CountInput
                id={`yes-no-${f}`}
                w={140}
                size="xl"
                autoFocus={i === 0}
                disabled={!open}
                value={values[f]}
                onChange={(v) => setValues((x) => ({ ...x, [f]: v }))}
                error={counts[f] === null}
              />
            </Group>
          ))}
        </Stack>
        <Group align="flex-end" gap="sm">
          <CountInput
            w={160}
            label={t('polls.yesNo.present')}
            placeholder={String(poll.eligibleCount)}
            disabled={!open}
            value={values.present}
            onChange={(v) => setValues((x) => ({ ...x, present: v }))}
            error={present === null}
          />
          <Text size="sm" c="dimmed" pb={8} maw={320}>
            {t('polls.yesNo.presentHint', { n: poll.eligibleCount })}
          </Text>
        </Group>
        {refusal ? <RefusalAlert error={refusal} /> : null}
        <Button type="submit" disabled={!open || !valid} loading={save.isPending} w="fit-content">
          {t('polls.entry.saveCounts')}
        </Button>
      </Stack>
    </form>
  );
}
