import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/globalSetup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // e2e and crash tests start processes and browsers; two cores on our machines.
    fileParallelism: true,
    maxWorkers: 2,
  },
});
