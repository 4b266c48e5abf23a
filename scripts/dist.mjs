/**
 * `npm run dist`: installers with electron-builder. The app is staged in out/app (bundled main,
 * preload and renderer plus the one runtime dependency, better-sqlite3) so electron-builder's
 * rebuild for Electron's ABI happens there and never touches the repository's node_modules,
 * which stay built for Node. Extra arguments go to electron-builder (e.g. `npm run dist -- --win`).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { buildShell } from './build-shell.mjs';
import { ensureElectron, explainUnavailable, ROOT } from './electron-binary.mjs';
import { stripNodedir } from './electron-native.mjs';
import { ensureRendererBuilt } from './renderer-build.mjs';
import { buildRoomPage } from './build-room-page.mjs';

const fail = (message) => {
  console.error(message);
  process.exit(1);
};

const electron = await ensureElectron({ root: ROOT });
if (!electron.available) {
  fail(
    explainUnavailable(electron.reason, {
      action: 'build the installers',
      next: [
        '  `npm run dist` needs internet: besides that binary, electron-builder downloads Electron and',
        '  its packaging tools for every target platform. Run it on a connected computer (or in CI).',
        '  (Behind a proxy or with a local mirror: set ELECTRON_MIRROR.)',
      ],
    }),
  );
}

await buildShell({ root: ROOT });
ensureRendererBuilt({ root: ROOT });
await buildRoomPage({ root: ROOT, outDir: path.join(ROOT, 'out', 'room-page') });

const stage = path.join(ROOT, 'out', 'app');
const rootPkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const sqliteVersion = JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules', 'better-sqlite3', 'package.json'), 'utf8')).version;
fs.rmSync(stage, { recursive: true, force: true });
for (const part of ['main', 'preload', 'renderer', 'room-page']) {
  fs.cpSync(path.join(ROOT, 'out', part), path.join(stage, part), { recursive: true, filter: (file) => !file.endsWith('.map') });
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
      dependencies: { 'better-sqlite3': sqliteVersion },
    },
    null,
    2,
  )}\n`,
);

console.log(`Installing better-sqlite3 ${sqliteVersion} into the staged app…`);
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
// Scripts are skipped: electron-builder compiles the module for Electron next, a Node build would be wasted.
const install = spawnSync(npm, ['install', '--omit=dev', '--ignore-scripts', '--no-audit', '--no-fund', '--no-package-lock'], {
  cwd: stage,
  stdio: 'inherit',
  shell: process.platform === 'win32',
});
if (install.status !== 0) fail('\nWethi: `npm install` in out/app failed (see above); the installers were not built.');

const builder = spawnSync(
  process.execPath,
  [path.join(ROOT, 'node_modules', 'electron-builder', 'cli.js'), '--config', 'electron-builder.yml', `-c.electronVersion=${electron.version}`, ...process.argv.slice(2)],
  // electron-builder compiles better-sqlite3 for Electron with node-gyp, which must use Electron's headers.
  { cwd: ROOT, stdio: 'inherit', env: stripNodedir({ ...process.env }) },
);
if (builder.status !== 0) {
  fail('\nWethi: electron-builder failed (see above). It downloads Electron and packaging tools per platform, so it needs internet.');
}
console.log('\nInstallers are in dist/.');
