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
  /** Ends the process at once (as a crash or a power cut would), keeping the database. */
  kill(): Promise<void>;
  /** Starts it again on the same database and port: same address, a new token. */
  restart(): Promise<RunningHost>;
}

export async function startHost(label = 'e2e', at: { dir?: string; port?: number } = {}): Promise<RunningHost> {
  const dir = at.dir ?? fs.mkdtempSync(path.join(os.tmpdir(), `wethi-${label}-`));
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(ROOT, 'electron/server/main.ts'), '--db', path.join(dir, 'wethi.db'), '--port', String(at.port ?? 0), '--no-open'],
    // Outputs checked strictly against the contract, as in every other test (dispatch.ts).
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, WETHI_CHECK_OUTPUTS: '1' } },
  );
  const launch = await readLaunchUrl(child);
  const url = new URL(launch);
  const token = new URLSearchParams(url.hash.slice(1)).get('token') ?? '';
  const exit = async (signal: NodeJS.Signals) => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill(signal);
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
  };
  const kill = () => exit('SIGKILL');
  return {
    origin: url.origin,
    token,
    dir,
    stop: async () => {
      await exit('SIGTERM');
      fs.rmSync(dir, { recursive: true, force: true });
    },
    kill,
    restart: async () => {
      await kill();
      return startHost(label, { dir, port: Number(url.port) });
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
