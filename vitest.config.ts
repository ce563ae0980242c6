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
        // Each build keeps about one core busy: two files side by side, and the bad-content builds
        // two at a time (describe.concurrent). Three and three kept more builds than cores going:
        // 130 s against 118 s for the whole project on 2 cores.
        test: { name: 'content', include: ['tests/content/**/*.test.ts'], testTimeout: 240_000, hookTimeout: 300_000, fileParallelism: true, maxWorkers: 2, maxConcurrency: 2 },
      },
      {
        // Headless Chromium against the built dist/ served on localhost. Two files at a time: each
        // keeps one to one and a half cores busy (a browser, its page, a fixture build), and the
        // crawl of every page opens one page at a time beside the others (tests/e2e/site.test.ts).
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
