/** The local host as `npm run start:web` runs it, on a scratch database, for the browser benchmarks. */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');

export interface BenchHost {
  child: ChildProcess;
  url: URL;
  token: string;
  /** A contract call over HTTP; throws on a refusal. */
  call(op: string, input: unknown): Promise<{ id: string } & Record<string, unknown>>;
  stop(): Promise<void>;
}

/** `build`: the renderer is built first (vite), so the pages are the current source. */
export async function startHost(dbPath: string, options: { build?: boolean } = {}): Promise<BenchHost> {
  if (options.build) {
    const build = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
    if (build.status !== 0) throw new Error('vite build failed');
  }
  // WETHI_BENCH_HOST_NODE_ARGS="--cpu-prof --cpu-prof-dir=DIR" profiles the host (written when it stops).
  const nodeArgs = (process.env.WETHI_BENCH_HOST_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const child = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', path.join(ROOT, 'electron/server/main.ts'), '--db', dbPath, '--port', '0', '--no-open'], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await new Promise<URL>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`the host did not start in 60 s\n${out}`)), 60_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const found = out.match(/Wethi is running at (\S+)/);
      if (found?.[1]) {
        clearTimeout(timer);
        resolve(new URL(found[1]));
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the host exited (${code})\n${out}`));
    });
  });
  const token = new URLSearchParams(url.hash.slice(1)).get('token') ?? '';
  return {
    child,
    url,
    token,
    async call(op, input) {
      const response = await fetch(`${url.origin}/api/${op}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify(input),
      });
      const result = (await response.json()) as { ok: boolean; value: { id: string } & Record<string, unknown>; error?: unknown };
      if (!result.ok) throw new Error(`${op}: ${JSON.stringify(result.error)}`);
      return result.value;
    },
    async stop() {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
    },
  };
}
