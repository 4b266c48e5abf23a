/**
 * "Now", for live clocks. It ticks only while a clock runs (`origin` not null), and on that
 * clock's own boundaries (every `intervalMs` from `origin`), so a display of whole seconds turns
 * over once a second and never lags by most of one. Nothing is fetched per tick.
 */
import { useEffect, useState } from 'react';

export function useNow(origin: number | null, intervalMs = 1000): number {
  const [now, setNow] = useState(() => Date.now());
  const phase = origin === null ? null : ((origin % intervalMs) + intervalMs) % intervalMs;

  useEffect(() => {
    setNow(Date.now());
    if (phase === null) return;
    let timer: ReturnType<typeof setTimeout>;
    const schedule = () => {
      const at = Date.now();
      // The next boundary (+5 ms so a timer that fires a little early still lands past it).
      const wait = intervalMs - ((((at - phase) % intervalMs) + intervalMs) % intervalMs) + 5;
      timer = setTimeout(() => {
        setNow(Date.now());
        schedule();
      }, wait);
    };
    schedule();
    return () => clearTimeout(timer);
  }, [phase, intervalMs]);

  return now;
}
