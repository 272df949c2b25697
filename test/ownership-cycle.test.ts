/**
 * Ownership traversals on test data with a cycle and a long chain: cycles are reported, never
 * looped; depth bounds cut and say so. Test entities use their own ids and are removed afterwards.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './support/api.js';
import type { Support } from '../src/ontology.js';
import type { SeedEntity } from '../src/store/schema.js';
import { SEEDS_DIR } from '../src/seed/prepare.js';
import { readSeeds } from '../src/seed/validate.js';
import type { RecordSet, RelationInput } from '../src/store/rows.js';
import { writeRecords } from '../src/store/write.js';
import { openTestDb, resetToSeedGraph } from './support/db.js';

const db = openTestDb();
let api: TestApi;

/**
 * Test companies written through the project's own write path, each fact sourced by the first seed
 * article's title (verbatim in its text): cycle-a ← cycle-b ← cycle-c ← cycle-a (a loop),
 * chain-0 ← chain-1 ← … ← chain-14, and bg-child ← bg-parent known only as BACKGROUND.
 */
function testRecords(): RecordSet {
  const article = readSeeds(SEEDS_DIR).articles[0]!;
  const source = { article: article.id, excerpt: article.title, support: 'STATED' as const };
  const company = (slug: string): SeedEntity => ({
    id: `company:${slug}`,
    kind: 'Company',
    name: `Test ${slug}`,
    aliases: [],
    description: 'test company',
    sources: [source],
  });
  const owns = (owner: string, owned: string, support: Support = 'STATED'): RelationInput => ({
    id: `rel:owns:${owner}:${owned}`,
    type: 'OWNS',
    from: `company:${owner}`,
    to: `company:${owned}`,
    sources: [support === 'STATED' ? source : { ...source, support, note: 'test: outside knowledge' }],
  });
  const chain = Array.from({ length: 15 }, (_, i) => `chain-${i}`);
  return {
    articles: [],
    entities: [...['cycle-a', 'cycle-b', 'cycle-c', 'bg-child', 'bg-parent'], ...chain].map(company),
    relations: [
      owns('cycle-b', 'cycle-a'),
      owns('cycle-c', 'cycle-b'),
      owns('cycle-a', 'cycle-c'),
      ...chain.slice(0, -1).map((c, i) => owns(chain[i + 1]!, c)),
      owns('bg-parent', 'bg-child', 'BACKGROUND'),
    ],
  };
}

beforeAll(async () => {
  await resetToSeedGraph(db);
  const article = readSeeds(SEEDS_DIR).articles[0]!;
  await db.writeTransaction((run) => writeRecords(run, testRecords(), new Map([[article.id, article.text]])));
  api = await startTestApi(db);
});
afterAll(async () => {
  await resetToSeedGraph(db);
  await api.stop();
});

const CHAIN =
  'query($e: String!, $d: Int) { ownershipChain(entity: $e, maxHops: $d) { hasCycle truncated ultimateOwners { id } paths { length cycle truncated owner { id } hops { from { id } to { id } } } } }';

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
    const { data } = await api.gql('{ subsidiaries(entity: "company:cycle-a", maxHops: 12) { entity { id } depth } }');
    expect(data.subsidiaries).toEqual([
      { entity: { id: 'company:cycle-c' }, depth: 1 },
      { entity: { id: 'company:cycle-b' }, depth: 2 },
    ]);
  });

  it('a chain longer than maxHops is cut and marked truncated; the full bound reaches further', async () => {
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

  it('sourced-only traversals (the default) leave BACKGROUND facts out; asking for them brings them in', async () => {
    const sourced = (await api.gql(CHAIN, { e: 'company:bg-child' })).data.ownershipChain;
    expect(sourced.paths).toEqual([]);
    const all = await api.gql(
      '{ ownershipChain(entity: "company:bg-child", support: [STATED, INFERRED, BACKGROUND]) { ultimateOwners { id } paths { hops { support sources { support note } } } } }',
    );
    expect(all.data.ownershipChain.ultimateOwners).toEqual([{ id: 'company:bg-parent' }]);
    expect(all.data.ownershipChain.paths[0].hops[0]).toEqual({ support: 'BACKGROUND', sources: [{ support: 'BACKGROUND', note: 'test: outside knowledge' }] });
    const { data } = await api.gql(
      '{ subsidiaries(entity: "company:bg-parent") { entity { id } } paths(from: "company:bg-parent", to: "company:bg-child") { length } }',
    );
    expect(data).toEqual({ subsidiaries: [], paths: [] });
  });
});
