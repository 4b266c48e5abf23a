/**
 * Builds the renderer once (so the tests see the current source) and starts one real local
 * host for the whole run; tests reach it through the environment variables set here.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { ROOT, startHost } from './host';

export const ENV_ORIGIN = 'WETHI_E2E_ORIGIN';
export const ENV_TOKEN = 'WETHI_E2E_TOKEN';

export default async function globalSetup(): Promise<() => Promise<void>> {
  const build = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  if (build.status !== 0) throw new Error('vite build failed');
  const host = await startHost();
  process.env[ENV_ORIGIN] = host.origin;
  process.env[ENV_TOKEN] = host.token;
  return host.stop;
}
