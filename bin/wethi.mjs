#!/usr/bin/env node
/**
 * The `wethi` command's launcher: runs the built CLI (out/cli/main.mjs), which `npm install`
 * builds (the `prepare` script, scripts/build-cli.mjs). In a development checkout a build that
 * is missing or older than any of its sources is rebuilt first, with esbuild (never compiled
 * on the fly), so `npx wethi` always runs the code as it stands.
 */
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = `${root}/out/cli`;
const main = `${outDir}/main.mjs`;

/** True when a source file of the build changed since (or the build is not there). */
function stale() {
  let manifest;
  try {
    manifest = JSON.parse(fs.readFileSync(`${outDir}/manifest.json`, 'utf8'));
  } catch {
    return true;
  }
  for (const input of manifest.inputs) {
    const stat = fs.statSync(`${root}/${input}`, { throwIfNoEntry: false });
    if (!stat || stat.mtimeMs > manifest.builtAt) return true;
  }
  return false;
}

// An installed copy without sources runs what it has; a checkout keeps its build current.
if (fs.existsSync(`${root}/electron/cli/main.ts`) && stale()) {
  try {
    const { buildCli } = await import('../scripts/build-cli.mjs');
    await buildCli({ root, outDir });
  } catch (error) {
    if (!fs.existsSync(main)) {
      console.error(`wethi: the command line is not built and could not be built (${error instanceof Error ? error.message : error}). Run "npm install" in ${root}.`);
      process.exit(1);
    }
  }
}
await import(new URL('../out/cli/main.mjs', import.meta.url).href);
