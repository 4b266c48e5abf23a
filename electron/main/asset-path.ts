/**
 * Maps an app:// request to a file of the built renderer: routes fall back to index.html (the
 * renderer routes itself), missing assets are 404, and nothing outside the folder is ever served.
 * Electron-free so traversal refusal is unit-tested.
 */
import fs from 'node:fs';
import path from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../core/security';
import { APP_HOST, APP_SCHEME } from './app-url';

export type AssetLookup = { kind: 'file'; path: string } | { kind: 'refused'; status: 400 | 403 | 404 };

export type StatKind = 'file' | 'dir' | null;

const statKind = (file: string): StatKind => {
  const stat = fs.statSync(file, { throwIfNoEntry: false });
  return stat?.isFile() ? 'file' : stat?.isDirectory() ? 'dir' : null;
};

export function resolveAsset(rootDir: string, requestUrl: string, stat: (file: string) => StatKind = statKind): AssetLookup {
  let url: URL;
  let pathname: string;
  try {
    url = new URL(requestUrl);
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return { kind: 'refused', status: 400 };
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return { kind: 'refused', status: 404 };
  if (pathname.includes('\0')) return { kind: 'refused', status: 400 };

  const root = path.resolve(rootDir);
  // URL parsing already folds `/../`, but an encoded separator (`..%2f`) only becomes one after
  // decoding, so the containment check runs on the decoded, resolved path.
  const wanted = path.resolve(root, `.${pathname.replaceAll('\\', '/')}`);
  if (wanted !== root && !wanted.startsWith(root + path.sep)) return { kind: 'refused', status: 403 };

  const kind = stat(wanted);
  if (kind === 'file') return { kind: 'file', path: wanted };
  // A missing script or stylesheet must fail loudly, not come back as HTML.
  if (kind === null && path.extname(wanted) !== '') return { kind: 'refused', status: 404 };
  const index = path.join(root, 'index.html');
  return stat(index) === 'file' ? { kind: 'file', path: index } : { kind: 'refused', status: 404 };
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
};

export function assetHeaders(file: string): Record<string, string> {
  return {
    'content-type': MIME[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
    'content-security-policy': CONTENT_SECURITY_POLICY,
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-store',
  };
}
