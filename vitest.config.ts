import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' } },
      {
        // Real `astro build` runs over copies of content/ with one bad file each.
        test: { name: 'content', include: ['tests/content/**/*.test.ts'], testTimeout: 240_000, hookTimeout: 240_000, fileParallelism: false },
      },
      {
        // Headless Chromium against the built dist/ served on localhost.
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 600_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
