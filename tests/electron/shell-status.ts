/**
 * Can the real shell run here? The binary check is file-only (no download at test time); the
 * global set-up records in the environment whether building the shell for Electron worked.
 */
import { detectElectron } from '../../scripts/electron-binary.mjs';

export const SETUP_ERROR_ENV = 'WETHI_ELECTRON_SETUP_ERROR';

export type ShellStatus = { ready: true; executable: string } | { ready: false; reason: string };

export function shellStatus(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): ShellStatus {
  const electron = detectElectron({ env });
  if (!electron.available) return { ready: false, reason: `Electron binary not available on this machine: ${electron.reason}` };
  if (platform === 'linux' && !env.DISPLAY && !env.WAYLAND_DISPLAY) {
    return { ready: false, reason: 'no display to open windows on (DISPLAY is not set; run the tests under xvfb-run)' };
  }
  const setupError = env[SETUP_ERROR_ENV];
  if (setupError) return { ready: false, reason: `Electron shell could not be prepared: ${setupError}` };
  return { ready: true, executable: electron.executable };
}
