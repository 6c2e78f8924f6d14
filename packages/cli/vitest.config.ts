import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The tests run the built binary; build it once before any test starts.
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 60_000,
  },
});
