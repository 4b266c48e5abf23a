/**
 * The folder boundaries in biome.json catch what they are meant to: for every folder, probe files
 * with one import each (forbidden ones and allowed ones) are linted with the repository's own
 * biome.json, in a copy of the folder layout in a temp folder, so the source tree is never touched.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../support/temp';
import { ROOT } from './import-graph';

type Probe = readonly [folder: string, importLine: string];

const FORBIDDEN: readonly Probe[] = [
  ['shared', "import * as m from 'node:fs';"],
  ['shared', "import * as m from 'react';"],
  ['shared', "import * as m from '../electron/core/app';"],
  ['shared', "import * as m from '../renderer/api/http';"],
  ['renderer', "import * as m from 'electron';"],
  ['renderer', "import * as m from 'node:path';"],
  ['renderer', "import * as m from '../electron/core/app';"],
  ['electron/core', "import * as m from 'electron';"],
  ['electron/core', "import * as m from '../server/host';"],
  ['electron/core', "import * as m from '../cli/run';"],
  ['electron/core', "import * as m from '../main/ipc';"],
  ['electron/core', "import * as m from '../preload/bridge';"],
  ['electron/core', "import * as m from '../../renderer/api/http';"],
  ['electron/core', "import * as m from 'react';"],
  ['electron/server', "import * as m from 'electron';"],
  ['electron/server', "import * as m from '../main/ipc';"],
  ['electron/server', "import * as m from '../preload/bridge';"],
  ['electron/server', "import * as m from '../../renderer/api/http';"],
  ['electron/cli', "import * as m from 'electron';"],
  ['electron/cli', "import * as m from '../main/ipc';"],
  ['electron/cli', "import * as m from '../preload/bridge';"],
  ['electron/cli', "import * as m from '../../renderer/api/http';"],
  ['electron/main', "import * as m from '../../renderer/api/http';"],
  ['electron/main', "import * as m from '../server/host';"],
  ['electron/main', "import * as m from '../cli/run';"],
  ['electron/main', "import * as m from '../preload/bridge';"],
  ['electron/preload', "import * as m from 'node:fs';"],
  ['electron/preload', "import * as m from 'zod';"],
  ['electron/preload', "import * as m from '../core/app';"],
  ['electron/preload', "import * as m from '../main/ipc';"],
  ['electron/preload', "import * as m from '../../shared/domain/thai-text';"],
  ['electron/preload', "import { contract as m } from '../../shared/contract';"],
];

const ALLOWED: readonly Probe[] = [
  ['shared', "import * as m from './contract';"],
  ['renderer', "import * as m from '../shared/contract';"],
  ['renderer', "import * as m from 'react';"],
  ['electron/core', "import * as m from '../../shared/contract';"],
  ['electron/core', "import * as m from 'node:fs';"],
  ['electron/core', "import * as m from 'better-sqlite3';"],
  ['electron/server', "import * as m from '../core/app';"],
  ['electron/cli', "import * as m from '../core/app';"],
  ['electron/main', "import * as m from 'electron';"],
  ['electron/main', "import * as m from '../core/app';"],
  ['electron/preload', "import * as m from 'electron';"],
  ['electron/preload', "import * as m from './bridge';"],
  ['electron/preload', "import * as m from '../../shared/bridge';"],
  ['electron/preload', "import type { OpName as m } from '../../shared/contract';"],
];

/** Lints the probes with the real biome.json; gives the probes that broke a boundary. */
function flagged(probes: readonly Probe[]): Probe[] {
  const dir = tempDir('wethi-boundaries-');
  const { $schema: _, ...config } = JSON.parse(fs.readFileSync(path.join(ROOT, 'biome.json'), 'utf8'));
  fs.writeFileSync(path.join(dir, 'biome.json'), JSON.stringify(config));
  const fileOf = new Map<string, Probe>();
  probes.forEach((probe, i) => {
    const file = `${probe[0]}/boundary-probe-${i}.ts`;
    fs.mkdirSync(path.join(dir, probe[0]), { recursive: true });
    fs.writeFileSync(path.join(dir, file), `${probe[1]}\nexport type T = typeof m;\n`);
    fileOf.set(file, probe);
  });
  const biome = spawnSync(path.join(ROOT, 'node_modules/.bin/biome'), ['lint', '--reporter=json', '.'], { cwd: dir, encoding: 'utf8' });
  const report = JSON.parse(biome.stdout) as { diagnostics: { category: string; location: { path: string } }[] };
  const files = new Set(report.diagnostics.filter((d) => d.category === 'lint/style/noRestrictedImports').map((d) => d.location.path.split(path.sep).join('/')));
  return [...fileOf].filter(([file]) => files.has(file)).map(([, probe]) => probe);
}

describe('folder boundaries (biome.json)', () => {
  it('refuse every forbidden import, in every folder', () => {
    expect(flagged(FORBIDDEN)).toEqual(FORBIDDEN);
  });

  it('let the imports each folder needs through', () => {
    expect(flagged(ALLOWED)).toEqual([]);
  });
});
