/**
 * What `npm run bench` and `npm run soak` ask: one example of examples/ per traversal (src/examples.ts),
 * with the values these benchmarks have always used (bench/README.md's figures). Where an example's
 * defaults ask something smaller, to keep docs/queries.md's answers short, the values here say so.
 */
import { example } from '../src/examples.js';

export interface BenchQuery {
  /** Short label for the results table. */
  name: string;
  /** The example's text, as GraphiQL and docs/queries.md show it. */
  query: string;
  variables: Record<string, unknown>;
}

function ask(name: string, exampleName: string, values: Record<string, unknown> = {}): BenchQuery {
  const { query, defaults } = example(exampleName);
  return { name, query, variables: { ...defaults, ...values } };
}

export const QUERIES: readonly BenchQuery[] = [
  ask('ownershipChain', 'OwnershipChain'),
  ask('subsidiaries', 'Subsidiaries'),
  ask('paths', 'Paths', { from: 'WhatsApp', to: 'Hong Kong government' }),
  ask('neighbourhood', 'Neighbourhood'),
  ask('timeline', 'Timeline', { until: '2020-07-31' }),
  ask('search', 'Search'),
  ask('claims', 'Claims', { entity: 'National Security Law' }),
  ask('relations', 'Relations', { first: 10 }),
  ask('articles', 'Articles'),
  ask('lookup+entity+node', 'LookupEntityNode'),
];
