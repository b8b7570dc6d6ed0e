import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Examples import the package by name; resolve it to src/ as tsc and tsx do (tsconfig paths).
  resolve: { tsconfigPaths: true },
  test: {
    include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
    testTimeout: 30_000,
    // Warns when no Chromium is found, as the browser tests are then skipped.
    globalSetup: ['test/browser/global-setup.ts'],
    // Collected and enforced whenever `--coverage` is given, as `npm test` (test:unit) does.
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      // A rule's tests sit in its folder; they are not library code.
      exclude: ['src/**/*.test.ts'],
      reporter: ['text-summary', 'json-summary', 'html'],
      thresholds: { lines: 95, branches: 90 },
      // Print the figures even when a test fails, so a red run still shows where coverage stands.
      reportOnFailure: true,
    },
  },
});
