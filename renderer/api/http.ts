/**
 * The contract over the local host: `POST /api/<op>` with the token as a bearer token, events
 * over SSE. The token can change under a running page (the host restarted: `setToken`), so
 * nothing that was typed has to be given up for a reload.
 */
import type { ApiError, ChangeEvent, OpName, Result } from '../../shared/contract';
import type { Transport } from '../../shared/api-client';

const failure = (error: ApiError): Result<never> => ({ ok: false, error });
const STREAM_RETRY_MS = 2000;

export interface HttpTransport extends Transport {
  token(): string;
  /** Use another token from now on: calls carry it, the event stream is opened again with it. */
  setToken(token: string): void;
}

export interface HttpEvents {
  /** The host refused the token (HTTP 401, or the event stream turned away). */
  onUnauthorized: () => void;
  /** A call went through with the token. */
  onAccepted: () => void;
}

export function httpTransport(initial: string, events: HttpEvents): HttpTransport {
  let token = initial;
  const listeners = new Set<(event: ChangeEvent) => void>();
  let source: EventSource | null = null;
  const emit = (event: ChangeEvent) => {
    for (const listener of listeners) listener(event);
  };

  const open = (refreshOnOpen: boolean) => {
    const opened = new EventSource(`/api/events?token=${encodeURIComponent(token)}`);
    source = opened;
    let lostConnection = refreshOnOpen;
    opened.onmessage = (message) => {
      try {
        emit(JSON.parse(message.data) as ChangeEvent);
      } catch {
        // A malformed event is ignored; the next one refreshes what matters.
      }
    };
    opened.onerror = () => {
      lostConnection = true;
      // EventSource retries a dropped connection by itself, but gives up for good on an answer
      // that is not a stream: a refused token (the host is back with another), or a page going away.
      if (opened.readyState === EventSource.CLOSED && source === opened) void streamClosed(opened);
    };
    // Events sent while it was away are gone: refresh everything.
    opened.onopen = () => {
      if (lostConnection) emit({ entity: '*', id: null, forumId: null });
      lostConnection = false;
    };
  };

  /** Asks the host why: a refused token is said so; anything else, the stream is opened again. */
  const streamClosed = async (closed: EventSource) => {
    const status = await tokenStatus(token);
    if (source !== closed) return;
    if (status === 'refused') events.onUnauthorized();
    else setTimeout(() => source === closed && open(true), STREAM_RETRY_MS);
  };

  return {
    token: () => token,
    setToken(next) {
      token = next;
      if (source) {
        source.close();
        open(true);
      }
    },
    async invoke(op: OpName, input: unknown): Promise<Result<unknown>> {
      const sent = token;
      let response: Response;
      try {
        response = await fetch(`/api/${op}`, {
          method: 'POST',
          headers: { authorization: `Bearer ${sent}`, 'content-type': 'application/json' },
          body: JSON.stringify(input ?? {}),
        });
      } catch (error) {
        return failure({ code: 'internal', messageKey: 'error.connection', message: String(error) });
      }
      if (response.status === 401) {
        // A call sent with the old token and answered after the switch says nothing about the new one.
        if (sent === token) events.onUnauthorized();
        return failure({ code: 'unauthorized', messageKey: 'error.unauthorized', message: 'Missing or wrong token' });
      }
      events.onAccepted();
      try {
        return (await response.json()) as Result<unknown>;
      } catch {
        return failure({ code: 'internal', messageKey: 'error.internal', message: `HTTP ${response.status}` });
      }
    },
    subscribe(listener) {
      listeners.add(listener);
      if (!source) open(false);
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0 && source) {
          source.close();
          source = null;
        }
      };
    },
  };
}

/** Whether the host takes this token (one harmless read), refuses it, or cannot be reached. */
export async function tokenStatus(token: string): Promise<'ok' | 'refused' | 'unreachable'> {
  try {
    const response = await fetch('/api/forums.list', {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: '{}',
    });
    return response.status === 401 ? 'refused' : response.ok ? 'ok' : 'unreachable';
  } catch {
    return 'unreachable';
  }
}
