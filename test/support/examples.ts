/**
 * Every query the project documents or benchmarks: GraphiQL's tabs, the README's examples and the scale
 * benchmark's questions (asked about the seed graph's entities). The planner test checks their answers,
 * the plan-regression test the statements they compile to.
 */
import { readFileSync } from 'node:fs';
import { questions } from '../../bench/scale/questions.js';
import { GRAPHIQL_EXAMPLES } from '../../src/server/graphiql.js';

export interface Example {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
}

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

/** GraphiQL's tabs and the README's queries. */
export const DOCUMENTED: Example[] = [
  ...GRAPHIQL_EXAMPLES.map((e, i) => ({ name: `GraphiQL tab ${i + 1}`, query: e.query, variables: e.variables })),
  ...[...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m, i) => ({ name: `README example ${i + 1}`, query: m[1]! })),
];

/** The scale benchmark's questions, about entities of the seed graph. */
export const BENCHMARKED: Example[] = questions({
  entityName: 'WhatsApp',
  deepLeaf: 'service:whatsapp',
  pathFrom: 'service:whatsapp',
  pathTo: 'authority:hong-kong-government',
  searchText: 'police',
  hub: 'company:facebook',
  article: 'article:medianama-big-tech-pause',
  phrase: 'end-to-end encryption',
}).map((q) => ({ name: `bench ${q.id}`, query: q.api }));
