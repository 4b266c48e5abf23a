/**
 * Builds the renderer (vite) only when out/renderer is older than its sources, so `npm start`
 * stays quick on the second run.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './electron-binary.mjs';

function newestMtime(target) {
  const stat = fs.statSync(target, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of fs.readdirSync(target)) {
    if (entry === 'node_modules') continue;
    newest = Math.max(newest, newestMtime(path.join(target, entry)));
  }
  return newest;
}

export function rendererIsStale(root = ROOT) {
  const built = fs.statSync(path.join(root, 'out', 'renderer', 'index.html'), { throwIfNoEntry: false });
  if (!built) return true;
  const sources = ['renderer', 'shared', 'resources', 'vite.config.ts', 'package.json'].map((p) => newestMtime(path.join(root, p)));
  return Math.max(...sources) > built.mtimeMs;
}

export function ensureRendererBuilt({ root = ROOT, log = console.log } = {}) {
  if (!rendererIsStale(root)) return;
  log('Building the user interface (vite)…');
  const result = spawnSync(process.execPath, [path.join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (result.status !== 0) throw new Error('the renderer build (vite build) failed; see the output above');
}
