/**
 * The view of the graph (asOf, asReportedOn, includeRetracted) and evidence strength, on the seed graph
 * with history written straight onto it (no mutations yet: a parameterised write through the driver).
 * Every expectation is computed from the seed files, and each request is answered twice: planned, and
 * with nested plans off (every nested field through its loader), which must agree.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEEDS_DIR } from '../src/seed/prepare.js';
import { readSeeds } from '../src/seed/validate.js';
import { startTestApi, type TestApi } from './support/api.js';
import { openTestDb, q, resetToSeedGraph } from './support/db.js';

const seeds = readSeeds(SEEDS_DIR);
const db = openTestDb();
let planned: TestApi;
let loaded: TestApi;

const FACT = 'rel:owns:facebook:whatsapp';
const ASSERTED = '2024-01-01T00:00:00Z';
const RETRACTED = '2024-06-01T00:00:00Z';
/** The fact's first source (recorded order), retracted on its own in the tests of sources. */
let retractedSource = '';

/** An article's day: its `date`, else the day of its `publishedAt`. */
const dayOf = new Map(seeds.articles.map((a) => [a.id, a.date ?? a.publishedAt?.slice(0, 10) ?? '']));
const outletOf = new Map(seeds.articles.map((a) => [a.id, a.outlet ?? a.id]));

/** Both answers of a request (planned and loaded), checked equal; the planned one is returned. */
async function ask(query: string, variables?: Record<string, unknown>) {
  const [a, b] = await Promise.all([planned.gql(query, variables), loaded.gql(query, variables)]);
  expect(a.errors).toBeUndefined();
  expect(b).toEqual(a);
  return a.data;
}

beforeAll(async () => {
  await resetToSeedGraph(db);
  const rows = await db.read(q('MATCH (s:Source {fact: $fact}) RETURN s.id AS id ORDER BY s.ordinal LIMIT 1'), { fact: FACT });
  retractedSource = String(rows[0]?.id);
  planned = await startTestApi(db);
  loaded = await startTestApi(db, { nestedPlans: false });
});

afterAll(async () => {
  // Each stop closes the driver they share; the next test file reseeds.
  await planned?.stop();
  await loaded?.stop();
});

const CHAIN = `query ($asOf: DateTime, $on: Date, $retracted: Boolean) {
  ownershipChain(entity: "WhatsApp", asOf: $asOf, asReportedOn: $on, includeRetracted: $retracted) {
    ultimateOwners { id }
    strength
    paths { strength independentOutlets hops { id retracted retractedAt assertedAt version reportedOn sources { id retracted } } }
  }
}`;

describe('reportedOn', () => {
  it('is set on every fact relation and source by the write path, from the seed articles', async () => {
    const expected = seeds.relations.map((r) => ({ id: r.id, reportedOn: [...r.sources.map((s) => dayOf.get(s.article)!)].sort()[0] }));
    const rows = await db.read(
      q('UNWIND $ids AS id MATCH (:Entity)-[r]->(:Entity) WHERE r.id = id RETURN r.id AS id, toString(r.reportedOn) AS reportedOn ORDER BY id'),
      { ids: expected.map((e) => e.id) },
    );
    expect(rows).toEqual(expected.sort((a, b) => (a.id < b.id ? -1 : 1)));
    const [missing] = await db.read(q('MATCH (s:Source) WHERE s.reportedOn IS NULL RETURN count(s) AS n'));
    expect(missing?.n).toBe(0);
  });
});

describe('asReportedOn', () => {
  const OWNS = `query ($on: Date) { relations(type: OWNS, first: 100, support: [STATED, INFERRED, BACKGROUND], asReportedOn: $on) { edges { node { id reportedOn } } } }`;
  const ownsOn = (day: string) =>
    seeds.relations
      .filter((r) => r.type === 'OWNS' && r.sources.some((s) => dayOf.get(s.article)! <= day))
      .map((r) => r.id)
      .sort();
  const ids = (data: any) => data.relations.edges.map((e: any) => e.node.id).sort();

  it('hides facts only later articles report: before the first article, nothing', async () => {
    expect(ownsOn('2020-07-05')).toEqual([]);
    expect(ids(await ask(OWNS, { on: '2020-07-05' }))).toEqual([]);
  });

  it('keeps the facts some article of that day or earlier reports', async () => {
    for (const day of ['2020-07-06', '2020-07-07']) expect(ids(await ask(OWNS, { on: day })), day).toEqual(ownsOn(day));
    expect(ownsOn('2020-07-06').length).toBeGreaterThan(0);
  });

  it('filters sources by their own article day, inherited by the nested list', async () => {
    const data = await ask(`{ ownershipChain(entity: "WhatsApp", asReportedOn: "2020-07-06") { paths { hops { id sources { article { id } } } } } }`);
    const hop = data.ownershipChain.paths[0].hops.find((h: any) => h.id === FACT);
    const expected = seeds.relations.find((r) => r.id === FACT)!.sources.filter((s) => dayOf.get(s.article)! <= '2020-07-06');
    expect(hop.sources.map((s: any) => s.article.id)).toEqual(expected.map((s) => s.article));
  });
});

describe('history', () => {
  beforeAll(async () => {
    await db.write(q('MATCH (:Entity {id: $from})-[r]->(:Entity {id: $to}) WHERE r.id = $id SET r.assertedAt = datetime($at), r.version = 2'), {
      id: FACT,
      from: 'company:facebook',
      to: 'service:whatsapp',
      at: ASSERTED,
    });
  });

  it('asOf before a fact was asserted hides it; after, it is there', async () => {
    expect((await ask(CHAIN, { asOf: '2023-12-31T23:59:59Z' })).ownershipChain.paths).toEqual([]);
    const after = await ask(CHAIN, { asOf: '2024-02-01T00:00:00+01:00' });
    expect(after.ownershipChain.ultimateOwners).toEqual([{ id: 'company:facebook' }]);
    const hop = after.ownershipChain.paths[0].hops[0];
    expect(hop).toMatchObject({ id: FACT, assertedAt: ASSERTED, version: 2, retracted: false, retractedAt: null });
  });

  it('a retracted fact disappears, comes back with includeRetracted, and shows in an asOf before its retraction', async () => {
    await db.write(q('MATCH (:Entity {id: $from})-[r]->(:Entity {id: $to}) WHERE r.id = $id SET r.retractedAt = datetime($at)'), {
      id: FACT,
      from: 'company:facebook',
      to: 'service:whatsapp',
      at: RETRACTED,
    });
    expect((await ask(CHAIN)).ownershipChain.paths).toEqual([]);
    const shown = await ask(CHAIN, { retracted: true });
    expect(shown.ownershipChain.paths[0].hops[0]).toMatchObject({ id: FACT, retracted: true, retractedAt: RETRACTED });
    expect((await ask(CHAIN, { asOf: '2024-03-01T00:00:00Z' })).ownershipChain.paths).toHaveLength(1);
    // Lists and typed relation fields apply the same rule.
    const lists = await ask(`query ($r: Boolean) {
      entity(id: "service:whatsapp") { ... on Service { owners(includeRetracted: $r) { id } } relations(types: [OWNS], includeRetracted: $r) { id } }
      facts(types: [OWNS], includeRetracted: $r, first: 50) { edges { node { id } } }
    }`);
    expect(lists.entity.owners).toEqual([]);
    expect(lists.entity.relations).toEqual([]);
    expect(lists.facts.edges.map((e: any) => e.node.id)).not.toContain(FACT);
    const all = await ask(
      `{ entity(id: "service:whatsapp") { ... on Service { owners(includeRetracted: true) { id } } } facts(types: [OWNS], includeRetracted: true, first: 50) { edges { node { id } } } }`,
    );
    expect(all.entity.owners).toEqual([{ id: FACT }]);
    expect(all.facts.edges.map((e: any) => e.node.id)).toContain(FACT);
    await db.write(q('MATCH (:Entity {id: $from})-[r]->(:Entity {id: $to}) WHERE r.id = $id REMOVE r.retractedAt'), {
      id: FACT,
      from: 'company:facebook',
      to: 'service:whatsapp',
    });
  });

  it('sources follow the same rules; a nested argument overrides the view it inherits', async () => {
    await db.write(q('MATCH (s:Source {id: $id}) SET s.retractedAt = datetime($at), s.retractionReason = "misquoted"'), { id: retractedSource, at: RETRACTED });
    const query = `query ($r: Boolean, $own: Boolean) {
      ownershipChain(entity: "WhatsApp", includeRetracted: $r) { paths { hops { own: sources(includeRetracted: $own) { id } sources { id retracted retractionReason } } } }
    }`;
    const hop = async (r: boolean, own?: boolean) => (await ask(query, { r, ...(own === undefined ? {} : { own }) })).ownershipChain.paths[0].hops[0];
    const hidden = await hop(false);
    expect(hidden.sources.map((s: any) => s.id)).not.toContain(retractedSource);
    const shown = await hop(true);
    expect(shown.sources.find((s: any) => s.id === retractedSource)).toEqual({ id: retractedSource, retracted: true, retractionReason: 'misquoted' });
    // Inherited when not given; its own value when given.
    expect(shown.own.map((s: any) => s.id)).toContain(retractedSource);
    expect((await hop(true, false)).own.map((s: any) => s.id)).not.toContain(retractedSource);
    await db.write(q('MATCH (s:Source {id: $id}) REMOVE s.retractedAt, s.retractionReason'), { id: retractedSource });
  });
});

describe('evidence strength', () => {
  const supported = (id: string) =>
    seeds.relations.find((r) => r.id === id)!.sources.filter((s) => (s.support ?? 'STATED') === 'STATED' || s.support === 'INFERRED');
  const outlets = (id: string) => new Set(supported(id).map((s) => outletOf.get(s.article))).size;

  it('counts the distinct outlets of each hop, a chain and a path its weakest hop', async () => {
    const data = await ask(CHAIN);
    const path = data.ownershipChain.paths[0];
    const expected = path.hops.map((h: any) => outlets(h.id));
    expect(expected[0]).toBeGreaterThan(1);
    expect(path.independentOutlets).toEqual(expected);
    expect(path.strength).toBe(Math.min(...expected));
    expect(data.ownershipChain.strength).toBe(Math.min(...expected));
    const paths = await ask(`{ paths(from: "WhatsApp", to: "Facebook", relationTypes: [OWNS]) { independentOutlets strength } }`);
    expect(paths.paths).toEqual([{ independentOutlets: [outlets(FACT)], strength: outlets(FACT) }]);
    const owned = await ask(`{ subsidiaries(entity: "Facebook", maxHops: 1) { entity { id } independentOutlets strength } }`);
    const whatsapp = owned.subsidiaries.find((s: any) => s.entity.id === 'service:whatsapp');
    expect(whatsapp).toEqual({ entity: { id: 'service:whatsapp' }, independentOutlets: outlets(FACT), strength: outlets(FACT) });
  });

  it('counts only the sources in the view', async () => {
    const day = '2020-07-06';
    const expected = new Set(
      supported(FACT)
        .filter((s) => dayOf.get(s.article)! <= day)
        .map((s) => outletOf.get(s.article)),
    ).size;
    const data = await ask(CHAIN, { on: day });
    expect(data.ownershipChain.paths[0].independentOutlets).toEqual([expected]);
  });
});
