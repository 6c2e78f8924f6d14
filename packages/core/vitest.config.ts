import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Property tests run many evaluations; keep them inside a generous bound instead of the 5 s default.
    testTimeout: 60_000,
    // Two cores: run test files in parallel (the property files dominate the suite's time).
    maxWorkers: 2,
  },
});
