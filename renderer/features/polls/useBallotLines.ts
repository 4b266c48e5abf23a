/**
 * The ballot lines typed in this window (ballot-lines.ts), sent one after another in typing
 * order (useSerialQueue): Enter never waits for the host, so ballots typed faster than it
 * answers are neither merged nor lost, and the entry numbers follow the order of the papers.
 * Taking a ballot back (Ctrl+Z, ✕) goes through the same queue, so it always meets the ballot
 * it means, and says so with an Undo that puts it back (`polls.restoreBallot`).
 */
import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BallotEntry, PollBallot } from '../../../shared/contract';
import { useApi } from '../../api/ApiProvider';
import { notifyDone } from '../../ui/notify';
import { type BallotLine, lastLine } from './ballot-lines';
import { useNotifyApiError } from '../../ui/api-errors';
import { type Poll, pollKeys } from '../../api/queries/polls';
import { useSerialQueue } from '../../ui/useSerialQueue';

/** A line as typed, with its voter: what Enter hands over. */
export interface TypedLine {
  text: string;
  numbers: number[];
  voterId: string | null;
}

/** The removed ballot's content back as the contract's input. */
const restoreInput = (b: PollBallot) => ({
  pollId: b.pollId,
  id: b.id,
  seq: b.seq,
  count: b.count,
  ...(b.voterId ? { voterId: b.voterId } : {}),
  ...(b.ranking ? { ranking: b.ranking } : {}),
  ...(b.approved ? { approved: b.approved } : {}),
  ...(b.dots ? { dots: b.dots } : {}),
  ...(b.value !== undefined ? { value: b.value } : {}),
  ...(b.concern !== undefined ? { concern: b.concern } : {}),
});

export function useBallotLines(poll: Poll, refusalText: (error: unknown, voterId: string | null) => string) {
  const { t } = useTranslation();
  const api = useApi();
  const client = useQueryClient();
  const onError = useNotifyApiError();
  const enqueue = useSerialQueue();
  const [lines, setLines] = useState<BallotLine[]>([]);
  // The same list, current inside event handlers and callbacks (Ctrl+Z picks its line synchronously).
  const current = useRef<BallotLine[]>([]);
  const nextKey = useRef(1);
  const stored = useRef(new Map<number, Promise<PollBallot | null>>());
  /** After a refusal: what the host holds now (another window may have changed it). */
  const refresh = () => void client.invalidateQueries({ queryKey: pollKeys.inputs(poll.forumId, poll.id) });

  const commit = (next: BallotLine[]) => {
    current.current = next;
    setLines(next);
  };
  const patch = (key: number, change: Partial<BallotLine>) => commit(current.current.map((l) => (l.key === key ? { ...l, ...change } : l)));
  const append = (line: Omit<BallotLine, 'key'>): number => {
    const key = nextKey.current++;
    commit([...current.current, { key, ...line }]);
    return key;
  };

  const restore = (removed: PollBallot) =>
    enqueue(() => api.polls.restoreBallot(restoreInput(removed)))
      .then((ballot) => {
        const key = append({ text: '', numbers: [], voterId: ballot.voterId, status: 'saved', ballot, reason: null, takingBack: false });
        stored.current.set(key, Promise.resolve(ballot));
        notifyDone(ballot.seq === removed.seq ? t('polls.entry.ballotRestored', { seq: ballot.seq }) : t('polls.entry.ballotRestoredAs', { seq: removed.seq, now: ballot.seq }), {
          group: 'ballot',
        });
      })
      .catch(onError);

  const announceRemoved = (removed: PollBallot) =>
    notifyDone(t('polls.entry.ballotRemoved', { seq: removed.seq }), { group: 'ballot', undo: { label: t('common.undo'), onUndo: () => void restore(removed) } });

  /** Takes one of this window's lines back: waits for its answer, removes what was stored. */
  const takeBack = (line: BallotLine) => {
    patch(line.key, { takingBack: true });
    enqueue(async () => {
      const ballot = await (stored.current.get(line.key) ?? Promise.resolve(line.ballot));
      return ballot ? api.polls.removeBallot({ id: ballot.id }) : null;
    })
      .then((removed) => {
        patch(line.key, { status: 'removed', takingBack: false });
        if (removed) announceRemoved(removed);
      })
      .catch((error: unknown) => {
        patch(line.key, { takingBack: false });
        onError(error);
        refresh();
      });
  };

  return {
    lines,
    pending: lines.filter((l) => l.status === 'saving').length,

    /** Enter on a readable ballot: shown at once, stored in typing order. */
    submit(line: TypedLine, entry: BallotEntry) {
      const key = append({ ...line, status: 'saving', ballot: null, reason: null, takingBack: false });
      const added = enqueue(() => api.polls.addBallot({ pollId: poll.id, ...entry, ...(line.voterId ? { voterId: line.voterId } : {}) })).then(
        (ballot) => {
          // Listed from here at once; the host's `poll` event refetches the stored list.
          patch(key, { status: 'saved', ballot });
          return ballot;
        },
        (error: unknown) => {
          patch(key, { status: 'refused', reason: refusalText(error, line.voterId) });
          return null;
        },
      );
      stored.current.set(key, added);
    },

    /** A line never sent (the box's own check refused it, or the voter changed under it): held with why. */
    hold(line: TypedLine, reason: string) {
      append({ ...line, status: 'refused', ballot: null, reason, takingBack: false });
    },

    /** Ctrl+Z: the last line entered here, whatever became of it. False when there is none. */
    takeBackLast(): boolean {
      const line = lastLine(current.current);
      if (!line) return false;
      if (line.status === 'refused') patch(line.key, { status: 'removed' });
      else takeBack(line);
      return true;
    },

    /** ✕ on a listed ballot: this window's line, or one stored from elsewhere. */
    remove(ballot: PollBallot) {
      const mine = current.current.find((l) => l.ballot?.id === ballot.id && l.status === 'saved');
      if (mine) return takeBack(mine);
      enqueue(() => api.polls.removeBallot({ id: ballot.id }))
        .then(announceRemoved)
        .catch((error: unknown) => {
          onError(error);
          refresh();
        });
    },

    /** A held line gone from the list (dismissed, or brought back into the box). */
    dismiss(key: number) {
      patch(key, { status: 'removed' });
    },
  };
}
