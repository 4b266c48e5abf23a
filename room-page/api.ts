/** Requests to the laptop: JSON in and out, the voter token in a header, a timeout for weak Wi-Fi. */
import type { RoomErrorBody } from '../shared/room/wire';

/** The laptop answered and said no: `code` is the room's reason (docs/room.md). */
export class Refused extends Error {
  constructor(
    readonly code: string,
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
  /** Worth sending again later (busy, limited, the room restarting), not a final no. */
  get retryable(): boolean {
    return this.status === 429 || this.status >= 500;
  }
}

/** No answer at all: offline, asleep, out of range. */
export class Unreachable extends Error {}

const TIMEOUT_MS = 12_000;

export async function request<T>(method: 'GET' | 'POST', path: string, token: string | null, body?: unknown): Promise<T> {
  const controller = typeof AbortController === 'function' ? new AbortController() : null;
  const timer = setTimeout(() => controller?.abort(), TIMEOUT_MS);
  let res: Response;
  try {
    const headers: Record<string, string> = {};
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (token) headers.authorization = `Bearer ${token}`;
    res = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), cache: 'no-store', signal: controller?.signal });
  } catch {
    throw new Unreachable('unreachable');
  } finally {
    clearTimeout(timer);
  }
  let payload: unknown;
  try {
    payload = await res.json();
  } catch {
    // An answer cut off half-way counts as no answer: the request is sent again.
    throw new Unreachable('incomplete answer');
  }
  if (!res.ok) {
    const error = (payload as Partial<RoomErrorBody>).error;
    throw new Refused(error?.code ?? 'internal', res.status, error?.message ?? `HTTP ${res.status}`);
  }
  return payload as T;
}
