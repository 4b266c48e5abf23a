import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/{unit,core,server,cli}/**/*.test.ts'],
    // Builds out/cli, which the CLI tests run through bin/wethi.mjs.
    globalSetup: ['tests/cli/global-setup.ts'],
    // Native SQLite bindings are safest in separate processes.
    pool: 'forks',
    testTimeout: 30_000,
  },
});
