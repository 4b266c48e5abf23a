/**
 * What `npm run dist` hands electron-builder, run as an installed app would run it. The app is
 * staged exactly as dist stages it (scripts/stage-app.mjs; only the packages are copied from
 * this checkout instead of downloaded), then laid out as an installation: the staged folder as
 * `resources/app.asar` (a folder here: Node cannot read an archive) and better-sqlite3 in
 * `resources/app.asar.unpacked`, the way the asarUnpack rule leaves it, with the native binary
 * present only there. All of it sits in a temp folder, the working directory moves there too, so
 * nothing can be found in the repository's own node_modules or out/. The main bundle then starts
 * against the stand-in `electron`, isPackaged, opens its database, runs the migrations, serves
 * the renderer and prints the minutes through a real Chromium (the stand-in's printToPDF), and
 * Sarabun must be embedded in the PDF: a missing asset fails here, not at a user's first forum.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ROOT } from '../../../scripts/electron-binary.mjs';
import { copyInstalledDependencies, stageApp } from '../../../scripts/stage-app.mjs';
import { ipcChannel } from '../../../shared/bridge';
import type { OpName } from '../../../shared/contract';
import { createFakeElectron, type FakeElectron, type FakePrinter } from './fake-electron';

const ours = { senderFrame: { url: 'app://wethi/' } };
const NATIVE = path.join('node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node');

let base: string;
let resources: string;
let fake: FakeElectron;
let browser: Browser | null = null;
let cwd: string;
const printed: string[] = [];

/** Electron's printToPDF, played by the system Chromium on the page the shell loaded. */
const chromiumPrintToPdf: FakePrinter = async (url, options) => {
  printed.push(url);
  browser ??= await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'], headless: true });
  const page = await browser.newPage();
  try {
    await page.goto(url);
    return await page.pdf({
      format: options.pageSize as string,
      printBackground: options.printBackground === true,
      preferCSSPageSize: options.preferCSSPageSize === true,
    });
  } finally {
    await page.close();
  }
};

async function waitFor(condition: () => boolean, what: string): Promise<void> {
  const until = Date.now() + 30_000;
  while (!condition()) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

async function call<T>(op: OpName, input: unknown): Promise<T> {
  const handler = fake.ipcHandlers.get(ipcChannel(op));
  if (!handler) throw new Error(`no IPC handler for ${op}`);
  const result = (await handler(ours, input)) as { ok: boolean; value?: T; error?: { message: string } };
  if (!result.ok) throw new Error(`${op}: ${result.error?.message}`);
  return result.value as T;
}

beforeAll(async () => {
  base = fs.mkdtempSync(path.join(os.tmpdir(), 'wethi-packaged-'));
  const staged = await stageApp({ stage: path.join(base, 'staged'), install: (stage) => copyInstalledDependencies(stage) });

  // The installation: resources/app.asar holds the app; the native module is unpacked beside it.
  resources = path.join(base, 'install', 'resources');
  const asar = path.join(resources, 'app.asar');
  fs.mkdirSync(resources, { recursive: true });
  fs.renameSync(staged, asar);
  fs.cpSync(path.join(asar, 'node_modules', 'better-sqlite3'), path.join(resources, 'app.asar.unpacked', 'node_modules', 'better-sqlite3'), {
    recursive: true,
  });
  fs.rmSync(path.join(asar, NATIVE));

  // Electron's own module, which an installed app gets from Electron: above the installation.
  fs.mkdirSync(path.join(base, 'node_modules', 'electron'), { recursive: true });
  fs.writeFileSync(path.join(base, 'node_modules', 'electron', 'index.js'), 'module.exports = globalThis.__wethiFakeElectron;\n');

  fake = createFakeElectron({ userDataDefault: path.join(base, 'default-user-data'), printer: chromiumPrintToPdf });
  fake.electron.app.isPackaged = true;
  (process as { resourcesPath?: string }).resourcesPath = resources;
  (globalThis as Record<string, unknown>).__wethiFakeElectron = fake.electron;
  process.env.WETHI_USER_DATA = path.join(base, 'user-data');
  cwd = process.cwd();
  process.chdir(base);
  createRequire(import.meta.url)(path.join(asar, 'main', 'index.cjs'));
  await waitFor(() => fake.windows.length > 0 || fake.exitCode !== null, 'the control window');
  if (fake.exitCode !== null) throw new Error(`main exited: ${fake.errors.join('; ')}`);
}, 240_000);

afterAll(async () => {
  fake?.electron.app.emit('will-quit');
  await browser?.close();
  if (cwd) process.chdir(cwd);
  delete process.env.WETHI_USER_DATA;
  delete (process as { resourcesPath?: string }).resourcesPath;
  if (base) fs.rmSync(base, { recursive: true, force: true });
});

it('is staged with only its bundles and better-sqlite3, nothing of this checkout', () => {
  const asar = path.join(resources, 'app.asar');
  expect(fs.readdirSync(asar).sort()).toEqual(['main', 'node_modules', 'package.json', 'preload', 'renderer', 'room-page']);
  const manifest = JSON.parse(fs.readFileSync(path.join(asar, 'package.json'), 'utf8'));
  expect(Object.keys(manifest.dependencies)).toEqual(['better-sqlite3']);
  // The bundle loads no module from outside the installation (Electron's own excepted).
  const loaded = Object.keys(createRequire(import.meta.url).cache).filter((file) => file.includes(`${path.sep}app.asar`));
  expect(loaded.length).toBeGreaterThan(0);
  // This test's own process loads the checkout's better-sqlite3 too (the fake Electron's helpers),
  // so what counts is where the bundle resolves it from, and that nothing is read from out/.
  const fromBundle = createRequire(path.join(asar, 'main', 'index.cjs')).resolve('better-sqlite3');
  expect(fromBundle.startsWith(resources)).toBe(true);
  const fromCheckout = Object.keys(createRequire(import.meta.url).cache).filter((file) => file.startsWith(path.join(ROOT, 'out')));
  expect(fromCheckout).toEqual([]);
});

it('opens its database in the data folder with every migration applied', async () => {
  const forum = await call<{ id: string }>('forums.create', { title: 'เวทีประชาคมหมู่ 3 บ้านหนองบัว', date: '2026-02-14' });
  expect(forum.id).toMatch(/^[0-9a-f-]{36}$/);
  const { migrations } = await import('../../../electron/core/store/migrations');
  const db = new Database(path.join(base, 'user-data', 'wethi.db'), { readonly: true });
  try {
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.length);
  } finally {
    db.close();
  }
});

it('serves the renderer and its scripts from the installation', async () => {
  const handler = fake.protocolHandlers.get('app');
  if (!handler) throw new Error('app:// is not served');
  const index = await handler(new Request('app://wethi/'));
  expect(index.status).toBe(200);
  const html = await index.text();
  const assets = [...html.matchAll(/(?:src|href)="(?:\.?\/)?(assets\/[^"]+)"/g)].map((m) => m[1]);
  expect(assets.length).toBeGreaterThan(0);
  for (const asset of assets) expect((await handler(new Request(`app://wethi/${asset}`))).status, asset).toBe(200);
});

it('prints the minutes through Chromium with Sarabun embedded', async () => {
  const [forum] = await call<{ id: string }[]>('forums.list', {});
  if (!forum) throw new Error('no forum');
  const file = await call<{ base64: string; pages: number }>('reports.export', { forumId: forum.id, format: 'pdf' });
  expect(printed.at(-1)).toMatch(/^file:.*minutes\.html$/);
  const pdf = path.join(base, 'minutes.pdf');
  fs.writeFileSync(pdf, Buffer.from(file.base64, 'base64'));
  expect(file.pages).toBeGreaterThan(0);
  const fonts = execFileSync('pdffonts', [pdf], { encoding: 'utf8' });
  expect(fonts).toMatch(/Sarabun/);
  // Every font is embedded (the "emb" column), so the PDF reads the same on every machine.
  const rows = fonts.split('\n').slice(2).filter(Boolean);
  for (const row of rows) expect(row.split(/\s+/).at(-5), row).toBe('yes');
  expect(execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' })).toContain('บ้านหนองบัว');
  // The page was a temporary file, gone once printed.
  expect(fs.existsSync(fileURLToPath(printed.at(-1) ?? ''))).toBe(false);
});

it("opens the room for phones and serves the phone page, its font and a ballot from the installation", async () => {
  const [forum] = await call<{ id: string }[]>('forums.list', {});
  if (!forum) throw new Error('no forum');
  const poll = await call<{ id: string }>('polls.create', { forumId: forum.id, title: 'เห็นชอบแผนพัฒนาหมู่บ้าน', method: 'yes_no' });
  await call('polls.open', { id: poll.id });
  const status = await call<{ room: { plainUrl: string; code: string } }>('room.open', { forumId: forum.id, host: '127.0.0.1', port: 0 });
  try {
    const base = status.room.plainUrl;
    const page = await fetch(`${base}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('phone.js');
    expect((await fetch(`${base}/phone.js`)).status).toBe(200);
    expect((await fetch(`${base}/fonts/sarabun-thai-400.woff2`)).headers.get('content-type')).toBe('font/woff2');
    const { voterToken } = (await (await fetch(`${base}/room/join`, { method: 'POST', body: JSON.stringify({ code: status.room.code }) })).json()) as { voterToken: string };
    const ballot = await fetch(`${base}/room/ballots`, {
      method: 'POST',
      headers: { authorization: `Bearer ${voterToken}` },
      body: JSON.stringify({ ballotId: 'ab'.repeat(16), pollId: poll.id, ballot: { choice: 'yes' } }),
    });
    expect(await ballot.json()).toMatchObject({ status: 'stored' });
    expect((await call<{ yesNo: { yes: number } }>('polls.results', { id: poll.id })).yesNo.yes).toBe(1);
  } finally {
    await call('room.close', { forumId: forum.id });
  }
});
