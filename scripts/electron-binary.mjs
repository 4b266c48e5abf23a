/**
 * Is the Electron binary here, and can it be fetched? Shared by `npm start`, `npm run dist`,
 * the postinstall note and the Electron tests. `detectElectron` only looks at files (no network);
 * `ensureElectron` may run electron's own downloader once, with a time limit.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '..');

const executableName = (platform) =>
  platform === 'darwin' ? 'Electron.app/Contents/MacOS/Electron' : platform === 'win32' ? 'electron.exe' : 'electron';

const readText = (file) => fs.readFileSync(file, 'utf8');

export function detectElectron({ root = ROOT, env = process.env, platform = process.platform, exists = fs.existsSync, read = readText } = {}) {
  const dir = path.join(root, 'node_modules', 'electron');
  let version;
  try {
    version = JSON.parse(read(path.join(dir, 'package.json'))).version;
  } catch {
    return { available: false, version: null, reason: 'the electron package is not installed (run npm install)' };
  }
  let relative = null;
  try {
    relative = read(path.join(dir, 'path.txt')).trim() || null;
  } catch {
    // No path.txt: electron's downloader has never completed here.
  }
  if (env.ELECTRON_OVERRIDE_DIST_PATH) {
    const executable = path.join(env.ELECTRON_OVERRIDE_DIST_PATH, relative ?? executableName(platform));
    return exists(executable)
      ? { available: true, version, executable }
      : { available: false, version, reason: `ELECTRON_OVERRIDE_DIST_PATH is set but ${executable} does not exist` };
  }
  if (!relative) {
    return { available: false, version, reason: `the Electron ${version} binary has not been downloaded (electron fetches it on first use; node_modules/electron/path.txt is missing)` };
  }
  const executable = path.join(dir, 'dist', relative);
  if (!exists(executable)) return { available: false, version, reason: `the Electron ${version} binary is missing (${executable})` };
  return { available: true, version, executable };
}

/** Same reading of the variable as electron's own tooling: set and not "0"/"false" means skip. */
export function downloadSkipped(env = process.env) {
  const value = env.ELECTRON_SKIP_BINARY_DOWNLOAD;
  return value !== undefined && value !== '' && value !== '0' && value.toLowerCase() !== 'false';
}

/** Turns the downloader's stack trace into one line a facilitator's IT helper can act on. */
export function summarizeDownloadError(output) {
  const text = String(output ?? '');
  if (/fetch failed|ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|getaddrinfo/i.test(text)) {
    return 'no connection to the download server (github.com) — this computer seems to be offline or behind a firewall';
  }
  const http = text.match(/HTTPError[^\n]*?(\d{3})/) ?? text.match(/status(?:Code)?:?\s*(\d{3})/i);
  if (http) return `the download server answered HTTP ${http[1]}`;
  if (/checksum/i.test(text)) return 'the downloaded file did not match its checksum';
  const first = text
    .split('\n')
    .map((line) => line.trim())
    .find((line) => line && !line.startsWith('at ') && !/^Downloading Electron/i.test(line));
  return first ? first.slice(0, 200) : 'the downloader stopped without saying why';
}

export function fetchElectronBinary({ root = ROOT, env = process.env, timeoutMs = 5 * 60_000 } = {}) {
  const dir = path.join(root, 'node_modules', 'electron');
  return new Promise((resolve) => {
    let output = '';
    const child = spawn(process.execPath, [path.join(dir, 'install.js')], { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const timer = setTimeout(() => {
      child.kill();
      resolve({ ok: false, reason: `the download did not finish within ${Math.round(timeoutMs / 1000)} s` });
    }, timeoutMs);
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', (error) => {
      clearTimeout(timer);
      resolve({ ok: false, reason: error.message });
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve(code === 0 ? { ok: true } : { ok: false, reason: summarizeDownloadError(output) });
    });
  });
}

/** The binary, downloading it once if allowed; never throws. */
export async function ensureElectron({ root = ROOT, env = process.env, log = console.log, timeoutMs } = {}) {
  const found = detectElectron({ root, env });
  if (found.available || found.version === null) return found;
  if (downloadSkipped(env)) {
    return { ...found, reason: `${found.reason}; ELECTRON_SKIP_BINARY_DOWNLOAD is set, so no download was tried` };
  }
  log(`Downloading the Electron ${found.version} binary (one time, about 100 MB)…`);
  const fetched = await fetchElectronBinary({ root, env, timeoutMs });
  if (!fetched.ok) return { available: false, version: found.version, reason: `it could not be downloaded: ${fetched.reason}` };
  return detectElectron({ root, env });
}

const START_NEXT = [
  '  It is downloaded once, the first time you run `npm start`, so that one run needs internet.',
  '  (Behind a proxy or with a local mirror: set ELECTRON_MIRROR, then run `npm start` again.)',
  '',
  '  The same app runs in your web browser without it, fully offline:',
  '',
  '      npm run start:web',
];

/** The message printed when the desktop shell cannot run (or, for dist, cannot be packaged). */
export function explainUnavailable(reason, { action = 'start the desktop app', next = START_NEXT } = {}) {
  return ['', `Wethi: cannot ${action} on this computer.`, '', `  The desktop shell needs the Electron binary, and ${reason}.`, ...next, ''].join('\n');
}
