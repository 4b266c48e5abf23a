/**
 * Playwright `_electron` tests of the real desktop shell. Where the Electron binary is missing
 * every test is reported as skipped with the reason (the list reporter names the tests, the
 * skip-reason reporter prints why).
 */
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  globalSetup: './global-setup.ts',
  outputDir: '../../test-results/electron',
  reporter: [['list'], ['./skip-reason-reporter.ts']],
  // One Electron app at a time: each launch is a whole browser.
  workers: 1,
  fullyParallel: false,
  timeout: 60_000,
  expect: { timeout: 10_000 },
});
