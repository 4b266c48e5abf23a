/**
 * The renderer points one way: app/ composes features; a feature imports only its own files,
 * ui/, api/, i18n/, shared/ and packages; ui/, api/ and i18n/ import no feature and not app/.
 * Biome's noRestrictedImports matches import strings, not where they lead, so it cannot tell
 * `../notes/x` from the same feature's `../person-form` one folder down: this reads the graph.
 */
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../..');
const EXTENSIONS = ['.ts', '.tsx', '/index.ts', '/index.tsx'];

/** Where a renderer file sits: `feature:<name>`, `app`, `ui`, `api`, `i18n`, … (null: outside renderer/). */
function layerOf(file: string): string | null {
  const [top, second, feature] = file.split('/');
  if (top !== 'renderer') return null;
  if (second === 'features' && feature) return `feature:${feature}`;
  return second?.replace(/\.tsx?$/, '') ?? null;
}

function allowed(from: string, to: string | null): boolean {
  if (to === null || to === from) return true;
  if (from.startsWith('feature:')) return ['ui', 'api', 'i18n'].includes(to);
  if (['ui', 'api', 'i18n'].includes(from)) return !to.startsWith('feature:') && to !== 'app';
  return true;
}

/** Every import that crosses a boundary, as "importer → specifier (target)"; files are repo-relative. */
function boundaryViolations(sources: ReadonlyMap<string, string>): string[] {
  const found: string[] = [];
  for (const [file, source] of sources) {
    const from = layerOf(file);
    if (from === null) continue;
    for (const { fileName: spec } of ts.preProcessFile(source, true, true).importedFiles) {
      if (!spec.startsWith('.')) continue;
      const base = path.posix.normalize(path.posix.join(path.posix.dirname(file), spec));
      const target = EXTENSIONS.map((ext) => base + ext).find((candidate) => sources.has(candidate)) ?? base;
      if (!allowed(from, layerOf(target))) found.push(`${file} → '${spec}' (${target})`);
    }
  }
  return found.sort();
}

function rendererSources(): Map<string, string> {
  const sources = new Map<string, string>();
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
      const rel = `${dir}/${entry.name}`;
      if (entry.isDirectory()) walk(rel);
      else if (/\.tsx?$/.test(entry.name)) sources.set(rel, fs.readFileSync(path.join(root, rel), 'utf8'));
    }
  };
  walk('renderer');
  return sources;
}

describe('renderer import boundaries', () => {
  it('no feature imports another feature or app/, and ui/, api/, i18n/ import no feature', () => {
    const sources = rendererSources();
    expect(sources.size).toBeGreaterThan(100);
    expect(boundaryViolations(sources)).toEqual([]);
  });

  it('names the offending import when a feature reaches into another, or ui/ into a feature', () => {
    const sources = new Map([
      ['renderer/features/notes/NotesPanel.tsx', "import { SearchPanel } from '../search/SearchPanel';\nimport { x } from '../../ui/x';"],
      ['renderer/features/search/SearchPanel.tsx', "export const SearchPanel = () => null;"],
      ['renderer/features/people/checkin/CheckInPanel.tsx', "import { f } from '../person-form';\nimport { navigate } from '../../../app/route';"],
      ['renderer/features/people/person-form.ts', 'export const f = 1;'],
      ['renderer/app/route.ts', 'export const navigate = 1;'],
      ['renderer/ui/x.ts', "export { f as x } from '../features/people/person-form';"],
      ['renderer/app/ForumPage.tsx', "import { SearchPanel } from '../features/search/SearchPanel';"],
    ]);
    expect(boundaryViolations(sources)).toEqual([
      "renderer/features/notes/NotesPanel.tsx → '../search/SearchPanel' (renderer/features/search/SearchPanel.tsx)",
      "renderer/features/people/checkin/CheckInPanel.tsx → '../../../app/route' (renderer/app/route.ts)",
      "renderer/ui/x.ts → '../features/people/person-form' (renderer/features/people/person-form.ts)",
    ]);
  });
});
