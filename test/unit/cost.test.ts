/**
 * The cost model (src/graphql/cost.ts `fieldCost`, applied by Pothos' complexity plugin to the real
 * schema): what an operation is estimated to cost before anything runs.
 */
import { complexityFromQuery } from '@pothos/plugin-complexity';
import { describe, expect, it } from 'vitest';
import { schema } from '../../src/graphql/schema.js';
import { LIMITS } from '../../src/bounds.js';
import { LIST_ITEMS } from '../../src/graphql/cost.js';

const cost = (query: string, variables?: Record<string, unknown>) => complexityFromQuery(query, { schema, variables }).complexity;

describe('cost model', () => {
  it('a field costs 1, an object field 1 plus what it selects', () => {
    expect(cost('{ entity(id: "company:facebook") { id name } }')).toBe(3);
  });

  it('a list without a size argument counts as LIST_ITEMS items, each costing what it selects', () => {
    expect(cost('{ entity(id: "x") { relations { id } } }')).toBe(1 + 1 + LIST_ITEMS * 1);
    expect(cost('{ entity(id: "x") { relations { id to { id } } } }')).toBe(1 + 1 + LIST_ITEMS * 3);
  });

  it('a connection counts as many items as its first/last asks, or the default page size', () => {
    const edges = (first: string) => cost(`{ entities${first} { edges { node { id } } } }`);
    expect(edges('(first: 5)')).toBe(1 + 5 * (1 + 1 + 1));
    expect(edges('(last: 7)')).toBe(1 + 7 * (1 + 1 + 1));
    expect(edges('')).toBe(1 + LIMITS.defaultPageSize * (1 + 1 + 1));
  });

  it('nested lists multiply', () => {
    const relationsOfRelations = cost('{ entities(first: 100) { edges { node { relations { to { relations { to { relations { id } } } } } } } } }');
    const innermost = 1 + LIST_ITEMS * 1;
    const middle = 1 + LIST_ITEMS * (1 + innermost);
    const outer = 1 + LIST_ITEMS * (1 + middle);
    expect(relationsOfRelations).toBe(1 + 100 * (1 + 1 + outer));
  });

  it('traversals cost their hops or depth times their size bound, from literals or variables', () => {
    expect(cost('{ neighbourhood(entity: "x", maxHops: 3, limit: 200) { truncated } }')).toBe(3 * 200 + 1);
    expect(cost('query($h: Int) { neighbourhood(entity: "x", maxHops: $h, limit: 10) { truncated } }', { h: 2 })).toBe(2 * 10 + 1);
    expect(cost('{ ownershipChain(entity: "x") { hasCycle } }')).toBe(LIMITS.defaultOwnershipDepth * LIST_ITEMS + 1);
    expect(cost('{ ownershipChain(entity: "x", maxHops: 2) { hasCycle } }')).toBe(2 * LIST_ITEMS + 1);
  });

  it('a list with a limit counts that many items', () => {
    expect(cost('{ search(query: "x", limit: 3) { score } }')).toBe(1 + 3 * 1);
  });
});
