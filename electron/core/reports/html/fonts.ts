/**
 * Sarabun (OFL, the open redesign of TH Sarabun) as base64 @font-face rules, so the minutes page
 * carries its own font: the PDF looks the same on every machine and the preview needs no server.
 * Regular and bold, Thai and Latin subsets (the same files the UI ships). Read once per process.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { AppError } from '../../errors';

const SUBSETS = [
  { name: 'thai', range: 'U+02D7,U+0303,U+0331,U+0E01-0E5B,U+200C-200D,U+25CC' },
  {
    name: 'latin',
    range: 'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD',
  },
] as const;
const WEIGHTS = [400, 700] as const;

// `__dirname` in the bundled Electron main (CommonJS), `import.meta.dirname` under tsx and vitest.
const here = typeof __dirname === 'string' ? __dirname : import.meta.dirname;

/** Folders that may hold the woff2 files: the package in node_modules, or the built renderer's assets (hashed names). */
function candidateDirs(): string[] {
  const dirs: string[] = [];
  for (const from of [path.join(here, 'x'), path.join(process.cwd(), 'x')]) {
    try {
      dirs.push(path.join(path.dirname(createRequire(from).resolve('@fontsource/sarabun/package.json')), 'files'));
    } catch {
      // Not installed beside this file: the packaged app has only the renderer's copy.
    }
  }
  dirs.push(path.join(here, '..', 'renderer', 'assets'), path.join(process.cwd(), 'out', 'renderer', 'assets'));
  return dirs;
}

function findFont(dirs: string[], base: string): string | null {
  for (const dir of dirs) {
    const exact = path.join(dir, `${base}.woff2`);
    if (fs.existsSync(exact)) return exact;
    // Vite names them sarabun-thai-400-normal-<hash>.woff2.
    const hashed = fs.existsSync(dir) ? fs.readdirSync(dir).find((f) => f.startsWith(`${base}-`) && f.endsWith('.woff2')) : undefined;
    if (hashed) return path.join(dir, hashed);
  }
  return null;
}

/** One Sarabun woff2 file (`sarabun-thai-400-normal`), wherever it is installed; null if nowhere. The room's phone page serves these too. */
export const sarabunFile = (base: string): string | null => findFont(candidateDirs(), base);

let cached: string | null = null;

/** The @font-face rules for font-family "Sarabun". */
export function sarabunFontFaces(): string {
  if (cached) return cached;
  const dirs = candidateDirs();
  const rules: string[] = [];
  for (const weight of WEIGHTS) {
    for (const subset of SUBSETS) {
      const base = `sarabun-${subset.name}-${weight}-normal`;
      const file = findFont(dirs, base);
      if (!file) throw new AppError('internal', 'error.internal', `the Sarabun font (${base}.woff2) was not found in ${dirs.join(', ')}`);
      const data = fs.readFileSync(file).toString('base64');
      rules.push(
        `@font-face{font-family:"Sarabun";font-style:normal;font-weight:${weight};src:url(data:font/woff2;base64,${data}) format("woff2");unicode-range:${subset.range}}`,
      );
    }
  }
  cached = rules.join('\n');
  return cached;
}
