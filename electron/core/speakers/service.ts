/**
 * Handlers for the speakers.* operations: the queue, the running speech and its clock, the
 * record of every speech. One forum has at most one running (or paused) speech; whatever
 * starts a speech ends the running one in the same transaction and at the same instant.
 */
import type { ChangeEvent, Speech } from '../../../shared/contract';
import { foldPause } from '../../../shared/domain/speech-clock';
import type { Context } from '../context';
import { AppError, notFound } from '../errors';
import { requireAttendee, requireForum, requireInForum, requireNoneOutside } from '../guard';
import type { HandlersFor } from '../handlers';
import { roster } from './people';
import {
  appendToQueue,
  currentAgendaItem,
  endSpeech,
  findQueueEntry,
  findSpeech,
  forumSpeechLimit,
  insertSpeech,
  listQueue,
  listSpeeches,
  removeFromQueue,
  runningSpeech,
  setPause,
  setQueuePosition,
} from './store';

type Emit = (event: ChangeEvent) => void;

export function speakersService(ctx: Context): HandlersFor<'speakers'> {
  const speech = (id: string): Speech => {
    const found = findSpeech(ctx, id);
    if (!found) throw notFound('speech', id);
    return found;
  };
  const running = (forumId: string): Speech => {
    requireForum(ctx, forumId);
    const found = runningSpeech(ctx, forumId);
    if (!found) throw new AppError('conflict', 'error.not_speaking', `nobody is speaking at forum ${forumId}`, { forumId });
    return found;
  };
  const speechChanged = (emit: Emit, id: string | null, forumId: string) => emit({ entity: 'speech', id, forumId });
  const queueChanged = (emit: Emit, id: string | null, forumId: string) => emit({ entity: 'speaker_queue', id, forumId });

  const endRunning = (forumId: string, at: string, emit: Emit): Speech | null => {
    const current = runningSpeech(ctx, forumId);
    if (!current) return null;
    endSpeech(ctx, current.id, foldPause(current, at), at);
    speechChanged(emit, current.id, forumId);
    return speech(current.id);
  };

  /** Starts a speech at `at`; the speaker leaves the queue, having had their turn. */
  const begin = (forumId: string, personId: string | null, agendaItemId: string | null, at: string, emit: Emit): Speech => {
    const id = ctx.newId();
    insertSpeech(ctx, { id, forumId, agendaItemId, personId, at, limitSeconds: forumSpeechLimit(ctx, forumId) });
    speechChanged(emit, id, forumId);
    if (personId !== null) {
      const left = removeFromQueue(ctx, forumId, personId);
      if (left) queueChanged(emit, left, forumId);
    }
    return speech(id);
  };

  const speakingNow = (forumId: string) => {
    const at = ctx.now();
    return { speech: runningSpeech(ctx, forumId, at), limitSeconds: forumSpeechLimit(ctx, forumId), at };
  };

  return {
    'speakers.roster': ({ forumId }) => {
      requireForum(ctx, forumId);
      const totals = new Map<string, { speeches: number; ms: number }>();
      for (const s of listSpeeches(ctx, forumId)) {
        if (!s.person) continue;
        const t = totals.get(s.person.id) ?? { speeches: 0, ms: 0 };
        totals.set(s.person.id, { speeches: t.speeches + 1, ms: t.ms + s.durationMs });
      }
      return roster(ctx, forumId, totals);
    },

    'speakers.queue': ({ forumId }) => {
      requireForum(ctx, forumId);
      return listQueue(ctx, forumId);
    },

    'speakers.enqueue': ({ forumId, personId }) =>
      ctx.write('speakers.enqueue', (emit) => {
        requireForum(ctx, forumId);
        requireAttendee(ctx, forumId, personId);
        if (listQueue(ctx, forumId).some((e) => e.person.id === personId)) {
          throw new AppError('conflict', 'error.already_queued', `person ${personId} is already in the queue`, { forumId, personId });
        }
        const id = ctx.newId();
        appendToQueue(ctx, id, forumId, personId, ctx.now());
        queueChanged(emit, id, forumId);
        return listQueue(ctx, forumId);
      }),

    'speakers.dequeue': ({ entryId }) =>
      ctx.write('speakers.dequeue', (emit) => {
        const entry = findQueueEntry(ctx, entryId);
        if (!entry) throw notFound('speaker_queue', entryId);
        ctx.sql('DELETE FROM speaker_queue WHERE id = ?').run(entryId);
        queueChanged(emit, entryId, entry.forumId);
        return listQueue(ctx, entry.forumId);
      }),

    'speakers.reorder': ({ forumId, orderedIds }) =>
      ctx.write('speakers.reorder', (emit) => {
        requireForum(ctx, forumId);
        requireNoneOutside(ctx, forumId, 'speaker_queue', orderedIds, ['orderedIds']);
        const current = listQueue(ctx, forumId).map((e) => e.id);
        const same = orderedIds.length === current.length && new Set(orderedIds).size === current.length && orderedIds.every((id) => current.includes(id));
        if (!same) {
          // Another window changed the queue since this one read it: reload rather than guess.
          throw new AppError('conflict', 'error.queue_changed', 'the ids given are not the entries of the queue', { forumId, current });
        }
        orderedIds.forEach((id, index) => {
          setQueuePosition(ctx, id, index + 1);
        });
        queueChanged(emit, null, forumId);
        return listQueue(ctx, forumId);
      }),

    'speakers.next': ({ forumId }) =>
      ctx.write('speakers.next', (emit) => {
        requireForum(ctx, forumId);
        const at = ctx.now();
        const ended = endRunning(forumId, at, emit);
        const head = listQueue(ctx, forumId)[0];
        const started = head ? begin(forumId, head.person.id, currentAgendaItem(ctx, forumId), at, emit) : null;
        return { ended, started };
      }),

    'speakers.start': ({ forumId, personId, agendaItemId }) =>
      ctx.write('speakers.start', (emit) => {
        requireForum(ctx, forumId);
        if (personId !== null) requireAttendee(ctx, forumId, personId);
        if (agendaItemId) requireInForum(ctx, forumId, 'agenda_item', agendaItemId);
        const item = agendaItemId === undefined ? currentAgendaItem(ctx, forumId) : agendaItemId;
        const at = ctx.now();
        const current = runningSpeech(ctx, forumId, at);
        // A second press for the person already speaking must not cut their speech in two.
        if (current && personId !== null && current.person?.id === personId && current.agendaItemId === item) {
          if (current.pausedSince === null) return current;
          setPause(ctx, current.id, foldPause(current, at), null);
          speechChanged(emit, current.id, forumId);
          return speech(current.id);
        }
        endRunning(forumId, at, emit);
        return begin(forumId, personId, item, at, emit);
      }),

    'speakers.pause': ({ forumId }) =>
      ctx.write('speakers.pause', (emit) => {
        const current = running(forumId);
        if (current.pausedSince !== null) return current;
        setPause(ctx, current.id, current.pausedMs, ctx.now());
        speechChanged(emit, current.id, forumId);
        return speech(current.id);
      }),

    'speakers.resume': ({ forumId }) =>
      ctx.write('speakers.resume', (emit) => {
        const current = running(forumId);
        if (current.pausedSince === null) return current;
        setPause(ctx, current.id, foldPause(current, ctx.now()), null);
        speechChanged(emit, current.id, forumId);
        return speech(current.id);
      }),

    'speakers.stop': ({ forumId }) =>
      ctx.write('speakers.stop', (emit) => {
        requireForum(ctx, forumId);
        return endRunning(forumId, ctx.now(), emit);
      }),

    'speakers.current': ({ forumId }) => {
      requireForum(ctx, forumId);
      return speakingNow(forumId);
    },

    'speakers.setTimeLimit': ({ forumId, seconds }) =>
      ctx.write('speakers.setTimeLimit', (emit) => {
        requireForum(ctx, forumId);
        ctx.sql('UPDATE forum SET speech_limit_seconds = ? WHERE id = ?').run(seconds, forumId);
        // The facilitator sets a limit while someone talks: it is meant for them too.
        const current = runningSpeech(ctx, forumId);
        if (current) ctx.sql('UPDATE speech SET limit_seconds = ? WHERE id = ?').run(seconds, current.id);
        speechChanged(emit, current?.id ?? null, forumId);
        return speakingNow(forumId);
      }),

    'speakers.list': ({ forumId, agendaItemId }) => {
      requireForum(ctx, forumId);
      return listSpeeches(ctx, forumId, agendaItemId);
    },

    'speakers.update': ({ id, patch }) =>
      ctx.write('speakers.update', (emit) => {
        const { forumId } = speech(id);
        if (patch.personId) requireAttendee(ctx, forumId, patch.personId);
        if (patch.agendaItemId) requireInForum(ctx, forumId, 'agenda_item', patch.agendaItemId);
        if (patch.personId !== undefined) ctx.sql('UPDATE speech SET person_id = ? WHERE id = ?').run(patch.personId, id);
        if (patch.agendaItemId !== undefined) ctx.sql('UPDATE speech SET agenda_item_id = ? WHERE id = ?').run(patch.agendaItemId, id);
        speechChanged(emit, id, forumId);
        return speech(id);
      }),

    'speakers.delete': ({ id }) =>
      ctx.write('speakers.delete', (emit) => {
        const { forumId } = speech(id);
        ctx.sql('DELETE FROM speech WHERE id = ?').run(id);
        speechChanged(emit, id, forumId);
        return { ok: true as const };
      }),
  };
}
