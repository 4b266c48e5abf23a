/**
 * Whether the host takes our token. Refused before it ever took it (an old bookmark, a typo):
 * the app swaps to an explanation screen. Refused after it took it (browser mode, the host was
 * restarted and has a new token): the page stays as it is, with whatever was typed in it, and
 * waits for the new token (app/ReconnectBanner).
 */
import { useSyncExternalStore } from 'react';

export type AuthState = 'ok' | 'refused' | 'reconnect';

let accepted = false;
let refused = false;
const listeners = new Set<() => void>();
const notify = () => {
  for (const listener of listeners) listener();
};

/** A call went through: from now on a refusal means the host changed its token, not that we never had it. */
export function markAccepted(): void {
  accepted = true;
}

export function markUnauthorized(): void {
  if (refused) return;
  refused = true;
  notify();
}

/** The host took a new token: back to work. */
export function markAuthorized(): void {
  accepted = true;
  if (!refused) return;
  refused = false;
  notify();
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

const snapshot = (): AuthState => (!refused ? 'ok' : accepted ? 'reconnect' : 'refused');

export const useAuthState = () => useSyncExternalStore(subscribe, snapshot);
