/** Rows of speech and speaker_queue, mapped to the contract's `Speech` and `QueueEntry`. */
import type { QueueEntry, Speech } from '../../../shared/contract';
import { isOverLimit, remainingMs, speechDurationMs, speechState } from '../../../shared/domain/speech-clock';
import type { Context } from '../context';
import { PERSON_REF_COLUMNS, type PersonRefRow, toPersonRef } from './people';

interface SpeechRow extends PersonRefRow {
  id: string;
  forum_id: string;
  agenda_item_id: string | null;
  person_id: string | null;
  started_at: string;
  ended_at: string | null;
  paused_ms: number;
  paused_since: string | null;
  limit_seconds: number | null;
}

const SPEECH_SELECT = `
  SELECT s.*, ${PERSON_REF_COLUMNS}
  FROM speech s
  LEFT JOIN person p ON p.id = s.person_id
  LEFT JOIN attendance a ON a.forum_id = s.forum_id AND a.person_id = s.person_id`;

export function toSpeech(row: SpeechRow, now: string): Speech {
  const clock = { startedAt: row.started_at, endedAt: row.ended_at, pausedMs: row.paused_ms, pausedSince: row.paused_since };
  const durationMs = speechDurationMs(clock, now);
  return {
    id: row.id,
    forumId: row.forum_id,
    agendaItemId: row.agenda_item_id,
    person: toPersonRef(row),
    ...clock,
    limitSeconds: row.limit_seconds,
    state: speechState(clock),
    durationMs,
    remainingMs: remainingMs(durationMs, row.limit_seconds),
    overLimit: isOverLimit(durationMs, row.limit_seconds),
  };
}

export function findSpeech(ctx: Context, id: string): Speech | null {
  const row = ctx.sql(`${SPEECH_SELECT} WHERE s.id = ?`).get(id) as SpeechRow | undefined;
  return row ? toSpeech(row, ctx.now()) : null;
}

/** The running or paused speech; `now` is the instant its duration is read at. */
export function runningSpeech(ctx: Context, forumId: string, now = ctx.now()): Speech | null {
  const row = ctx.sql(`${SPEECH_SELECT} WHERE s.forum_id = ? AND s.ended_at IS NULL`).get(forumId) as SpeechRow | undefined;
  return row ? toSpeech(row, now) : null;
}

export function listSpeeches(ctx: Context, forumId: string, agendaItemId?: string, now = ctx.now()): Speech[] {
  const rows = (
    agendaItemId === undefined
      ? ctx.sql(`${SPEECH_SELECT} WHERE s.forum_id = ? ORDER BY s.started_at, s.id`).all(forumId)
      : ctx.sql(`${SPEECH_SELECT} WHERE s.forum_id = ? AND s.agenda_item_id = ? ORDER BY s.started_at, s.id`).all(forumId, agendaItemId)
  ) as SpeechRow[];
  return rows.map((row) => toSpeech(row, now));
}

export function insertSpeech(
  ctx: Context,
  values: { id: string; forumId: string; agendaItemId: string | null; personId: string | null; at: string; limitSeconds: number | null },
): void {
  ctx
    .sql('INSERT INTO speech (id, forum_id, agenda_item_id, person_id, started_at, limit_seconds) VALUES (?, ?, ?, ?, ?, ?)')
    .run(values.id, values.forumId, values.agendaItemId, values.personId, values.at, values.limitSeconds);
}

/** Ends a speech at `at`, folding an open pause into the paused time. */
export function endSpeech(ctx: Context, id: string, pausedMs: number, at: string): void {
  ctx.sql('UPDATE speech SET ended_at = ?, paused_ms = ?, paused_since = NULL WHERE id = ?').run(at, pausedMs, id);
}

export function setPause(ctx: Context, id: string, pausedMs: number, pausedSince: string | null): void {
  ctx.sql('UPDATE speech SET paused_ms = ?, paused_since = ? WHERE id = ?').run(pausedMs, pausedSince, id);
}

export function forumSpeechLimit(ctx: Context, forumId: string): number | null {
  const row = ctx.sql('SELECT speech_limit_seconds AS seconds FROM forum WHERE id = ?').get(forumId) as { seconds: number | null } | undefined;
  return row?.seconds ?? null;
}

export function currentAgendaItem(ctx: Context, forumId: string): string | null {
  const row = ctx.sql('SELECT current_agenda_item_id AS id FROM forum WHERE id = ?').get(forumId) as { id: string | null } | undefined;
  return row?.id ?? null;
}

interface QueueRow extends PersonRefRow {
  id: string;
  forum_id: string;
  person_id: string;
  position: number;
  added_at: string;
}

export function listQueue(ctx: Context, forumId: string): QueueEntry[] {
  const rows = ctx
    .sql(
      `SELECT q.*, ${PERSON_REF_COLUMNS}
       FROM speaker_queue q
       JOIN person p ON p.id = q.person_id
       LEFT JOIN attendance a ON a.forum_id = q.forum_id AND a.person_id = q.person_id
       WHERE q.forum_id = ? ORDER BY q.position, q.added_at, q.id`,
    )
    .all(forumId) as QueueRow[];
  return rows.flatMap((row, index) => {
    const person = toPersonRef(row);
    return person ? [{ id: row.id, forumId: row.forum_id, person, position: index + 1, addedAt: row.added_at }] : [];
  });
}

export function findQueueEntry(ctx: Context, id: string): { forumId: string; personId: string } | null {
  const row = ctx.sql('SELECT forum_id AS forumId, person_id AS personId FROM speaker_queue WHERE id = ?').get(id);
  return (row as { forumId: string; personId: string } | undefined) ?? null;
}

export function appendToQueue(ctx: Context, id: string, forumId: string, personId: string, at: string): void {
  ctx
    .sql(
      `INSERT INTO speaker_queue (id, forum_id, person_id, position, added_at)
       VALUES (?, ?, ?, (SELECT coalesce(max(position), 0) + 1 FROM speaker_queue WHERE forum_id = ?), ?)`,
    )
    .run(id, forumId, personId, forumId, at);
}

export function setQueuePosition(ctx: Context, id: string, position: number): void {
  ctx.sql('UPDATE speaker_queue SET position = ? WHERE id = ?').run(position, id);
}

export function removeFromQueue(ctx: Context, forumId: string, personId: string): string | null {
  const row = ctx.sql('DELETE FROM speaker_queue WHERE forum_id = ? AND person_id = ? RETURNING id').get(forumId, personId) as { id: string } | undefined;
  return row?.id ?? null;
}
