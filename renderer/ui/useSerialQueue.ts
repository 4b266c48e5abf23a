/**
 * Runs writes one after another in the order they were asked for. Ballots are typed faster than
 * the host answers; sent in parallel they could be stored out of order, and the entry number
 * (`seq`) is what the facilitator writes on the paper ballot.
 */
import { useRef } from 'react';

export function useSerialQueue() {
  const tail = useRef<Promise<unknown>>(Promise.resolve());
  return <T>(job: () => Promise<T>): Promise<T> => {
    const run = tail.current.then(job, job);
    // A failed job must not stop the ones queued behind it.
    tail.current = run.catch(() => undefined);
    return run;
  };
}
