import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { migrations } from '../../../../electron/core/store/migrations';

const root = path.resolve(import.meta.dirname, '../../../..');

it('has one test file here per migration file, named after it', () => {
  const sources = fs
    .readdirSync(path.join(root, 'electron/core/store/migrations'))
    .filter((f) => /^\d{4}-.+\.ts$/.test(f))
    .sort();
  expect(sources).toHaveLength(migrations.length);
  const tests = new Set(fs.readdirSync(import.meta.dirname));
  const missing = sources.filter((f) => !tests.has(f.replace(/\.ts$/, '.test.ts')));
  expect(missing).toEqual([]);
});
