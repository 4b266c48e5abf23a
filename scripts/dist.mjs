/**
 * `npm run dist`: installers with electron-builder. The app is staged in out/app (stage-app.mjs:
 * bundled main, preload and renderer plus the one runtime dependency, better-sqlite3) so electron-builder's
 * rebuild for Electron's ABI happens there and never touches the repository's node_modules,
 * which stay built for Node. Extra arguments go to electron-builder (e.g. `npm run dist -- --win`).
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { ensureElectron, explainUnavailable, ROOT } from './electron-binary.mjs';
import { stripNodedir } from './electron-native.mjs';
import { stageApp } from './stage-app.mjs';

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

console.log('Staging the app in out/app and installing better-sqlite3 there…');
try {
  await stageApp({ root: ROOT });
} catch (error) {
  fail(`\nWethi: ${error instanceof Error ? error.message : error}; the installers were not built.`);
}

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
