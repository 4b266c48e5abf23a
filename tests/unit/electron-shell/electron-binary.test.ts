/** How `npm start`, `npm run dist`, the postinstall note and the Electron tests decide whether Electron can run. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  detectElectron,
  downloadSkipped,
  explainUnavailable,
  ROOT,
  summarizeDownloadError,
} from '../../../scripts/electron-binary.mjs';

const root = path.join('/repo');
const pkgDir = path.join(root, 'node_modules', 'electron');
const files = (entries: Record<string, string>) => ({
  exists: (file: string) => file in entries,
  read: (file: string) => {
    const text = entries[file];
    if (text === undefined) throw Object.assign(new Error(`ENOENT ${file}`), { code: 'ENOENT' });
    return text;
  },
});
const pkg = { [path.join(pkgDir, 'package.json')]: JSON.stringify({ version: '45.4.1' }) };

describe('detectElectron', () => {
  it('reports a missing package', () => {
    expect(detectElectron({ root, env: {}, ...files({}) })).toMatchObject({ available: false, version: null, reason: expect.stringContaining('npm install') });
  });

  it('reports a binary that was never downloaded (electron@45 has no install script)', () => {
    const status = detectElectron({ root, env: {}, ...files(pkg) });
    expect(status).toMatchObject({ available: false, version: '45.4.1' });
    expect(!status.available && status.reason).toContain('has not been downloaded');
  });

  it('reports a path.txt whose executable is gone', () => {
    const status = detectElectron({ root, env: {}, platform: 'linux', ...files({ ...pkg, [path.join(pkgDir, 'path.txt')]: 'electron' }) });
    expect(status).toMatchObject({ available: false, reason: expect.stringContaining('missing') });
  });

  it('finds a downloaded binary', () => {
    const exe = path.join(pkgDir, 'dist', 'electron');
    const status = detectElectron({ root, env: {}, ...files({ ...pkg, [path.join(pkgDir, 'path.txt')]: 'electron', [exe]: '' }) });
    expect(status).toEqual({ available: true, version: '45.4.1', executable: exe });
  });

  it('honours ELECTRON_OVERRIDE_DIST_PATH as electron itself does', () => {
    const exe = path.join('/opt', 'electron', 'electron.exe');
    const env = { ELECTRON_OVERRIDE_DIST_PATH: path.join('/opt', 'electron') };
    expect(detectElectron({ root, env, platform: 'win32', ...files({ ...pkg, [exe]: '' }) })).toEqual({ available: true, version: '45.4.1', executable: exe });
    expect(detectElectron({ root, env, platform: 'win32', ...files(pkg) })).toMatchObject({ available: false, reason: expect.stringContaining('ELECTRON_OVERRIDE_DIST_PATH') });
  });
});

describe('downloadSkipped', () => {
  it.each([
    [undefined, false],
    ['', false],
    ['0', false],
    ['false', false],
    ['FALSE', false],
    ['1', true],
    ['true', true],
  ])('ELECTRON_SKIP_BINARY_DOWNLOAD=%s → %s', (value, skipped) => {
    expect(downloadSkipped(value === undefined ? {} : { ELECTRON_SKIP_BINARY_DOWNLOAD: value })).toBe(skipped);
  });
});

describe('summarizeDownloadError', () => {
  it('turns the offline stack trace into one plain sentence', () => {
    const stack = [
      'Downloading Electron binary...',
      'TypeError: fetch failed',
      '    at node:internal/deps/undici/undici:14976:13',
      '    at async FetchDownloader.download (file:///x/node_modules/@electron/get/dist/FetchDownloader.js:46:30)',
    ].join('\n');
    expect(summarizeDownloadError(stack)).toMatch(/offline or behind a firewall/);
    expect(summarizeDownloadError('RequestError: getaddrinfo ENOTFOUND github.com')).toMatch(/offline/);
  });

  it('keeps other failures recognisable', () => {
    expect(summarizeDownloadError('HTTPError: Response code 404 (Not Found)')).toBe('the download server answered HTTP 404');
    expect(summarizeDownloadError('Error: Generated checksum for "electron.zip" did not match')).toMatch(/checksum/);
    expect(summarizeDownloadError('Error: EACCES: permission denied, mkdir\n    at x')).toBe('Error: EACCES: permission denied, mkdir');
    expect(summarizeDownloadError('')).toMatch(/without saying why/);
  });
});

describe('explainUnavailable', () => {
  it('says what is missing and points to the browser mode', () => {
    const text = explainUnavailable('it could not be downloaded: no connection');
    expect(text).toContain('Electron binary');
    expect(text).toContain('it could not be downloaded: no connection');
    expect(text).toContain('npm run start:web');
  });
});

describe('the scripts on this machine', () => {
  const here = detectElectron();

  it('postinstall prints a note and never fails', () => {
    const run = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'postinstall.mjs')], { encoding: 'utf8', timeout: 10_000 });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(here.available ? /desktop shell ready/ : /npm run start:web/);
  });

  // With a binary present `npm start` would open the app, so this only runs where it is missing.
  it.skipIf(here.available)('npm start explains, points to start:web and exits non-zero without hanging', () => {
    // A hang is caught by the spawn's own timeout: the process is killed and its status is null, not 1.
    const run = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'start.mjs')], {
      encoding: 'utf8',
      timeout: 20_000,
      // No download attempt in tests: the explanation path must not depend on the network.
      env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' },
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('npm run start:web');
    expect(run.stderr).toContain('ELECTRON_SKIP_BINARY_DOWNLOAD');
  });
});
