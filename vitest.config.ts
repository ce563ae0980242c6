import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' } },
      {
        // Real `astro build` runs over copies of content/ with one bad file each.
        // Each build keeps about one core busy: the files run side by side, and the bad-content
        // builds three at a time (describe.concurrent).
        test: { name: 'content', include: ['tests/content/**/*.test.ts'], testTimeout: 240_000, hookTimeout: 300_000, fileParallelism: true, maxWorkers: 3, maxConcurrency: 3 },
      },
      {
        // Headless Chromium against the built dist/ served on localhost. One file at a time: a
        // browser keeps both cores of the CI machine busy, and two at once took as long in all.
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
