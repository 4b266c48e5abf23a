/** app:// path resolution: routes fall back to index.html, nothing outside out/renderer is served. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assetHeaders, resolveAsset } from '../../../electron/main/asset-path';
import { CONTENT_SECURITY_POLICY } from '../../../electron/core/security';

let base: string;
let root: string;

beforeAll(() => {
  base = fs.mkdtempSync(path.join(os.tmpdir(), 'wethi-assets-'));
  root = path.join(base, 'renderer');
  fs.mkdirSync(path.join(root, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html>');
  fs.writeFileSync(path.join(root, 'assets', 'app.js'), '1');
  fs.writeFileSync(path.join(root, 'assets', 'ฟอนต์.woff2'), '');
  // Things a traversal would like to reach.
  fs.writeFileSync(path.join(base, 'secret.txt'), 'no');
  fs.mkdirSync(path.join(base, 'renderer-evil'));
  fs.writeFileSync(path.join(base, 'renderer-evil', 'x.js'), 'no');
});

afterAll(() => fs.rmSync(base, { recursive: true, force: true }));

const index = () => ({ kind: 'file', path: path.join(root, 'index.html') });

describe('resolveAsset', () => {
  it('serves files of the renderer', () => {
    expect(resolveAsset(root, 'app://wethi/assets/app.js')).toEqual({ kind: 'file', path: path.join(root, 'assets', 'app.js') });
    expect(resolveAsset(root, 'app://wethi/assets/%E0%B8%9F%E0%B8%AD%E0%B8%99%E0%B8%95%E0%B9%8C.woff2')).toEqual({
      kind: 'file',
      path: path.join(root, 'assets', 'ฟอนต์.woff2'),
    });
  });

  it('answers routes of the app with index.html', () => {
    expect(resolveAsset(root, 'app://wethi/')).toEqual(index());
    expect(resolveAsset(root, 'app://wethi/projector?forum=abc')).toEqual(index());
    expect(resolveAsset(root, 'app://wethi/forums/abc/check-in')).toEqual(index());
    expect(resolveAsset(root, 'app://wethi/assets')).toEqual(index());
  });

  it('gives 404 for a missing asset instead of HTML', () => {
    expect(resolveAsset(root, 'app://wethi/assets/missing.js')).toEqual({ kind: 'refused', status: 404 });
  });

  it.each([
    'app://wethi/..%2fsecret.txt',
    'app://wethi/..%2F..%2F..%2Fetc%2Fpasswd',
    'app://wethi/assets/..%2f..%2fsecret.txt',
    'app://wethi/..%5csecret.txt',
    'app://wethi/..%2frenderer-evil%2fx.js',
  ])('refuses traversal %s', (url) => {
    expect(resolveAsset(root, url)).toEqual({ kind: 'refused', status: 403 });
  });

  it('never escapes through dot segments the URL parser folds', () => {
    for (const url of ['app://wethi/../secret.txt', 'app://wethi/%2e%2e/secret.txt', 'app://wethi/assets/../../secret.txt']) {
      const found = resolveAsset(root, url);
      if (found.kind === 'file') expect(found.path.startsWith(root + path.sep)).toBe(true);
    }
  });

  it('refuses malformed and foreign requests', () => {
    expect(resolveAsset(root, 'app://wethi/%E0%A4%A')).toEqual({ kind: 'refused', status: 400 });
    expect(resolveAsset(root, 'app://wethi/index.html%00.js')).toEqual({ kind: 'refused', status: 400 });
    expect(resolveAsset(root, 'app://other/index.html')).toEqual({ kind: 'refused', status: 404 });
    expect(resolveAsset(root, 'https://wethi/index.html')).toEqual({ kind: 'refused', status: 404 });
  });

  it('reports 404 when the renderer was never built', () => {
    expect(resolveAsset(path.join(base, 'nothing'), 'app://wethi/')).toEqual({ kind: 'refused', status: 404 });
  });
});

describe('assetHeaders', () => {
  it('sends the CSP, a content type and nosniff', () => {
    const html = assetHeaders('/x/index.html');
    expect(html['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(html['content-type']).toBe('text/html; charset=utf-8');
    expect(html['x-content-type-options']).toBe('nosniff');
    expect(assetHeaders('/x/a.JS')['content-type']).toBe('text/javascript; charset=utf-8');
    expect(assetHeaders('/x/blob.bin')['content-type']).toBe('application/octet-stream');
  });
});
