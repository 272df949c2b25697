/**
 * Ownership traversals on test data with a cycle and a long chain: cycles are reported, never
 * looped; depth bounds cut and say so. Test entities use their own ids and are removed afterwards.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './support/api.js';
import { openTestDb, q, resetToSeedGraph } from './support/db.js';

const db = openTestDb();
let api: TestApi;

// cycle-a ← cycle-b ← cycle-c ← cycle-a (a loop), and chain-0 ← chain-1 ← … ← chain-14.
const SETUP = `
  UNWIND ['a', 'b', 'c'] AS x
  CREATE (:Entity:Company {id: 'company:cycle-' + x, kind: 'Company', name: 'Cycle ' + toUpper(x), aliases: [], description: 'test'})
  WITH count(*) AS _
  UNWIND range(0, 14) AS i
  CREATE (:Entity:Company {id: 'company:chain-' + i, kind: 'Company', name: 'Chain ' + i, aliases: [], description: 'test'})
  WITH count(*) AS _
  MATCH (a:Entity {id: 'company:cycle-a'}), (b:Entity {id: 'company:cycle-b'}), (c:Entity {id: 'company:cycle-c'}), (art:Article)
  WITH a, b, c, art LIMIT 1
  CREATE (b)-[:OWNS {id: 'rel:test:b-a', sourceArticles: [art.id], sourceExcerpts: [art.title]}]->(a),
         (c)-[:OWNS {id: 'rel:test:c-b', sourceArticles: [art.id], sourceExcerpts: [art.title]}]->(b),
         (a)-[:OWNS {id: 'rel:test:a-c', sourceArticles: [art.id], sourceExcerpts: [art.title]}]->(c)
  WITH art
  UNWIND range(0, 13) AS i
  MATCH (owned:Entity {id: 'company:chain-' + i}), (owner:Entity {id: 'company:chain-' + (i + 1)})
  CREATE (owner)-[:OWNS {id: 'rel:test:chain-' + i, sourceArticles: [art.id], sourceExcerpts: [art.title]}]->(owned)
`;

beforeAll(async () => {
  await resetToSeedGraph(db);
  await db.write(q(SETUP));
  api = await startTestApi(db);
});
afterAll(async () => {
  await db.write(q("MATCH (n:Entity) WHERE n.id STARTS WITH 'company:cycle-' OR n.id STARTS WITH 'company:chain-' DETACH DELETE n"));
  await api.stop();
});

const CHAIN = 'query($e: String!, $d: Int) { ownershipChain(entity: $e, maxDepth: $d) { hasCycle truncated ultimateOwners { id } paths { length cycle truncated owner { id } hops { from { id } to { id } } } } }';

describe('ownership on cyclic and deep data', () => {
  it('a cycle is reported, not looped', async () => {
    const { data, errors } = await api.gql(CHAIN, { e: 'company:cycle-a' });
    expect(errors).toBeUndefined();
    const chain = data.ownershipChain;
    expect(chain.hasCycle).toBe(true);
    expect(chain.ultimateOwners).toEqual([]);
    expect(chain.paths).toHaveLength(1);
    expect(chain.paths[0]).toMatchObject({ length: 3, cycle: true, owner: { id: 'company:cycle-a' } });
    expect(chain.paths[0].hops.map((h: any) => h.from.id)).toEqual(['company:cycle-b', 'company:cycle-c', 'company:cycle-a']);
  });

  it('subsidiaries of a cycle list each member once', async () => {
    const { data } = await api.gql('{ subsidiaries(entity: "company:cycle-a", maxDepth: 12) { entity { id } depth } }');
    expect(data.subsidiaries).toEqual([
      { entity: { id: 'company:cycle-c' }, depth: 1 },
      { entity: { id: 'company:cycle-b' }, depth: 2 },
    ]);
  });

  it('a chain longer than maxDepth is cut and marked truncated; the full bound reaches further', async () => {
    const cut = (await api.gql(CHAIN, { e: 'company:chain-0', d: 3 })).data.ownershipChain;
    expect(cut).toMatchObject({ truncated: true, hasCycle: false, ultimateOwners: [] });
    expect(cut.paths[0]).toMatchObject({ length: 3, truncated: true, owner: { id: 'company:chain-3' } });

    const far = (await api.gql(CHAIN, { e: 'company:chain-0', d: 12 })).data.ownershipChain;
    expect(far.paths[0]).toMatchObject({ length: 12, truncated: true, owner: { id: 'company:chain-12' } });

    const whole = (await api.gql(CHAIN, { e: 'company:chain-5', d: 12 })).data.ownershipChain;
    expect(whole).toMatchObject({ truncated: false, ultimateOwners: [{ id: 'company:chain-14' }] });
    expect(whole.paths[0].length).toBe(9);
  });

  it('paths stay within their hop bound on the cycle', async () => {
    const { data } = await api.gql('{ paths(from: "company:cycle-a", to: "company:cycle-b", relationTypes: [OWNS]) { length } }');
    expect(data.paths.map((p: any) => p.length)).toEqual([1]);
  });
});
