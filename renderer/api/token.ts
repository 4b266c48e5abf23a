/**
 * The local host's per-launch token. It arrives once in the address fragment (never sent to the
 * server or kept in history), then lives in sessionStorage so a reload in the same tab still works.
 *
 * When the host is restarted it has a new token, and the pages still open are refused. The page
 * opened by the new link tells the others in this browser (a BroadcastChannel: same origin only,
 * as sessionStorage is), so they take the new token without a reload and keep what was typed.
 */
const STORAGE_KEY = 'wethi.token';
const CHANNEL = 'wethi.token';

export function takeToken(): string | null {
  return tokenInAddress() ?? sessionStorage.getItem(STORAGE_KEY);
}

/** A token in the address fragment (the launch link, or one pasted over the address): kept, announced, taken out of the address. */
function tokenInAddress(): string | null {
  const fromHash = tokenFromLink(location.hash);
  if (!fromHash) return null;
  keepToken(fromHash);
  history.replaceState(history.state, '', location.pathname + location.search);
  announceToken(fromHash);
  return fromHash;
}

/**
 * The new link pasted over this page's address differs from it only in the fragment, which does
 * not reload the page: the token is taken from there too.
 */
export function onTokenInAddress(listener: (token: string) => void): void {
  window.addEventListener('hashchange', () => {
    const token = tokenInAddress();
    if (token) listener(token);
  });
}

export const keepToken = (token: string) => sessionStorage.setItem(STORAGE_KEY, token);

/** A wrong token must not be retried forever from storage: the user has to come back by the printed link. */
export const forgetToken = () => sessionStorage.removeItem(STORAGE_KEY);

/** The token of a launch link as printed (`http://127.0.0.1:PORT/#token=…`), of its fragment, or pasted alone. */
export function tokenFromLink(text: string): string | null {
  const trimmed = text.trim();
  const hash = trimmed.includes('#') ? trimmed.slice(trimmed.indexOf('#') + 1) : trimmed.includes('token=') ? trimmed : '';
  if (hash) return new URLSearchParams(hash).get('token') || null;
  return /^[\w-]{16,}$/.test(trimmed) ? trimmed : null;
}

function announceToken(token: string): void {
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(CHANNEL);
  channel.postMessage(token);
  channel.close();
}

/** Tokens announced by pages opened later in this browser (after a restart of the host). */
export function onAnnouncedToken(listener: (token: string) => void): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => undefined;
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (event: MessageEvent<unknown>) => {
    if (typeof event.data === 'string' && event.data) listener(event.data);
  };
  return () => channel.close();
}
