/** The contract over the local host: `POST /api/<op>` with the token as a bearer token, events over SSE. */
import type { ApiError, ChangeEvent, OpName, Result } from '../../shared/contract';
import type { Transport } from '../../shared/api-client';

const failure = (error: ApiError): Result<never> => ({ ok: false, error });

export function httpTransport(token: string, onUnauthorized: () => void): Transport {
  const listeners = new Set<(event: ChangeEvent) => void>();
  let source: EventSource | null = null;
  const emit = (event: ChangeEvent) => {
    for (const listener of listeners) listener(event);
  };

  const open = () => {
    source = new EventSource(`/api/events?token=${encodeURIComponent(token)}`);
    let lostConnection = false;
    source.onmessage = (message) => {
      try {
        emit(JSON.parse(message.data) as ChangeEvent);
      } catch {
        // A malformed event is ignored; the next one refreshes what matters.
      }
    };
    source.onerror = () => {
      lostConnection = true;
    };
    // EventSource reconnects by itself, but events sent while it was away are gone: refresh everything.
    source.onopen = () => {
      if (lostConnection) emit({ entity: '*', id: null, forumId: null });
      lostConnection = false;
    };
  };

  return {
    async invoke(op: OpName, input: unknown): Promise<Result<unknown>> {
      let response: Response;
      try {
        response = await fetch(`/api/${op}`, {
          method: 'POST',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
          body: JSON.stringify(input ?? {}),
        });
      } catch (error) {
        return failure({ code: 'internal', messageKey: 'error.connection', message: String(error) });
      }
      if (response.status === 401) {
        onUnauthorized();
        return failure({ code: 'unauthorized', messageKey: 'error.unauthorized', message: 'Missing or wrong token' });
      }
      try {
        return (await response.json()) as Result<unknown>;
      } catch {
        return failure({ code: 'internal', messageKey: 'error.internal', message: `HTTP ${response.status}` });
      }
    },
    subscribe(listener) {
      listeners.add(listener);
      if (!source) open();
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
