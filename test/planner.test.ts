/**
 * The planner against the loaders: every example of examples/ (GraphiQL's tabs, docs/queries.md) and
 * every benchmark question answers in one Cypher statement per root field, and with exactly the answer the loaders give when
 * nested plans are off. Then what the planner must get right besides: aliases, fragments, directives,
 * conflicting response keys, arguments it refuses, and one compiled statement per shape.
 */
import { Kind, parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compiledPlans } from '../src/plan/index.js';
import { startTestApi, type TestApi, useSeededApi } from './support/api.js';
import { openTestDb } from './support/db.js';
import { BENCHMARKED, DOCUMENTED } from './support/examples.js';

const { api } = useSeededApi();
let loaded: TestApi;
beforeAll(async () => {
  loaded = await startTestApi(openTestDb(), { nestedPlans: false });
});
afterAll(() => loaded.stop());

const EXAMPLES = [...DOCUMENTED, ...BENCHMARKED];

/** The root fields of a document's operation (what each answers with one statement). */
function rootFields(query: string): string[] {
  const operation = parse(query).definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
  return (operation?.selectionSet.selections ?? []).flatMap((s) => (s.kind === Kind.FIELD && s.name.value !== '__typename' ? [s.name.value] : []));
}

async function ask(target: TestApi, query: string, variables?: Record<string, unknown>) {
  const before = target.queries.length;
  const answer = await target.gql(query, variables);
  return { ...answer, statements: target.queries.slice(before).flat() };
}

describe('documented examples', () => {
  it('are there to check', () => {
    expect(DOCUMENTED.length).toBeGreaterThanOrEqual(25);
    expect(BENCHMARKED.length).toBeGreaterThanOrEqual(6);
  });

  it.each(EXAMPLES.map((e) => [e.name, e] as const))('%s: one statement per root field, and the loaders’ answer', async (name, example) => {
    const answer = await ask(api, example.query, example.variables);
    // The benchmark's Q2 asks for 12 hops up from an entity of the seed graph: no such path, no error either.
    expect(answer.errors, name).toBeUndefined();
    expect(answer.statements.sort()).toEqual(
      rootFields(example.query)
        .map((f) => `plan/${f}`)
        .sort(),
    );
    const reference = await ask(loaded, example.query, example.variables);
    expect(reference.errors).toBeUndefined();
    expect(answer.data).toEqual(reference.data);
  });
});

describe('selections', () => {
  /** The planned answer, checked against the loaders'; `planned` false for shapes the planner leaves to the loaders. */
  const same = async (query: string, variables?: Record<string, unknown>, planned = true) => {
    const answer = await ask(api, query, variables);
    expect(answer.errors).toBeUndefined();
    if (planned) expect(answer.statements).toHaveLength(rootFields(query).length);
    expect(answer.data).toEqual((await ask(loaded, query, variables)).data);
    return answer.data;
  };

  it('aliases of one field with different arguments, fragments and directives', async () => {
    const data = await same(
      `query($withSources: Boolean!, $skipOwners: Boolean!) {
        lookup(ref: "WhatsApp") {
          ...Named
          owned: relations(types: [OWNS], direction: IN) { id from { ...Named } }
          said: relations(types: [MADE_STATEMENT]) { id to { ... on Statement { text speaker } } }
          sources @include(if: $withSources) { excerpt article { title } }
          ... on Service { owners @skip(if: $skipOwners) { id } pausedRequestsFrom { status ... on PausedRequestsFromRelation { reason } } }
        }
      }
      fragment Named on Entity { id name kind }`,
      { withSources: true, skipOwners: true },
    );
    expect(data.lookup.owned.map((r: any) => r.from.name)).toEqual(['Facebook']);
    expect(data.lookup.said.length).toBeGreaterThan(0);
    expect(data.lookup.sources.length).toBeGreaterThan(0);
    expect(data.lookup.owners).toBeUndefined();
  });

  it('one response key naming different fields on different kinds is answered through the loaders, correctly', async () => {
    const data = await same(
      `{
      entities(first: 100) { edges { node {
        id
        ... on Company { x: owners { id } }
        ... on Law { x: provisions { id } }
        ... on Statement { x: madeBy { id } }
      } } }
    }`,
      {},
      false,
    );
    const law = data.entities.edges.find((e: any) => e.node.id === 'law:hong-kong-national-security-law').node;
    expect(law.x.length).toBeGreaterThan(0);
  });

  it('the same field in two places with different sub-selections', async () => {
    await same(`{
      ownershipChain(entity: "WhatsApp") {
        a: paths { hops { from { name } } owner { id } }
        b: paths { length hops { id sources { excerpt } } owner { name sources { article { id } } } }
        entity { id } e2: entity { name reportedBy { totalCount edges { node { title } } } }
        ultimateOwners { name } u2: ultimateOwners { id }
      }
    }`);
  });

  it('a nested argument the planner refuses is refused at its own path, the rest answered', async () => {
    const answer = await ask(
      api,
      '{ bad: lookup(ref: "WhatsApp") { name relationsConnection(first: 500) { totalCount } } good: lookup(ref: "Facebook") { name mentionedIn(first: 1) { totalCount } } }',
    );
    expect(answer.errors?.map((e) => [e.path, e.extensions?.code])).toEqual([[['bad', 'relationsConnection'], 'BAD_USER_INPUT']]);
    expect(answer.data.bad).toBeNull();
    expect(answer.data.good.name).toBe('Facebook');
    expect(answer.data.good.mentionedIn.totalCount).toBeGreaterThan(0);
  });

  it('a shape compiles once: other values of its arguments reuse the statement', async () => {
    const query = 'query($ref: String!, $first: Int) { lookup(ref: $ref) { name relationsConnection(first: $first) { edges { node { id } } } } }';
    await api.gql(query, { ref: 'WhatsApp', first: 2 });
    const compiled = compiledPlans().length;
    for (const [ref, first] of [
      ['Facebook', 3],
      ['Telegram', 1],
      ['company:google', 5],
    ] as const) {
      const { errors } = await api.gql(query, { ref, first });
      expect(errors).toBeUndefined();
    }
    expect(compiledPlans().length).toBe(compiled);
  });
});
