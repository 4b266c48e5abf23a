/**
 * "Now" for the agenda's clocks: ticks while an item's clock runs, on that clock's own second
 * boundaries. The figure itself comes from `elapsedMs` + `runningSince` and this clock.
 */
import { useNow } from './useNow';

interface Running {
  elapsedMs: number;
  runningSince: string | null;
}

export function useClockNow(items: readonly Running[]): number {
  const running = items.find((i) => i.runningSince !== null);
  // When the clock would have started had it never stopped: its seconds turn over from there.
  return useNow(running?.runningSince ? Date.parse(running.runningSince) - running.elapsedMs : null);
}
