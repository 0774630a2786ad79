import { defineConfig } from 'vitest/config';

/**
 * Three projects: `node` (pure core and server over real HTTP/SQLite), `chromium` (real browser via
 * Playwright with the system Chromium) and `firefox` (Firefox ESR via puppeteer-core over WebDriver
 * BiDi). Browser files run one at a time, and only after the node project, Firefox after Chromium
 * (groupOrder): two cores are shared, and the soak and the browser runs would starve each other.
 */
export default defineConfig({
  test: {
    reporters: ['default', './scripts/summary-reporter.ts'],
    // Server processes run the compiled server: build it from the current sources once per run.
    globalSetup: ['./packages/test-kit/src/build-server.ts'],
    projects: [
      {
        test: {
          name: 'node',
          sequence: { groupOrder: 0 },
          include: [
            'packages/*/src/**/*.test.ts',
            'packages/*/test/**/*.test.ts',
            'test/**/*.test.ts',
            'grafana/**/*.test.ts',
          ],
          exclude: ['**/*.chromium.test.ts', '**/*.firefox.test.ts', '**/node_modules/**'],
          environment: 'node',
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'chromium',
          sequence: { groupOrder: 1 },
          include: ['packages/*/test/**/*.chromium.test.ts', 'test/**/*.chromium.test.ts'],
          environment: 'node',
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'firefox',
          sequence: { groupOrder: 2 },
          include: ['packages/*/test/**/*.firefox.test.ts', 'test/**/*.firefox.test.ts'],
          environment: 'node',
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
