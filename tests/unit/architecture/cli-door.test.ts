/**
 * The CLI reaches the core through its one door: it opens the core (`app`), calls operations
 * through `dispatch`, and otherwise uses only the core's errors, its default paths and two
 * file helpers that touch no database (decoding a sheet's bytes, writing the sheet template).
 * A command that opens the database itself, or calls a service or store directly, fails here.
 */
import { expect, it } from 'vitest';
import { importGraph } from './import-graph';

const DOOR = new Set([
  'electron/core/app.ts',
  'electron/core/dispatch.ts',
  'electron/core/errors.ts',
  'electron/core/paths.ts',
  'electron/core/imports/decode.ts',
  'electron/core/imports/template.ts',
]);

it('imports nothing of the core but its door', () => {
  const past: string[] = [];
  for (const [file, imports] of importGraph(['electron/cli'])) {
    for (const target of imports) if (target.startsWith('electron/core/') && !DOOR.has(target)) past.push(`${file} → ${target}`);
  }
  expect(past).toEqual([]);
});
