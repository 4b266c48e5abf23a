import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ChangeEvent } from '../../shared/contract';
import { openCore } from '../support/core';
import { forumDraft } from '../support/factories';
import { openHost, postOp, rawRequest } from '../support/host';
import { tempDir } from '../support/temp';

const forumCount = (peek: (sql: string) => unknown[]) => peek('SELECT count(*) AS n FROM forum');

describe('the local host', () => {
  it('listens on 127.0.0.1 only, and its launch URL carries the token in the fragment', async () => {
    const { core } = await openCore();
    const host = await openHost(core, { token: 'fixed-token-for-test' });
    const url = new URL(host.url);
    expect(url.hostname).toBe('127.0.0.1');
    expect(host.launchUrl).toBe(`${host.url}/#token=fixed-token-for-test`);
    // Nothing answers on another address of this machine.
    const elsewhere = await new Promise<string>((resolve) => {
      const req = http.get({ host: '127.0.0.2', port: Number(url.port), path: '/', timeout: 2000 }, () => resolve('answered'));
      req.on('error', (e: NodeJS.ErrnoException) => resolve(e.code ?? 'error'));
      req.on('timeout', () => {
        req.destroy();
        resolve('timeout');
      });
    });
    expect(elsewhere).not.toBe('answered');
  });

  it('serves a contract call with the token', async () => {
    const { core, peek } = await openCore();
    const host = await openHost(core);
    const { status, body } = await postOp(host, 'forums.create', forumDraft({ title: 'ผ่านเว็บ' }));
    expect(status).toBe(200);
    expect(body).toMatchObject({ ok: true, value: { title: 'ผ่านเว็บ' } });
    expect(forumCount(peek)).toEqual([{ n: 1 }]);
  });

  it.each([
    ['no token', {}],
    ['a wrong token', { authorization: 'Bearer guess' }],
    ['a token one character short', 'short'],
  ] as const)('refuses a call with %s (401) and writes nothing', async (_what, headers) => {
    const { core, peek } = await openCore();
    const host = await openHost(core);
    const h = headers === 'short' ? { authorization: `Bearer ${host.token.slice(0, -1)}` } : headers;
    const res = await rawRequest(host, {
      method: 'POST',
      path: '/api/forums.create',
      headers: { host: new URL(host.url).host, 'content-type': 'application/json', ...h },
      body: JSON.stringify(forumDraft()),
    });
    expect(res.status).toBe(401);
    expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    expect(forumCount(peek)).toEqual([{ n: 0 }]);
  });

  it('refuses a call from a page of another origin (403), even with the token', async () => {
    const { core, peek } = await openCore();
    const host = await openHost(core);
    for (const origin of ['http://evil.example', 'null', `http://127.0.0.1:${Number(new URL(host.url).port) + 1}`]) {
      const res = await rawRequest(host, {
        method: 'POST',
        path: '/api/forums.create',
        headers: { host: new URL(host.url).host, origin, authorization: `Bearer ${host.token}` },
        body: JSON.stringify(forumDraft()),
      });
      expect(res.status, origin).toBe(403);
    }
    // Its own origin, as the UI in a browser sends it, is fine.
    const own = await rawRequest(host, {
      method: 'POST',
      path: '/api/forums.create',
      headers: { host: new URL(host.url).host, origin: host.url, authorization: `Bearer ${host.token}` },
      body: JSON.stringify(forumDraft()),
    });
    expect(own.status).toBe(200);
    expect(forumCount(peek)).toEqual([{ n: 1 }]);
  });

  it('answers 421 to a request for another host name (DNS rebinding), API or page', async () => {
    const { core, peek } = await openCore();
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>Wethi</title>');
    const host = await openHost(core, { staticDir: dir });
    const port = new URL(host.url).port;
    const api = await rawRequest(host, {
      method: 'POST',
      path: '/api/forums.create',
      headers: { host: `attacker.example:${port}`, authorization: `Bearer ${host.token}` },
      body: JSON.stringify(forumDraft()),
    });
    expect(api.status).toBe(421);
    expect((await rawRequest(host, { path: '/', headers: { host: `attacker.example:${port}` } })).status).toBe(421);
    expect(forumCount(peek)).toEqual([{ n: 0 }]);
    // localhost on our port is us.
    expect((await rawRequest(host, { path: '/', headers: { host: `localhost:${port}` } })).status).toBe(200);
  });

  it('answers 400 to a body that is not JSON', async () => {
    const { core, peek } = await openCore();
    const host = await openHost(core);
    const res = await fetch(`${host.url}/api/forums.create`, { method: 'POST', headers: { authorization: `Bearer ${host.token}` }, body: '{"title": ' });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(forumCount(peek)).toEqual([{ n: 0 }]);
  });

  it('answers 413 to a body over the limit and writes nothing', async () => {
    const { core, peek } = await openCore();
    const host = await openHost(core, { maxBodyBytes: 4096 });
    const big = JSON.stringify(forumDraft({ title: 'ก'.repeat(300), venue: 'x'.repeat(8000) }));
    const res = await fetch(`${host.url}/api/forums.create`, { method: 'POST', headers: { authorization: `Bearer ${host.token}` }, body: big });
    expect(res.status).toBe(413);
    expect(forumCount(peek)).toEqual([{ n: 0 }]);
    // Just under the limit still works.
    const small = await postOp(host, 'forums.create', forumDraft());
    expect(small.status).toBe(200);
  });

  it('takes the token for a call only in the Authorization header, not in the query string or the old header', async () => {
    const { core, peek } = await openCore();
    const host = await openHost(core);
    const hostHeader = { host: new URL(host.url).host, 'content-type': 'application/json' };
    const body = JSON.stringify(forumDraft());
    for (const [path, headers] of [
      [`/api/forums.create?token=${encodeURIComponent(host.token)}`, {}],
      ['/api/forums.create', { 'x-wethi-token': host.token }],
      ['/api/forums.create', { authorization: host.token }],
    ] as const) {
      const res = await rawRequest(host, { method: 'POST', path, headers: { ...hostHeader, ...headers }, body });
      expect(res.status, `${path} ${JSON.stringify(headers)}`).toBe(401);
    }
    expect(forumCount(peek)).toEqual([{ n: 0 }]);
    const ok = await rawRequest(host, { method: 'POST', path: '/api/forums.create', headers: { ...hostHeader, authorization: `Bearer ${host.token}` }, body });
    expect(ok.status).toBe(200);
  });

  it('answers 413 to a large upload rather than cutting the connection', async () => {
    const { core, peek } = await openCore();
    const host = await openHost(core, { maxBodyBytes: 64 * 1024 });
    // Several megabytes, sent in many chunks while the host is already past its limit.
    const big = JSON.stringify(forumDraft({ title: 'x', venue: 'ก'.repeat(1_000_000) }));
    for (let i = 0; i < 3; i++) {
      const res = await fetch(`${host.url}/api/forums.create`, { method: 'POST', headers: { authorization: `Bearer ${host.token}` }, body: big });
      expect(res.status).toBe(413);
      expect(await res.json()).toMatchObject({ ok: false, error: { code: 'validation', message: expect.stringContaining('too large') } });
    }
    expect(forumCount(peek)).toEqual([{ n: 0 }]);
  });

  it('answers 400 to a body that is not valid UTF-8, instead of replacing the bytes', async () => {
    const { core, peek } = await openCore();
    const host = await openHost(core);
    // {"title":"<0xff><0xfe>","date":"2026-11-23"}: bytes no UTF-8 text has.
    const body = Buffer.concat([Buffer.from('{"title":"'), Buffer.from([0xff, 0xfe, 0x41]), Buffer.from('","date":"2026-11-23"}')]);
    const res = await rawRequest(host, {
      method: 'POST',
      path: '/api/forums.create',
      headers: { host: new URL(host.url).host, 'content-type': 'application/json', authorization: `Bearer ${host.token}` },
      body,
    });
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'validation', message: 'Body is not valid UTF-8' } });
    expect(forumCount(peek)).toEqual([{ n: 0 }]);
  });

  it('answers 405 to a GET on an operation', async () => {
    const { core } = await openCore();
    const host = await openHost(core);
    const res = await fetch(`${host.url}/api/forums.list`, { headers: { authorization: `Bearer ${host.token}` } });
    expect(res.status).toBe(405);
  });

  it('answers 400 to a malformed escape in the path, and keeps running', async () => {
    const { core } = await openCore();
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>Wethi</title>');
    const host = await openHost(core, { staticDir: dir });
    const hostHeader = { host: new URL(host.url).host };
    expect((await rawRequest(host, { path: '/%', headers: hostHeader })).status).toBe(400);
    expect((await rawRequest(host, { method: 'POST', path: '/api/%E0%B8', headers: { ...hostHeader, authorization: `Bearer ${host.token}` } })).status).toBe(400);
    expect((await postOp(host, 'forums.list', {})).status).toBe(200);
  });

  it('streams a change event to /api/events after a write', async () => {
    const { core } = await openCore();
    const host = await openHost(core);
    const { port } = new URL(host.url);

    let write: Promise<unknown> | null = null;
    const received = new Promise<{ status: number; event: ChangeEvent }>((resolve, reject) => {
      const req = http.get({ host: '127.0.0.1', port: Number(port), path: `/api/events?token=${encodeURIComponent(host.token)}`, agent: false }, (res) => {
        let buffer = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          buffer += chunk;
          // Subscribed once the server has said hello: now make the write.
          if (!write && buffer.includes(': connected')) write = postOp(host, 'forums.create', forumDraft({ title: 'สด' }));
          const data = /^data: (.+)$/m.exec(buffer);
          if (data?.[1]) {
            resolve({ status: res.statusCode ?? 0, event: JSON.parse(data[1]) as ChangeEvent });
            req.destroy();
          }
        });
      });
      req.on('error', reject);
    });

    const { status, event } = await received;
    await write;
    expect(status).toBe(200);
    const [forum] = await core.handlers['forums.list']({ includeArchived: false });
    expect(event).toEqual({ entity: 'forum', id: forum?.id, forumId: forum?.id });
  });

  it('does not stream events without the token', async () => {
    const { core } = await openCore();
    const host = await openHost(core);
    const res = await fetch(`${host.url}/api/events?token=wrong`);
    expect(res.status).toBe(401);
  });

  describe('static files', () => {
    async function withStatic() {
      const root = tempDir();
      const dir = path.join(root, 'renderer');
      fs.mkdirSync(path.join(dir, 'assets'), { recursive: true });
      fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>Wethi</title><div id="root"></div>');
      fs.writeFileSync(path.join(dir, 'assets', 'app-1234.js'), 'console.log("เวที")');
      // A file beside the static folder that must never be served.
      fs.writeFileSync(path.join(root, 'package.json'), '{"secret": "outside the static folder"}');
      const { core } = await openCore();
      const host = await openHost(core, { staticDir: dir });
      return { host, hostHeader: { host: new URL(host.url).host } };
    }

    it('serves files with their type, and the page with a CSP', async () => {
      const { host } = await withStatic();
      const js = await fetch(`${host.url}/assets/app-1234.js`);
      expect(js.status).toBe(200);
      expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
      expect(await js.text()).toBe('console.log("เวที")');
      const page = await fetch(`${host.url}/`);
      expect(await page.text()).toContain('<div id="root">');
      expect(page.headers.get('content-security-policy')).toContain("default-src 'self'");
      expect(page.headers.get('x-frame-options')).toBe('DENY');
    });

    it('answers an app route with the app page (SPA fallback)', async () => {
      const { host } = await withStatic();
      const res = await fetch(`${host.url}/forums/01936d2a-0000-7000-8000-000000000001/check-in`);
      expect(res.status).toBe(200);
      expect(await res.text()).toContain('<div id="root">');
    });

    it.each(['/../package.json', '/..%2fpackage.json', '/%2e%2e/package.json', '/assets/../../package.json', '/..%5cpackage.json'])(
      'does not leak a file outside the folder through %s',
      async (p) => {
        const { host, hostHeader } = await withStatic();
        const res = await rawRequest(host, { path: p, headers: hostHeader });
        expect(res.body).not.toContain('secret');
        expect(res.body).toContain('<div id="root">');
      },
    );
  });
});
