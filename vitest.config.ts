import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Examples import the package by name; resolve it to src/ as tsc and tsx do (tsconfig paths).
  resolve: { tsconfigPaths: true },
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    // Enforced only by `npm run test:coverage` (`--coverage`); `npm test` does not collect it.
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      reporter: ['text-summary', 'json-summary', 'html'],
      thresholds: { lines: 95, branches: 90 },
      // Print the figures even when a test fails, so a red run still shows where coverage stands.
      reportOnFailure: true,
    },
  },
});
