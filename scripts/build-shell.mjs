/**
 * `npm run build:shell`: bundles the Electron main process (out/main/index.cjs) and the preload
 * (out/preload/index.cjs). The preload is built for the browser platform on purpose: a sandboxed
 * preload may only require 'electron', so any Node import sneaking in fails the build here.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { ROOT } from './electron-binary.mjs';

/** The contract's operation names, read by bundling the contract and importing it. */
export async function readOpNames(root = ROOT) {
  const result = await build({
    entryPoints: [path.join(root, 'shared', 'contract', 'index.ts')],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].text;
  const { contract } = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
  return Object.keys(contract);
}

export async function buildShell({ root = ROOT, outDir = path.join(root, 'out') } = {}) {
  const opNames = await readOpNames(root);
  // `import.meta.dirname` is only read where `__dirname` is missing (tsx, vitest): in this CommonJS
  // bundle it is never reached, so esbuild's warning about it is noise.
  const common = { bundle: true, format: 'cjs', sourcemap: true, logLevel: 'warning', logOverride: { 'empty-import-meta': 'silent' }, absWorkingDir: root };
  await Promise.all([
    build({
      ...common,
      entryPoints: [path.join(root, 'electron', 'main', 'index.ts')],
      outfile: path.join(outDir, 'main', 'index.cjs'),
      platform: 'node',
      target: 'node22',
      // better-sqlite3 stays a real package: its native binary is chosen at run time.
      external: ['electron', 'better-sqlite3'],
    }),
    build({
      ...common,
      entryPoints: [path.join(root, 'electron', 'preload', 'index.ts')],
      outfile: path.join(outDir, 'preload', 'index.cjs'),
      platform: 'browser',
      target: 'chrome130',
      external: ['electron'],
      define: { __WETHI_OP_NAMES__: JSON.stringify(opNames) },
    }),
  ]);
  return { opNames };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const started = Date.now();
  const { opNames } = await buildShell();
  console.log(`Shell built: out/main/index.cjs, out/preload/index.cjs (${opNames.length} operations) in ${Date.now() - started} ms`);
}
