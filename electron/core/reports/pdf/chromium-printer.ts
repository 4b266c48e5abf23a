/**
 * The PDF printer of the local host and the CLI: the system's Chromium (or Chrome, or Edge),
 * driven by playwright-core. One browser serves every print of the process; it starts on the
 * first print and ends on `close()` (the core's close) or when the process exits.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { AppError } from '../../errors';
import type { PdfPrinter } from './printer';

export const CHROMIUM_ENV = 'WETHI_CHROMIUM';

// Named at run time so the Electron bundle leaves playwright-core out: the app prints with its own Chromium.
const PLAYWRIGHT = 'playwright-core';

const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** Where Chromium-family browsers are installed by default, most likely first. */
function wellKnownPaths(): string[] {
  if (process.platform === 'win32') {
    const roots = [process.env.PROGRAMFILES, process.env['PROGRAMFILES(X86)'], process.env.LOCALAPPDATA].filter((r): r is string => !!r);
    return roots.flatMap((root) => [
      path.join(root, 'Google', 'Chrome', 'Application', 'chrome.exe'),
      path.join(root, 'Microsoft', 'Edge', 'Application', 'msedge.exe'),
      path.join(root, 'Chromium', 'Application', 'chrome.exe'),
    ]);
  }
  if (process.platform === 'darwin') {
    return [
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
      '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
    ];
  }
  return ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/usr/bin/microsoft-edge', '/snap/bin/chromium'];
}

export function chromiumMissing(tried: string[]): AppError {
  return new AppError(
    'not_found',
    'error.chromium_missing',
    `No Chromium was found to print the PDF (tried: ${tried.join(', ')}). Install Chromium, Google Chrome or Microsoft Edge, ` +
      `or set ${CHROMIUM_ENV} to its executable; or export the minutes as DOCX instead (--format docx).`,
    { tried },
  );
}

/** The executable to use: the option, else WETHI_CHROMIUM, else the first well-known path that exists. */
export function findChromium(executablePath?: string): string {
  const chosen = executablePath ?? process.env[CHROMIUM_ENV];
  if (chosen) {
    if (!fs.existsSync(chosen)) throw chromiumMissing([chosen]);
    return chosen;
  }
  const candidates = wellKnownPaths();
  const found = candidates.find((file) => fs.existsSync(file));
  if (!found) throw chromiumMissing(candidates);
  return found;
}

export function chromiumPrinter(options: { executablePath?: string } = {}): PdfPrinter {
  let browser: Promise<Browser> | null = null;
  let current: Browser | null = null;

  const start = async (): Promise<Browser> => {
    const executablePath = findChromium(options.executablePath);
    const { chromium } = (await import(PLAYWRIGHT)) as typeof import('playwright-core');
    const launched = await chromium.launch({ executablePath, args: FLAGS, headless: true }).catch((error: unknown) => {
      throw new AppError('internal', 'error.chromium_failed', `Chromium at ${executablePath} did not start: ${error instanceof Error ? error.message : String(error)}`);
    });
    // A crashed browser is forgotten, so the next print starts a fresh one.
    launched.on('disconnected', () => {
      if (current !== launched) return;
      browser = null;
      current = null;
    });
    current = launched;
    return launched;
  };

  const browserNow = (): Promise<Browser> => {
    if (!browser) {
      browser = start();
      // A failed start is not cached: the user may install Chromium and try again.
      browser.catch(() => {
        browser = null;
      });
    }
    return browser;
  };

  return {
    async print(html) {
      const context = await (await browserNow()).newContext({ javaScriptEnabled: false });
      try {
        const page = await context.newPage();
        await page.setContent(html, { waitUntil: 'load' });
        return await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
      } finally {
        await context.close();
      }
    },
    async close() {
      const pending = browser;
      browser = null;
      current = null;
      if (pending) await (await pending.catch(() => null))?.close();
    },
  };
}
