/**
 * Fast paper-ballot entry, keyboard only: type the option numbers in the order written on the
 * ballot ("3 1 2" or "312"), Enter stores it and clears the box for the next one; Ctrl+Z on an
 * empty box takes the last ballot typed here back out. The same box serves ranked ballots (one
 * number for plurality), approval (the options ticked) and dot voting (a number per sticker).
 *
 * Ballots are anonymous paper ballots unless a voter is chosen for that one ballot: Ctrl+K
 * opens the voter field (badge number or name, Enter), the line above the box says whose ballot
 * it is, and once it is stored the entry is anonymous again with the cursor still in the box.
 * So the next ballots typed can never be taken for a name, and a ballot is recorded under a
 * person only when that person was chosen for it. Digits typed before the voter changed are
 * taken out of the box (held, not carried into the new voter's ballot).
 *
 * Enter never waits for the host (useBallotLines): every line shows at once in the list, the
 * writes go in typing order, and a refused line is held below the box with its reason (↑ in the
 * empty box brings it back to correct) instead of staying in the box to run into the next one.
 */
import { Center, Group, Loader, Paper, Stack, Text, TextInput } from '@mantine/core';
import { type KeyboardEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format';
import { type Participant, useRoster } from '../../api/queries/speakers';
import { BallotHints } from './BallotHints';
import { BallotImport } from './BallotImport';
import { toBallotEntry } from './ballot-entry';
import { type BallotLine, heldLines, lastLine, listedBallots } from './ballot-lines';
import { type BallotKind, type ParsedBallot, parseBallot } from './ballot-text';
import { physicalDigit } from '../../ui/digits';
import { EntryMode } from './EntryMode';
import { HeldLines } from './HeldLines';
import { OptionLegend } from './OptionLegend';
import { useApiErrorText } from '../../ui/api-errors';
import { type Poll, useGroups, usePollInputs } from '../../api/queries/polls';
import { RecentBallots } from './RecentBallots';
import { useBallotLines } from './useBallotLines';
import { useVoterRefusal } from './voter-refusal';
import { VoterPicker } from './VoterPicker';
import { useVoterName, voterStates } from './voters';

interface Props {
  poll: Poll;
  kind: BallotKind;
  /** Approvals or dots per participant. */
  max?: number;
}

const SHOWN = 8;

const NO_ONE: Participant[] = [];

export function BallotLineEntry(props: Props) {
  const roster = useRoster(props.poll.forumId);
  // The box waits for the people: a voter typed ahead (Ctrl+K, 12, Enter) would match nobody,
  // and the ballot typed next would land in the voter field instead of the ballot box.
  if (roster.data === undefined && !roster.isError) {
    return (
      <Center h={160} data-testid="ballot-entry-loading">
        <Loader />
      </Center>
    );
  }
  return <Entry {...props} people={roster.data ?? NO_ONE} />;
}

function Entry({ poll, kind, max, people }: Props & { people: Participant[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const errorText = useApiErrorText();
  const inputs = usePollInputs(poll);
  const [text, setText] = useState('');
  const box = useRef<HTMLInputElement>(null);
  const voterBox = useRef<HTMLInputElement>(null);
  /** The voter of the ballot being typed, or null. Also kept in a ref: Enter reads it in the same event. */
  const [voterId, setVoterIdState] = useState<string | null>(null);
  const voterRef = useRef<string | null>(null);
  const groups = useGroups(poll.forumId);
  const voterRefusal = useVoterRefusal();
  const voterName = useVoterName();
  const nameOf = (id: string | null) => (id ? voterName(people.find((p) => p.id === id)) : null);
  const groupMembers =
    poll.eligibility.kind === 'group' ? (groups.data?.groups.find((g) => g.id === (poll.eligibility as { groupId: string | null }).groupId)?.members.map((m) => m.id) ?? []) : null;
  const ballots = inputs.data?.ballots ?? [];
  const states = voterStates(poll, people, ballots, groupMembers);
  const dotsLimit = kind === 'dots' ? max : undefined;
  const open = poll.status === 'open';
  const parsed = parseBallot(text, kind, { optionCount: poll.options.length, max });
  const stored = ballots.reduce((sum, b) => sum + b.count, 0);

  const entry = useBallotLines(poll, (error, voter) => {
    const name = nameOf(voter);
    const byVoter = name ? voterRefusal(error, { name, used: states.get(voter ?? '')?.dots ?? 0, limit: dotsLimit }) : null;
    return byVoter ?? `${errorText.text(error)}${errorText.detail(error) ? ` (${errorText.detail(error)})` : ''}`;
  });
  const held = heldLines(entry.lines);

  const setVoter = (id: string | null) => {
    voterRef.current = id;
    setVoterIdState(id);
  };

  /** A new voter for the ballot being typed; digits already in the box were not typed for them. */
  const chooseVoter = (id: string | null) => {
    const before = voterRef.current;
    if (id === before) return;
    const typed = box.current?.value ?? text;
    if (typed.trim() !== '') {
      entry.hold({ text: typed, numbers: [], voterId: before }, t('polls.entry.held.voterChanged'));
      setText('');
    }
    setVoter(id);
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

  /** Enter: the line leaves the box at once, stored or held, and the next ballot is anonymous. */
  const store = (typed: string) => {
    const line = parseBallot(typed, kind, { optionCount: poll.options.length, max });
    if (!line) return;
    const voter = voterRef.current;
    setText('');
    setVoter(null);
    if (!line.ok) entry.hold({ text: typed, numbers: [], voterId: voter }, problemText(line));
    else entry.submit({ text: typed, numbers: line.numbers, voterId: voter }, toBallotEntry(kind, line.numbers, poll.options));
  };

  const bringBack = (line: BallotLine) => {
    if ((box.current?.value ?? text) !== '') return;
    entry.dismiss(line.key);
    setVoter(line.voterId);
    setText(line.text);
    box.current?.focus();
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    const value = e.currentTarget.value;
    const digit = physicalDigit(e);
    if (digit !== null && e.key !== digit) {
      e.preventDefault();
      document.execCommand('insertText', false, digit);
    } else if (e.key === 'Enter' && !e.nativeEvent.isComposing) {
      e.preventDefault();
      store(value);
    } else if (e.key === 'Escape') {
      // Esc clears what is typed; on an empty box it lets go of the voter.
      if (value !== '') setText('');
      else setVoter(null);
    } else if (e.key === 'ArrowUp' && value === '' && held.length > 0) {
      e.preventDefault();
      bringBack(held[held.length - 1] as BallotLine);
    } else if ((e.ctrlKey || e.metaKey) && e.code === 'KeyK') {
      e.preventDefault();
      // Selected, so typing the next badge number replaces the name shown.
      voterBox.current?.focus();
      voterBox.current?.select();
    } else if ((e.ctrlKey || e.metaKey) && e.code === 'KeyZ' && value === '') {
      // With text in the box Ctrl+Z undoes typing, as everywhere; empty, it takes the last ballot out.
      e.preventDefault();
      entry.takeBackLast();
    }
  };

  const preview = parsed?.ok
    ? parsed.blank
      ? t('polls.entry.blankBallot')
      : parsed.numbers.map((n) => poll.options.find((o) => o.position === n)?.label ?? n).join(kind === 'ranked' ? ' › ' : ', ')
    : null;
  const currentName = nameOf(voterId);

  return (
    <Stack gap="sm">
      <VoterPicker
        roster={people}
        states={states}
        dotsLimit={dotsLimit}
        value={voterId}
        disabled={!open}
        inputRef={voterBox}
        onChange={chooseVoter}
        onPicked={() => box.current?.focus()}
        onLeave={() => box.current?.focus()}
      />
      <EntryMode voterName={currentName} />
      <Group align="stretch" gap="md" wrap="nowrap">
        <Stack gap={6} style={{ flex: 1 }}>
          <TextInput
            ref={box}
            size="xl"
            autoFocus
            disabled={!open}
            aria-label={`${currentName ? t('polls.entry.mode.named', { name: currentName }) : t('polls.entry.mode.anonymous')}: ${t(`polls.entry.boxLabel.${kind}`)}`}
            placeholder={t(`polls.entry.placeholder.${kind}`)}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            onKeyDown={onKeyDown}
            error={parsed && !parsed.ok ? problemText(parsed) : undefined}
            autoComplete="off"
            spellCheck={false}
            styles={{ input: { fontVariantNumeric: 'tabular-nums', letterSpacing: 2, ...(currentName ? { borderColor: 'var(--mantine-color-blue-7)', borderWidth: 2 } : {}) } }}
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
          {entry.pending > 0 ? (
            <Text size="xs" c="dimmed" data-testid="ballot-saving">
              {t('polls.entry.saving', { n: entry.pending })}
            </Text>
          ) : null}
        </Paper>
      </Group>
      <HeldLines held={held} voterName={nameOf} canBringBack={text === ''} onBringBack={bringBack} onDismiss={(line) => entry.dismiss(line.key)} />
      <BallotHints kind={kind} optionCount={poll.options.length} />
      <OptionLegend options={poll.options} highlight={parsed?.ok ? parsed.numbers : []} />
      <RecentBallots
        rows={listedBallots(ballots, entry.lines, poll.options, SHOWN)}
        open={open}
        voterName={nameOf}
        onRemove={entry.remove}
        onTakeBack={lastLine(entry.lines) ? () => entry.takeBackLast() : null}
      />
      {open ? <BallotImport poll={poll} kind={kind} max={max} /> : null}
    </Stack>
  );
}
