import { defineConfig } from 'vitest/config';

// Unit tests run in Node; the browser tests drive the built app (dist/) in Debian's Chromium.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    environment: 'node',
    testTimeout: 45_000,
    hookTimeout: 30_000,
  },
});
