/**
 * "Now", for live clocks. It only ticks while a clock runs, and it ticks on the running clock's
 * own second boundaries, so the display changes once a second and never lags by most of one.
 * Nothing is fetched: the figure comes from `elapsedMs` + `runningSince` and this clock.
 */
import { useEffect, useState } from 'react';

interface Running {
  elapsedMs: number;
  runningSince: string | null;
}

export function useClockNow(items: readonly Running[]): number {
  const [now, setNow] = useState(() => Date.now());
  const running = items.find((i) => i.runningSince !== null);
  const phase = running?.runningSince ? (Date.parse(running.runningSince) - running.elapsedMs) % 1000 : null;

  useEffect(() => {
    setNow(Date.now());
    if (phase === null) return;
    let timer: ReturnType<typeof setTimeout>;
    const schedule = () => {
      const at = Date.now();
      // Next instant whose distance from the clock's start is a whole second (+5 ms against early timers).
      const wait = 1000 - ((((at - phase) % 1000) + 1000) % 1000) + 5;
      timer = setTimeout(() => {
        setNow(Date.now());
        schedule();
      }, wait);
    };
    schedule();
    return () => clearTimeout(timer);
  }, [phase]);

  return now;
}
