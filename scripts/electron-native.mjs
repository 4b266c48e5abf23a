/**
 * better-sqlite3 for Electron's ABI, kept apart from node_modules (which stays built for Node:
 * tests, CLI and the local host use it). A copy of the package goes to out/native and
 * @electron/rebuild compiles it there (it fetches Electron's headers, or a prebuilt binary, so
 * it needs internet once). The main process loads the result through `nativeBinding`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './electron-binary.mjs';

export const nativeDir = (root = ROOT) => path.join(root, 'out', 'native');
export const electronBindingPath = (root = ROOT) =>
  path.join(nativeDir(root), 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node');

/**
 * npm passes its config to scripts as npm_config_*; a `nodedir` there (some machines set it for
 * offline Node builds) would make node-gyp compile against Node's headers instead of Electron's.
 */
export function stripNodedir(env) {
  for (const key of Object.keys(env)) if (key.toLowerCase() === 'npm_config_nodedir') delete env[key];
  return env;
}

const stampOf = (root, electronVersion) => ({
  electron: electronVersion,
  betterSqlite3: JSON.parse(fs.readFileSync(path.join(root, 'node_modules', 'better-sqlite3', 'package.json'), 'utf8')).version,
  platform: process.platform,
  arch: process.arch,
});

export function electronSqliteIsFresh({ root = ROOT, electronVersion }) {
  try {
    const stamp = JSON.parse(fs.readFileSync(path.join(nativeDir(root), 'stamp.json'), 'utf8'));
    return fs.existsSync(electronBindingPath(root)) && JSON.stringify(stamp) === JSON.stringify(stampOf(root, electronVersion));
  } catch {
    return false;
  }
}

/** Returns the .node path; throws with a readable message when the build fails. */
export async function ensureElectronSqlite({ root = ROOT, electronVersion, log = console.log }) {
  if (electronSqliteIsFresh({ root, electronVersion })) return electronBindingPath(root);
  const dir = nativeDir(root);
  const source = path.join(root, 'node_modules', 'better-sqlite3');
  const target = path.join(dir, 'node_modules', 'better-sqlite3');
  const stamp = stampOf(root, electronVersion);
  log(`Building better-sqlite3 ${stamp.betterSqlite3} for Electron ${electronVersion} (first run only, about a minute)…`);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(path.dirname(target), { recursive: true });
  // The Node build output is left behind: a stale Node-ABI binary in the copy would be mistaken for ours.
  const buildDir = path.join(source, 'build');
  fs.cpSync(source, target, { recursive: true, filter: (file) => file !== buildDir && !file.startsWith(buildDir + path.sep) });
  fs.writeFileSync(
    path.join(dir, 'package.json'),
    `${JSON.stringify({ name: 'wethi-electron-native', private: true, dependencies: { 'better-sqlite3': stamp.betterSqlite3 } }, null, 2)}\n`,
  );
  stripNodedir(process.env);
  const { rebuild } = await import('@electron/rebuild');
  try {
    await rebuild({ buildPath: dir, electronVersion, onlyModules: ['better-sqlite3'], force: true });
  } catch (error) {
    throw new Error(`could not build better-sqlite3 for Electron ${electronVersion}: ${error instanceof Error ? error.message : error}`);
  }
  if (!fs.existsSync(electronBindingPath(root))) throw new Error(`the rebuild finished but ${electronBindingPath(root)} is missing`);
  fs.writeFileSync(path.join(dir, 'stamp.json'), `${JSON.stringify(stamp)}\n`);
  return electronBindingPath(root);
}
