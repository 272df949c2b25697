/**
 * The synthetic graph generator: deterministic from its seed, every record valid against the seed
 * schema and the ontology, written batch by batch through the one write path with verbatim evidence,
 * and holding its benchmark anchors (the 300-subsidiary hub, the leaf 12 OWNS hops down, the 5-hop pair).
 */
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cypher } from '../src/db/cypher.js';
import { DERIVED_RELATION_TYPES, FACT_RELATION_TYPES, ID_PREFIXES, kindOfId, RELATION_TYPES, type Kind } from '../src/ontology.js';
import { Article, Entity, Relation } from '../src/store/schema.js';
import { DEEP_LEAF_DEPTH, HUB_SUBSIDIARIES, PATH_HOPS, WELL_KNOWN } from '../generator/anchors.js';
import { SyntheticGraph } from '../generator/graph.js';
import { loadSyntheticGraph, type LoadResult } from '../generator/load.js';
import { NotEmptyError } from '../generator/marker.js';
import type { SyntheticOptions } from '../generator/options.js';
import { openTestDb, q, resetToSeedGraph } from './support/db.js';

const OPTIONS: SyntheticOptions = { companies: 300, seed: 7, batch: 2_000 };

const db = openTestDb();
let graph: SyntheticGraph;
let written: LoadResult;

beforeAll(async () => {
  graph = new SyntheticGraph(OPTIONS);
  // `reset` wipes whatever the previous test file left, as the CLI's --reset does.
  written = await loadSyntheticGraph(db, graph, { reset: true });
});
afterAll(async () => {
  await resetToSeedGraph(db);
  await db.close();
});

function fingerprint(g: SyntheticGraph): string {
  const hash = createHash('sha256');
  for (const [id, text] of g.texts) hash.update(`${id}\n${text}\n`);
  for (const batch of g.batches()) hash.update(JSON.stringify(batch));
  return hash.digest('hex');
}

describe('generator', () => {
  it('is deterministic: the same options give the same records, another seed others', () => {
    const a = fingerprint(new SyntheticGraph(OPTIONS));
    expect(fingerprint(new SyntheticGraph(OPTIONS))).toBe(a);
    expect(fingerprint(graph)).toBe(a);
    expect(fingerprint(new SyntheticGraph({ ...OPTIONS, seed: 8 }))).not.toBe(a);
  });

  it('makes valid records, each batch quoting and naming only what this or an earlier batch wrote', () => {
    const kindOf = new Map<string, Kind>();
    const relationIds = new Set<string>();
    let records = 0;
    let datedSources = 0;
    for (const batch of graph.batches()) {
      records += batch.records;
      for (const { text, ...meta } of batch.set.articles) {
        Article.parse(meta);
        kindOf.set(meta.id, 'Article');
        expect(text).toContain(meta.title);
        expect(text).toContain(meta.outletEvidence);
        expect(
          batch.set.relations.some((r) => r.type === 'PUBLISHED_BY' && r.from === meta.id),
          `PUBLISHED_BY of ${meta.id} in its batch`,
        ).toBe(true);
      }
      for (const e of batch.set.entities) {
        Entity.parse(e);
        expect(kindOfId(e.id), e.id).toBe(e.kind);
        expect(e.id.startsWith(`${ID_PREFIXES[e.kind]}:`)).toBe(true);
        kindOf.set(e.id, e.kind);
      }
      for (const r of batch.set.relations) {
        expect(relationIds.has(r.id), `${r.id} written twice`).toBe(false);
        relationIds.add(r.id);
        if (!DERIVED_RELATION_TYPES.includes(r.type)) {
          Relation.parse(r);
          expect(r.id).toBe(`rel:${r.type.toLowerCase().replace(/_/g, '-')}:${r.from.slice(r.from.indexOf(':') + 1)}:${r.to.slice(r.to.indexOf(':') + 1)}`);
        }
        for (const end of ['from', 'to'] as const) {
          const kind = kindOf.get(r[end]);
          expect(kind, `${r.id}: ${end} ${r[end]} not written yet`).toBeDefined();
          const allowed: readonly Kind[] = RELATION_TYPES[r.type][end];
          if (allowed.length > 0) expect(allowed, `${r.id}: ${end} kind`).toContain(kind);
        }
      }
      for (const fact of [...batch.set.entities, ...batch.set.relations]) {
        for (const s of fact.sources) {
          expect(kindOf.get(s.article), `${fact.id} quotes ${s.article} before it is written`).toBe('Article');
          expect(graph.texts.get(s.article)).toContain(s.excerpt);
          if (s.date) datedSources++;
        }
      }
    }
    expect(records).toBe(graph.totals.records);
    expect([...kindOf.values()].filter((k) => k === 'Company')).toHaveLength(OPTIONS.companies);
    expect(datedSources).toBeGreaterThan(0);
  });
});

describe('the written graph', () => {
  it('holds the counts reported', async () => {
    const t = graph.totals;
    expect(written.outcome).toBe('written');
    expect(written.nodes).toEqual({ created: t.nodes, updated: 0, unchanged: 0 });
    expect(written.relations).toEqual({ created: t.relations, updated: 0, unchanged: 0 });
    expect(written.sources).toBe(t.sources);
    expect(written.written).toBe(t.records);
    const [row] = await db.read(
      q(`CALL () { MATCH (n:Entity) RETURN count(n) AS nodes }
         CALL () { MATCH (s:Source) RETURN count(s) AS sources }
         CALL () { MATCH ()-[r]->() WHERE r.id IS NOT NULL RETURN count(r) AS relations }
         CALL () { MATCH ()-[r:MENTIONS]->() RETURN count(r) AS mentions }
         CALL () { MATCH (c:Company) RETURN count(c) AS companies }
         RETURN nodes, sources, relations, mentions, companies`),
    );
    expect(row).toEqual({ nodes: t.nodes, sources: t.sources, relations: t.relations, mentions: t.mentions, companies: OPTIONS.companies });
  });

  it('has a hub with exactly 300 direct subsidiaries', async () => {
    const [row] = await db.read(q('MATCH (:Entity {id: $id})-[:OWNS]->(s) RETURN count(DISTINCT s) AS n'), { id: WELL_KNOWN.hub });
    expect(row!.n).toBe(HUB_SUBSIDIARIES);
  });

  it('has a leaf exactly 12 OWNS hops below its only ultimate owner', async () => {
    const rows = await db.read(
      q(`MATCH p = (top)-[:OWNS*1..30]->(:Entity {id: $id})
         RETURN top.id AS top, length(p) AS hops, EXISTS { ()-[:OWNS]->(top) } AS owned`),
      { id: WELL_KNOWN.deepLeaf },
    );
    const tops = rows.filter((r) => !r.owned);
    expect(tops).toEqual([{ top: WELL_KNOWN.deepRoot, hops: DEEP_LEAF_DEPTH, owned: false }]);
    expect(Math.max(...rows.map((r) => r.hops as number))).toBe(DEEP_LEAF_DEPTH);
    const [leaf] = await db.read(q('MATCH (l:Entity {id: $id}) RETURN COUNT { (l)-[:OWNS]->() } AS owns'), { id: WELL_KNOWN.deepLeaf });
    expect(leaf!.owns).toBe(0);
  });

  it('has no ownership chain deeper than 12 hops below an ultimate owner, cycles aside', async () => {
    const [row] = await db.read(
      q(`MATCH (top:Entity) WHERE NOT EXISTS { ()-[:OWNS]->(top) } AND EXISTS { (top)-[:OWNS]->() }
         MATCH p = (top)-[:OWNS]->{13}()
         WHERE none(n IN nodes(p) WHERE EXISTS { (n)-[:OWNS]->{1,12}(n) })
         RETURN count(p) AS tooDeep`),
    );
    expect(row!.tooDeep).toBe(0);
  });

  it('has a pair whose shortest path over fact relations is exactly 5 hops', async () => {
    const [row] = await db.read(
      q(`MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
         MATCH p = SHORTEST 1 (a)(()-[r WHERE type(r) IN $types]-()){1,12}(b)
         RETURN length(p) AS hops, all(r IN relationships(p) WHERE r.support = 'STATED') AS stated`),
      { from: WELL_KNOWN.pathFrom, to: WELL_KNOWN.pathTo, types: FACT_RELATION_TYPES },
    );
    expect(row).toEqual({ hops: PATH_HOPS, stated: true });
  });

  it('has cross-holdings, ownership cycles and dated evidence', async () => {
    const [row] = await db.read(
      q(`CALL () { MATCH (c:Company) WHERE COUNT { (c)<-[:OWNS]-() } > 1 RETURN count(c) AS crossHeld }
         CALL () { MATCH p = (c:Company)-[:OWNS]->{1,4}(c) RETURN count(p) AS cycles }
         CALL () { MATCH (s:Source) WHERE s.date IS NOT NULL RETURN count(s) AS dated }
         RETURN crossHeld, cycles, dated`),
    );
    expect(row!.crossHeld).toBeGreaterThan(0);
    expect(row!.cycles).toBeGreaterThan(0);
    expect(row!.dated).toBeGreaterThan(0);
  });

  it('has only verbatim, anchored evidence (the audit finds nothing)', async () => {
    expect(await db.read(cypher('admin/audit-evidence'), { limit: 10 })).toEqual([]);
  });

  it('is reused by a second run with the same options, and another graph is refused', async () => {
    const again = await loadSyntheticGraph(db, new SyntheticGraph(OPTIONS));
    expect(again.outcome).toBe('reused');
    expect(again.written).toBe(0);
    await expect(loadSyntheticGraph(db, new SyntheticGraph({ ...OPTIONS, seed: 8 }))).rejects.toThrow(NotEmptyError);
  });
});
