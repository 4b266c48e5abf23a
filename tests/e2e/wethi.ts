/**
 * What the tests use to reach Wethi: the contract over the same HTTP API the UI uses (to set up
 * data and to read results back), opening routes in a page, and saving screenshots.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, type Page } from '@playwright/test';
import type { Input, OpName, Output, Result } from '../../shared/contract';
import { phaseOf } from '../../renderer/app/forum-phases';
import type { ForumTab } from '../../renderer/ui/route';
import { ENV_ORIGIN, ENV_TOKEN } from './global-setup';
import { ROOT } from './host';

export const SCREENSHOTS = path.join(ROOT, 'test-results', 'screenshots');

export interface Wethi {
  origin: string;
  token: string;
  call<K extends OpName>(op: K, input: Input<K>): Promise<Output<K>>;
  /** Opens a route (e.g. `?forum=ID&tab=checkin`) the way the printed link does: token in the fragment. */
  open(page: Page, search?: string): Promise<void>;
}

export function wethiAt(origin: string, token: string): Wethi {
  return {
    origin,
    token,
    async call(op, input) {
      const response = await fetch(`${origin}/api/${op}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify(input),
      });
      const result = (await response.json()) as Result<never>;
      if (!result.ok) throw new Error(`${op} failed: ${result.error.code} ${result.error.message}`);
      return result.value;
    },
    async open(page, search = '') {
      await page.goto(`${origin}/${search}#token=${token}`);
    },
  };
}

/** The host the global setup started for this run. */
export function sharedWethi(): Wethi {
  const origin = process.env[ENV_ORIGIN];
  const token = process.env[ENV_TOKEN];
  if (!origin || !token) throw new Error('global setup did not start the host');
  return wethiAt(origin, token);
}

/** A full-page PNG under test-results/screenshots/, taken once the Thai font has loaded. */
export async function shot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  await page.evaluate(() => document.fonts.ready);
  // Notifications slide in and out; a screenshot mid-animation is blurred.
  await page.waitForTimeout(350);
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/**
 * Opens a screen of the forum page as a facilitator does with the mouse: its tab when its phase
 * is open, otherwise the phase first (which opens on the screen last used in it), then the tab.
 */
export async function openTab(page: Page, tab: ForumTab): Promise<void> {
  const list = page.getByTestId('forum-tabs');
  await expect(list.getByRole('tab', { selected: true })).toBeVisible();
  const target = list.locator(`[role="tab"][data-tab="${tab}"]`);
  if ((await target.count()) === 0) {
    await list.locator(`[role="tab"][data-phase="${phaseOf(tab)}"]`).click();
    await expect(target).toBeVisible();
  }
  await target.click();
  await expect(target).toHaveAttribute('aria-selected', 'true');
}

/** A unique-enough suffix so tests sharing one database never see each other's forums. */
/**
 * Holds back the page's calls to one operation (a busy laptop's host, slow to answer) until the
 * returned function is called; calls made after that go through at once.
 */
export async function holdCalls(page: Page, op: OpName): Promise<() => void> {
  const waiting: (() => void)[] = [];
  let released = false;
  // Not unrouted on release: that would answer the held calls before they continue. A later
  // hold of the same operation is matched first (the newest route wins) and continues the call.
  await page.route(`**/api/${op}`, async (route) => {
    if (!released) await new Promise<void>((resolve) => waiting.push(resolve));
    await route.continue();
  });
  return () => {
    released = true;
    for (const resolve of waiting.splice(0)) resolve();
  };
}

export const uniq = () => Math.random().toString(36).slice(2, 7);

export async function makeForum(wethi: Wethi, draft: Partial<Input<'forums.create'>> = {}) {
  return wethi.call('forums.create', { title: `เวทีทดสอบ ${uniq()}`, date: '2026-11-23', startTime: '09:00', endTime: '12:00', venue: 'ศาลาการเปรียญวัดบ้านโนน', ...draft });
}

export async function addPerson(wethi: Wethi, forumId: string, person: Input<'people.create'>, opts: { checkIn?: boolean } = {}) {
  const created = await wethi.call('people.create', person);
  await wethi.call(opts.checkIn ? 'attendance.checkIn' : 'attendance.register', { forumId, personId: created.id });
  return created;
}
