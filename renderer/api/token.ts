/**
 * The local host's per-launch token. It arrives once in the address fragment (never sent to the
 * server or kept in history), then lives in sessionStorage so a reload in the same tab still works.
 */
const STORAGE_KEY = 'wethi.token';

export function takeToken(): string | null {
  const fromHash = new URLSearchParams(location.hash.slice(1)).get('token');
  if (fromHash) {
    sessionStorage.setItem(STORAGE_KEY, fromHash);
    history.replaceState(history.state, '', location.pathname + location.search);
    return fromHash;
  }
  return sessionStorage.getItem(STORAGE_KEY);
}

/** A wrong token must not be retried forever from storage: the user has to come back by the printed link. */
export const forgetToken = () => sessionStorage.removeItem(STORAGE_KEY);
