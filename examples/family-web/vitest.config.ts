import { defineConfig } from 'vitest/config';

/** Unit tests of the flow logic and browser tests of the built app, both in Node (the browser is driven, not hosted). */
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'e2e/**/*.e2e.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // One browser at a time: the machine has two cores and the screenshots are shared files.
    fileParallelism: false,
  },
});
