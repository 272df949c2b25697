/**
 * `npm run generate -- --bulk`, run as the command it is, into a throw-away local instance (its own name
 * and free port, stopped in afterAll pass or fail), against the same graph written online through the
 * write path into the test database: every node and relationship the same, property for property and
 * type for type (ids, labels, hashes, name keys, sources, `reportedOn`), the bookkeeping (graph version,
 * migration ledger, marker) in place, and the API answering the same questions the same way. A second run
 * reuses the graph; a NEO4J_URI that is not the local instance is refused before anything is planned.
 */
import { execFile } from 'node:child_process';
import { rmSync } from 'node:fs';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDriver, Database } from '../src/db/database.js';
import { exportDriver } from '../src/export/read.js';
import { encode } from '../src/export/values.js';
import { DEEP_LEAF_DEPTH, WELL_KNOWN } from '../generator/anchors.js';
import { SyntheticGraph } from '../generator/graph.js';
import { loadSyntheticGraph } from '../generator/load.js';
import { graphIdentity } from '../generator/options.js';
import { startTestApi, type TestApi } from './support/api.js';
import { openTestDb, resetToSeedGraph, testDbOptions } from './support/db.js';
import { instanceHome, START_TIMEOUT_S, STOP_ALL_TIMEOUT_MS, stopAll, stopInstance, track, type InstanceEnv } from './support/local-neo4j.js';
import { freePort } from './support/net.js';
import { canonical } from '../examples/cookbook.js';

const OPTIONS = { companies: 300, seed: 7, batch: 2_000 };
const ARGS = ['--companies', String(OPTIONS.companies), '--seed', String(OPTIONS.seed), '--bulk'];

const db = openTestDb();
const drivers: Driver[] = [];
const apis: TestApi[] = [];
let env: InstanceEnv;
let bulkDb: Database;

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** `npm run generate -- <args>` with the throw-away instance's settings (NEO4J_URI unset unless given). */
function generateCli(args: string[], extra: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'generator/cli.ts', ...args],
      {
        encoding: 'utf8',
        env: { ...process.env, NEO4J_URI: '', NEO4J_USER: 'neo4j', NEO4J_LOCAL_START_TIMEOUT: String(START_TIMEOUT_S), ...env, LOG_LEVEL: 'silent', ...extra },
        timeout: (START_TIMEOUT_S * 2 + 120) * 1000,
      },
      (error, stdout, stderr) => resolve({ status: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr }),
    );
  });
}

let first: Run;

beforeAll(
  async () => {
    env = track({
      NEO4J_LOCAL_INSTANCE: 'bulk-test',
      NEO4J_LOCAL_PORT: String(await freePort()),
      NEO4J_PASSWORD: 'kg-bulk-password',
      NEO4J_LOCAL_HEAP: '512m',
      NEO4J_LOCAL_PAGECACHE: '128m',
    });
    await stopInstance(env); // one left by an interrupted earlier run
    rmSync(instanceHome(env), { recursive: true, force: true });
    // The bulk load and the online load of the same graph, side by side.
    [first] = await Promise.all([generateCli(ARGS), loadSyntheticGraph(db, new SyntheticGraph(OPTIONS), { reset: true })]);
    const o = { uri: `bolt://127.0.0.1:${env.NEO4J_LOCAL_PORT}`, user: 'neo4j', password: env.NEO4J_PASSWORD!, database: 'neo4j', queryTimeoutMs: 30_000 };
    bulkDb = new Database(createDriver(o), o);
  },
  (START_TIMEOUT_S * 2 + 180) * 1000,
);
afterAll(async () => {
  try {
    for (const api of apis) await api.stop();
    for (const d of drivers) await d.close();
    await resetToSeedGraph(db);
    await db.close();
  } finally {
    await stopAll();
    rmSync(instanceHome(env), { recursive: true, force: true });
  }
}, STOP_ALL_TIMEOUT_MS + 60_000);

/** Bookkeeping nodes, whose times (and the version's count of write transactions) say when, not what. */
const BOOKKEEPING = ['GraphVersion', 'Migration', 'SyntheticGraph'];

/**
 * Every node but the bookkeeping, and every relationship with the identity of its ends, as comparable
 * text: labels or type and each property's type and text (src/export/values.ts). An empty list counts as
 * absent: neo4j-admin has no field for an empty list, and the API reads a missing list as empty.
 */
async function contents(driver: Driver): Promise<{ nodes: string[]; relationships: string[] }> {
  const session = driver.session({ database: 'neo4j' });
  const props = (p: Record<string, unknown>) =>
    Object.entries(p)
      .filter(([, v]) => !(Array.isArray(v) && v.length === 0))
      .map(([k, v]) => [k, encode(v)] as const)
      .sort(([a], [b]) => a.localeCompare(b));
  try {
    const nodes = await session.run('MATCH (n) WHERE NOT any(l IN labels(n) WHERE l IN $skip) RETURN labels(n) AS labels, properties(n) AS p', {
      skip: BOOKKEEPING,
    });
    const relationships = await session.run(
      'MATCH (a)-[r]->(b) RETURN type(r) AS type, properties(r) AS p, [labels(a), coalesce(a.id, a.key, a.hash)] AS start, [labels(b), coalesce(b.id, b.key, b.hash)] AS end',
    );
    return {
      nodes: nodes.records.map((r) => JSON.stringify([[...(r.get('labels') as string[])].sort(), props(r.get('p'))])).sort(),
      relationships: relationships.records.map((r) => JSON.stringify([r.get('type'), r.get('start'), r.get('end'), props(r.get('p'))])).sort(),
    };
  } finally {
    await session.close();
  }
}

describe('generate --bulk', () => {
  it('loads the same graph as the write path: every node and relationship, property for property, typed', async () => {
    expect(first.stderr).toContain('neo4j-admin: IMPORT DONE');
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/bulk-loaded synthetic-v\d+:companies=300:seed=7 into bolt:\/\/127\.0\.0\.1:\d+/);

    const online = exportDriver(testDbOptions());
    const bulk = exportDriver({ uri: `bolt://127.0.0.1:${env.NEO4J_LOCAL_PORT}`, user: 'neo4j', password: env.NEO4J_PASSWORD! });
    drivers.push(online, bulk);
    const [expected, actual] = [await contents(online), await contents(bulk)];
    expect(expected.nodes.length).toBeGreaterThan(1_000);
    expect(actual.nodes).toHaveLength(expected.nodes.length);
    expect(actual.relationships).toHaveLength(expected.relationships.length);
    expect(actual.nodes).toEqual(expected.nodes);
    expect(actual.relationships).toEqual(expected.relationships);
  });

  it('leaves the bookkeeping a write would: graph version, migration ledger, the marker of this graph, complete', async () => {
    const read = (d: Database) =>
      d.read({
        name: 'test',
        text: `CALL () { MATCH (m:Migration) RETURN collect(m.id) AS migrations }
               OPTIONAL MATCH (v:GraphVersion {id: 'graph'})
               OPTIONAL MATCH (s:SyntheticGraph {key: 'synthetic'})
               RETURN migrations, v.version AS version, s.identity AS identity, s.complete AS complete`,
      });
    const [[online], [bulk]] = [await read(db), await read(bulkDb)];
    expect([...(bulk!.migrations as string[])].sort()).toEqual([...(online!.migrations as string[])].sort());
    expect(bulk!.version).toBeGreaterThanOrEqual(1);
    expect(bulk).toMatchObject({ identity: graphIdentity(OPTIONS), complete: true });
  });

  it('answers GraphQL as the online graph does: an ownership chain with its evidence, a search, a neighbourhood', async () => {
    const [online, bulk] = [await startTestApi(openTestDb()), await startTestApi(bulkDb)];
    apis.push(online, bulk);
    const SOURCES = 'sources { excerpt start end textHash support reportedOn article { id title date outlet { name } } }';
    const queries = [
      `{ ownershipChain(entity: "${WELL_KNOWN.deepLeaf}", maxHops: ${DEEP_LEAF_DEPTH}) { entity { id name } hasCycle truncated ultimateOwners { id name } paths { length owner { id } hops { type from { id } to { id } reportedOn ${SOURCES} } } } }`,
      `{ subsidiaries(entity: "${WELL_KNOWN.hub}", maxHops: 2) { depth entity { id name kind } } }`,
      `{ search(query: "syn", limit: 20) { entity { id name kind } } }`,
      `{ neighbourhood(entity: "${WELL_KNOWN.pathFrom}") { centre { id name aliases } truncated nodes { entity { id name kind aliases } } edges { id type from { id } to { id } support reportedOn } } }`,
    ];
    for (const query of queries) {
      const [a, b] = [await online.gql(query), await bulk.gql(query)];
      expect(a.errors, query).toBeUndefined();
      // A neighbourhood's edges come in no defined order: compared as a set, as the cookbook test does.
      expect(canonical(b), query).toEqual(canonical(a));
    }
    const { data } = await bulk.gql(`{ ownershipChain(entity: "${WELL_KNOWN.deepLeaf}", maxHops: ${DEEP_LEAF_DEPTH}) { paths { length owner { id } } } }`);
    expect(data.ownershipChain.paths).toEqual([{ length: DEEP_LEAF_DEPTH, owner: { id: WELL_KNOWN.deepRoot } }]);
  }, 180_000);

  it('reuses the graph on a second run; refuses a NEO4J_URI that is not the local instance, planning nothing', async () => {
    const again = await generateCli(ARGS);
    expect(again.status, again.stderr).toBe(0);
    expect(again.stdout).toMatch(/^reuse: bolt:\/\/127\.0\.0\.1:\d+ already holds synthetic-v\d+:companies=300:seed=7 \(complete\); nothing written$/m);

    const remote = await generateCli(ARGS, { NEO4J_URI: 'neo4j+s://example.databases.neo4j.io' });
    expect(remote.status).toBe(1);
    expect(remote.stdout).toBe('');
    expect(remote.stderr).toMatch(/^refusing to bulk load: NEO4J_URI is neo4j\+s:\/\/example\.databases\.neo4j\.io, not the local instance/);
  });
});
