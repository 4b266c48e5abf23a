/**
 * The room's door into the core, for the room server (electron/room): everything a phone may
 * do, and nothing else. It knows one live room (a forum, its join code); every write is one
 * IMMEDIATE transaction through `ctx.write`, so the audit trail and change events behave as for
 * the facilitator's own operations. Phones' snapshots are built here: the part every phone
 * shares (the open polls, their options and rules) is cached until something changes it.
 */
import type { ChangeEvent } from '../../../shared/contract';
import type { BallotResponse, IdeaResponse, IdentifyRequest, IdentifyResponse, JoinResponse, RoomPoll, RoomState, RoomWrite } from '../../../shared/room/wire';
import type { Context } from '../context';
import { AppError } from '../errors';
import type { ChangeBus } from '../events';
import { readOptions } from '../polls/options';
import { type PollRow, pollRowsOf, settingsOf } from '../polls/store';
import { type CastBallot, castBallot } from './ballots';
import { roomPollRules } from './poll-rules';
import { RoomRefusal } from './refusal';
import { standing } from './standing';
import { type Submitted, submit } from './submissions';
import { type VoterKey, votedPolls } from './voted';
import { type Voter, findVoter, identify, identitiesOf, join, readVoter } from './voters';

/** What changed for phones: the shared part (polls opened, closed, edited), or one voter's own ballot. */
export type GateChange = { kind: 'shared' } | { kind: 'voter'; voterId: string };

export interface RoomGate {
  readonly forumId: string;
  readonly roomId: string;
  isOpen(): boolean;
  join(code: string): JoinResponse;
  /** The voter holding this token in this forum, or null. */
  voter(token: string): Voter | null;
  /** Read again, for a long-lived connection whose voter may have identified since. */
  refresh(voter: Voter): Voter | null;
  identify(voter: Voter, request: IdentifyRequest): IdentifyResponse;
  state(voter: Voter): Omit<RoomState, 'version'>;
  castBallot(voter: Voter, cast: CastBallot): BallotResponse;
  submit(voter: Voter, submitted: Submitted): IdeaResponse;
  onChange(listener: (change: GateChange) => void): () => void;
}

type SharedPoll = Omit<RoomPoll, 'voted' | 'needs'> & { row: PollRow };

/** Identification attempts: a personal code is 4 digits, so guesses are limited per phone and per badge. */
const ATTEMPTS_PER_VOTER = 10;
const ATTEMPTS_PER_BADGE = 20;
const ATTEMPT_WINDOW_MS = 10 * 60 * 1000;

export function createGate(ctx: Context, events: ChangeBus, live: { roomId: string; forumId: string; title: string }): RoomGate & { shutdown(): void } {
  let open = true;
  let shared: SharedPoll[] | null = null;
  let ownWrite: string | null = null;
  const listeners = new Set<(change: GateChange) => void>();
  const failures = new Map<string, { count: number; since: number }>();

  const unsubscribe = events.subscribe((event: ChangeEvent) => {
    if (event.forumId !== live.forumId && event.entity !== '*') return;
    const change: GateChange = ownWrite !== null ? { kind: 'voter', voterId: ownWrite } : { kind: 'shared' };
    if (change.kind === 'shared') shared = null;
    for (const l of listeners) l(change);
  });

  const requireOpen = () => {
    if (!open) throw new RoomRefusal('room_closed', 'the room is closed');
  };

  /** A phone's write: one IMMEDIATE transaction; its events tell only that phone's connections. */
  const write = <T>(op: RoomWrite, voter: Voter | null, fn: (emit: (e: ChangeEvent) => void) => T): T => {
    requireOpen();
    // '' for a phone that has no voter yet (joining): its write changes nobody else's screen.
    ownWrite = voter?.id ?? '';
    try {
      return ctx.write(op, fn);
    } finally {
      ownWrite = null;
    }
  };

  const sharedPolls = (): SharedPoll[] => {
    if (shared) return shared;
    shared = pollRowsOf(ctx, live.forumId)
      .filter((row) => row.status === 'open')
      .map((row) => {
        const settings = settingsOf(row);
        const rules = roomPollRules(ctx, row.id);
        const r = settings.rules as Record<string, unknown>;
        return {
          row,
          id: row.id,
          title: row.title,
          method: row.method,
          options: readOptions(ctx, row.id).map((o) => ({ id: o.id, label: o.label })),
          rules: {
            ...(settings.method === 'approval' ? { mode: settings.rules.mode } : {}),
            ...(typeof r.maxApprovals === 'number' ? { maxApprovals: r.maxApprovals } : {}),
            ...(typeof r.dotsPerParticipant === 'number' ? { dotsPerParticipant: r.dotsPerParticipant } : {}),
            ...(settings.method === 'score_matrix' ? { scale: settings.rules.scale, criteria: settings.rules.criteria.map((c) => c.name) } : {}),
            ...(settings.method === 'consensus' ? { minimum: settings.rules.minimum } : {}),
          },
          voters: rules.voters,
          secret: rules.secret,
          allowChange: rules.allowChange && !rules.secret,
        };
      });
    return shared;
  };

  const attempt = (key: string, limit: number, now: number) => {
    const f = failures.get(key);
    return !f || now - f.since > ATTEMPT_WINDOW_MS || f.count < limit;
  };
  const fail = (key: string, now: number) => {
    const f = failures.get(key);
    if (!f || now - f.since > ATTEMPT_WINDOW_MS) failures.set(key, { count: 1, since: now });
    else f.count += 1;
  };

  return {
    forumId: live.forumId,
    roomId: live.roomId,
    isOpen: () => open,

    join(code) {
      const joined = write('room.join', null, (emit) => {
        const j = join(ctx, live, code);
        emit({ entity: 'room', id: live.forumId, forumId: live.forumId });
        return j;
      });
      return {
        voterToken: joined.token,
        forum: { id: live.forumId, title: live.title },
        role: joined.group ? 'group' : 'device',
        group: joined.group,
      };
    },

    voter(token) {
      if (!open) return null;
      const v = findVoter(ctx, token);
      return v && v.forumId === live.forumId ? v : null;
    },

    refresh: (voter) => readVoter(ctx, voter.id),

    identify(voter, request) {
      const now = Date.now();
      const badgeKey = 'badgeNumber' in request ? `badge:${request.badgeNumber}` : null;
      if (!attempt(`voter:${voter.id}`, ATTEMPTS_PER_VOTER, now) || (badgeKey && !attempt(badgeKey, ATTEMPTS_PER_BADGE, now))) {
        throw new RoomRefusal('too_many_attempts', 'too many wrong codes: wait, or ask the facilitator');
      }
      const outcome = write('room.identify', voter, (emit) => {
        const result = identify(ctx, voter, request);
        if (result.ok) emit({ entity: 'room', id: live.forumId, forumId: live.forumId });
        return result;
      });
      if (!outcome.ok) {
        fail(`voter:${voter.id}`, now);
        if (badgeKey) fail(badgeKey, now);
        throw new RoomRefusal('wrong_code', 'this number and code do not match');
      }
      return { identities: identitiesOf(ctx, readVoter(ctx, voter.id) ?? voter) };
    },

    state(voter) {
      const keys: VoterKey[] = [];
      const polls: RoomPoll[] = [];
      const standings = sharedPolls().map((p) => {
        const s = standing(ctx, voter, p.row, { pollId: p.id, voters: p.voters, secret: p.secret, allowChange: p.allowChange, revealed: false });
        if (s.kind === 'voter') keys.push(s.key);
        return s;
      });
      const voted = votedPolls(ctx, [...new Set(keys)]);
      sharedPolls().forEach((p, i) => {
        const s = standings[i];
        if (!s || s.kind === 'hidden') return;
        const { row: _row, ...rest } = p;
        polls.push({ ...rest, voted: s.kind === 'voter' && voted.has(p.id), needs: s.kind === 'needs' ? s.needs : null });
      });
      return { open, forum: { id: live.forumId, title: live.title }, identities: identitiesOf(ctx, voter), polls };
    },

    castBallot(voter, cast) {
      try {
        const result = write('room.ballot', voter, (emit) => {
          const r = castBallot(ctx, voter, cast);
          if (r.status === 'stored') {
            emit({ entity: 'poll', id: cast.pollId, forumId: r.forumId });
            emit({ entity: 'room', id: r.forumId, forumId: r.forumId });
          }
          return r;
        });
        return { receipt: result.receipt, status: result.status };
      } catch (error) {
        throw roomError(error);
      }
    },

    submit(voter, submitted) {
      try {
        return { status: write('room.idea', voter, (emit) => submit(ctx, voter, submitted, emit)) };
      } catch (error) {
        throw roomError(error);
      }
    },

    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },

    shutdown() {
      open = false;
      unsubscribe();
      for (const l of listeners) l({ kind: 'shared' });
      listeners.clear();
    },
  };
}

/** Core errors met on a phone's path, in the room's words (a RoomRefusal passes as it is). */
function roomError(error: unknown): unknown {
  if (!(error instanceof AppError)) return error;
  const code = error.code === 'validation' ? 'validation' : error.code === 'not_found' ? 'not_found' : error.code === 'conflict' ? 'not_allowed' : 'internal';
  return new RoomRefusal(code, error.message);
}
