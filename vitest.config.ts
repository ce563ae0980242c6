import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      // One module graph for all unit files (no test mocks a module; the few that set an
      // environment variable unset it): 57 s to 35 s, most of it importing the same modules again.
      // npm test runs them beside the type check (scripts/test-all.mjs), where a test that starts
      // a few processes can take several times its 2 s.
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node', isolate: false, maxWorkers: 2, testTimeout: 30_000 } },
      {
        // Real `astro build` runs over copies of content/ with one bad file each.
        // Each build keeps about one core busy: the files run side by side, and the bad-content
        // builds three at a time (describe.concurrent).
        test: { name: 'content', include: ['tests/content/**/*.test.ts'], testTimeout: 240_000, hookTimeout: 300_000, fileParallelism: true, maxWorkers: 3, maxConcurrency: 3 },
      },
      {
        // Headless Chromium against the built dist/ served on localhost. Two files at a time: the
        // crawl of every page keeps both cores busy, the other files about two thirds of them
        // (fixture builds on one core, a browser waiting on a page), so they share the machine.
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 600_000,
          fileParallelism: true,
          maxWorkers: 2,
        },
      },
    ],
  },
});
