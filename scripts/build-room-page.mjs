/**
 * Builds the phone page (room-page/): one HTML file with its CSS inline and one minified script,
 * for old phones over a weak Wi-Fi. No framework, no font, no external asset. `npm run build`
 * writes out/room-page; the room server builds it in memory when running from source.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { ROOT } from './electron-binary.mjs';

/** Android Chrome and iOS Safari of the last five years (iOS 14.5, 2021, and later). */
export const PHONE_TARGETS = ['chrome80', 'ios14.5', 'safari14.1', 'firefox78'];

export async function buildRoomPage({ root = ROOT, outDir = null } = {}) {
  const result = await build({
    entryPoints: [path.join(root, 'room-page', 'main.ts')],
    bundle: true,
    minify: true,
    format: 'iife',
    target: PHONE_TARGETS,
    write: false,
    legalComments: 'none',
    charset: 'utf8',
    logLevel: 'silent',
    absWorkingDir: root,
  });
  const js = result.outputFiles[0].text;
  const html = fs.readFileSync(path.join(root, 'room-page', 'index.html'), 'utf8');
  if (outDir) {
    fs.mkdirSync(outDir, { recursive: true });
    fs.writeFileSync(path.join(outDir, 'phone.js'), js);
    fs.writeFileSync(path.join(outDir, 'index.html'), html);
  }
  return { html, js };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { html, js } = await buildRoomPage({ outDir: path.join(ROOT, 'out', 'room-page') });
  console.log(`Phone page built: out/room-page (${html.length + js.length} bytes before gzip)`);
}
