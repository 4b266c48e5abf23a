/**
 * The room server: the fourth front door, deliberately narrow. Its own listener on the address
 * and port the facilitator chose (never all interfaces), only while the room is open; its own
 * few endpoints (docs/room.md) and its own voter tokens, calling the core through the room's
 * gate. It serves no contract operation, knows no facilitator token, and checks Host and Origin
 * against the room's own address (a page elsewhere cannot drive it through a phone's browser).
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { z } from 'zod';
import { BallotRequest, IdeaRequest, IdentifyRequest, JoinRequest, type RoomErrorCode } from '../../shared/room/wire';
import type { RoomGate } from '../core/room/gate';
import type { RoomListener, RoomServer } from '../core/room/network';
import { RoomRefusal, STATUS_OF } from '../core/room/refusal';
import type { Voter } from '../core/room/voters';
import { DEFAULT_LIMITS, RateLimiter, type RoomLimits } from './limits';
import { type PageFile, type PhonePage, loadPhonePage } from './page';
import { StreamHub } from './streams';

export interface RoomServerOptions {
  limits?: Partial<RoomLimits>;
  /** The built phone page; loaded (or built) on first listen when not given. */
  page?: PhonePage;
  /** Where a build put the phone page (the packaged app). */
  pageDir?: string;
}

/** The phone page may run its own script and talk to its own origin, nothing else. */
const PAGE_CSP = "default-src 'none'; script-src 'self'; style-src 'unsafe-inline'; font-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

export function roomServer(options: RoomServerOptions = {}): RoomServer {
  const limits: RoomLimits = { ...DEFAULT_LIMITS, ...options.limits };
  // Read (or build) the page now, so opening the room does not wait for it; a failure is reported on opening.
  const page = options.page ? Promise.resolve(options.page) : loadPhonePage(options.pageDir);
  page.catch(() => undefined);
  return {
    async listen({ host, port, gate }) {
      return startListener({ host, port, gate, page: await page, limits });
    },
  };
}

async function startListener(o: { host: string; port: number; gate: RoomGate; page: PhonePage; limits: RoomLimits }): Promise<RoomListener> {
  const { gate, page, limits } = o;
  const hub = new StreamHub(gate, limits);
  const perToken = new RateLimiter(limits.tokenBurst, limits.tokenPerSecond);
  const perAddress = new RateLimiter(limits.joinBurst, limits.joinPerSecond);
  let allowedHosts = new Set<string>();
  let allowedOrigin = '';

  const server = http.createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) refuse(res, error instanceof RoomRefusal ? error : new RoomRefusal('internal', 'something went wrong on the laptop'));
      else res.end();
    });
  });
  server.maxConnections = limits.maxConnections;
  server.headersTimeout = 10_000;
  server.requestTimeout = 15_000;
  server.keepAliveTimeout = 5_000;

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    // DNS rebinding and stray clients: only our own address, as the phone typed or scanned it.
    if (!allowedHosts.has(req.headers.host ?? '')) throw new RoomRefusal('wrong_host', 'wrong address');
    const origin = req.headers.origin;
    if (origin !== undefined && origin !== allowedOrigin) throw new RoomRefusal('forbidden_origin', 'requests from other pages are not accepted');
    if (!gate.isOpen()) throw new RoomRefusal('room_closed', 'the room is closed');
    const url = new URL(req.url ?? '/', allowedOrigin);
    const route = `${req.method} ${url.pathname}`;
    switch (route) {
      case 'GET /':
      case 'GET /index.html':
      case 'HEAD /':
        return servePage(req, res, page.html, true);
      case 'GET /phone.js':
        return servePage(req, res, page.js, false);
      case 'POST /room/join': {
        if (!perAddress.take(req.socket.remoteAddress ?? '')) throw new RoomRefusal('rate_limited', 'too many tries: wait a moment');
        const body = parse(JoinRequest, await readBody(req, limits.maxBodyBytes));
        return json(res, 200, gate.join(body.code));
      }
      case 'POST /room/identify': {
        const voter = authorised(req, url, false);
        const body = parse(IdentifyRequest, await readBody(req, limits.maxBodyBytes));
        return json(res, 200, gate.identify(voter, body));
      }
      case 'GET /room/state': {
        const voter = authorised(req, url, false);
        return raw(res, 200, hub.snapshot(voter));
      }
      case 'GET /room/events': {
        const voter = authorised(req, url, true);
        if (hub.countFor(voter.id) >= limits.streamsPerToken) throw new RoomRefusal('too_many_connections', 'this phone has too many pages open');
        return hub.add(req, res, voter);
      }
      case 'POST /room/ballots': {
        const voter = authorised(req, url, false);
        const body = parse(BallotRequest, await readBody(req, limits.maxBodyBytes));
        return json(res, 200, gate.castBallot(voter, body));
      }
      case 'POST /room/ideas': {
        const voter = authorised(req, url, false);
        const body = parse(IdeaRequest, await readBody(req, limits.maxBodyBytes));
        return json(res, 200, gate.submit(voter, body));
      }
      default: {
        const font = req.method === 'GET' && url.pathname.startsWith('/fonts/') ? page.fonts.get(url.pathname.slice('/fonts/'.length)) : undefined;
        if (font) return servePage(req, res, font, false, 'public, max-age=31536000, immutable');
        throw new RoomRefusal('not_found', 'no such page');
      }
    }
  }

  /** The voter token: `Authorization: Bearer …`, or `?token=` for the event stream (EventSource sends no headers). */
  function authorised(req: http.IncomingMessage, url: URL, queryAllowed: boolean): Voter {
    const header = req.headers.authorization;
    const token = header?.startsWith('Bearer ') ? header.slice('Bearer '.length).trim() : queryAllowed ? url.searchParams.get('token') : null;
    if (!token || token.length > 200) throw new RoomRefusal('unauthorized', 'join the room first');
    if (!perToken.take(token)) throw new RoomRefusal('rate_limited', 'too many requests: wait a moment');
    const voter = gate.voter(token);
    if (!voter) throw new RoomRefusal('unauthorized', 'join the room first');
    return voter;
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(o.port, o.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  allowedHosts = new Set(port === 80 ? [o.host, `${o.host}:80`] : [`${o.host}:${port}`]);
  allowedOrigin = `http://${o.host}${port === 80 ? '' : `:${port}`}`;

  return {
    host: o.host,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        hub.dispose();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function readBody(req: http.IncomingMessage, max: number): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > max) {
      reject(new RoomRefusal('too_large', 'too large'));
      req.resume();
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > max) {
        reject(new RoomRefusal('too_large', 'too large'));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      try {
        resolve(chunks.length ? JSON.parse(Buffer.concat(chunks).toString('utf8')) : {});
      } catch {
        reject(new RoomRefusal('validation', 'the body is not JSON'));
      }
    });
    req.on('error', reject);
  });
}

function parse<S extends z.ZodType>(schema: S, body: unknown): z.infer<S> {
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new RoomRefusal('validation', parsed.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; '));
  return parsed.data;
}

const HEADERS = { 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' };

function raw(res: http.ServerResponse, status: number, text: string): void {
  res.writeHead(status, { ...HEADERS, 'content-type': 'application/json; charset=utf-8' });
  res.end(text);
}

const json = (res: http.ServerResponse, status: number, body: unknown) => raw(res, status, JSON.stringify(body));

function refuse(res: http.ServerResponse, refusal: RoomRefusal): void {
  const code: RoomErrorCode = refusal.code;
  const headers: Record<string, string> = {};
  if (code === 'rate_limited' || code === 'too_many_attempts') headers['retry-after'] = '5';
  res.writeHead(STATUS_OF[code], { ...HEADERS, ...headers, 'content-type': 'application/json; charset=utf-8', connection: code === 'too_large' ? 'close' : 'keep-alive' });
  res.end(JSON.stringify({ error: { code, message: refusal.message } }));
}

function servePage(req: http.IncomingMessage, res: http.ServerResponse, file: PageFile, isHtml: boolean, cache = 'no-cache'): void {
  const headers: Record<string, string> = {
    'content-type': file.type,
    'x-content-type-options': 'nosniff',
    etag: file.etag,
    // The page must be fresh after an update; the script is named by the page, revalidated by its etag.
    'cache-control': cache,
    vary: 'accept-encoding',
  };
  if (isHtml) {
    headers['content-security-policy'] = PAGE_CSP;
    headers['referrer-policy'] = 'no-referrer';
    headers['x-frame-options'] = 'DENY';
  }
  if (req.headers['if-none-match'] === file.etag) {
    res.writeHead(304, headers);
    res.end();
    return;
  }
  const gzip = file.gzip !== file.body && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
  if (gzip) headers['content-encoding'] = 'gzip';
  const body = gzip ? file.gzip : file.body;
  headers['content-length'] = String(body.length);
  res.writeHead(200, headers);
  res.end(req.method === 'HEAD' ? undefined : body);
}
