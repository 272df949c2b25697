/**
 * Plan regression: every Cypher statement the product runs is EXPLAINed against the test database
 * with representative parameters, and fails on a plan that scans: NodeByLabelScan, AllNodesScan,
 * AllRelationshipsScan (any direction). Expands in a plan without a scan start from an index seek or
 * a bound argument, i.e. they are anchored. The allow-list names each exception and why it is safe.
 * (EXPLAIN does not open COLLECT/EXISTS/COUNT subquery expressions; the product's Cypher uses them
 * only on already-bound nodes.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { CYPHER_DIR, cypher, loadedQueries, type CypherQuery } from '../src/db/cypher.js';
import '../src/graphql/schema.js';
import '../src/store/write.js';
import '../src/store/mentions.js';
import '../generator/load.js';
import '../src/backup/logical.js';
import '../src/export/read.js';
import '../src/import/bods.js';
import { createDriver } from '../src/db/database.js';
import { compiledPlans } from '../src/plan/index.js';
import { startTestApi } from './support/api.js';
import { openTestDb, q, resetToSeedGraph, testDbOptions } from './support/db.js';
import { BENCHMARKED, DOCUMENTED } from './support/examples.js';

const db = openTestDb();
/** The plans are read with a driver of the test's own: the API's Database keeps its driver to itself. */
const driver = createDriver(testDbOptions());
beforeAll(() => resetToSeedGraph(db));
afterAll(async () => {
  await db.close();
  await driver.close();
});

/** Queries allowed to scan, and why. */
const ALLOWED_SCANS: Record<string, { why: string; operators: RegExp }> = {
  'admin/audit-evidence': {
    why: "an operator's and the tests' audit of the whole graph, never run by a request: reading everything is its job",
    operators: /^(NodeByLabelScan|DirectedAllRelationshipsScan)@/,
  },
  'admin/export-nodes': {
    why: '`npm run backup -- --logical` exports the whole graph, streamed: reading every node is its job',
    operators: /^AllNodesScan@/,
  },
  'admin/export-relationships': {
    why: '`npm run backup -- --logical` exports the whole graph, streamed: reading every relationship is its job',
    operators: /^(DirectedAllRelationshipsScan|AllNodesScan)@/,
  },
  'admin/restore-relationships': {
    why: 'seeks kg_restore_key (admin/restore-index), which exists only while a restore runs; test/backup.test.ts checks the seek then',
    operators: /^NodeByLabelScan@/,
  },
  'admin/restore-unmark': {
    why: 'reads kg_restore_key (admin/restore-index), which exists only while a restore runs; test/backup.test.ts checks the plan then',
    operators: /^NodeByLabelScan@/,
  },
  'admin/wipe-relationships': {
    why: '`npm run restore -- --force` empties the database first: deleting every relationship is its job',
    operators: /^(DirectedAllRelationshipsScan|AllNodesScan)@/,
  },
  'admin/wipe-nodes': {
    why: '`npm run restore -- --force` and `npm run generate -- --reset` empty the database first: deleting every node is its job',
    operators: /^AllNodesScan@/,
  },
  'export/nodes': {
    why: '`npm run export` of the whole graph (GraphML, CSV), streamed a page at a time: reading every node is its job',
    operators: /^AllNodesScan@/,
  },
  'export/relationships': {
    why: '`npm run export` of the whole graph, streamed a page at a time: reading every relationship is its job',
    operators: /^(DirectedAllRelationshipsScan|AllNodesScan)@/,
  },
};

const FORBIDDEN =
  /^(NodeByLabelScan|AllNodesScan|DirectedAllRelationshipsScan|UndirectedAllRelationshipsScan|AllRelationshipsScan|PartitionedNodeByLabelScan|PartitionedAllNodesScan)/;

/** A representative value for every parameter name the product's Cypher uses. */
const PARAMS: Record<string, unknown> = {
  quoted: [{ id: 'article:medianama-big-tech-pause', hash: 'x' }],
  id: 'company:facebook',
  ids: ['company:facebook', 'service:whatsapp'],
  entity: 'company:facebook',
  from: 'service:whatsapp',
  to: 'authority:hong-kong-government',
  anchor: 'company:facebook',
  via: 'MENTIONS',
  outlet: 'outlet:medianama',
  mentioning: 'company:facebook',
  refs: [{ text: 'facebook', key: 'facebook', id: 'rel:owns:facebook:whatsapp', from: 'company:facebook' }],
  facts: ['rel:owns:facebook:whatsapp', 'service:whatsapp'],
  reported: [{ id: 'rel:owns:facebook:whatsapp', from: 'company:facebook', to: 'service:whatsapp' }],
  pairs: [{ article: 'article:medianama-big-tech-pause', entity: 'company:facebook', key: 'k' }],
  targets: ['authority:hong-kong-government'],
  type: 'PAUSED_REQUESTS_FROM',
  types: ['OWNS', 'PAUSED_REQUESTS_FROM'],
  supports: ['STATED', 'INFERRED'],
  // A view with every filter set (src/data/view.ts): the plan must stay anchored with all of them.
  view: { asOf: '2020-07-06T12:00:00Z', reportedOn: '2020-07-06', retracted: false },
  kinds: ['Company'],
  kind: 'Company',
  direction: 'BOTH',
  // keyset cursors: the open bounds of a list (src/data/paging.ts KEY_MIN, KEY_MAX)
  after: '',
  before: '\uffff',
  afterName: '',
  afterId: '',
  beforeName: '\uffff',
  beforeId: '\uffff',
  afterDate: '9999-12-31',
  beforeDate: '0001-01-01',
  low: '2020-07-01',
  high: '2020-07-31',
  since: '2020-07-01',
  until: '2020-07-31',
  query: 'facebook',
  fetch: 10,
  limit: 10,
  budget: 100,
  maxEdges: 100,
  nodeIds: ['company:facebook'],
  keys: ['facebook', 'telegram', 'hong kong police'],
  relations: [{ id: 'rel:owns:facebook:whatsapp', from: 'company:facebook' }],
  rows: [],
  articleIds: ['article:medianama-big-tech-pause'],
  keepIds: [],
  // facts/page and facts/count: an anchor and the filters (one representative combination).
  anchorKind: 'articles',
  articles: ['article:medianama-big-tech-pause'],
  bySource: true,
  topic: 'nsl-enactment-date',
  order: 'DATE_ASC',
  afterKey: ['DATE_ASC', '', '', '', ''],
  beforeKey: ['DATE_ASC', '\uffff', '\uffff', '\uffff', '\uffff'],
  countLimit: 10_001,
  // export/around: an entity as the user types it, and its normalised key
  text: 'WhatsApp',
  key: 'whatsapp',
  // text-search/query
  fields: ['ARTICLE_TEXT', 'EXCERPT', 'STATEMENT', 'DESCRIPTION'],
  maxConcerns: 10,
  // import/by-record-ids: BODS recordIds of one dataset
  recordIds: ['rec-acme-holdings-ltd'],
  dataset: 'dataset:0000000000000000',
};

function operators(plan: { operatorType: string; children: unknown[] }): string[] {
  return [plan.operatorType, ...plan.children.flatMap((c) => operators(c as typeof plan))];
}

async function explain(query: CypherQuery, given?: Record<string, unknown>): Promise<string[]> {
  const names = [...new Set([...query.text.matchAll(/\$([A-Za-z_]\w*)/g)].map((m) => m[1]!))];
  const params = given ?? Object.fromEntries(names.map((n) => [n, PARAMS[n] ?? null]));
  const missing = names.filter((n) => !(n in params));
  expect(missing, `${query.name}: give the plan test a representative value for these parameters`).toEqual([]);
  const session = driver.session({ database: 'neo4j' });
  try {
    const result = await session.run(`EXPLAIN ${query.text}`, params);
    return operators(result.summary.plan as never);
  } finally {
    await session.close();
  }
}

describe('query plans', () => {
  // Loaded by the imports above: every query the API and the loader can run, each variant included.
  const queries = [...loadedQueries(), cypher('admin/audit-evidence')].filter((x, i, all) => all.findIndex((y) => y.name === x.name) === i);

  it('covers every Cypher file: each statement file (all but the plan fragments and migrations) is loaded and so EXPLAINed here', () => {
    const files = readdirSync(CYPHER_DIR, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.cypher') && !f.startsWith('plan/') && !f.startsWith('migrations/'))
      .map((f) => f.replace(/\.cypher$/, ''))
      .sort();
    const loaded = [...new Set(queries.map((x) => x.name.split('@')[0]!))].filter((name) => !name.startsWith('plan/')).sort();
    expect(loaded).toEqual(files);
  });

  it.each(queries.map((x) => [x.name, x] as const))('%s does not scan', async (name, query) => {
    const ops = await explain(query);
    const scans = ops.filter((op) => FORBIDDEN.test(op));
    // An allow-listed statement may scan only in the ways its entry names.
    const allowed = ALLOWED_SCANS[name.split('@')[0]!]?.operators;
    expect(
      scans.filter((op) => !allowed?.test(op)),
      `${name} plans ${ops.join(' < ')}`,
    ).toEqual([]);
  });

  it('the allow-list names only queries that exist and scan', async () => {
    for (const name of Object.keys(ALLOWED_SCANS)) {
      const ops = await explain(cypher(name));
      expect(
        ops.some((op) => FORBIDDEN.test(op)),
        `${name} no longer scans: remove it from ALLOWED_SCANS`,
      ).toBe(true);
    }
  });

  // Index-ordered keyset pages, both ways: the index yields the order, so the plan stops after the
  // page (PartialTop or Limit). A full Top, a Sort or a Union of seeks (which an OR between the cursor's
  // keys made the planner choose: 653k db hits for a page of 21 on 100k entities) reads the whole range.
  const ORDERED_PAGES = /^(entities\/page|articles\/list|relations\/of-type)/;
  it.each(queries.filter((x) => ORDERED_PAGES.test(x.name)).map((x) => [x.name, x] as const))('%s reads its page in index order', async (name, query) => {
    const ops = await explain(query);
    expect(
      ops.filter((op) => /^(Top|Sort|Union)@/.test(op)),
      `${name} plans ${ops.join(' < ')}`,
    ).toEqual([]);
    expect(ops.some((op) => /^(PartialTop|Limit)@/.test(op))).toBe(true);
  });

  it('an unanchored lookup is caught', async () => {
    const ops = await explain(q('MATCH (a:Article) WHERE a.title = $query RETURN a'));
    expect(ops.some((op) => FORBIDDEN.test(op))).toBe(true);
  });
});

/**
 * Dataset evidence, identifiers and shares (test/datasets.test.ts checks their answers on an imported
 * file): the seed graph holds none, but their statements are planned the same, and must stay anchored.
 */
const DATASET_QUERIES = [
  '{ lookup(ref: "GB-COH:00000001") { id identifiers { key } records { recordId dataset { name } } } }',
  '{ ownershipChain(entity: "WhatsApp") { paths { effectiveShare { minimum maximum } independentDatasets hops { share { exact } interestTypes startDate records { recordId } } } } }',
  '{ subsidiaries(entity: "Facebook") { independentDatasets effectiveShare { minimum } via { share { exact } records { statementId } } entity { identifiers { key } } } }',
];

describe('planned statements', () => {
  // Every statement the documented examples, the benchmark's questions and the dataset queries compile
  // to, EXPLAINed with the parameters it ran with.
  let planned: { shape: string; text: string; params: Record<string, unknown> }[] = [];
  beforeAll(async () => {
    const api = await startTestApi(db);
    try {
      for (const example of [...DOCUMENTED, ...BENCHMARKED, ...DATASET_QUERIES.map((query) => ({ query, variables: undefined }))])
        await api.gql(example.query, example.variables);
    } finally {
      await api.stop();
    }
    planned = compiledPlans();
  });

  it('covers every root field the examples use', () => {
    const roots = new Set(planned.map((p) => p.shape.replace(/^unnested:/, '').match(/^\w+/)?.[0]));
    for (const root of [
      'lookup',
      'entity',
      'entities',
      'articles',
      'relations',
      'facts',
      'ownershipChain',
      'subsidiaries',
      'paths',
      'neighbourhood',
      'search',
      'textSearch',
      'timeline',
      'claims',
    ])
      expect(roots, root).toContain(root);
  });

  it('plans the dataset queries: identifiers, records and shares inside the root statement', () => {
    const texts = planned.map((p) => p.text);
    expect(texts.some((t) => t.includes(':Identifier {key:') && t.includes('IDENTIFIED_BY') && t.includes(':DatasetRecord {fact:'))).toBe(true);
    expect(texts.some((t) => t.includes('.shareMinimum') && t.includes(':DatasetRecord {fact:'))).toBe(true);
  });

  it('none scans a label, all nodes or all relationships', async () => {
    for (const plan of planned) {
      const ops = await explain({ name: plan.shape, text: plan.text }, plan.params);
      expect(
        ops.filter((op) => FORBIDDEN.test(op)),
        `${plan.shape.slice(0, 200)} plans ${ops.join(' < ')}`,
      ).toEqual([]);
    }
  });

  it('entity pages and unanchored article pages read their index in order', async () => {
    const ordered = planned.filter((p) => /^entities\(/.test(p.shape) || /^articles\(\{"mentioning":false,"outlet":false/.test(p.shape));
    expect(ordered.length).toBeGreaterThan(1);
    for (const plan of ordered) {
      const ops = await explain({ name: plan.shape, text: plan.text }, plan.params);
      expect(
        ops.some((op) => /^(PartialTop|Limit)@/.test(op)),
        `${plan.shape.slice(0, 120)} plans ${ops.join(' < ')}`,
      ).toBe(true);
    }
  });
});
