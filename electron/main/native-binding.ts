/**
 * Where the Electron build of better-sqlite3 lives. node_modules keeps the Node build (tests, CLI,
 * local host); the shell loads a copy compiled for Electron's ABI through better-sqlite3's
 * `nativeBinding` option. Electron-free: the caller passes what it knows about the app.
 */
import fs from 'node:fs';
import path from 'node:path';

const BINARY = path.join('better-sqlite3', 'build', 'Release', 'better_sqlite3.node');

/** Development: `scripts/electron-native.mjs` builds into out/native beside out/main. */
export const devBindingPath = (mainDir: string) => path.resolve(mainDir, '..', 'native', 'node_modules', BINARY);

/** Installed app: electron-builder rebuilt the module for Electron and unpacked it from the asar. */
export const packagedBindingPath = (resourcesPath: string) =>
  path.join(resourcesPath, 'app.asar.unpacked', 'node_modules', BINARY);

export type BindingChoice = { ok: true; path: string | undefined } | { ok: false; missing: string };

export function chooseNativeBinding(
  where: { mainDir: string; isPackaged: boolean; resourcesPath: string },
  exists: (file: string) => boolean = fs.existsSync,
): BindingChoice {
  if (where.isPackaged) {
    const file = packagedBindingPath(where.resourcesPath);
    // Without the unpacked file, better-sqlite3's own lookup is the best remaining guess.
    return { ok: true, path: exists(file) ? file : undefined };
  }
  const file = devBindingPath(where.mainDir);
  // Falling back to node_modules here would load a Node-ABI binary and crash the process.
  return exists(file) ? { ok: true, path: file } : { ok: false, missing: file };
}
