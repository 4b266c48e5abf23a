/**
 * A project's follow-up read from its status updates, as pure functions (issue 14).
 *
 * - The current status is the latest update: by the day reported, then by when it was recorded
 *   (two updates the same day: the later entry wins). No update: null (the plan's own status
 *   stands).
 * - Spent to date is the sum of every update's spending, by source; each update records what
 *   was spent in its period, so nothing is counted twice.
 * - A project is overdue when its end date is before today and it is neither done nor dropped.
 */
import { type FollowUpStatus, isSettled } from './follow-through-vocabulary';

export interface UpdateLike {
  status: FollowUpStatus;
  reportedOn: string;
  createdAt: string;
  progressPercent: number | null;
  spending: readonly { source: string; amountSatang: number }[];
}

export function byReportOrder<T extends Pick<UpdateLike, 'reportedOn' | 'createdAt'>>(a: T, b: T): number {
  return a.reportedOn.localeCompare(b.reportedOn) || a.createdAt.localeCompare(b.createdAt);
}

export function latestUpdate<T extends UpdateLike>(updates: readonly T[]): T | null {
  return [...updates].sort(byReportOrder).at(-1) ?? null;
}

/** The latest progress figure given (an update may leave it out). */
export function latestProgress(updates: readonly UpdateLike[]): number | null {
  const given = [...updates].sort(byReportOrder).filter((u) => u.progressPercent !== null);
  return given.at(-1)?.progressPercent ?? null;
}

/** Spent to date by source (sources in the order first seen) and in total, whole satang. */
export function spentToDate(updates: readonly UpdateLike[]): { totalSatang: number; bySource: { source: string; amountSatang: number }[] } {
  const bySource = new Map<string, number>();
  for (const u of [...updates].sort(byReportOrder)) {
    for (const s of u.spending) bySource.set(s.source, (bySource.get(s.source) ?? 0) + s.amountSatang);
  }
  const list = [...bySource].map(([source, amountSatang]) => ({ source, amountSatang }));
  return { totalSatang: list.reduce((sum, s) => sum + s.amountSatang, 0), bySource: list };
}

export function isOverdue(endDate: string | null, status: FollowUpStatus | null, today: string): boolean {
  if (endDate === null || endDate >= today) return false;
  return status === null || !isSettled(status);
}
