import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/{unit,core,server,cli}/**/*.test.ts'],
    // Native SQLite bindings are safest in separate processes.
    pool: 'forks',
    testTimeout: 30_000,
  },
});
