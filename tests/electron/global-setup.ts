/**
 * Where Electron exists: bundle the shell, build the renderer if stale and make sure the
 * Electron build of better-sqlite3 is there. A failure becomes the skip reason of every test
 * (reported, never silently passed).
 */
import { buildShell } from '../../scripts/build-shell.mjs';
import { detectElectron, ROOT } from '../../scripts/electron-binary.mjs';
import { ensureElectronSqlite } from '../../scripts/electron-native.mjs';
import { ensureRendererBuilt } from '../../scripts/renderer-build.mjs';
import { SETUP_ERROR_ENV, shellStatus } from './shell-status';

export default async function globalSetup(): Promise<void> {
  const status = shellStatus();
  const electron = detectElectron();
  if (!status.ready || !electron.available) {
    console.log(`Electron tests will be skipped: ${status.ready ? 'no Electron binary' : status.reason}`);
    return;
  }
  try {
    await buildShell({ root: ROOT });
    ensureRendererBuilt({ root: ROOT });
    await ensureElectronSqlite({ root: ROOT, electronVersion: electron.version });
  } catch (error) {
    // Workers inherit the runner's environment, so this reaches every test's skip condition.
    process.env[SETUP_ERROR_ENV] = error instanceof Error ? error.message : String(error);
  }
}
