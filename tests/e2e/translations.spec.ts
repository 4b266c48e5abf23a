/** Thai and English translation files name the same keys (plural forms aside). */
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { ROOT } from './host';

const keysOf = (value: unknown, prefix = ''): string[] =>
  value && typeof value === 'object'
    ? Object.entries(value).flatMap(([k, v]) => keysOf(v, prefix ? `${prefix}.${k}` : k))
    : [prefix.replace(/_(zero|one|two|few|many|other)$/, '')];

const read = (file: string) => JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
/** The base file plus the per-feature files in renderer/i18n/<lang>/, as resources.ts merges them. */
const load = (lang: string) => {
  const dir = path.join(ROOT, 'renderer/i18n', lang);
  const features = fs.readdirSync(dir).filter((f) => f.endsWith('.json'));
  return Object.assign(read(path.join(ROOT, 'renderer/i18n', `${lang}.json`)), ...features.map((f) => read(path.join(dir, f))));
};

test('Thai and English translations have the same keys', () => {
  const th = new Set(keysOf(load('th')));
  const en = new Set(keysOf(load('en')));
  expect([...th].filter((k) => !en.has(k)), 'missing in en.json').toEqual([]);
  expect([...en].filter((k) => !th.has(k)), 'missing in th.json').toEqual([]);
});
