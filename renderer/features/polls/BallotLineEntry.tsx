/**
 * Fast paper-ballot entry, keyboard only: type the option numbers in the order written on the
 * ballot ("3 1 2" or "312"), Enter stores it and clears the box for the next one; Ctrl+Z on an
 * empty box takes the last stored ballot back out. The same box serves ranked ballots (one
 * number for plurality), approval (the options ticked) and dot voting (a number per sticker).
 *
 * Ballots can be entered under a voter's name: Ctrl+K (or the voter field) picks the person by
 * badge number or name, Enter moves to the ballot box, and after the ballot is stored the
 * voter field is ready for the next person. Unnamed, ballots are anonymous paper ballots.
 */
import { Alert, Group, Paper, Stack, Text, TextInput } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { type KeyboardEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PollBallot } from '../../../shared/contract';
import { useApi } from '../../api/ApiProvider';
import { useFormat } from '../../i18n/format';
import { notifyDone } from '../../ui/notify';
import { BallotHints } from './BallotHints';
import { toBallotEntry } from './ballot-entry';
import { type BallotKind, type ParsedBallot, parseBallot } from './ballot-text';
import { physicalDigit } from '../../ui/digits';
import { OptionLegend } from './OptionLegend';
import { BallotImport } from './BallotImport';
import { useApiErrorText, useNotifyApiError } from '../../ui/api-errors';
import { type Poll, useGroups, usePollInputs } from '../../api/queries/polls';
import { RecentBallots } from './RecentBallots';
import { useSerialQueue } from '../../ui/useSerialQueue';
import { useVoterRefusal } from './voter-refusal';
import { VoterPicker } from './VoterPicker';
import { useVoterName, voterStates } from './voters';
import { useRoster } from '../../api/queries/speakers';

interface Props {
  poll: Poll;
  kind: BallotKind;
  /** Approvals or dots per participant. */
  max?: number;
}

export function BallotLineEntry({ poll, kind, max }: Props) {
  const { t } = useTranslation();
  const api = useApi();
  const client = useQueryClient();
  const format = useFormat();
  const errorText = useApiErrorText();
  const onError = useNotifyApiError();
  const inputs = usePollInputs(poll);
  const enqueue = useSerialQueue();
  const [text, setText] = useState('');
  const [refusal, setRefusal] = useState<string | null>(null);
  /** The host refused the voter (not eligible, voted already, out of dots): said in a box of its own, naming them. */
  const [voterProblem, setVoterProblem] = useState<string | null>(null);
  const [pending, setPending] = useState(0);
  /**
   * This window's ballots, newest last: what Ctrl+Z takes back. Kept as the pending writes, so
   * Ctrl+Z pressed before the host has answered still takes back the ballot just typed.
   */
  const entered = useRef<Promise<PollBallot | null>[]>([]);
  const box = useRef<HTMLInputElement>(null);
  const voterBox = useRef<HTMLInputElement>(null);
  const [voterId, setVoterId] = useState<string | null>(null);
  const roster = useRoster(poll.forumId);
  const groups = useGroups(poll.forumId);
  const voterRefusal = useVoterRefusal();
  const voterName = useVoterName();
  const people = roster.data ?? [];
  const groupMembers =
    poll.eligibility.kind === 'group' ? (groups.data?.groups.find((g) => g.id === (poll.eligibility as { groupId: string | null }).groupId)?.members.map((m) => m.id) ?? []) : null;
  const states = voterStates(poll, people, inputs.data?.ballots ?? [], groupMembers);
  const dotsLimit = kind === 'dots' ? max : undefined;
  const open = poll.status === 'open';
  const parsed = parseBallot(text, kind, { optionCount: poll.options.length, max });
  const stored = (inputs.data?.ballots ?? []).reduce((sum, b) => sum + b.count, 0);
  const refresh = () => void client.invalidateQueries({ queryKey: ['polls', poll.forumId] });

  const store = () => {
    if (!parsed) return;
    if (!parsed.ok) {
      setRefusal(problemText(parsed));
      box.current?.select();
      return;
    }
    const entry = toBallotEntry(kind, parsed.numbers, poll.options);
    const typed = text.trim();
    const voter = voterId;
    const name = voterName(people.find((p) => p.id === voter));
    setText('');
    setRefusal(null);
    setVoterProblem(null);
    setPending((n) => n + 1);
    if (voter) {
      // The next paper is the next person's: their name comes first.
      setVoterId(null);
      voterBox.current?.focus();
    }
    const added = enqueue(() => api.polls.addBallot({ pollId: poll.id, ...entry, ...(voter ? { voterId: voter } : {}) }))
      .catch((error: unknown) => {
        // Put the refused ballot (and its voter) back so it can be corrected rather than retyped.
        setText((now) => (now === '' ? typed : now));
        if (voter) {
          setVoterId((now) => now ?? voter);
          box.current?.focus();
        }
        const byVoter = name ? voterRefusal(error, { name, used: states.get(voter ?? '')?.dots ?? 0, limit: dotsLimit }) : null;
        if (byVoter) setVoterProblem(byVoter);
        else setRefusal(`${errorText.text(error)}${errorText.detail(error) ? ` (${errorText.detail(error)})` : ''}`);
        return null;
      })
      .finally(() => setPending((n) => n - 1));
    entered.current.push(added);
  };

  const undoLast = () => {
    const last = entered.current.pop();
    if (!last) return;
    enqueue(async () => {
      const ballot = await last;
      return ballot ? api.polls.removeBallot({ id: ballot.id }) : null;
    })
      .then((removed) => {
        if (removed) notifyDone(t('polls.entry.ballotRemoved', { seq: removed.seq }), { group: 'ballot' });
      })
      .catch((error: unknown) => {
        onError(error);
        refresh();
      });
  };

  function problemText(p: Exclude<ParsedBallot, { ok: true }>): string {
    switch (p.problem) {
      case 'unknown':
        return t('polls.entry.unknownNumber', { n: p.number, count: poll.options.length });
      case 'duplicate':
        return t('polls.entry.duplicateNumber', { n: p.number });
      case 'tooMany':
        return kind === 'dots' ? t('polls.entry.tooManyDots', { n: p.limit }) : kind === 'single' ? t('polls.entry.onlyOne') : t('polls.entry.tooMany', { n: p.limit });
      case 'notNumbers':
        return t('polls.entry.notNumbers');
    }
  }

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    const digit = physicalDigit(e);
    if (digit !== null && e.key !== digit) {
      e.preventDefault();
      document.execCommand('insertText', false, digit);
    } else if (e.key === 'Enter' && !e.nativeEvent.isComposing) {
      e.preventDefault();
      store();
    } else if (e.key === 'Escape') {
      setText('');
      setRefusal(null);
      setVoterProblem(null);
    } else if ((e.ctrlKey || e.metaKey) && e.code === 'KeyK') {
      e.preventDefault();
      // Selected, so typing the next badge number replaces the name shown.
      voterBox.current?.focus();
      voterBox.current?.select();
    } else if ((e.ctrlKey || e.metaKey) && e.code === 'KeyZ' && text === '') {
      // With text in the box Ctrl+Z undoes typing, as everywhere; empty, it takes the last ballot out.
      e.preventDefault();
      undoLast();
    }
  };

  const preview = parsed?.ok
    ? parsed.blank
      ? t('polls.entry.blankBallot')
      : parsed.numbers.map((n) => poll.options.find((o) => o.position === n)?.label ?? n).join(kind === 'ranked' ? ' › ' : ', ')
    : null;

  return (
    <Stack gap="sm">
      <VoterPicker
        roster={people}
        states={states}
        dotsLimit={dotsLimit}
        value={voterId}
        disabled={!open}
        inputRef={voterBox}
        onChange={(id) => {
          setVoterId(id);
          setRefusal(null);
          setVoterProblem(null);
        }}
        onPicked={() => box.current?.focus()}
        onLeave={() => box.current?.focus()}
      />
      <Group align="stretch" gap="md" wrap="nowrap">
        <Stack gap={6} style={{ flex: 1 }}>
          <TextInput
            ref={box}
            size="xl"
            autoFocus
            disabled={!open}
            aria-label={t(`polls.entry.boxLabel.${kind}`)}
            placeholder={t(`polls.entry.placeholder.${kind}`)}
            value={text}
            onChange={(e) => {
              setText(e.currentTarget.value);
              setRefusal(null);
            }}
            onKeyDown={onKeyDown}
            error={refusal ?? (parsed && !parsed.ok ? problemText(parsed) : undefined)}
            autoComplete="off"
            spellCheck={false}
            styles={{ input: { fontVariantNumeric: 'tabular-nums', letterSpacing: 2 } }}
            data-testid="ballot-box"
          />
          <Text c="wethi.8" fw={500} mih={26} data-testid="ballot-preview">
            {preview}
          </Text>
        </Stack>
        <Paper withBorder radius="md" px="md" py={4} ta="center" miw={130} data-testid="ballot-counter">
          <Text size="sm" c="dimmed">
            {t('polls.entry.counter')}
          </Text>
          <Text fz={44} fw={700} lh={1.2} c="wethi.8" data-testid="ballot-count">
            {format.number(stored)}
          </Text>
          {pending > 0 ? (
            <Text size="xs" c="dimmed">
              {t('polls.entry.saving', { n: pending })}
            </Text>
          ) : null}
        </Paper>
      </Group>
      {voterProblem ? (
        <Alert color="red" icon={<IconAlertTriangle />} role="alert" py="xs" data-testid="voter-refusal">
          <Text fw={600}>{voterProblem}</Text>
        </Alert>
      ) : null}
      <BallotHints kind={kind} optionCount={poll.options.length} />
      <OptionLegend options={poll.options} highlight={parsed?.ok ? parsed.numbers : []} />
      <RecentBallots poll={poll} ballots={inputs.data?.ballots ?? []} roster={people} />
      {open ? <BallotImport poll={poll} kind={kind} max={max} /> : null}
    </Stack>
  );
}
