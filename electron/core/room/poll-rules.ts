/**
 * Per poll: who may vote from a phone, secrecy, changes, and whether the room's projector shows
 * the results. A poll without a row has the defaults: any joined device, not secret, a vote may
 * be changed while the poll is open, results hidden.
 */
import type { RoomPollSettings } from '../../../shared/contract';
import type { RoomVoters } from '../../../shared/room/wire';
import type { Context } from '../context';

interface RoomPollRow {
  voters: RoomVoters;
  secret: number;
  allow_change: number;
  revealed_at: string | null;
}

export const DEFAULT_RULES = { voters: 'devices', secret: false, allowChange: true, revealed: false } as const;

export function roomPollRules(ctx: Context, pollId: string): RoomPollSettings {
  const row = ctx.sql('SELECT voters, secret, allow_change, revealed_at FROM room_poll WHERE poll_id = ?').get(pollId) as RoomPollRow | undefined;
  if (!row) return { pollId, ...DEFAULT_RULES };
  return { pollId, voters: row.voters, secret: row.secret === 1, allowChange: row.allow_change === 1, revealed: row.revealed_at !== null };
}

export function writeRoomPollRules(ctx: Context, rules: RoomPollSettings): void {
  ctx
    .sql(
      `INSERT INTO room_poll (poll_id, voters, secret, allow_change, revealed_at) VALUES (@pollId, @voters, @secret, @allowChange, @revealedAt)
       ON CONFLICT (poll_id) DO UPDATE SET voters = excluded.voters, secret = excluded.secret, allow_change = excluded.allow_change,
         revealed_at = CASE WHEN excluded.revealed_at IS NULL THEN NULL ELSE coalesce(room_poll.revealed_at, excluded.revealed_at) END`,
    )
    .run({
      pollId: rules.pollId,
      voters: rules.voters,
      secret: rules.secret ? 1 : 0,
      allowChange: rules.allowChange ? 1 : 0,
      revealedAt: rules.revealed ? ctx.now() : null,
    });
}

/** A secret poll keeps who voted apart from what they voted (also for named paper ballots). */
export const isSecretPoll = (ctx: Context, pollId: string) =>
  ctx.sql('SELECT secret FROM room_poll WHERE poll_id = ?').pluck().get(pollId) === 1;
