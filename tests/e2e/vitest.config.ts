import { defineConfig } from 'vitest/config';

// Browser tests run one file at a time: the machine has two cores and each file drives a real Chromium.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
