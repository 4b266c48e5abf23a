/**
 * The agenda item clock, as pure maths: the database keeps the time already spent
 * (`elapsedMs`) and when the clock was last started (`runningSince`), so any window can
 * work out the live figure from its own clock and tick without asking the core again.
 */

export interface ClockFields {
  /** Time spent in earlier runs of the clock, in ms. */
  elapsedMs: number;
  /** ISO time the clock was started, or null when it is stopped. */
  runningSince: string | null;
  plannedMinutes: number | null;
}

/** An instant as an ISO string, epoch milliseconds, or a Date. */
export type Instant = string | number | Date;

const toMs = (at: Instant): number => (typeof at === 'number' ? at : typeof at === 'string' ? Date.parse(at) : at.getTime());

export const MS_PER_MINUTE = 60_000;

/** Time spent on the item up to `now`, counting the run in progress. */
export function elapsedMs(item: Pick<ClockFields, 'elapsedMs' | 'runningSince'>, now: Instant): number {
  if (item.runningSince === null) return item.elapsedMs;
  // A clock set back (or a window's clock behind the core's) must not make time run backwards.
  return item.elapsedMs + Math.max(0, toMs(now) - Date.parse(item.runningSince));
}

export function plannedMs(item: Pick<ClockFields, 'plannedMinutes'>): number | null {
  return item.plannedMinutes === null ? null : item.plannedMinutes * MS_PER_MINUTE;
}

/** Time left of the plan: negative once over, null when the item has no planned duration. */
export function remainingMs(item: ClockFields, now: Instant): number | null {
  const planned = plannedMs(item);
  return planned === null ? null : planned - elapsedMs(item, now);
}

/** How far past its plan the item is: 0 within the plan, and 0 when there is no plan to overrun. */
export function overrunMs(item: ClockFields, now: Instant): number {
  const remaining = remainingMs(item, now);
  return remaining === null ? 0 : Math.max(0, -remaining);
}

export const isOverrun = (item: ClockFields, now: Instant): boolean => overrunMs(item, now) > 0;

/** The clock stopped at `now`: the run in progress is folded into the time already spent. */
export function stoppedClock(item: Pick<ClockFields, 'elapsedMs' | 'runningSince'>, now: Instant): { elapsedMs: number; runningSince: null } {
  return { elapsedMs: elapsedMs(item, now), runningSince: null };
}

export interface SectionTimes {
  /** The parent's own plan when set (it covers its sub-items), else the sum of the sub-items' plans. */
  plannedMinutes: number | null;
  /** The parent's own time plus all its sub-items' time. */
  elapsedMs: number;
  overrunMs: number;
}

/** A top-level item together with its sub-items (4 with 4.1, 4.2), as the minutes report it. */
export function sectionTimes(parent: ClockFields, children: readonly ClockFields[], now: Instant): SectionTimes {
  const childPlans = children.map((c) => c.plannedMinutes).filter((m): m is number => m !== null);
  const plannedMinutes = parent.plannedMinutes ?? (childPlans.length > 0 ? childPlans.reduce((a, b) => a + b, 0) : null);
  const spent = children.reduce((sum, c) => sum + elapsedMs(c, now), elapsedMs(parent, now));
  return {
    plannedMinutes,
    elapsedMs: spent,
    overrunMs: plannedMinutes === null ? 0 : Math.max(0, spent - plannedMinutes * MS_PER_MINUTE),
  };
}

/** Totals for a whole agenda given as items with their parent ids (the shape `agenda.list` returns). */
export function agendaTotals(
  items: readonly (ClockFields & { id: string; parentId: string | null })[],
  now: Instant,
): { plannedMinutes: number | null; elapsedMs: number } {
  let planned: number | null = null;
  let spent = 0;
  for (const parent of items.filter((i) => i.parentId === null)) {
    const section = sectionTimes(
      parent,
      items.filter((i) => i.parentId === parent.id),
      now,
    );
    if (section.plannedMinutes !== null) planned = (planned ?? 0) + section.plannedMinutes;
    spent += section.elapsedMs;
  }
  return { plannedMinutes: planned, elapsedMs: spent };
}

/**
 * A duration as the room reads it on a timer: "4:05", "1:02:09"; negative (time over the
 * plan) with a leading minus sign. Whole seconds, rounded down, so the display never runs ahead.
 */
export function formatClock(ms: number): string {
  const total = Math.floor(Math.abs(ms) / 1000);
  // Under a second over the plan still reads 0:00, not a lone minus sign.
  const sign = ms < 0 && total > 0 ? '−' : '';
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const ss = String(seconds).padStart(2, '0');
  return hours > 0 ? `${sign}${hours}:${String(minutes).padStart(2, '0')}:${ss}` : `${sign}${minutes}:${ss}`;
}
