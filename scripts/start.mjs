/**
 * `npm start`: the desktop app. Finds (or fetches once) the Electron binary, builds what is
 * stale, makes sure better-sqlite3 exists for Electron's ABI, then runs Electron. Where the
 * binary cannot be had it explains why and points to `npm run start:web`, exiting non-zero.
 */
import { spawn } from 'node:child_process';
import { buildShell } from './build-shell.mjs';
import { ensureElectron, explainUnavailable, ROOT } from './electron-binary.mjs';
import { ensureElectronSqlite } from './electron-native.mjs';
import { ensureRendererBuilt } from './renderer-build.mjs';

const electron = await ensureElectron({ root: ROOT });
if (!electron.available) {
  console.error(explainUnavailable(electron.reason));
  process.exit(1);
}

try {
  await buildShell({ root: ROOT });
  ensureRendererBuilt({ root: ROOT });
  await ensureElectronSqlite({ root: ROOT, electronVersion: electron.version });
} catch (error) {
  console.error(`\nWethi: the desktop app could not be prepared: ${error instanceof Error ? error.message : error}`);
  console.error('  Building the database driver for Electron needs internet once (Electron headers) and a C++ compiler.');
  console.error('  Meanwhile the same app runs in your browser, offline:  npm run start:web\n');
  process.exit(1);
}

if (process.platform === 'linux' && process.getuid?.() === 0 && !process.argv.includes('--no-sandbox')) {
  console.warn('Wethi: running as root. Chromium refuses to start as root with its sandbox; run as a normal user.');
}

const env = { ...process.env };
// Inherited from some tools; it would make the binary behave as plain Node instead of opening windows.
delete env.ELECTRON_RUN_AS_NODE;
const child = spawn(electron.executable, ['.', ...process.argv.slice(2)], { cwd: ROOT, env, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('error', (error) => {
  console.error(`Wethi: could not run Electron (${electron.executable}): ${error.message}`);
  process.exit(1);
});
child.on('close', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
