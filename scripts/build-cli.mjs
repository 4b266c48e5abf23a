/**
 * `npm run build:cli` (and `npm install`, through `prepare`): bundles the `wethi` command
 * (electron/cli) into out/cli as plain JavaScript, so it starts without compiling TypeScript.
 * Code splitting keeps every command's module, the core (SQLite) and the document libraries in
 * chunks of their own, loaded only by the commands that use them. Packages stay in
 * node_modules, except zod, which every command but --help needs: one bundled chunk compiles
 * faster than the hundred files Node would resolve and load one by one. A manifest lists the source files of the build, so the launcher
 * (bin/wethi.mjs) can tell a stale build in a development checkout and rebuild it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export const ROOT = path.resolve(import.meta.dirname, '..');
export const MANIFEST = 'manifest.json';
/** Packages bundled into the chunks rather than loaded from node_modules at run time. */
const BUNDLED = new Set(['zod']);

/** Builds into a fresh folder beside `outDir`, then swaps it in, so a running `wethi` never sees half a build. */
export async function buildCli({ root = ROOT, outDir = path.join(root, 'out', 'cli') } = {}) {
  const { build } = await import('esbuild');
  const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  const external = Object.keys({ ...pkg.dependencies, ...pkg.devDependencies }).filter((name) => !BUNDLED.has(name));
  const startedAt = Date.now();
  const staging = `${outDir}.${process.pid}.${startedAt}.tmp`;
  fs.rmSync(staging, { recursive: true, force: true });
  try {
    const result = await build({
      absWorkingDir: root,
      entryPoints: { main: path.join(root, 'electron', 'cli', 'main.ts') },
      outdir: staging,
      bundle: true,
      splitting: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      external,
      outExtension: { '.js': '.mjs' },
      chunkNames: 'chunks/[name]-[hash]',
      sourcemap: 'linked',
      metafile: true,
      logLevel: 'warning',
      legalComments: 'none',
    });
    const inputs = Object.keys(result.metafile.inputs).filter((file) => !file.includes('node_modules'));
    fs.writeFileSync(path.join(staging, MANIFEST), `${JSON.stringify({ builtAt: startedAt, inputs }, null, 1)}\n`);
    const old = `${outDir}.${process.pid}.${startedAt}.old`;
    fs.mkdirSync(path.dirname(outDir), { recursive: true });
    if (fs.existsSync(outDir)) fs.renameSync(outDir, old);
    fs.renameSync(staging, outDir);
    fs.rmSync(old, { recursive: true, force: true });
    return { outDir, inputs: inputs.length, ms: Date.now() - startedAt };
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    const { inputs, ms } = await buildCli();
    console.log(`Wethi: command line built into out/cli (${inputs} source files, ${ms} ms).`);
  } catch (error) {
    // `npm install --omit=dev` has no esbuild: say so, and leave the install itself alone.
    console.error(`Wethi: the command line (npx wethi) could not be built: ${error instanceof Error ? error.message : error}`);
    process.exitCode = process.env.npm_lifecycle_event === 'prepare' ? 0 : 1;
  }
}
