/**
 * GraphQL Code Generator (`npm run codegen`; `npm run codegen:check` fails when the output is stale):
 * TypeScript types and typed document nodes for the operations in src/client/*.graphql, the example queries
 * (examples/*.graphql: GraphiQL's tabs, docs/queries.md, the benchmarks' questions) and bench/run.ts into
 * src/client/generated/, and for the explorer's (graphql() calls in explorer/src/) into
 * explorer/src/generated/, all checked against
 * schema/schema.graphql, the printed SDL that is the API's contract (`npm run schema:print` writes it).
 * The output is committed, so the scripts run and the explorer builds without a generation step.
 */
import type { CodegenConfig } from '@graphql-codegen/cli';

/** Types as the operations select them: custom scalars as ISO 8601 strings, enums as string unions. */
const typesConfig = {
  useTypeImports: true,
  enumsAsTypes: true,
  // The API's custom scalars travel as ISO 8601 strings.
  scalars: { Date: 'string', DateTime: 'string', LocalDateTime: 'string' },
  strictScalars: true,
  avoidOptionals: true,
  // Only what the operations select (and the enums they use), not every type of the schema.
  onlyOperationTypes: true,
};

const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  // Imports between generated files end in .js, as NodeNext resolution requires.
  importExtension: '.js',
  ignoreNoDocuments: false,
  generates: {
    // The scripts' operations, the examples and the bench's graphql() call, so a schema change that breaks one fails codegen:check.
    // Not Q1: its answer type spells out every entity kind × relation type × end kind (14,000 lines, 1 MB);
    // test/cookbook.test.ts and test/unit/examples.test.ts check it against the schema.
    'src/client/generated/': {
      documents: ['src/client/**/*.graphql', 'examples/*.graphql', '!examples/21-q1-entity-relations.graphql', 'bench/run.ts'],
      preset: 'client',
      presetConfig: {
        // Fragment results stay masked until read with getFragmentData (named so it is not taken for a React hook).
        fragmentMasking: { unmaskFunctionName: 'getFragmentData' },
      },
      config: typesConfig,
    },
    // The explorer page's operations: typed strings (no graphql-js in the browser), fragments unmasked.
    'explorer/src/generated/': {
      documents: ['explorer/src/**/*.ts', '!explorer/src/generated/**'],
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: { ...typesConfig, documentMode: 'string' },
    },
  },
};

export default config;
