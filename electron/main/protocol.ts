/**
 * The app:// scheme: the built renderer served from disk with our CSP, instead of file://
 * (which would give every page read access to the whole disk and no real origin).
 */
import fs from 'node:fs/promises';
import { protocol } from 'electron';
import { APP_SCHEME } from './app-url';
import { assetHeaders, resolveAsset } from './asset-path';

/** Must run before `app` is ready: privileges cannot be added afterwards. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    // standard: a real origin, so relative URLs, localStorage and CSP 'self' work; secure: treated like https.
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

export function serveAppScheme(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return new Response(null, { status: 405 });
    const found = resolveAsset(rendererDir, request.url);
    if (found.kind === 'refused') return new Response(null, { status: found.status });
    try {
      const body = request.method === 'HEAD' ? null : await fs.readFile(found.path);
      return new Response(body, { status: 200, headers: assetHeaders(found.path) });
    } catch {
      return new Response(null, { status: 404 });
    }
  });
}
