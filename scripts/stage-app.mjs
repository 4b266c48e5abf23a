/**
 * What `npm run dist` hands electron-builder: out/app with the bundled main, preload,
 * renderer and the room's phone page, and a package.json whose only dependency is better-sqlite3, installed there. Shared
 * by scripts/dist.mjs and the test that runs the staged app (tests/unit/electron-shell/
 * packaged-app.test.ts), so the test exercises exactly what ships.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { buildShell } from './build-shell.mjs';
import { ROOT } from './electron-binary.mjs';
import { buildRoomPage } from './build-room-page.mjs';
import { ensureRendererBuilt } from './renderer-build.mjs';

/** The staged app's runtime packages: everything else is bundled into main/index.cjs. */
export const APP_DEPENDENCIES = ['better-sqlite3'];

const versionOf = (root, name) => JSON.parse(fs.readFileSync(path.join(root, 'node_modules', name, 'package.json'), 'utf8')).version;

/** `npm install --omit=dev` in the stage, as dist does (electron-builder then rebuilds the native module for Electron). */
export function npmInstall(stage) {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  // Scripts are skipped: electron-builder compiles the module for Electron next, a Node build would be wasted.
  const install = spawnSync(npm, ['install', '--omit=dev', '--ignore-scripts', '--no-audit', '--no-fund', '--no-package-lock'], {
    cwd: stage,
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  if (install.status !== 0) throw new Error('`npm install` in out/app failed (see above)');
}

/**
 * The same packages from this checkout's node_modules, with their own dependencies (what npm
 * would install, offline): for tests, which must not need the network.
 */
export function copyInstalledDependencies(stage, { root = ROOT } = {}) {
  const seen = new Set();
  const copy = (name) => {
    if (seen.has(name)) return;
    seen.add(name);
    const from = path.join(root, 'node_modules', name);
    fs.cpSync(fs.realpathSync(from), path.join(stage, 'node_modules', name), { recursive: true, dereference: true });
    const manifest = JSON.parse(fs.readFileSync(path.join(from, 'package.json'), 'utf8'));
    for (const dependency of Object.keys(manifest.dependencies ?? {})) copy(dependency);
  };
  for (const name of APP_DEPENDENCIES) copy(name);
}

/**
 * Builds what is stale (shell always, renderer when its sources changed) and stages the app in
 * `stage`; `install(stage)` puts the dependencies in (npm by default).
 */
export async function stageApp({ root = ROOT, stage = path.join(root, 'out', 'app'), install = npmInstall } = {}) {
  await buildShell({ root });
  ensureRendererBuilt({ root });
  // The phone page the room serves (electron/room/page.ts reads it from out/room-page in the app).
  await buildRoomPage({ root, outDir: path.join(root, 'out', 'room-page') });
  const rootPkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  fs.rmSync(stage, { recursive: true, force: true });
  for (const part of ['main', 'preload', 'renderer', 'room-page']) {
    fs.cpSync(path.join(root, 'out', part), path.join(stage, part), { recursive: true, filter: (file) => !file.endsWith('.map') });
  }
  fs.writeFileSync(
    path.join(stage, 'package.json'),
    `${JSON.stringify(
      {
        name: rootPkg.name,
        productName: 'Wethi',
        version: rootPkg.version,
        description: rootPkg.description,
        license: rootPkg.license,
        author: 'Wethi project',
        main: 'main/index.cjs',
        // Everything else is bundled into main/index.cjs; only the native module ships as a package.
        dependencies: Object.fromEntries(APP_DEPENDENCIES.map((name) => [name, versionOf(root, name)])),
      },
      null,
      2,
    )}\n`,
  );
  install(stage);
  return stage;
}
