/**
 * The room in E2E: opened through the host's API on a LAN address of this machine when it has
 * one (so the phone page runs as it does in a hall: plain http, not a secure context), and
 * phones as separate mobile browser contexts, 360×640, touch.
 */
import type { Browser, BrowserContext, Page } from '@playwright/test';
import type { Wethi } from './wethi';

export const PHONE = {
  viewport: { width: 360, height: 640 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
  locale: 'th-TH',
  userAgent: 'Mozilla/5.0 (Linux; Android 11; SM-A125F) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Mobile Safari/537.36',
};

export async function openRoom(wethi: Wethi, forumId: string) {
  const { addresses } = await wethi.call('room.addresses', {});
  const lan = addresses.find((a) => a.address !== '127.0.0.1');
  const status = await wethi.call('room.open', { forumId, host: lan?.address ?? '127.0.0.1', port: 0 });
  const room = status.room;
  if (!room) throw new Error('the room did not open');
  return { ...room, lan: lan !== undefined, close: () => wethi.call('room.close', { forumId }) };
}

export interface Phone {
  context: BrowserContext;
  page: Page;
}

/** A phone as a new browser context: its own storage, its own connection. */
export async function newPhone(browser: Browser, url: string): Promise<Phone> {
  const context = await browser.newContext(PHONE);
  // On loopback the page would be a secure context: take away what a LAN address lacks.
  await context.addInitScript(() => {
    if (location.hostname === '127.0.0.1') {
      Object.defineProperty(Crypto.prototype, 'randomUUID', { value: undefined });
      Object.defineProperty(Crypto.prototype, 'subtle', { get: () => undefined });
    }
  });
  const page = await context.newPage();
  await page.goto(url);
  return { context, page };
}
