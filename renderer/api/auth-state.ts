/** Whether the host has refused our token; the app swaps to an explanation screen when it has. */
import { useSyncExternalStore } from 'react';

let refused = false;
const listeners = new Set<() => void>();

export function markUnauthorized(): void {
  if (refused) return;
  refused = true;
  for (const listener of listeners) listener();
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

export const useUnauthorized = () => useSyncExternalStore(subscribe, () => refused);
