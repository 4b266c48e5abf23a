/** The item clock in the database: at most one item of a forum runs, and it is the current one. */
import { elapsedMs } from '../../../shared/domain/agenda-clock';
import type { Context } from '../context';
import { type AgendaRow, writeClock } from './store';

/** Stops the item's clock at `at`, folding the run into its elapsed time. False if it was not running. */
export function stopRow(ctx: Context, row: AgendaRow, at: string): boolean {
  if (row.running_since === null) return false;
  writeClock(ctx, row.id, {
    elapsedMs: elapsedMs({ elapsedMs: row.elapsed_ms, runningSince: row.running_since }, at),
    runningSince: null,
    startedAt: row.started_at,
    endedAt: at,
  });
  return true;
}

/** Starts the item's clock at `at` (a no-op if it already runs); its first start is kept. */
export function startRow(ctx: Context, row: AgendaRow, at: string): boolean {
  if (row.running_since !== null) return false;
  writeClock(ctx, row.id, { elapsedMs: row.elapsed_ms, runningSince: at, startedAt: row.started_at ?? at, endedAt: null });
  return true;
}

/** Stops every running item of the forum except `keepId`; returns the ids stopped. */
export function stopOthers(ctx: Context, forumId: string, keepId: string | null, at: string): string[] {
  const running = ctx
    .sql('SELECT * FROM agenda_item WHERE forum_id = ? AND running_since IS NOT NULL AND id IS NOT ?')
    .all(forumId, keepId) as AgendaRow[];
  for (const row of running) stopRow(ctx, row, at);
  return running.map((r) => r.id);
}
