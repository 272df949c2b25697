/**
 * No N+1, two ways. Planned (what the API does): a request answers each root field with one Cypher
 * statement, whatever its lists hold. Loaders (what nested fields fall back to where no plan covers
 * them): the number of statements does not grow with the size of the lists. Both answer the same.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './support/api.js';
import { openTestDb, resetToSeedGraph } from './support/db.js';
import { readSeeds } from '../src/seed/validate.js';
import { SEEDS_DIR } from '../src/seed/prepare.js';

/** How many statements the seed graph holds (a page of 100 holds them all). */
const STATEMENTS = readSeeds(SEEDS_DIR).entities.filter((e) => e.kind === 'Statement').length;

const db = openTestDb();
let planned: TestApi;
let loaded: TestApi;
beforeAll(async () => {
  await resetToSeedGraph(db);
  planned = await startTestApi(db);
  loaded = await startTestApi(openTestDb(), { nestedPlans: false });
});
afterAll(async () => {
  await planned.stop();
  await loaded.stop();
});

const NESTED = /* GraphQL */ `
  query Nested($first: Int!, $kind: Kind) {
    entities(first: $first, kind: $kind) {
      edges {
        node {
          name
          sources { excerpt article { title outlet { name } } }
          relations(direction: OUT) { type to { name ... on Statement { text } } sources { article { title date } } }
          mentionedIn(first: 3) { edges { node { title } } }
          ... on Company { owners { from { name } } pausedRequestsFrom { to { name } } }
          ... on Service { owners { from { name } } pausedRequestsFrom { to { name } } }
        }
      }
    }
  }
`;

async function run(api: TestApi, first: number, kind: string | null = null) {
  const before = api.queries.length;
  const { data, errors } = await api.gql(NESTED, { first, kind });
  expect(errors).toBeUndefined();
  expect(api.queries.length).toBe(before + 1);
  return { names: api.queries[before]!, data, size: data.entities.edges.length };
}

describe('planned', () => {
  it('a page of 2, of every statement and of 100 entities with their sources, relations and articles: one statement each', async () => {
    for (const [first, kind, size] of [
      [2, 'STATEMENT', 2],
      [100, 'STATEMENT', STATEMENTS],
      [100, null, 100],
    ] as const) {
      const answer = await run(planned, first, kind);
      expect(answer.size).toBe(size);
      expect(answer.names).toEqual(['plan/entities']);
      // The loaders' path answers the same.
      expect(answer.data).toEqual((await run(loaded, first, kind)).data);
    }
  });
});

describe('loaders', () => {
  it('a nested list query issues the same statements for 2 and for all the statements of the graph', async () => {
    const small = await run(loaded, 2, 'STATEMENT');
    const large = await run(loaded, 100, 'STATEMENT');
    expect(small.size).toBe(2);
    expect(large.size).toBe(STATEMENTS);
    expect(STATEMENTS).toBeGreaterThan(10);
    // The same loaders run for both; how DataLoader splits them into waves depends on timing, not on
    // the list size, so the count is bounded by the loaders times the query depth.
    const loadersUsed = [...new Set(small.names)].sort();
    expect([...new Set(large.names)].sort()).toEqual(loadersUsed);
    for (const answer of [small, large]) expect(answer.names.length).toBeLessThanOrEqual(loadersUsed.length + 3);
  });

  it('the whole graph (100 entities, hundreds of relations and sources) takes a handful of statements', async () => {
    const all = await run(loaded, 100);
    expect(all.size).toBe(100);
    // One per loader, argument shape and depth: without batching this would be several hundred.
    expect(all.names.length).toBeLessThanOrEqual(15);
    expect(all.names.filter((n) => n.startsWith('articles/mentioning@'))).toHaveLength(1);
  });
});
