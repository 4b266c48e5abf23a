/**
 * A phone's requests to the room server, over real loopback HTTP, with nothing normalised: the
 * Host and Origin headers are sent as given (fetch would set its own), and the event stream is
 * read as the bytes arrive.
 */
import http from 'node:http';
import { onTestFinished } from 'vitest';

export interface RoomAddress {
  host: string;
  port: number;
}

export interface RoomReply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
  raw: Buffer;
  json<T = Record<string, unknown>>(): T;
}

export function roomRequest(
  room: RoomAddress,
  /** `cutAfterMs`: the connection is torn down so long after sending (a phone walking out of range); the promise then rejects. */
  o: { method?: string; path: string; token?: string | null; body?: unknown; headers?: Record<string, string>; cutAfterMs?: number },
): Promise<RoomReply> {
  const body = o.body === undefined ? undefined : typeof o.body === 'string' || Buffer.isBuffer(o.body) ? o.body : JSON.stringify(o.body);
  const headers: Record<string, string> = { host: `${room.host}:${room.port}`, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) };
  if (o.token) headers.authorization = `Bearer ${o.token}`;
  Object.assign(headers, o.headers);
  return new Promise((resolve, reject) => {
    const req = http.request({ host: room.host, port: room.port, method: o.method ?? (body === undefined ? 'GET' : 'POST'), path: o.path, headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const raw = Buffer.concat(chunks);
        const text = raw.toString('utf8');
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text, raw, json: <T>() => JSON.parse(text) as T });
      });
    });
    req.on('error', reject);
    req.end(body);
    if (o.cutAfterMs !== undefined) setTimeout(() => req.destroy(new Error('cut')), o.cutAfterMs);
  });
}

export interface EventStream {
  status: number;
  events: { event: string; data: unknown }[];
  /** Resolves with the first matching event not yet taken by an earlier `next` (already received, or to come). */
  next(match: (e: { event: string; data: unknown }) => boolean, timeoutMs?: number): Promise<{ event: string; data: unknown }>;
  close(): void;
}

export function openEvents(room: RoomAddress, token: string, headers: Record<string, string> = {}): Promise<EventStream> {
  return new Promise((resolve, reject) => {
    const req = http.get(
      { host: room.host, port: room.port, path: `/room/events?token=${encodeURIComponent(token)}`, headers: { host: `${room.host}:${room.port}`, accept: 'text/event-stream', ...headers }, agent: false },
      (res) => {
        const events: { event: string; data: unknown }[] = [];
        let taken = 0;
        const waiters: { match: (e: { event: string; data: unknown }) => boolean; resolve: (e: { event: string; data: unknown }) => void }[] = [];
        let buffer = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          buffer += chunk;
          let end = buffer.indexOf('\n\n');
          while (end >= 0) {
            const block = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            end = buffer.indexOf('\n\n');
            const event = /^event: (.*)$/m.exec(block)?.[1];
            const data = /^data: (.*)$/m.exec(block)?.[1];
            if (!event) continue;
            const e = { event, data: data === undefined ? null : JSON.parse(data) };
            events.push(e);
            for (const w of [...waiters]) {
              if (w.match(e)) {
                waiters.splice(waiters.indexOf(w), 1);
                taken = events.length;
                w.resolve(e);
                break;
              }
            }
          }
        });
        const stream: EventStream = {
          status: res.statusCode ?? 0,
          events,
          next: (match, timeoutMs = 10_000) =>
            new Promise((ok, fail) => {
              const seen = events.findIndex((e, i) => i >= taken && match(e));
              if (seen >= 0) {
                taken = seen + 1;
                ok(events[seen] as { event: string; data: unknown });
                return;
              }
              const timer = setTimeout(() => fail(new Error(`no matching event in ${timeoutMs} ms; got ${JSON.stringify(events.map((e) => e.event))}`)), timeoutMs);
              waiters.push({
                match,
                resolve: (e) => {
                  clearTimeout(timer);
                  ok(e);
                },
              });
            }),
          close: () => req.destroy(),
        };
        onTestFinished(() => {
          req.destroy();
        });
        resolve(stream);
      },
    );
    req.on('error', reject);
  });
}
