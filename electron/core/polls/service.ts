/** Handlers for the polls.* operations; the rules are in shared/contract/polls.ts. */
import type { ChangeEvent, OpName, Resolution } from '../../../shared/contract';
import type { Context } from '../context';
import { requireForum } from '../guard';
import type { HandlersFor } from '../handlers';
import { addBallots, ballotsOf, removeBallot, restoreBallot } from './ballots';
import { readCounts, setCounts } from './counts';
import { requireStatus } from './guards';
import { closePoll, openPoll, reopenPoll, setCastingVotes } from './lifecycle';
import { findResolution } from '../notes/resolutions';
import { recordPollResolution } from './resolution';
import { pollResults } from './results';
import { removeScorer, scorersOf, setScores } from './scores';
import { createPoll, duplicatePoll, updatePoll } from './settings';
import { type PollRow, pollRowsOf, readPoll, requirePollRow, toPoll } from './store';

type Emit = (event: ChangeEvent) => void;

export function pollsService(ctx: Context): HandlersFor<'polls'> {
  const changed = (emit: Emit, row: Pick<PollRow, 'id' | 'forum_id'>) => emit({ entity: 'poll', id: row.id, forumId: row.forum_id });

  /** A write on one poll: its row, the change, the event, and the poll as it is afterwards. */
  const onPoll = (op: OpName, id: string, fn: (row: PollRow) => void) =>
    ctx.write(op, (emit) => {
      const row = requirePollRow(ctx, id);
      fn(row);
      changed(emit, row);
      return readPoll(ctx, id);
    });

  return {
    'polls.list': ({ forumId }) => {
      requireForum(ctx, forumId);
      return pollRowsOf(ctx, forumId).map((row) => toPoll(ctx, row));
    },

    'polls.get': ({ id }) => readPoll(ctx, id),

    'polls.create': (input) =>
      ctx.write('polls.create', (emit) => {
        const id = createPoll(ctx, input);
        changed(emit, { id, forum_id: input.forumId });
        return readPoll(ctx, id);
      }),

    'polls.update': ({ id, patch }) =>
      onPoll('polls.update', id, (row) => {
        requireStatus(row, 'draft');
        updatePoll(ctx, row, patch);
      }),

    'polls.delete': ({ id }) =>
      ctx.write('polls.delete', (emit) => {
        const row = requirePollRow(ctx, id);
        requireStatus(row, 'draft');
        ctx.sql('DELETE FROM poll WHERE id = ?').run(id);
        changed(emit, row);
        return { ok: true as const };
      }),

    'polls.duplicate': (input) =>
      ctx.write('polls.duplicate', (emit) => {
        const id = duplicatePoll(ctx, requirePollRow(ctx, input.id), input);
        const row = requirePollRow(ctx, id);
        changed(emit, row);
        return toPoll(ctx, row);
      }),

    'polls.open': ({ id }) => onPoll('polls.open', id, (row) => openPoll(ctx, row)),
    'polls.close': ({ id }) => onPoll('polls.close', id, (row) => closePoll(ctx, row)),
    'polls.reopen': ({ id }) => onPoll('polls.reopen', id, (row) => reopenPoll(ctx, row)),
    'polls.setCastingVotes': ({ pollId, choices }) => onPoll('polls.setCastingVotes', pollId, (row) => setCastingVotes(ctx, row, choices)),

    'polls.addBallot': ({ pollId, ...entry }) =>
      ctx.write('polls.addBallot', (emit) => {
        const [ballot] = addBallots(ctx, pollId, [entry], true);
        changed(emit, requirePollRow(ctx, pollId));
        return ballot as NonNullable<typeof ballot>;
      }),

    'polls.addBallots': ({ pollId, ballots }) =>
      ctx.write('polls.addBallots', (emit) => {
        const added = addBallots(ctx, pollId, ballots, false);
        changed(emit, requirePollRow(ctx, pollId));
        return { ballots: added };
      }),

    'polls.removeBallot': ({ id }) =>
      ctx.write('polls.removeBallot', (emit) => {
        const ballot = removeBallot(ctx, id);
        changed(emit, requirePollRow(ctx, ballot.pollId));
        return ballot;
      }),

    'polls.restoreBallot': ({ pollId, ...entry }) =>
      ctx.write('polls.restoreBallot', (emit) => {
        const ballot = restoreBallot(ctx, pollId, entry);
        changed(emit, requirePollRow(ctx, pollId));
        return ballot;
      }),

    'polls.recordResolution': ({ pollId, text, existing }) =>
      ctx.write('polls.recordResolution', (emit) => {
        const row = requirePollRow(ctx, pollId);
        requireStatus(row, 'closed');
        const id = recordPollResolution(ctx, row, text, existing ?? null);
        emit({ entity: 'resolution', id, forumId: row.forum_id });
        return findResolution(ctx, id) as Resolution;
      }),

    'polls.setCounts': (input) =>
      ctx.write('polls.setCounts', (emit) => {
        const counts = setCounts(ctx, input);
        changed(emit, requirePollRow(ctx, input.pollId));
        return counts;
      }),

    'polls.setScores': (input) =>
      ctx.write('polls.setScores', (emit) => {
        const scorer = setScores(ctx, input);
        changed(emit, requirePollRow(ctx, input.pollId));
        return scorer;
      }),

    'polls.removeScorer': ({ pollId, scorerId }) =>
      ctx.write('polls.removeScorer', (emit) => {
        removeScorer(ctx, pollId, scorerId);
        changed(emit, requirePollRow(ctx, pollId));
        return { ok: true as const };
      }),

    'polls.inputs': ({ pollId }) => {
      requirePollRow(ctx, pollId);
      return { pollId, ballots: ballotsOf(ctx, pollId), counts: readCounts(ctx, pollId), scorers: scorersOf(ctx, pollId) };
    },

    'polls.results': ({ id, weights }) => pollResults(ctx, id, weights),
  };
}
