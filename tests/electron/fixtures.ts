/** Launches the built shell with its own user-data folder per test and hands over its first window. */
import { test as base, _electron, type ElectronApplication, type Page } from '@playwright/test';
import { ROOT } from '../../scripts/electron-binary.mjs';
import type { WethiBridge } from '../../shared/bridge';
import { shellStatus } from './shell-status';

export interface Shell {
  app: ElectronApplication;
  page: Page;
  userData: string;
}

export const status = shellStatus();

export const test = base.extend<{ shell: Shell }>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright reads fixture dependencies from this destructuring.
  shell: async ({}, use, testInfo) => {
    if (!status.ready) throw new Error(status.reason);
    const userData = testInfo.outputPath('user-data');
    const env: Record<string, string> = {};
    for (const [key, value] of Object.entries(process.env)) if (value !== undefined && key !== 'ELECTRON_RUN_AS_NODE') env[key] = value;
    env.WETHI_USER_DATA = userData;
    // Chromium will not start as root with its OS sandbox (CI containers run as root); the
    // renderer sandbox asserted by the tests is Electron's and stays on.
    const asRoot = process.platform === 'linux' && process.getuid?.() === 0;
    const app = await _electron.launch({ executablePath: status.executable, args: [...(asRoot ? ['--no-sandbox'] : []), ROOT], cwd: ROOT, env });
    try {
      const page = await app.firstWindow();
      await page.waitForLoadState('domcontentloaded');
      await use({ app, page, userData });
    } finally {
      await app.close();
    }
  },
});

export { expect } from '@playwright/test';

/** `window.wethi` as the page sees it. */
export type WethiWindow = Window & { wethi: WethiBridge };

/** Replaces shell.openExternal in the main process so no real browser opens; returns a reader. */
export async function captureExternalLinks(app: ElectronApplication): Promise<() => Promise<string[]>> {
  await app.evaluate(({ shell }) => {
    const opened: string[] = [];
    (globalThis as unknown as { __wethiOpened: string[] }).__wethiOpened = opened;
    shell.openExternal = async (url: string) => {
      opened.push(url);
    };
  });
  return () => app.evaluate(() => [...(globalThis as unknown as { __wethiOpened: string[] }).__wethiOpened]);
}
