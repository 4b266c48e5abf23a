/**
 * `npm run start:web`: Wethi in the browser. Builds the UI when it is missing or older than its
 * sources, then runs the local host (electron/server/main.ts) with the given flags
 * (--db FILE, --port N, --no-open). The host prints the address with its access token.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { ROOT } from './electron-binary.mjs';
import { ensureRendererBuilt } from './renderer-build.mjs';

try {
  ensureRendererBuilt({ root: ROOT });
} catch (error) {
  console.error(`Wethi: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}

const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'electron', 'server', 'main.ts'), ...process.argv.slice(2)], {
  cwd: ROOT,
  stdio: 'inherit',
});
// Ctrl+C reaches the whole process group anyway; forwarding covers `kill PID` of this wrapper.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal));
child.on('error', (error) => {
  console.error(`Wethi: could not start the local host: ${error.message}`);
  process.exit(1);
});
child.on('close', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
