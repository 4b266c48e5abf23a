/**
 * Fist-to-five: each vote 0 (fist) … 5, or a block; a concern may be written with it, and a
 * block must say why (for the minutes: the form asks for it and the host refuses a block
 * without). Digits 0–5 pick the value, B a block, Enter adds the vote; several identical hands
 * can be added at once with the count.
 */
import { Button, Group, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { type KeyboardEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/ApiProvider';
import { useFormat } from '../../i18n/format';
import { notifyDone } from '../../ui/notify';
import { CountInput } from './CountInput';
import { parseCount, physicalDigit } from '../../ui/digits';
import { type Poll, usePollInputs } from '../../api/queries/polls';
import { RefusalAlert } from './RefusalAlert';

type Value = 0 | 1 | 2 | 3 | 4 | 5 | 'block';
const VALUES = ['0', '1', '2', '3', '4', '5', 'block'] as const;

export function ConsensusEntry({ poll }: { poll: Poll }) {
  const { t } = useTranslation();
  const api = useApi();
  const format = useFormat();
  const inputs = usePollInputs(poll);
  const [value, setValue] = useState<(typeof VALUES)[number]>('5');
  const [count, setCount] = useState('1');
  const [concern, setConcern] = useState('');
  const [refusal, setRefusal] = useState<unknown>(null);
  const [reasonMissing, setReasonMissing] = useState(false);
  const concernBox = useRef<HTMLInputElement>(null);
  const n = parseCount(count);
  const block = value === 'block';
  const reasonNeeded = block && concern.trim() === '';
  const open = poll.status === 'open';
  const add = useMutation({
    mutationFn: () => {
      const v: Value = value === 'block' ? 'block' : (Number(value) as Value);
      return api.polls.addBallot({ pollId: poll.id, value: v, count: n ?? 1, ...(concern.trim() ? { concern: concern.trim() } : {}) });
    },
    onSuccess: (b) => {
      setRefusal(null);
      setConcern('');
      setCount('1');
      notifyDone(t('polls.consensus.added', { seq: b.seq }), {
        group: 'ballot',
        undo: { label: t('common.undo'), onUndo: () => void api.polls.removeBallot({ id: b.id }).catch(setRefusal) },
      });
    },
    onError: setRefusal,
  });
  const votes = (inputs.data?.ballots ?? []).reduce((sum, b) => sum + b.count, 0);

  const onKeyDown = (e: KeyboardEvent) => {
    // Digits and B choose the value from anywhere in the form, except while typing the concern or the count.
    const target = e.target as HTMLElement;
    if (target.tagName === 'TEXTAREA' || (target instanceof HTMLInputElement && target.type !== 'radio')) return;
    const digit = physicalDigit(e);
    if (digit !== null && Number(digit) <= 5) setValue(digit as (typeof VALUES)[number]);
    else if (e.code === 'KeyB') setValue('block');
  };

  return (
    <form
      onKeyDown={onKeyDown}
      onSubmit={(e) => {
        e.preventDefault();
        if (reasonNeeded) {
          setReasonMissing(true);
          concernBox.current?.focus();
        } else if (n !== null && n > 0) add.mutate();
      }}
    >
      <Stack gap="sm">
        <Group justify="space-between">
          <Text fw={500}>{t('polls.consensus.value')}</Text>
          <Text c="dimmed">{t('polls.consensus.votes', { n: format.number(votes), count: votes })}</Text>
        </Group>
        <SegmentedControl
          fullWidth
          size="lg"
          disabled={!open}
          value={value}
          onChange={(v) => setValue(v as (typeof VALUES)[number])}
          data={VALUES.map((v) => ({ value: v, label: v === 'block' ? t('polls.consensus.block') : v }))}
          color={value === 'block' ? 'red' : undefined}
          aria-label={t('polls.consensus.value')}
        />
        <Text size="sm" c="dimmed">
          {t(`polls.consensus.meaning.${value}`)}
        </Text>
        <Group align="flex-end" gap="sm" wrap="nowrap">
          <CountInput w={100} label={t('polls.consensus.count')} disabled={!open} value={count} onChange={setCount} error={n === null || n === 0} />
          <TextInput
            ref={concernBox}
            style={{ flex: 1 }}
            label={block ? t('polls.consensus.blockReason') : t('polls.consensus.concern')}
            withAsterisk={block}
            aria-required={block}
            placeholder={block ? t('polls.consensus.blockPlaceholder') : t('polls.consensus.concernPlaceholder')}
            disabled={!open}
            value={concern}
            onChange={(e) => {
              setConcern(e.currentTarget.value);
              setReasonMissing(false);
            }}
            error={reasonMissing && reasonNeeded ? t('polls.consensus.blockNeedsReason') : undefined}
            data-testid="consensus-concern"
          />
          <Button type="submit" disabled={!open || n === null || n === 0} loading={add.isPending}>
            {t('polls.consensus.add')}
          </Button>
        </Group>
        {refusal ? <RefusalAlert error={refusal} /> : null}
      </Stack>
    </form>
  );
}
