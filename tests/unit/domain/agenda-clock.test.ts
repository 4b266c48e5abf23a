import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  agendaTotals,
  elapsedMs,
  formatClock,
  isOverrun,
  overrunMs,
  remainingMs,
  sectionTimes,
  stoppedClock,
} from '../../../shared/domain/agenda-clock';

const T0 = '2026-11-23T02:00:00.000Z';
const item = (over: { elapsedMs?: number; runningSince?: string | null; plannedMinutes?: number | null } = {}) => ({
  elapsedMs: over.elapsedMs ?? 0,
  runningSince: over.runningSince ?? null,
  plannedMinutes: over.plannedMinutes ?? null,
});

describe('agenda clock', () => {
  it('a stopped item shows the time already spent, whatever the time now', () => {
    expect(elapsedMs(item({ elapsedMs: 90_000 }), '2030-01-01T00:00:00.000Z')).toBe(90_000);
  });

  it('a running item adds the run in progress, from an ISO time, epoch ms or a Date', () => {
    const running = item({ elapsedMs: 60_000, runningSince: T0 });
    expect(elapsedMs(running, '2026-11-23T02:02:30.000Z')).toBe(210_000);
    expect(elapsedMs(running, Date.parse('2026-11-23T02:02:30.000Z'))).toBe(210_000);
    expect(elapsedMs(running, new Date('2026-11-23T02:02:30.000Z'))).toBe(210_000);
  });

  it('a clock behind the start never makes time run backwards', () => {
    expect(elapsedMs(item({ elapsedMs: 5_000, runningSince: T0 }), '2026-11-23T01:59:00.000Z')).toBe(5_000);
  });

  it('remaining and overrun against a 10-minute plan', () => {
    const planned = item({ elapsedMs: 240_000, runningSince: T0, plannedMinutes: 10 });
    // 4 min before + 5 min running = 9 min: 1 min left.
    expect(remainingMs(planned, '2026-11-23T02:05:00.000Z')).toBe(60_000);
    expect(overrunMs(planned, '2026-11-23T02:05:00.000Z')).toBe(0);
    expect(isOverrun(planned, '2026-11-23T02:05:00.000Z')).toBe(false);
    // Exactly on plan is not over.
    expect(overrunMs(planned, '2026-11-23T02:06:00.000Z')).toBe(0);
    // 4 + 8.5 = 12.5 min: 2.5 min over.
    expect(remainingMs(planned, '2026-11-23T02:08:30.000Z')).toBe(-150_000);
    expect(overrunMs(planned, '2026-11-23T02:08:30.000Z')).toBe(150_000);
    expect(isOverrun(planned, '2026-11-23T02:08:30.000Z')).toBe(true);
  });

  it('an item without a plan has nothing remaining and never overruns', () => {
    const unplanned = item({ elapsedMs: 10 * 3_600_000 });
    expect(remainingMs(unplanned, T0)).toBeNull();
    expect(overrunMs(unplanned, T0)).toBe(0);
  });

  it('stopping folds the run in', () => {
    expect(stoppedClock(item({ elapsedMs: 1_000, runningSince: T0 }), '2026-11-23T02:00:02.500Z')).toEqual({ elapsedMs: 3_500, runningSince: null });
  });

  it('a section counts the parent and its sub-items; the parent plan wins, else the sub-items add up', () => {
    const now = '2026-11-23T02:10:00.000Z';
    const parent = item({ elapsedMs: 120_000, plannedMinutes: null });
    const children = [item({ elapsedMs: 600_000, plannedMinutes: 5 }), item({ elapsedMs: 60_000, runningSince: '2026-11-23T02:09:00.000Z', plannedMinutes: 10 })];
    // 2 + 10 + (1 + 1) = 14 min against 5 + 10 = 15 planned.
    expect(sectionTimes(parent, children, now)).toEqual({ plannedMinutes: 15, elapsedMs: 840_000, overrunMs: 0 });
    // With its own 12-minute plan, the section is 2 min over.
    expect(sectionTimes({ ...parent, plannedMinutes: 12 }, children, now)).toEqual({ plannedMinutes: 12, elapsedMs: 840_000, overrunMs: 120_000 });
    expect(sectionTimes(parent, [item()], now)).toEqual({ plannedMinutes: null, elapsedMs: 120_000, overrunMs: 0 });
  });

  it('agenda totals add the sections up', () => {
    const items = [
      { id: 'a', parentId: null, ...item({ plannedMinutes: 10, elapsedMs: 300_000 }) },
      { id: 'b', parentId: null, ...item({ elapsedMs: 60_000 }) },
      { id: 'b1', parentId: 'b', ...item({ plannedMinutes: 20, elapsedMs: 30_000 }) },
      { id: 'c', parentId: null, ...item() },
    ];
    expect(agendaTotals(items, T0)).toEqual({ plannedMinutes: 30, elapsedMs: 390_000 });
    expect(agendaTotals([], T0)).toEqual({ plannedMinutes: null, elapsedMs: 0 });
  });

  it('formats a timer as the room reads it', () => {
    expect(formatClock(0)).toBe('0:00');
    expect(formatClock(4 * 60_000 + 5_999)).toBe('4:05');
    expect(formatClock(3_600_000 + 2 * 60_000 + 9_000)).toBe('1:02:09');
    expect(formatClock(-150_000)).toBe('−2:30');
    expect(formatClock(-400)).toBe('0:00');
  });

  it('elapsed never decreases as time goes on, and stopping at any moment keeps the figure', () => {
    fc.assert(
      fc.property(fc.nat(10_000_000), fc.nat(10_000_000), fc.nat(10_000_000), (spent, a, b) => {
        const running = item({ elapsedMs: spent, runningSince: T0 });
        const t0 = Date.parse(T0);
        const [early, late] = a <= b ? [a, b] : [b, a];
        expect(elapsedMs(running, t0 + early)).toBeLessThanOrEqual(elapsedMs(running, t0 + late));
        expect(elapsedMs(running, t0 + late)).toBe(spent + late);
        expect(stoppedClock(running, t0 + early).elapsedMs).toBe(elapsedMs(running, t0 + early));
      }),
    );
  });
});
