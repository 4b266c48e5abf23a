/** The local host over real loopback HTTP, closed when the test ends. */
import http from 'node:http';
import { onTestFinished } from 'vitest';
import type { Result } from '../../shared/contract';
import type { Core } from '../../electron/core/app';
import { type Host, type HostOptions, startHost } from '../../electron/server/host';

export async function openHost(core: Core, options: Omit<HostOptions, 'core'> = {}): Promise<Host> {
  const host = await startHost({ core, ...options });
  onTestFinished(() => host.close());
  return host;
}

/** A contract call the way the renderer's HTTP transport makes it. */
export async function postOp(host: Host, op: string, input: unknown): Promise<{ status: number; body: Result<unknown> }> {
  const res = await fetch(`${host.url}/api/${op}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${host.token}` },
    body: JSON.stringify(input),
  });
  return { status: res.status, body: (await res.json()) as Result<unknown> };
}

export interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/**
 * A request with nothing normalised: the path is sent as written (`/../x` stays) and any
 * header may be set, Host included. fetch would clean up both.
 */
export function rawRequest(
  host: Host,
  options: { method?: string; path: string; headers?: Record<string, string>; body?: string | Buffer },
): Promise<RawResponse> {
  const { port } = new URL(host.url);
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port: Number(port), method: options.method ?? 'GET', path: options.path, headers: options.headers, agent: false },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}
