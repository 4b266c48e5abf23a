/** The shell bundles: the preload carries every operation name and needs nothing but 'electron'. */
import fs from 'node:fs';
import { isBuiltin } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildShell, readOpNames } from '../../../scripts/build-shell.mjs';
import { contract } from '../../../shared/contract';

let outDir: string;

beforeAll(async () => {
  outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'wethi-shell-'));
  await buildShell({ outDir });
}, 60_000);

afterAll(() => fs.rmSync(outDir, { recursive: true, force: true }));

const requires = (file: string) => [...fs.readFileSync(file, 'utf8').matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1] ?? '');

describe('build-shell', () => {
  it('reads the operation names from the contract', async () => {
    expect(await readOpNames()).toEqual(Object.keys(contract));
  });

  it('bundles the preload into one file that requires only electron', () => {
    const preload = path.join(outDir, 'preload', 'index.cjs');
    expect(new Set(requires(preload))).toEqual(new Set(['electron']));
    const text = fs.readFileSync(preload, 'utf8');
    for (const name of Object.keys(contract)) expect(text).toContain(JSON.stringify(name));
    // The schemas stay in the main process.
    expect(text).not.toMatch(/zod/i);
  });

  it('bundles main with only electron, better-sqlite3 and Node built-ins left outside', () => {
    const external = requires(path.join(outDir, 'main', 'index.cjs')).filter((name) => !isBuiltin(name));
    expect(new Set(external)).toEqual(new Set(['electron', 'better-sqlite3']));
  });
});
