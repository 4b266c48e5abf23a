/**
 * Show of hands: the facilitator's count per option, optionally split by sector, gender, age or
 * village. Each split must add up to the totals, option by option; the host refuses one that
 * does not, and the refusal says which option is off and by how much.
 */
import { Button, Group, Menu, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BREAKDOWN_BY, type Output } from '../../../shared/contract';
import { useApi } from '../../api/ApiProvider';
import { useFormat } from '../../i18n/format';
import { notifyDone } from '../../ui/notify';
import { type BreakdownValues, breakdownsFromStored, columnSum, hasInvalidCell, newBreakdown, toContract } from './breakdown';
import { BreakdownEditor } from './BreakdownEditor';
import { CountInput } from './CountInput';
import { type Poll, usePollInputs } from '../../api/queries/polls';
import { RefusalAlert } from './RefusalAlert';
import { useCountFields } from './use-count-fields';

type Stored = Output<'polls.inputs'>['counts']['hands'];

export function HandsEntry({ poll }: { poll: Poll }) {
  const inputs = usePollInputs(poll);
  return inputs.data ? <HandsForm poll={poll} stored={inputs.data.counts.hands} /> : null;
}

interface Mismatch {
  by: string;
  option: string;
  sum: number;
  total: number;
}

function HandsForm({ poll, stored }: { poll: Poll; stored: Stored }) {
  const { t } = useTranslation();
  const api = useApi();
  const format = useFormat();
  const ids = poll.options.map((o) => o.id);
  const hands = useCountFields(stored?.hands, ids);
  const [breakdowns, setBreakdowns] = useState<BreakdownValues[]>(() => breakdownsFromStored(stored));
  const [refusal, setRefusal] = useState<{ error: unknown; mismatches: Mismatch[] } | null>(null);
  const open = poll.status === 'open';

  const mismatches = (totals: Record<string, number>): Mismatch[] =>
    breakdowns.flatMap((b) =>
      poll.options
        .map((o) => ({ by: t(`polls.breakdown.by.${b.by}`), option: o.label, sum: columnSum(b, o.id), total: totals[o.id] ?? 0 }))
        .filter((m) => m.sum !== m.total),
    );

  const save = useMutation({
    mutationFn: (totals: Record<string, number>) =>
      api.polls.setCounts({ pollId: poll.id, kind: 'hands', hands: totals, breakdowns: breakdowns.map((b) => toContract(b, ids)) }),
    onSuccess: () => {
      hands.saved();
      setRefusal(null);
      notifyDone(t('polls.entry.countsSaved'), { group: 'counts' });
    },
    onError: (error, totals) => setRefusal({ error, mismatches: mismatches(totals) }),
  });
  const valid = hands.counts !== null && !breakdowns.some(hasInvalidCell);
  const unused = BREAKDOWN_BY.filter((by) => !breakdowns.some((b) => b.by === by));

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        if (hands.counts && valid) save.mutate(hands.counts);
      }}
    >
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 2, sm: Math.min(poll.options.length, 4) }} spacing="sm">
          {poll.options.map((o, i) => (
            <CountInput
              key={o.id}
              size="lg"
              autoFocus={i === 0}
              label={`${o.position}. ${o.label}`}
              disabled={!open}
              value={hands.values[o.id] ?? ''}
              onChange={(v) => hands.set(o.id, v)}
              error={hands.invalid(o.id)}
              data-testid={`hands-${o.position}`}
            />
          ))}
        </SimpleGrid>
        {breakdowns.map((b, i) => (
          <BreakdownEditor
            key={b.by}
            options={poll.options}
            value={b}
            totals={hands.counts}
            disabled={!open}
            onChange={(next) => setBreakdowns((all) => all.map((x, j) => (j === i ? next : x)))}
            onRemove={() => setBreakdowns((all) => all.filter((_, j) => j !== i))}
          />
        ))}
        {refusal ? (
          <RefusalAlert error={refusal.error}>
            {refusal.mismatches.map((m) => (
              <Text key={`${m.by}-${m.option}`}>
                {t('polls.breakdown.mismatch', { by: m.by, option: m.option, sum: format.number(m.sum), total: format.number(m.total) })}
              </Text>
            ))}
          </RefusalAlert>
        ) : null}
        <Group gap="sm">
          <Button type="submit" disabled={!open || !valid} loading={save.isPending}>
            {t('polls.entry.saveCounts')}
          </Button>
          {unused.length > 0 ? (
            <Menu position="bottom-start">
              <Menu.Target>
                <Button variant="light" leftSection={<IconPlus size={18} />} disabled={!open}>
                  {t('polls.breakdown.add')}
                </Button>
              </Menu.Target>
              <Menu.Dropdown>
                {unused.map((by) => (
                  <Menu.Item key={by} onClick={() => setBreakdowns((all) => [...all, newBreakdown(by)])}>
                    {t(`polls.breakdown.by.${by}`)}
                  </Menu.Item>
                ))}
              </Menu.Dropdown>
            </Menu>
          ) : null}
          <Text size="sm" c="dimmed">
            {t('polls.breakdown.hint')}
          </Text>
        </Group>
      </Stack>
    </form>
  );
}
