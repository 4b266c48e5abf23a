/**
 * Runs the real local host (electron/server/main.ts via tsx) on a fresh SQLite file in a temp
 * folder, as `npm run start:web` would, and reads the address it prints.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');

export interface RunningHost {
  origin: string;
  token: string;
  dir: string;
  stop(): Promise<void>;
}

export async function startHost(label = 'e2e'): Promise<RunningHost> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `wethi-${label}-`));
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(ROOT, 'electron/server/main.ts'), '--db', path.join(dir, 'wethi.db'), '--port', '0', '--no-open'],
    // Outputs checked strictly against the contract, as in every other test (dispatch.ts).
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, WETHI_CHECK_OUTPUTS: '1' } },
  );
  const launch = await readLaunchUrl(child);
  const url = new URL(launch);
  const token = new URLSearchParams(url.hash.slice(1)).get('token') ?? '';
  return {
    origin: url.origin,
    token,
    dir,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
      }
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

function readLaunchUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => reject(new Error(`the host did not start in 30 s\n${out}\n${err}`)), 30_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const found = out.match(/Wethi is running at (\S+)/);
      if (found?.[1]) {
        clearTimeout(timer);
        resolve(found[1]);
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      err += chunk.toString();
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the host exited (${code}) before printing its address\n${out}\n${err}`));
    });
  });
}
