/**
 * Smoke test of the real desktop shell: isolated, sandboxed windows on app://, the contract over
 * IPC, schema validation at the boundary, and the projector window.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, status, test, type WethiWindow } from './fixtures';

test.skip(!status.ready, status.ready ? '' : status.reason);

test('the window opens on app:// with context isolation and the sandbox on', async ({ shell }) => {
  const { app, page, userData } = shell;
  expect(page.url()).toMatch(/^app:\/\/wethi\//);
  const seen = await page.evaluate(() => {
    const w = window as unknown as WethiWindow & { process?: unknown; require?: unknown };
    return {
      process: typeof w.process,
      require: typeof w.require,
      keys: Object.keys(w.wethi).sort(),
      types: Object.values(w.wethi).map((v) => typeof v),
    };
  });
  expect(seen).toEqual({ process: 'undefined', require: 'undefined', keys: ['invoke', 'onChange', 'openProjector'], types: ['function', 'function', 'function'] });
  // getLastWebPreferences is real but missing from Electron's typings; a removal would fail here, not pass.
  type Prefs = { contextIsolation?: boolean; sandbox?: boolean; nodeIntegration?: boolean; webSecurity?: boolean };
  const prefs = await app.evaluate(({ BrowserWindow }) =>
    BrowserWindow.getAllWindows().map((w) => {
      const p = (w.webContents as unknown as { getLastWebPreferences(): Prefs | null }).getLastWebPreferences();
      return { contextIsolation: p?.contextIsolation, sandbox: p?.sandbox, nodeIntegration: p?.nodeIntegration, webSecurity: p?.webSecurity };
    }),
  );
  expect(prefs).toEqual([{ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true }]);
  expect(fs.existsSync(path.join(userData, 'wethi.db'))).toBe(true);
});

test('IPC round trip: create a forum, list it, and hear the change', async ({ shell }) => {
  const result = await shell.page.evaluate(async () => {
    const { wethi } = window as unknown as WethiWindow;
    const changes: unknown[] = [];
    const unsubscribe = wethi.onChange((change) => changes.push(change));
    const created = await wethi.invoke('forums.create', { title: 'เวทีประชาคมหมู่ 3', date: '2026-11-23' });
    const listed = await wethi.invoke('forums.list', {});
    await new Promise((r) => setTimeout(r, 200));
    unsubscribe();
    return { created, listed, changes };
  });
  expect(result.created).toMatchObject({ ok: true, value: { title: 'เวทีประชาคมหมู่ 3' } });
  const id = result.created.ok ? (result.created.value as { id: string }).id : '';
  expect(result.listed.ok && (result.listed.value as { id: string }[]).map((f) => f.id)).toContain(id);
  expect(result.changes).toContainEqual(expect.objectContaining({ forumId: id }));
});

test('an invalid payload is rejected by the schema, an unknown operation by name', async ({ shell }) => {
  const result = await shell.page.evaluate(async () => {
    const { wethi } = window as unknown as WethiWindow;
    return {
      invalid: await wethi.invoke('forums.create', { title: '', date: 'tomorrow' }),
      unknown: await wethi.invoke('forums.dropAll' as never, {}),
      after: await wethi.invoke('forums.list', {}),
    };
  });
  expect(result.invalid).toMatchObject({ ok: false, error: { code: 'validation' } });
  expect(result.unknown).toMatchObject({ ok: false, error: { code: 'unknown_operation' } });
  expect(result.after).toEqual({ ok: true, value: [] });
});

test('the projector window opens for a forum, sandboxed as well', async ({ shell }) => {
  const { app, page } = shell;
  const id = await page.evaluate(async () => {
    const created = await (window as unknown as WethiWindow).wethi.invoke('forums.create', { title: 'จอโปรเจกเตอร์', date: '2026-11-23' });
    return created.ok ? (created.value as { id: string }).id : null;
  });
  expect(id).not.toBeNull();
  const [projector] = await Promise.all([app.waitForEvent('window'), page.evaluate((forumId) => (window as unknown as WethiWindow).wethi.openProjector(forumId ?? undefined), id)]);
  await projector.waitForLoadState('domcontentloaded');
  expect(projector.url()).toBe(`app://wethi/projector?forum=${id}`);
  expect(await projector.evaluate(() => typeof (window as unknown as { process?: unknown }).process)).toBe('undefined');
  expect(app.windows()).toHaveLength(2);
});

test('app:// sends the CSP and refuses paths outside the renderer', async ({ shell }) => {
  const result = await shell.page.evaluate(async () => {
    const page = await fetch('app://wethi/projector');
    const traversal = await fetch('app://wethi/..%2f..%2fpackage.json');
    return { csp: page.headers.get('content-security-policy'), status: page.status, traversal: traversal.status };
  });
  expect(result.status).toBe(200);
  expect(result.csp).toContain("default-src 'self'");
  expect(result.traversal).toBe(403);
});
