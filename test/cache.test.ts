/**
 * Front-end clients normalise answers by `__typename` + `id` (Apollo's InMemoryCache, urql's
 * Graphcache). Every object with an `id` must therefore have the same fields whatever query reached it:
 * data that depends on the way in (a relation's far end, a neighbour's depth) lives on edges and entries
 * without ids. Here Apollo Client (in node, over real HTTP to the API on the seed graph) runs queries
 * that reach the same objects from different places, then reads each answer back from its cache: none
 * may have been overwritten by another.
 */
import { ApolloClient, gql, HttpLink, InMemoryCache } from '@apollo/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useSeededApi } from './support/api.js';

const { api } = useSeededApi();
let client: ApolloClient;

beforeAll(async () => {
  // Interfaces and their object types, from the API itself (Apollo needs them to match fragments on `Entity`).
  const { data } = await api.gql('{ __schema { types { kind name possibleTypes { name } } } }');
  const possibleTypes = Object.fromEntries(
    (data.__schema.types as { kind: string; name: string; possibleTypes: { name: string }[] | null }[])
      .filter((t) => t.possibleTypes?.length)
      .map((t) => [t.name, t.possibleTypes!.map((p) => p.name)]),
  );
  client = new ApolloClient({ link: new HttpLink({ uri: `${api.url}/graphql` }), cache: new InMemoryCache({ possibleTypes }) });
});
afterAll(() => {
  client?.stop();
});

const RELATIONS_OF = gql`
  query RelationsOf($id: ID!) {
    entity(id: $id) {
      id
      name
      relationsConnection(types: [OWNS]) {
        totalCount
        edges { direction other { id name } node { id type from { id } to { id } } }
      }
    }
  }
`;

const NEIGHBOURHOOD = gql`
  query Around($entity: String!) {
    neighbourhood(entity: $entity, maxHops: 1) {
      centre { id }
      nodes { entityId depth entity { id name } }
    }
  }
`;

/** Asks the API (not the cache), then returns what the cache holds for the same query afterwards. */
async function ask<T>(query: typeof RELATIONS_OF, variables: Record<string, unknown>): Promise<T> {
  const { data, error } = await client.query({ query, variables, fetchPolicy: 'network-only' });
  expect(error).toBeUndefined();
  return data as T;
}

describe('a normalised cache (Apollo InMemoryCache) keeps every answer intact', () => {
  it("a relation reached from both ends keeps each end's view on its edge", async () => {
    type Answer = { entity: { relationsConnection: { edges: { direction: string; other: { id: string }; node: { id: string } }[] } } };
    const fromFacebook = await ask<Answer>(RELATIONS_OF, { id: 'company:facebook' });
    const fromWhatsApp = await ask<Answer>(RELATIONS_OF, { id: 'service:whatsapp' });
    const owns = 'rel:owns:facebook:whatsapp';
    const edgeOf = (a: Answer) => a.entity.relationsConnection.edges.find((e) => e.node.id === owns)!;
    expect(edgeOf(fromFacebook)).toMatchObject({ direction: 'OUT', other: { id: 'service:whatsapp' } });
    expect(edgeOf(fromWhatsApp)).toMatchObject({ direction: 'IN', other: { id: 'company:facebook' } });

    // Read back from the cache after both: the shared Relation object was merged, the views were not.
    const cachedFacebook = client.readQuery<Answer>({ query: RELATIONS_OF, variables: { id: 'company:facebook' } })!;
    const cachedWhatsApp = client.readQuery<Answer>({ query: RELATIONS_OF, variables: { id: 'service:whatsapp' } })!;
    expect(cachedFacebook).toEqual(fromFacebook);
    expect(cachedWhatsApp).toEqual(fromWhatsApp);
    expect(edgeOf(cachedFacebook).other.id).toBe('service:whatsapp');
    // The relation itself is one cache entry, reached from both.
    expect((client.cache.extract() as Record<string, unknown>)[`OwnsRelation:${owns}`]).toBeDefined();
  });

  it('an entity in two neighbourhoods keeps its depth in each', async () => {
    type Answer = { neighbourhood: { nodes: { entityId: string; depth: number }[] } };
    const aroundCompany = await ask<Answer>(NEIGHBOURHOOD, { entity: 'company:telegram' });
    const aroundService = await ask<Answer>(NEIGHBOURHOOD, { entity: 'service:telegram' });
    const depthOf = (a: Answer, id: string) => a.neighbourhood.nodes.find((n) => n.entityId === id)?.depth;
    expect(depthOf(aroundCompany, 'company:telegram')).toBe(0);
    expect(depthOf(aroundService, 'company:telegram')).toBe(1);

    const cachedCompany = client.readQuery<Answer>({ query: NEIGHBOURHOOD, variables: { entity: 'company:telegram' } })!;
    const cachedService = client.readQuery<Answer>({ query: NEIGHBOURHOOD, variables: { entity: 'service:telegram' } })!;
    expect(cachedCompany).toEqual(aroundCompany);
    expect(cachedService).toEqual(aroundService);
    expect(depthOf(cachedCompany, 'company:telegram')).toBe(0);
  });

  it('fails on an object whose fields depend on the way in (the check itself works)', async () => {
    // Two answers for the same id with different field values, as a context-dependent field would give:
    // the cache keeps only the last, so the first answer no longer reads back as it was.
    const cache = new InMemoryCache();
    const query = gql`
      query ($id: ID!) {
        entity(id: $id) { id name }
      }
    `;
    cache.writeQuery({ query, variables: { id: 'a' }, data: { entity: { __typename: 'Company', id: 'company:x', name: 'seen from A' } } });
    cache.writeQuery({ query, variables: { id: 'b' }, data: { entity: { __typename: 'Company', id: 'company:x', name: 'seen from B' } } });
    expect(cache.readQuery<{ entity: { name: string } }>({ query, variables: { id: 'a' } })!.entity.name).toBe('seen from B');
  });
});
