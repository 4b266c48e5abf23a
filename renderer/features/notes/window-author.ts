/**
 * The draft author of this window: one id per open window, so two note-takers (two windows or
 * two laptops) never write over each other's draft, yet one that comes back after a crash, a
 * killed process or a power cut finds its draft again.
 *
 * sessionStorage alone keeps the id across a reload, but not across a restart (a new window
 * starts with empty sessionStorage). So every window also holds a lease in localStorage,
 * renewed every few seconds; a new window takes over the most recently used lease that nobody
 * renews any more (its window crashed or was closed), and with it that window's draft.
 */

const SESSION_KEY = 'wethi.noteAuthor';
const LEASES_KEY = 'wethi.noteAuthors';
const RENEW_MS = 2000;
/** Three missed renewals: that window is gone (a busy tab can be late by a second, not by six). */
const STALE_MS = 3 * RENEW_MS;
/** Leases unused this long are forgotten, so the list does not grow with every window ever opened. */
const FORGET_MS = 30 * 24 * 3600 * 1000;

type Leases = Record<string, { seen: number; released?: boolean }>;

const readLeases = (): Leases => {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(LEASES_KEY) ?? '{}');
    return parsed && typeof parsed === 'object' ? (parsed as Leases) : {};
  } catch {
    return {};
  }
};

const writeLeases = (leases: Leases) => {
  try {
    localStorage.setItem(LEASES_KEY, JSON.stringify(leases));
  } catch {
    // Storage full or refused: the id still works for this window, only crash recovery is weaker.
  }
};

const newId = () => `window-${crypto.randomUUID()}`;

function claim(): string {
  const now = Date.now();
  const leases = readLeases();
  for (const [id, lease] of Object.entries(leases)) if (now - lease.seen > FORGET_MS) delete leases[id];

  // A reload keeps its own id whatever its lease says.
  const own = sessionStorage.getItem(SESSION_KEY);
  let id = own;
  if (!id) {
    const free = Object.entries(leases)
      .filter(([, lease]) => lease.released || now - lease.seen > STALE_MS)
      .sort(([, a], [, b]) => b.seen - a.seen);
    id = free[0]?.[0] ?? newId();
  }
  leases[id] = { seen: now };
  writeLeases(leases);
  sessionStorage.setItem(SESSION_KEY, id);
  return id;
}

let current: string | null = null;

/** This window's author id, claimed once and kept alive while the window is open. */
export function windowAuthor(): string {
  if (current) return current;
  const id = claim();
  current = id;
  const renew = () => {
    const leases = readLeases();
    leases[id] = { seen: Date.now() };
    writeLeases(leases);
  };
  setInterval(renew, RENEW_MS);
  // A window closed on purpose frees its lease at once: the next window picks up its draft.
  window.addEventListener('pagehide', () => {
    const leases = readLeases();
    leases[id] = { seen: Date.now(), released: true };
    writeLeases(leases);
  });
  // Back from the bfcache: the window is alive again.
  window.addEventListener('pageshow', (event) => {
    if (event.persisted) renew();
  });
  return id;
}
