import { defineConfig } from 'vitest/config';

// graphql 16 has no exports map: Node (and so Pothos and Yoga) load its CommonJS build, while Vite would
// pick the ESM one. Two copies of graphql-js cannot share a schema, so tests use Node's.
const resolve = { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] };

/**
 * Two tiers (docs/testing.md): `unit` needs no database and runs its files in parallel
 * (`npm run test:unit`); `integration` runs against one real Neo4j, chosen and started by its global
 * setup, its files taking turns, each starting from a freshly seeded graph. `npm test` runs both.
 */
export default defineConfig({
  resolve,
  test: {
    // Under CI a JSON report too, from which .ci/run prints the plain "N passed, N failed" line.
    reporters: process.env.CI ? ['default', ['json', { outputFile: '.vitest/results.json' }]] : ['default'],
    projects: [
      {
        resolve,
        // Group 0: the unit files run first, in parallel, before the database is started.
        test: { name: 'unit', include: ['test/unit/**/*.test.ts'], testTimeout: 10_000, sequence: { groupOrder: 0 } },
      },
      {
        resolve,
        test: {
          name: 'integration',
          include: ['test/**/*.test.ts'],
          exclude: ['test/unit/**'],
          globalSetup: ['test/support/global-setup.ts'],
          // Group 1, after the unit tier: one file at a time, since they share the database.
          sequence: { groupOrder: 1 },
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 240_000,
        },
      },
    ],
  },
});
