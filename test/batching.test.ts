/**
 * No N+1: the number of Cypher queries a request runs does not grow with the size of its lists.
 * The same nested query over 2 and over 21 statements must issue the same queries, and the whole
 * graph a handful.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './support/api.js';
import { openTestDb, resetToSeedGraph } from './support/db.js';

const db = openTestDb();
let api: TestApi;
beforeAll(async () => {
  await resetToSeedGraph(db);
  api = await startTestApi(db);
});
afterAll(() => api.stop());

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

async function queriesFor(first: number, kind: string | null = null): Promise<{ names: string[]; size: number }> {
  const before = api.queries.length;
  const { data, errors } = await api.gql(NESTED, { first, kind });
  expect(errors).toBeUndefined();
  expect(api.queries.length).toBe(before + 1);
  return { names: api.queries[before]!, size: data.entities.edges.length };
}

describe('batching', () => {
  it('a nested list query issues the same number of Cypher queries for 2 and for 21 statements', async () => {
    const small = await queriesFor(2, 'STATEMENT');
    const large = await queriesFor(100, 'STATEMENT');
    expect(small.size).toBe(2);
    expect(large.size).toBe(21);
    // The same loaders run for both; how DataLoader splits them into waves depends on timing, not on
    // the list size, so the count is bounded by the loaders times the query depth.
    const loadersUsed = [...new Set(small.names)].sort();
    expect([...new Set(large.names)].sort()).toEqual(loadersUsed);
    for (const run of [small, large]) expect(run.names.length).toBeLessThanOrEqual(loadersUsed.length + 3);
  });

  it('the whole graph (100 entities, hundreds of relations and sources) takes a handful of queries', async () => {
    const all = await queriesFor(100);
    expect(all.size).toBe(100);
    // One per loader, argument shape and depth: without batching this would be several hundred.
    expect(all.names.length).toBeLessThanOrEqual(15);
    expect(all.names.filter((n) => n.startsWith('articles/mentioning@'))).toHaveLength(1);
  });
});
