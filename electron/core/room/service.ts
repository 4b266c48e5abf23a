/**
 * Handlers for the room.* operations (shared/contract/room.ts): the live room (at most one per
 * core: one listener on the chosen address), per-poll phone rules, codes and slips, and the
 * moderation queue. The listener itself comes from `RoomServer` (electron/room), handed to the
 * core by the app, the web host or the CLI; without one, `room.open` says so.
 */
import type { ChangeEvent, OpName, RoomPollCount, RoomStatus } from '../../../shared/contract';
import type { Context } from '../context';
import { AppError } from '../errors';
import type { ChangeBus } from '../events';
import { requireForum as guardForum } from '../guard';
import type { HandlersFor } from '../handlers';
import { pollRowsOf, requirePollRow } from '../polls/store';
import { countPdfPages, type PdfPrinter } from '../reports/pdf/printer';
import { slug } from '../reports/export';
import { listAddresses } from './addresses';
import { addVotingCodes, groupCodes, personalCodes, votingCodes } from './codes';
import { createGate } from './gate';
import type { RoomListener, RoomServer } from './network';
import { roomPollRules, writeRoomPollRules } from './poll-rules';
import { CODE_LENGTH, uniqueDigits } from './secrets';
import { slipsHtml, slipsOf } from './slips';
import { venueGuideHtml } from './venue-guide';
import { acceptSubmission, editSubmission, hideSubmission, listSubmissions } from './submissions';
import { release } from './voters';

export interface RoomDeps {
  events: ChangeBus;
  printer: PdfPrinter;
  server?: RoomServer;
}

interface LiveRoom {
  roomId: string;
  forumId: string;
  code: string;
  host: string;
  port: number;
  openedAt: string;
  listener: RoomListener;
  gate: ReturnType<typeof createGate>;
}

export interface RoomControl {
  handlers: HandlersFor<'room'>;
  /** Closes the live room when the core closes (the app quits, the CLI is interrupted). */
  shutdown(): void;
}

const roomChanged = (forumId: string): ChangeEvent => ({ entity: 'room', id: forumId, forumId });

export function roomService(ctx: Context, deps: RoomDeps): RoomControl {
  let live: LiveRoom | null = null;
  let opening = false;

  const requireForum = (forumId: string) => {
    guardForum(ctx, forumId);
  };

  const count = (sql: string, ...params: unknown[]) => ctx.sql(sql).pluck().get(...params) as number;

  const pollCounts = (forumId: string): RoomPollCount[] =>
    pollRowsOf(ctx, forumId).flatMap((row) => {
      const rules = roomPollRules(ctx, row.id);
      if (row.status === 'draft' || (row.status === 'closed' && !rules.revealed)) return [];
      return [
        {
          ...rules,
          title: row.title,
          status: row.status,
          phoneBallots: count('SELECT count(*) FROM room_ballot WHERE poll_id = ? AND replaced = 0', row.id),
          voted:
            count('SELECT count(*) FROM poll_voted WHERE poll_id = ?', row.id) +
            count('SELECT count(DISTINCT voter_id) FROM poll_ballot WHERE poll_id = ? AND voter_id IS NOT NULL', row.id) +
            count('SELECT count(*) FROM poll_scorer WHERE poll_id = ?', row.id),
        },
      ];
    });

  const status = (forumId: string): RoomStatus => {
    requireForum(forumId);
    const room = live && live.forumId === forumId ? live : null;
    const plainUrl = room ? `http://${room.host}${room.port === 80 ? '' : `:${room.port}`}` : '';
    return {
      forumId,
      room: room
        ? { id: room.roomId, code: room.code, host: room.host, port: room.port, url: `${plainUrl}/?c=${room.code}`, plainUrl, openedAt: room.openedAt }
        : null,
      phones: count('SELECT count(*) FROM room_voter WHERE forum_id = ?', forumId),
      identified: count('SELECT count(*) FROM room_voter WHERE forum_id = ? AND (person_id IS NOT NULL OR voting_code_id IS NOT NULL)', forumId),
      groups: count('SELECT count(*) FROM room_voter WHERE forum_id = ? AND group_id IS NOT NULL', forumId),
      polls: pollCounts(forumId),
      pendingSubmissions: count("SELECT count(*) FROM room_submission WHERE forum_id = ? AND status = 'pending'", forumId),
    };
  };

  /** Ends the live room: no phone gets in from now on, its code is expired for good. */
  const closeLive = (): Promise<void> => {
    const room = live;
    if (!room) return Promise.resolve();
    live = null;
    room.gate.shutdown();
    ctx.write('room.close', (emit) => {
      ctx.sql('UPDATE room SET closed_at = ? WHERE id = ? AND closed_at IS NULL').run(ctx.now(), room.roomId);
      emit(roomChanged(room.forumId));
    });
    return room.listener.close();
  };

  const write = <T>(op: OpName, forumId: string, fn: () => T): T =>
    ctx.write(op, (emit) => {
      const value = fn();
      emit(roomChanged(forumId));
      return value;
    });

  const groupsWithoutCode = (forumId: string) =>
    count('SELECT count(*) FROM small_group g WHERE g.forum_id = ? AND NOT EXISTS (SELECT 1 FROM room_group_code c WHERE c.group_id = g.id)', forumId);
  const peopleWithoutCode = (forumId: string) =>
    count(
      `SELECT count(*) FROM attendance a WHERE a.forum_id = ? AND a.checked_in_at IS NOT NULL
       AND NOT EXISTS (SELECT 1 FROM room_person_code c WHERE c.forum_id = a.forum_id AND c.person_id = a.person_id)`,
      forumId,
    );
  /** Codes are made when first asked for: a write (and a change event) only when some are missing, so reading them changes nothing. */
  const codesOf = <T>(op: OpName, forumId: string, missing: (forumId: string) => number, read: (ctx: Context, forumId: string) => T): T =>
    missing(forumId) > 0 ? write(op, forumId, () => read(ctx, forumId)) : read(ctx, forumId);

  const handlers: HandlersFor<'room'> = {
    'room.addresses': () => listAddresses(),

    'room.status': ({ forumId }) => status(forumId),

    'room.open': async ({ forumId, host, port }) => {
      requireForum(forumId);
      if (!deps.server) throw new AppError('conflict', 'room.no_server', 'this way of running Wethi cannot open a room (no network listener)');
      if (opening) throw new AppError('conflict', 'room.opening', 'the room is being opened');
      if (live) {
        if (live.forumId === forumId && live.host === host && (port === 0 || port === live.port)) return status(forumId);
        throw new AppError('conflict', 'room.already_open', `a room is open at ${live.host}:${live.port}: close it first`, { forumId: live.forumId, host: live.host, port: live.port });
      }
      opening = true;
      try {
        const roomId = ctx.newId();
        // Never a code used before: an old code must stay expired.
        const code = uniqueDigits(CODE_LENGTH.join, (c) => ctx.sql('SELECT 1 FROM room WHERE join_code = ?').get(c) !== undefined);
        const title = ctx.sql('SELECT title FROM forum WHERE id = ?').pluck().get(forumId) as string;
        const gate = createGate(ctx, deps.events, { roomId, forumId, title });
        let listener: RoomListener;
        try {
          listener = await deps.server.listen({ host, port, gate, events: deps.events });
        } catch (error) {
          gate.shutdown();
          throw listenError(error, host, port);
        }
        const openedAt = ctx.now();
        try {
          write('room.open', forumId, () => {
            // A room left open by a run that ended without closing it.
            ctx.sql('UPDATE room SET closed_at = ? WHERE forum_id = ? AND closed_at IS NULL').run(openedAt, forumId);
            ctx.sql('INSERT INTO room (id, forum_id, join_code, host, port, opened_at) VALUES (?, ?, ?, ?, ?, ?)').run(roomId, forumId, code, listener.host, listener.port, openedAt);
          });
        } catch (error) {
          gate.shutdown();
          await listener.close();
          throw error;
        }
        live = { roomId, forumId, code, host: listener.host, port: listener.port, openedAt, listener, gate };
        return status(forumId);
      } finally {
        opening = false;
      }
    },

    'room.close': async ({ forumId }) => {
      requireForum(forumId);
      if (live?.forumId === forumId) await closeLive();
      return status(forumId);
    },

    'room.pollSettings': ({ pollId }) => {
      requirePollRow(ctx, pollId);
      return roomPollRules(ctx, pollId);
    },

    'room.setPollSettings': ({ pollId, ...patch }) => {
      const row = requirePollRow(ctx, pollId);
      return write('room.setPollSettings', row.forum_id, () => {
        const before = roomPollRules(ctx, pollId);
        const changesWho = (patch.voters !== undefined && patch.voters !== before.voters) || (patch.secret !== undefined && patch.secret !== before.secret);
        if (changesWho && (count('SELECT count(*) FROM room_ballot WHERE poll_id = ?', pollId) > 0 || count('SELECT count(*) FROM poll_voted WHERE poll_id = ?', pollId) > 0)) {
          throw new AppError('conflict', 'room.poll_has_phone_ballots', 'ballots have been sent from phones: who votes and secrecy can no longer change', { pollId });
        }
        const after = { ...before, ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) };
        writeRoomPollRules(ctx, after);
        return roomPollRules(ctx, pollId);
      });
    },

    'room.reveal': ({ pollId, revealed }) => {
      const row = requirePollRow(ctx, pollId);
      if (row.status === 'draft') throw new AppError('conflict', 'room.reveal_draft', 'a draft poll has no results to show');
      return write('room.reveal', row.forum_id, () => {
        writeRoomPollRules(ctx, { ...roomPollRules(ctx, pollId), revealed });
        return roomPollRules(ctx, pollId);
      });
    },

    'room.addVotingCodes': ({ forumId, count: n }) => {
      requireForum(forumId);
      return write('room.addVotingCodes', forumId, () => addVotingCodes(ctx, forumId, n));
    },
    'room.votingCodes': ({ forumId }) => {
      requireForum(forumId);
      return votingCodes(ctx, forumId);
    },
    'room.groupCodes': ({ forumId }) => {
      requireForum(forumId);
      return codesOf('room.groupCodes', forumId, groupsWithoutCode, groupCodes);
    },
    'room.personalCodes': ({ forumId }) => {
      requireForum(forumId);
      return codesOf('room.personalCodes', forumId, peopleWithoutCode, personalCodes);
    },

    'room.slips': async ({ forumId, kind }) => {
      requireForum(forumId);
      const title = ctx.sql('SELECT title FROM forum WHERE id = ?').pluck().get(forumId) as string;
      const codes =
        kind === 'voting'
          ? { voting: votingCodes(ctx, forumId) }
          : kind === 'personal'
            ? { personal: codesOf('room.personalCodes', forumId, peopleWithoutCode, personalCodes) }
            : { group: codesOf('room.groupCodes', forumId, groupsWithoutCode, groupCodes) };
      const data = await deps.printer.print(slipsHtml(title, kind, slipsOf(kind, codes)));
      return { fileName: `codes-${kind}-${slug(title)}.pdf`, mimeType: 'application/pdf', base64: data.toString('base64'), pages: countPdfPages(data) };
    },

    'room.venueGuide': async ({ forumId, language }) => {
      requireForum(forumId);
      const title = ctx.sql('SELECT title FROM forum WHERE id = ?').pluck().get(forumId) as string;
      const room = status(forumId).room;
      const data = await deps.printer.print(await venueGuideHtml(title, language, room));
      return { fileName: `venue-guide-${language}-${slug(title)}.pdf`, mimeType: 'application/pdf', base64: data.toString('base64'), pages: countPdfPages(data) };
    },

    'room.releaseIdentity': ({ forumId, ...which }) => {
      requireForum(forumId);
      const freed = write('room.releaseIdentity', forumId, () => release(ctx, forumId, which as { badgeNumber: number } | { codeNumber: number }));
      if (!freed) throw new AppError('not_found', 'room.identity_not_held', 'no phone holds it');
      return { ok: true as const };
    },

    'room.submissions': ({ forumId, status: wanted }) => {
      requireForum(forumId);
      return listSubmissions(ctx, forumId, wanted);
    },
    'room.editSubmission': ({ id, patch }) =>
      ctx.write('room.editSubmission', (emit) => {
        const s = editSubmission(ctx, id, patch);
        emit(roomChanged(s.forumId));
        return s;
      }),
    'room.acceptSubmission': ({ id, intoIssueId }) =>
      ctx.write('room.acceptSubmission', (emit) => {
        const s = acceptSubmission(ctx, id, intoIssueId, emit);
        emit(roomChanged(s.forumId));
        return s;
      }),
    'room.hideSubmission': ({ id, hidden }) =>
      ctx.write('room.hideSubmission', (emit) => {
        const s = hideSubmission(ctx, id, hidden);
        emit(roomChanged(s.forumId));
        return s;
      }),
  };

  return {
    handlers,
    shutdown() {
      void closeLive().catch(() => undefined);
    },
  };
}

/** The listener's failure in words the facilitator can act on. */
function listenError(error: unknown, host: string, port: number): AppError {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EADDRINUSE') return new AppError('conflict', 'room.port_in_use', `port ${port} on ${host} is used by another program: choose another port`, { host, port });
  if (code === 'EADDRNOTAVAIL') return new AppError('validation', 'room.address_unavailable', `${host} is not an address of this computer (any more): choose another`, { host });
  if (code === 'EACCES') return new AppError('conflict', 'room.port_forbidden', `the system does not allow port ${port}: choose a port above 1024`, { host, port });
  return new AppError('internal', 'error.internal', error instanceof Error ? error.message : String(error));
}
