/**
 * The app cannot be replaced by a remote page: navigation away from app:// is stopped (web links
 * go to the system browser instead) and pages cannot open new windows.
 */
import { captureExternalLinks, expect, status, test } from './fixtures';

test.skip(!status.ready, status.ready ? '' : status.reason);

test('navigating to an external URL is denied and the link opens outside the app', async ({ shell }) => {
  const { app, page } = shell;
  const opened = await captureExternalLinks(app);
  const before = page.url();
  await page.evaluate(() => {
    window.location.href = 'https://example.com/';
  });
  await expect.poll(opened).toEqual(['https://example.com/']);
  expect(page.url()).toBe(before);
});

test('navigating to a local file is denied and not opened anywhere', async ({ shell }) => {
  const { app, page } = shell;
  const opened = await captureExternalLinks(app);
  const before = page.url();
  await page.evaluate(() => {
    window.location.href = 'file:///etc/passwd';
  });
  await page.waitForTimeout(500);
  expect(page.url()).toBe(before);
  expect(await opened()).toEqual([]);
});

test('window.open is denied', async ({ shell }) => {
  const { app, page } = shell;
  const opened = await captureExternalLinks(app);
  const handle = await page.evaluate(() => window.open('https://example.com/popup') === null);
  expect(handle).toBe(true);
  expect(await page.evaluate(() => window.open('app://wethi/projector') === null)).toBe(true);
  await expect.poll(opened).toEqual(['https://example.com/popup']);
  expect(app.windows()).toHaveLength(1);
});
