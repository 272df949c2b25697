/**
 * The cost model (src/graphql/cost.ts `fieldCost`, applied by Pothos' complexity plugin to the real
 * schema): the bytes an operation's answer can take at most, estimated before anything runs.
 */
import { complexityFromQuery } from '@pothos/plugin-complexity';
import { describe, expect, it } from 'vitest';
import { schema } from '../../src/graphql/schema.js';
import { LIMITS } from '../../src/bounds.js';
import { ARTICLE_TEXT_BYTES, SOURCES_PER_FACT } from '../../src/graphql/cost.js';
import { examples } from '../../src/examples.js';

const cost = (query: string, variables?: Record<string, unknown>) => complexityFromQuery(query, { schema, variables }).complexity;
/** What `selection` adds to a query when selected once more under the same parent. */
const extra = (base: string, more: string) => cost(more) - cost(base);

describe('cost model', () => {
  it('a field costs its key and, a leaf, its value: an id or a name 80 bytes, an object its braces', () => {
    // "entity": {…} is 6 + 4 + 2; "id": 80 is 2 + 4 + 80; "name": 4 + 4 + 80.
    expect(cost('{ entity(id: "company:facebook") { id name } }')).toBe(12 + 86 + 88);
  });

  it('text fields weigh their bound or their size: an excerpt 600 bytes, an article text ARTICLE_TEXT_BYTES', () => {
    const source = '{ entity(id: "x") { sources { id } } }';
    expect(extra(source, '{ entity(id: "x") { sources { id excerpt } } }')).toBe(SOURCES_PER_FACT * (7 + 4 + 600));
    const article = '{ entity(id: "x") { ... on Article { id } } }';
    expect(extra(article, '{ entity(id: "x") { ... on Article { id text } } }')).toBe(4 + 4 + ARTICLE_TEXT_BYTES);
  });

  it('a list without a size argument counts its real maximum: relations and typed relation fields their 200', () => {
    const one = extra('{ entity(id: "x") { relations { id } } }', '{ entity(id: "x") { relations { id type } } }');
    expect(one).toBe(LIMITS.relationsPerField * (4 + 4 + 32));
    const owners = extra('{ entity(id: "x") { ... on Company { owners { id } } } }', '{ entity(id: "x") { ... on Company { owners { id type } } } }');
    expect(owners).toBe(LIMITS.relationsPerField * (4 + 4 + 32));
  });

  it("a fact's sources count SOURCES_PER_FACT, the most the data holds (the schema bounds them not)", () => {
    const more = extra('{ entity(id: "x") { sources { id } } }', '{ entity(id: "x") { sources { id start } } }');
    expect(more).toBe(SOURCES_PER_FACT * (5 + 4 + 12));
  });

  it('a connection counts as many items as its first/last asks, or the default page size', () => {
    const perItem = (first: string) => extra(`{ entities${first} { edges { node { id } } } }`, `{ entities${first} { edges { node { id name } } } }`);
    expect(perItem('(first: 5)')).toBe(5 * 88);
    expect(perItem('(last: 7)')).toBe(7 * 88);
    expect(perItem('')).toBe(LIMITS.defaultPageSize * 88);
  });

  it('a list with a size argument counts that many items, from literals or variables', () => {
    expect(extra('{ search(query: "x", limit: 3) { score } }', '{ search(query: "x", limit: 3) { score entity { id } } }')).toBe(3 * (6 + 4 + 2 + 86));
    expect(cost('query($n: Int) { search(query: "x", limit: $n) { score entity { id } } }', { n: 9 })).toBe(
      cost('{ search(query: "x", limit: 9) { score entity { id } } }'),
    );
  });

  it("a neighbourhood's nodes and edges count their bounds, and what its nodes select is counted per node", () => {
    const per = extra(
      '{ neighbourhood(entity: "x") { nodes { entityId } edges { id } } }',
      '{ neighbourhood(entity: "x") { nodes { entityId name } edges { id type } } }',
    );
    expect(per).toBe(LIMITS.neighbourhoodNodes * 88 + LIMITS.neighbourhoodEdges * 40);
    const relations = extra(
      '{ neighbourhood(entity: "x") { nodes { entity { id } } } }',
      '{ neighbourhood(entity: "x") { nodes { entity { id relations { id } } } } }',
    );
    expect(relations).toBeGreaterThanOrEqual(LIMITS.neighbourhoodNodes * LIMITS.relationsPerField * 86);
  });

  it('nested lists multiply', () => {
    const relationsOfRelations = cost('{ entities(first: 100) { edges { node { relations { to { relations { to { relations { id } } } } } } } } }');
    expect(relationsOfRelations).toBeGreaterThan(100 * LIMITS.relationsPerField ** 3 * 86);
  });

  it('refuses the fan-outs that built hundreds of megabytes (issue 17) and admits every example, with the benchmark sizes', () => {
    const fanOuts = [
      '{ neighbourhood(entity: "Telegram", maxHops: 3, limit: 200, support: [STATED, INFERRED, BACKGROUND]) { nodes { entity { relations(support: [STATED, INFERRED, BACKGROUND]) { to { relations(support: [STATED, INFERRED, BACKGROUND]) { sources { article { text } } } } } } } } }',
      '{ entities(first: 100) { edges { node { relations { to { relations { to { relations { id } } } } } } } } }',
      '{ entities(first: 100) { edges { node { relations { sources { article { text } } } } } } }',
      '{ entities(first: 100) { edges { node { relations { to { relations { id } } } } } } }',
    ];
    for (const query of fanOuts) expect(cost(query), query).toBeGreaterThan(LIMITS.queryComplexity);
    const bench: Record<string, Record<string, unknown>> = { Q3CompanyPage: { first: 100 }, Q6Neighbourhood: { limit: 200 } };
    for (const example of examples()) {
      expect(cost(example.query, { ...example.defaults, ...bench[example.name] }), example.file).toBeLessThanOrEqual(LIMITS.queryComplexity);
    }
  });
});
