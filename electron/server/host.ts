/**
 * The local host: the contract over HTTP (`POST /api/<op>`), change events as server-sent
 * events (`GET /api/events`), and the built renderer. Loopback only; every API request must
 * carry the per-launch token and, when the browser sends one, our own Origin. Calls carry the
 * token in `Authorization: Bearer …` only; the event stream may also take it as `?token=`,
 * since a browser's EventSource cannot set headers (and a GET changes nothing).
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Result } from '../../shared/contract';
import type { Core } from '../core/app';
import { CONTENT_SECURITY_POLICY } from '../core/security';

export interface HostOptions {
  core: Core;
  /** The built renderer (out/renderer); without it only the API is served. */
  staticDir?: string;
  port?: number;
  token?: string;
  /** Largest accepted request body: an XLSX sign-in sheet travels base64 inside it. */
  maxBodyBytes?: number;
}

export interface Host {
  url: string;
  token: string;
  /** The address to open in a browser: the token rides in the fragment, never sent to the server in logs. */
  launchUrl: string;
  close(): Promise<void>;
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
};

export async function startHost(options: HostOptions): Promise<Host> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const maxBody = options.maxBodyBytes ?? 100 * 1024 * 1024;
  let origin = '';
  let allowedHosts = new Set<string>();

  const tokenOk = (given: string | null | undefined) => {
    if (!given) return false;
    const a = Buffer.from(given);
    const b = Buffer.from(token);
    return a.length === b.length && timingSafeEqual(a, b);
  };

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', origin);
    // DNS rebinding: a page on another name must not reach us even via 127.0.0.1.
    if (!allowedHosts.has(req.headers.host ?? '')) return send(res, 421, { error: 'wrong host' });
    if (url.pathname.startsWith('/api/')) {
      if (req.headers.origin && !allowedHosts.has(req.headers.origin.replace(/^https?:\/\//, ''))) {
        return send(res, 403, fail('unauthorized', 'Origin not allowed'));
      }
      const stream = url.pathname === '/api/events' && req.method === 'GET';
      const given = bearer(req.headers.authorization) ?? (stream ? url.searchParams.get('token') : null);
      if (!tokenOk(given)) return send(res, 401, fail('unauthorized', 'Missing or wrong token'));
      if (stream) return streamEvents(req, res, options.core);
      if (req.method !== 'POST') return send(res, 405, fail('validation', 'Use POST'));
      const op = decodePath(url.pathname.slice('/api/'.length));
      if (op === null) return send(res, 400, fail('validation', 'Malformed path'));
      return handleCall(req, res, options.core, op, maxBody);
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, { error: 'method' });
    const pathname = decodePath(url.pathname);
    if (pathname === null) return send(res, 400, { error: 'malformed path' });
    return serveStatic(res, options.staticDir, pathname);
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;
  allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);

  return {
    url: origin,
    token,
    launchUrl: `${origin}/#token=${token}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The token of an `Authorization: Bearer <token>` header. */
function bearer(header: string | undefined): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return match?.[1] ?? null;
}

/** A malformed escape such as `/%` must be a 400, not an exception that takes the host down. */
function decodePath(encoded: string): string | null {
  try {
    return decodeURIComponent(encoded);
  } catch {
    return null;
  }
}

const fail = (code: 'unauthorized' | 'validation', message: string): Result<never> => ({
  ok: false,
  error: { code, messageKey: `error.${code}`, message },
});

function send(res: http.ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(text);
}

/**
 * How much of an oversized body is read and thrown away, so that the client, which sends the
 * whole body before it reads the answer, hears the 413; past this the connection is cut. Only a
 * caller with the token gets this far.
 */
const drainLimit = (maxBody: number) => Math.max(4 * maxBody, 256 * 1024 * 1024);
const utf8 = new TextDecoder('utf-8', { fatal: true });

function handleCall(req: http.IncomingMessage, res: http.ServerResponse, core: Core, op: string, maxBody: number): void {
  const chunks: Buffer[] = [];
  let size = 0;
  const declared = Number(req.headers['content-length'] ?? 0);
  let tooLarge = declared > maxBody;
  req.on('data', (chunk: Buffer) => {
    size += chunk.length;
    if (size > maxBody) tooLarge = true;
    // The rest of an oversized body is read and dropped: cutting the connection mid-upload
    // would leave the client with a reset instead of the answer.
    if (tooLarge) {
      chunks.length = 0;
      if (size > drainLimit(maxBody)) req.destroy();
      return;
    }
    chunks.push(chunk);
  });
  req.on('end', async () => {
    if (tooLarge) {
      res.setHeader('connection', 'close');
      return send(res, 413, fail('validation', `Request too large (over ${maxBody} bytes)`));
    }
    let text: string;
    try {
      text = utf8.decode(Buffer.concat(chunks));
    } catch {
      return send(res, 400, fail('validation', 'Body is not valid UTF-8'));
    }
    let input: unknown;
    try {
      input = text ? JSON.parse(text) : {};
    } catch {
      return send(res, 400, fail('validation', 'Body is not JSON'));
    }
    const result = await core.dispatch(op, input);
    // Domain failures are still a well-formed answer: 200 with ok:false, except unknown ops.
    send(res, result.ok || result.error.code !== 'unknown_operation' ? 200 : 404, result);
  });
}

function streamEvents(req: http.IncomingMessage, res: http.ServerResponse, core: Core): void {
  res.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-store',
    connection: 'keep-alive',
  });
  res.write(': connected\n\n');
  const unsubscribe = core.events.subscribe((event) => res.write(`data: ${JSON.stringify(event)}\n\n`));
  const keepAlive = setInterval(() => res.write(': ping\n\n'), 15_000);
  req.on('close', () => {
    clearInterval(keepAlive);
    unsubscribe();
  });
}

/** `pathname` is already decoded. */
function serveStatic(res: http.ServerResponse, dir: string | undefined, pathname: string): void {
  if (!dir) {
    send(res, 404, { error: 'no UI built' });
    return;
  }
  const root = path.resolve(dir);
  const wanted = path.resolve(root, `.${pathname}`);
  // Anything outside the folder, or a route of the app (/projector), gets the app's page.
  const file = wanted.startsWith(root + path.sep) && fs.existsSync(wanted) && fs.statSync(wanted).isFile() ? wanted : path.join(root, 'index.html');
  if (!fs.existsSync(file)) {
    send(res, 404, { error: 'UI not built: run npm run build:renderer' });
    return;
  }
  const type = MIME[path.extname(file)] ?? 'application/octet-stream';
  const headers: Record<string, string> = {
    'content-type': type,
    'x-content-type-options': 'nosniff',
    'cache-control': file.endsWith('index.html') ? 'no-store' : 'public, max-age=31536000, immutable',
  };
  if (type.startsWith('text/html')) {
    headers['content-security-policy'] = CONTENT_SECURITY_POLICY;
    headers['x-frame-options'] = 'DENY';
    headers['referrer-policy'] = 'no-referrer';
  }
  res.writeHead(200, headers);
  fs.createReadStream(file).pipe(res);
}
