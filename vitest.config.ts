import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // graphql 16 has no exports map: Node (and so Pothos and Yoga) load its CommonJS build, while Vite
    // would pick the ESM one. Two copies of graphql-js cannot share a schema, so tests use Node's.
    alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }],
  },
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    // One database for the run: files take turns, and each starts from a freshly seeded graph.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 240_000,
    // Under CI a JSON report too, from which .ci/run prints the plain "N passed, N failed" line.
    reporters: process.env.CI ? ['default', ['json', { outputFile: '.vitest/results.json' }]] : ['default'],
  },
});
