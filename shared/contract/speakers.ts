/**
 * Speeches and the speakers' queue. Every speech is stored (who, when, how long, under which
 * agenda item) whether it came through the queue or the note pane's quick "now speaking"; the
 * equity figures are computed from them. A forum has at most one running speech at a time.
 */
import { z } from 'zod';
import { Id, IsoDateTime, Ok, op } from './common';

/**
 * A person as the speakers list, the note pane and the groups show them. `number` is the
 * attendee's badge number at this forum: given in order of registration (1, 2, 3, …) when
 * they are registered and never changed afterwards, so a number written on a badge or called
 * out in the hall keeps meaning the same person. Null when the person is not registered here.
 */
export const PersonRef = z.object({
  id: Id,
  /** Full display name with the Thai title prefix, e.g. "นายสมชาย ใจดี". */
  name: z.string(),
  number: z.number().int().positive().nullable(),
});
export type PersonRef = z.infer<typeof PersonRef>;

/** One registered attendee, for picking a speaker by number or name, with what they have said so far. */
export const Participant = PersonRef.extend({
  number: z.number().int().positive(),
  checkedIn: z.boolean(),
  speeches: z.number().int().nonnegative(),
  speakingMs: z.number().int().nonnegative(),
});
export type Participant = z.infer<typeof Participant>;

export const QueueEntry = z.object({
  id: Id,
  forumId: Id,
  person: PersonRef,
  /** 1-based place in the queue; 1 is next. */
  position: z.number().int().positive(),
  addedAt: IsoDateTime,
});
export type QueueEntry = z.infer<typeof QueueEntry>;

export const SpeechState = z.enum(['running', 'paused', 'ended']);

export const Speech = z.object({
  id: Id,
  forumId: Id,
  agendaItemId: Id.nullable(),
  /** Null for an unattributed speech ("someone from the floor") or a person since erased (PDPA). */
  person: PersonRef.nullable(),
  startedAt: IsoDateTime,
  endedAt: IsoDateTime.nullable(),
  /** Paused time already finished; an open pause runs from `pausedSince`. */
  pausedMs: z.number().int().nonnegative(),
  pausedSince: IsoDateTime.nullable(),
  /** The limit this speech runs against, taken from the forum's setting. */
  limitSeconds: z.number().int().positive().nullable(),
  state: SpeechState,
  /** Speaking time without pauses, up to the end or to the moment of the answer. */
  durationMs: z.number().int().nonnegative(),
  /** limit − duration; negative once over; null without a limit. */
  remainingMs: z.number().int().nullable(),
  overLimit: z.boolean(),
});
export type Speech = z.infer<typeof Speech>;

export const SpeakingNow = z.object({
  /** The running or paused speech, or null when nobody is speaking. */
  speech: Speech.nullable(),
  /** The forum's per-speech limit, applied to each speech as it starts. */
  limitSeconds: z.number().int().positive().nullable(),
  /** The core's clock when this was read: a screen ticks the clock on from here. */
  at: IsoDateTime,
});
export type SpeakingNow = z.infer<typeof SpeakingNow>;

export const SpeakerChange = z.object({ ended: Speech.nullable(), started: Speech.nullable() });

const ForumRef = z.object({ forumId: Id }).strict();
/** One hour: anything longer is a typing slip, not a speaking limit. */
export const MAX_SPEECH_LIMIT_SECONDS = 3600;

export const speakersContract = {
  /** The forum's registered attendees with badge numbers, by number, with their speeches so far. */
  'speakers.roster': op(ForumRef, z.array(Participant)),

  'speakers.queue': op(ForumRef, z.array(QueueEntry)),
  /** Adds a registered attendee at the end of the queue; a person already waiting is refused (conflict). */
  'speakers.enqueue': op(z.object({ forumId: Id, personId: Id }).strict(), z.array(QueueEntry)),
  'speakers.dequeue': op(z.object({ entryId: Id }).strict(), z.array(QueueEntry)),
  /** The whole queue in its new order; refused (conflict) if the ids are not exactly the queue's entries. */
  'speakers.reorder': op(z.object({ forumId: Id, orderedIds: z.array(Id) }).strict(), z.array(QueueEntry)),
  /** Ends the running speech (if any), takes the head of the queue and starts their speech: one step. */
  'speakers.next': op(ForumRef, SpeakerChange),

  /**
   * "Now speaking": ends any running speech and starts one for the person (a registered attendee,
   * or null = unattributed).
   * The agenda item defaults to the forum's current item; null files it under no item. Starting
   * the person already speaking changes nothing. A queued person leaves the queue.
   */
  'speakers.start': op(
    z.object({ forumId: Id, personId: Id.nullable(), agendaItemId: Id.nullable().optional() }).strict(),
    Speech,
  ),
  /** Pausing a paused clock, or resuming a running one, changes nothing; with no speech it is a conflict. */
  'speakers.pause': op(ForumRef, Speech),
  'speakers.resume': op(ForumRef, Speech),
  /** Ends the running speech; null when nobody was speaking. */
  'speakers.stop': op(ForumRef, Speech.nullable()),
  'speakers.current': op(ForumRef, SpeakingNow),
  /** The per-speech limit for this forum (null = none); also applies to the speech running now. */
  'speakers.setTimeLimit': op(
    z.object({ forumId: Id, seconds: z.number().int().min(1).max(MAX_SPEECH_LIMIT_SECONDS).nullable() }).strict(),
    SpeakingNow,
  ),
  /** Every speech of the forum (or of one agenda item), oldest first, with durations. */
  'speakers.list': op(z.object({ forumId: Id, agendaItemId: Id.optional() }).strict(), z.array(Speech)),
  /** Corrects a speech filed under the wrong person or agenda item (only the keys given change). */
  'speakers.update': op(
    z.object({ id: Id, patch: z.object({ personId: Id.nullable(), agendaItemId: Id.nullable() }).partial().strict() }).strict(),
    Speech,
  ),
  /** Removes a speech recorded by mistake. */
  'speakers.delete': op(z.object({ id: Id }).strict(), Ok),
};
