/**
 * The phone page: one small HTML file and one script (room-page/, built by esbuild), kept in
 * memory with their gzip forms. Read from the build (out/room-page) when it is there and up to
 * date; otherwise built on the spot (the CLI and tests run from source, without a build step).
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { sarabunFile } from '../core/reports/html/fonts';

export interface PageFile {
  body: Buffer;
  gzip: Buffer;
  type: string;
  etag: string;
}

export interface PhonePage {
  html: PageFile;
  js: PageFile;
  /** Sarabun, served by the laptop itself (no font from the internet): `sarabun-thai-400.woff2` → file. */
  fonts: Map<string, PageFile>;
}

/** The faces the page's CSS names; a phone downloads only the subsets its text needs (unicode-range). */
const FONT_FILES = ['thai-400', 'thai-700', 'latin-400', 'latin-700'];

function readFonts(): Map<string, PageFile> {
  const fonts = new Map<string, PageFile>();
  for (const face of FONT_FILES) {
    const found = sarabunFile(`sarabun-${face}-normal`);
    if (!found) continue;
    const body = fs.readFileSync(found);
    // woff2 is compressed already: no gzip form.
    fonts.set(`sarabun-${face}.woff2`, { body, gzip: body, type: 'font/woff2', etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 16)}"` });
  }
  return fonts;
}

const file = (text: string, type: string): PageFile => {
  const body = Buffer.from(text, 'utf8');
  return { body, gzip: gzipSync(body, { level: 9 }), type, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 16)}"` };
};

// `__dirname` in the bundled Electron main (CommonJS), `import.meta.dirname` under tsx and vitest.
const here = typeof __dirname === 'string' ? __dirname : import.meta.dirname;

/**
 * The project root of a checkout: the nearest folder above this file with the phone page's
 * sources (electron/room under tsx and vitest; out/cli/chunks in the built CLI).
 */
function sourceRoot(): string {
  for (let dir = here; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'room-page', 'main.ts')) && fs.existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) return path.resolve(here, '..', '..');
  }
}
const SOURCE_ROOT = sourceRoot();

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

let cached: Promise<PhonePage> | null = null;

/** `builtDir`: where a build put index.html and phone.js (the packaged app passes its own). */
export function loadPhonePage(builtDir?: string): Promise<PhonePage> {
  cached ??= load(builtDir).catch((error: unknown) => {
    cached = null;
    throw error;
  });
  return cached;
}

async function load(builtDir?: string): Promise<PhonePage> {
  const dir = builtDir ?? path.join(SOURCE_ROOT, 'out', 'room-page');
  const html = path.join(dir, 'index.html');
  const sources = path.join(SOURCE_ROOT, 'room-page');
  const stale = !fs.existsSync(html) || (fs.existsSync(sources) && newestSource(sources) > fs.statSync(html).mtimeMs);
  if (!stale) {
    return {
      html: file(fs.readFileSync(html, 'utf8'), 'text/html; charset=utf-8'),
      js: file(fs.readFileSync(path.join(dir, 'phone.js'), 'utf8'), 'text/javascript; charset=utf-8'),
      fonts: readFonts(),
    };
  }
  const script = path.join(SOURCE_ROOT, 'scripts', 'build-room-page.mjs');
  if (!fs.existsSync(script)) throw new Error(`the phone page is not built (${html}) and cannot be built here`);
  const { buildRoomPage } = (await import(pathToFileURL(script).href)) as { buildRoomPage(o: { root: string }): Promise<{ html: string; js: string }> };
  const built = await buildRoomPage({ root: SOURCE_ROOT });
  return { html: file(built.html, 'text/html; charset=utf-8'), js: file(built.js, 'text/javascript; charset=utf-8'), fonts: readFonts() };
}
