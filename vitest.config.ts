/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Astro's Vite config, so tests resolve modules the way the site does.
export default getViteConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    // The CLI tests start Node processes; on a busy two-core machine one takes 20-30 s.
    testTimeout: 90_000,
  },
});
