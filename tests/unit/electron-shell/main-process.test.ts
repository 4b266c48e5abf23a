/**
 * The real main-process bundle (out/main/index.cjs as esbuild makes it), run under Node against
 * a stand-in `electron` module and the real core. Covers the shell's wiring where the Electron
 * binary is unavailable; tests/electron runs the same checks in real Electron where it exists.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildShell } from '../../../scripts/build-shell.mjs';
import { ROOT } from '../../../scripts/electron-binary.mjs';
import { IPC_EVENTS, IPC_OPEN_PROJECTOR, ipcChannel } from '../../../shared/bridge';
import { contract, type OpName } from '../../../shared/contract';
import { createFakeElectron, type FakeElectron } from './fake-electron';

const laptop = { id: 1, bounds: { x: 0, y: 0, width: 1366, height: 768 }, workArea: { x: 0, y: 0, width: 1366, height: 728 } };
const projectorScreen = { id: 2, bounds: { x: 1366, y: 0, width: 1920, height: 1080 }, workArea: { x: 1366, y: 0, width: 1920, height: 1040 } };
const displays: unknown[] = [laptop];

const ours = { senderFrame: { url: 'app://wethi/' } };
const theirs = { senderFrame: { url: 'https://evil.example/' } };

let base: string;
let userData: string;
let fake: FakeElectron;

async function waitFor(condition: () => boolean, what: string): Promise<void> {
  const until = Date.now() + 15_000;
  while (!condition()) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

const call = (op: OpName | string, input: unknown, event: unknown = ours) => {
  const handler = fake.ipcHandlers.get(ipcChannel(op as OpName));
  if (!handler) throw new Error(`no IPC handler for ${op}`);
  return handler(event, input) as Promise<{ ok: boolean; value?: unknown; error?: { code: string } }>;
};

beforeAll(async () => {
  base = fs.mkdtempSync(path.join(os.tmpdir(), 'wethi-main-'));
  userData = path.join(base, 'user-data');
  const out = path.join(base, 'out');
  await buildShell({ outDir: out });
  fs.mkdirSync(path.join(out, 'renderer', 'assets'), { recursive: true });
  fs.writeFileSync(path.join(out, 'renderer', 'index.html'), '<!doctype html><title>Wethi</title>');
  fs.writeFileSync(path.join(out, 'renderer', 'assets', 'app.js'), 'void 0;');
  // Under Node the Node build of better-sqlite3 is the right ABI; it stands in for the Electron build.
  const binding = path.join(out, 'native', 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node');
  fs.mkdirSync(path.dirname(binding), { recursive: true });
  fs.copyFileSync(path.join(ROOT, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node'), binding);
  fs.mkdirSync(path.join(base, 'node_modules', 'electron'), { recursive: true });
  fs.writeFileSync(path.join(base, 'node_modules', 'electron', 'index.js'), 'module.exports = globalThis.__wethiFakeElectron;\n');
  fs.symlinkSync(path.join(ROOT, 'node_modules', 'better-sqlite3'), path.join(base, 'node_modules', 'better-sqlite3'), 'junction');

  fake = createFakeElectron({ userDataDefault: path.join(base, 'default-user-data'), displays });
  (globalThis as Record<string, unknown>).__wethiFakeElectron = fake.electron;
  process.env.WETHI_USER_DATA = userData;
  createRequire(import.meta.url)(path.join(out, 'main', 'index.cjs'));
  await waitFor(() => fake.windows.length > 0 || fake.exitCode !== null, 'the control window');
  if (fake.exitCode !== null) throw new Error(`main exited: ${fake.errors.join('; ')}`);
}, 60_000);

afterAll(() => {
  fake?.electron.app.emit('will-quit');
  delete process.env.WETHI_USER_DATA;
  if (base) fs.rmSync(base, { recursive: true, force: true });
});

describe('start-up', () => {
  it('sets name, data folder, sandbox and the app:// privileges before the app is ready', () => {
    const ready = fake.calls.indexOf('whenReady');
    for (const step of ['setName:Wethi', 'setPath:userData', 'enableSandbox', 'registerSchemesAsPrivileged', 'requestSingleInstanceLock']) {
      expect(fake.calls.indexOf(step), step).toBeGreaterThanOrEqual(0);
      expect(fake.calls.indexOf(step), step).toBeLessThan(ready);
    }
    expect(fake.privilegedSchemes).toEqual([{ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }]);
    expect(fake.paths.userData).toBe(userData);
    expect(fs.existsSync(path.join(userData, 'wethi.db'))).toBe(true);
  });

  it('opens the control window on app://, isolated and sandboxed, with the bundled preload', () => {
    const [control] = fake.windows;
    expect(control?.webContents.getURL()).toBe('app://wethi/');
    expect(control?.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true });
    const preload = String(control?.options.webPreferences.preload);
    expect(preload).toBe(path.join(base, 'out', 'preload', 'index.cjs'));
    expect(fs.existsSync(preload)).toBe(true);
  });

  it('installs a bilingual menu', () => {
    const labels = JSON.stringify(fake.menu);
    for (const label of ['แฟ้ม (File)', 'สำรองข้อมูลตอนนี้ (Back up now)', 'เปิดโฟลเดอร์ข้อมูล (Open data folder)', 'หน้าจอโปรเจกเตอร์ (Projector window)', 'ช่วยเหลือ (Help)']) {
      expect(labels).toContain(label);
    }
  });
});

describe('IPC', () => {
  it('has exactly one channel per contract operation, plus the projector', () => {
    const expected = [...Object.keys(contract).map((op) => ipcChannel(op as OpName)), IPC_OPEN_PROJECTOR];
    expect([...fake.ipcHandlers.keys()].sort()).toEqual(expected.sort());
  });

  it('creates and lists a forum, and pushes the change to the windows', async () => {
    const created = await call('forums.create', { title: 'เวทีประชาคมหมู่ 3', date: '2026-11-23' });
    expect(created).toMatchObject({ ok: true, value: { title: 'เวทีประชาคมหมู่ 3', status: 'planned' } });
    const id = (created.value as { id: string }).id;
    const listed = await call('forums.list', {});
    expect(listed.ok && (listed.value as { id: string }[]).map((f) => f.id)).toContain(id);
    const pushed = fake.windows[0]?.webContents.sent.filter((m) => m.channel === IPC_EVENTS) ?? [];
    expect(pushed.some((m) => (m.payload as { forumId: string | null }).forumId === id)).toBe(true);
  });

  it('refuses callers that are not our pages, and changes nothing', async () => {
    const before = await call('forums.list', {});
    for (const event of [theirs, { senderFrame: null }, { senderFrame: { url: 'app://wethi.evil/' } }]) {
      const refused = await call('forums.create', { title: 'x', date: '2026-01-01' }, event);
      expect(refused).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    }
    expect(await call('forums.list', {})).toEqual(before);
  });

  it('rejects a bad payload with the schema error', async () => {
    expect(await call('forums.create', { title: '', date: 'yesterday' })).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(await call('forums.get', { id: 'not-a-uuid' })).toMatchObject({ ok: false, error: { code: 'validation' } });
  });
});

describe('projector window', () => {
  const open = (forumId: unknown, event: unknown = ours) => fake.ipcHandlers.get(IPC_OPEN_PROJECTOR)?.(event, forumId);

  it('opens as an ordinary window when there is one screen', async () => {
    const forum = await call('forums.create', { title: 'จอ', date: '2026-11-23' });
    const id = (forum.value as { id: string }).id;
    expect(await open(id)).toEqual({ ok: true, value: null });
    const projector = fake.windows[1];
    expect(projector?.webContents.getURL()).toBe(`app://wethi/projector?forum=${id}`);
    expect(projector?.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false });
    projector?.emit('ready-to-show');
    expect(projector?.shown).toBe(true);
    expect(projector?.fullScreen).toBe(false);
  });

  it('reuses the window for another forum and ignores a malformed id', async () => {
    const other = '0195b0a2-3c4d-7e8f-9a0b-1c2d3e4f5a6b';
    await open(other);
    expect(fake.windows).toHaveLength(2);
    expect(fake.windows[1]?.webContents.getURL()).toBe(`app://wethi/projector?forum=${other}`);
    await open('../../etc');
    expect(fake.windows[1]?.webContents.getURL()).toBe(`app://wethi/projector?forum=${other}`);
  });

  it('refuses a request from a foreign frame', async () => {
    fake.windows[1]?.close();
    expect(await open(null, theirs)).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    expect(fake.windows).toHaveLength(2);
  });

  it('goes full screen on the second display when a projector is connected', async () => {
    displays.push(projectorScreen);
    await open(null);
    const projector = fake.windows[2];
    expect(projector?.options).toMatchObject(projectorScreen.bounds);
    projector?.emit('ready-to-show');
    expect(projector?.fullScreen).toBe(true);
  });
});

describe('app:// protocol', () => {
  const get = (url: string, method = 'GET') => {
    const handler = fake.protocolHandlers.get('app');
    if (!handler) throw new Error('app:// not served');
    return handler(new Request(url, { method }));
  };

  it('serves routes as index.html with the CSP', async () => {
    const res = await get('app://wethi/projector?forum=x');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(await res.text()).toContain('<title>Wethi</title>');
  });

  it('serves assets and refuses traversal and writes', async () => {
    expect((await get('app://wethi/assets/app.js')).headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect((await get('app://wethi/..%2f..%2fuser-data%2fwethi.db')).status).toBe(403);
    expect((await get('app://wethi/assets/nope.js')).status).toBe(404);
    expect((await get('app://wethi/', 'POST')).status).toBe(405);
  });
});

describe('navigation and permissions', () => {
  const contents = () => {
    const wc = fake.windows[0]?.webContents;
    if (!wc) throw new Error('no control window');
    return wc;
  };
  const navigate = (event: 'will-navigate' | 'will-redirect', url: string) => {
    let prevented = false;
    contents().emit(event, { url, preventDefault: () => (prevented = true) });
    return prevented;
  };

  it('keeps the window on app:// and sends web links to the system browser', () => {
    expect(navigate('will-navigate', 'app://wethi/forums')).toBe(false);
    expect(navigate('will-navigate', 'https://example.com/')).toBe(true);
    expect(navigate('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(navigate('will-redirect', 'https://example.com/elsewhere')).toBe(true);
    expect(fake.opened).toEqual(['https://example.com/']);
  });

  it('denies every new window', () => {
    const handler = contents().windowOpenHandler;
    expect(handler?.({ url: 'https://www.dla.go.th/' })).toEqual({ action: 'deny' });
    expect(handler?.({ url: 'app://wethi/projector' })).toEqual({ action: 'deny' });
    expect(handler?.({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' });
    expect(fake.opened).toEqual(['https://example.com/', 'https://www.dla.go.th/']);
  });

  it('denies permission requests except clipboard writes from our pages', () => {
    const decide = (permission: string, url: string) => {
      let granted: boolean | null = null;
      fake.sessionHandlers.request?.({ getURL: () => url }, permission, (ok: boolean) => (granted = ok));
      return granted;
    };
    expect(decide('media', 'app://wethi/')).toBe(false);
    expect(decide('geolocation', 'app://wethi/')).toBe(false);
    expect(decide('clipboard-sanitized-write', 'app://wethi/')).toBe(true);
    expect(fake.sessionHandlers.check?.({}, 'clipboard-sanitized-write', 'app://wethi')).toBe(true);
    expect(fake.sessionHandlers.check?.({}, 'notifications', 'app://wethi')).toBe(false);
  });

  it('closes the projector with the control window', () => {
    const projector = fake.windows[2];
    fake.windows[0]?.close();
    expect(projector?.isDestroyed()).toBe(true);
  });
});
