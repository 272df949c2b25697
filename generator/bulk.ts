/**
 * `npm run generate -- --bulk`: the synthetic graph loaded offline, for sizes the write path would take
 * most of an hour over. The same record sets as the online load (batches.ts) become the graph the write
 * path would store (bulk-csv.ts), written as neo4j-admin CSV into the local instance's folder, imported
 * with `neo4j-admin database import full` while the instance is stopped, and the instance started again;
 * then the migrations make the indexes (the data migrations are recorded as applied: the CSV holds the
 * data in its current form), the graph version is set as a write would set it, and the marker says which
 * graph this is, complete, so a later `generate` or `bench:scale` of the same graph reuses it.
 *
 * Only the local instance (neo4j/neo4j.mjs; NEO4J_URI unset, or naming it): the import replaces its
 * database's files. What it holds decides, as for the online load: the same graph, complete, is reused;
 * an empty database is written; any other (another synthetic graph, or entities not generated) is refused
 * unless `--reset` says to replace it.
 */
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { neo4jConfig, start as startLocal, stop as stopLocal } from '../neo4j/neo4j.mjs';
import type { Config } from '../src/config/config.js';
import { cypher } from '../src/db/cypher.js';
import { createDriver, Database } from '../src/db/database.js';
import { migrate, recordDataMigrations } from '../src/db/migrate.js';
import { AdminCsvWriter } from '../src/export/admin-csv.js';
import { encodeAsParameter, StoredGraphCsv } from './bulk-csv.js';
import type { SyntheticGraph } from './graph.js';
import { graphState, markBulkLoad, notEmpty } from './marker.js';
import { type ImportSummary, importFull } from './neo4j-admin.js';
import { graphIdentity } from './options.js';

const BUMP_VERSION = cypher('store/bump-version');
/** Index population of a large bulk-loaded graph outlasts the migrations' default wait. */
const AWAIT_INDEXES_S = 3_600;

export class NotLocalError extends Error {
  override name = 'NotLocalError';
}

/** Why `config` does not name the local instance the bulk load can import into, or undefined when it does. */
export function notLocal(config: Config): string | undefined {
  if (config.NEO4J_DATABASE !== 'neo4j')
    return `NEO4J_DATABASE is "${config.NEO4J_DATABASE}": the bulk load imports into the local instance's database "neo4j"`;
  if (config.managedNeo4j) return undefined;
  let url: URL | undefined;
  try {
    url = new URL(config.neo4jUri);
  } catch {
    url = undefined;
  }
  const local =
    url &&
    ['bolt:', 'neo4j:'].includes(url.protocol) &&
    ['127.0.0.1', 'localhost'].includes(url.hostname) &&
    Number(url.port || 7687) === config.NEO4J_LOCAL_PORT;
  return local
    ? undefined
    : `NEO4J_URI is ${config.neo4jUri}, not the local instance (bolt://127.0.0.1:${config.NEO4J_LOCAL_PORT}): the bulk load replaces the database's files with neo4j-admin, which only the local instance allows; unset NEO4J_URI (and set NEO4J_LOCAL_PORT, NEO4J_LOCAL_INSTANCE to choose the instance)`;
}

export interface BulkOptions {
  /** Replace a database that holds anything but this graph (another synthetic graph, entities not generated). */
  reset?: boolean;
  /** Keep the CSV files after the import (they are deleted otherwise). */
  keepCsv?: boolean;
  /** Records written to CSV so far, of `total`. */
  onProgress?: (done: number, total: number, elapsedMs: number) => void;
  /** A step begins, or neo4j-admin says where it is. */
  onStep?: (line: string) => void;
}

export interface BulkResult {
  outcome: 'written' | 'reused';
  identity: string;
  uri: string;
  /** Seconds per step; `total` from the state check to the marker. */
  seconds: { csv: number; import: number; start: number; migrate: number; total: number };
  csv: { dir: string; bytes: number; files: number; nodes: number; relationships: number };
  imported: ImportSummary;
}

function openDatabase(config: Config, uri: string): Database {
  const options = { uri, user: config.NEO4J_USER, password: config.NEO4J_PASSWORD, database: 'neo4j', queryTimeoutMs: 3_600_000 };
  return new Database(createDriver(options), options);
}

/** Loads `graph` into the local instance with neo4j-admin (see the module's comment). */
export async function bulkLoad(graph: SyntheticGraph, config: Config, options: BulkOptions = {}): Promise<BulkResult> {
  const why = notLocal(config);
  if (why) throw new NotLocalError(why);
  const step = options.onStep ?? (() => undefined);
  const identity = graphIdentity(graph.options);
  const local = neo4jConfig();
  const uri = `bolt://127.0.0.1:${local.port}`;
  const started = new Date();
  const t0 = performance.now();
  const result: BulkResult = {
    outcome: 'written',
    identity,
    uri,
    seconds: { csv: 0, import: 0, start: 0, migrate: 0, total: 0 },
    csv: { dir: join(local.home, 'bulk-csv'), bytes: 0, files: 0, nodes: 0, relationships: 0 },
    imported: { nodes: 0, relationships: 0, properties: 0, seconds: 0 },
  };

  // 1. What the instance holds (started if it has a store), which decides whether to write at all.
  if (existsSync(join(local.dataDir, 'databases', 'neo4j'))) {
    step(`checking what ${uri} holds`);
    await startLocal({ quiet: true });
    const db = openDatabase(config, uri);
    try {
      const { nodes, marker } = await graphState(db);
      if (marker?.identity === identity && marker.complete && !options.reset) {
        result.outcome = 'reused';
        return result;
      }
      if (nodes > 0 && !options.reset) throw notEmpty(nodes, marker, 'run with --reset to replace it');
    } finally {
      await db.close();
    }
  }

  // 2. The instance stops (its data untouched until the import), the CSV files are written, imported.
  step(`stopping the local instance (${local.home})`);
  await stopLocal({ quiet: true });
  let t = performance.now();
  // Every file may span lines (`--multiline-fields=true`): naming only ArticleText.csv (format v2) fails on a
  // million companies in neo4j-admin 5.26 ("found CR outside a text cell" at a 4 MB buffer's end).
  const writer = new AdminCsvWriter(result.csv.dir, { encode: encodeAsParameter });
  const stored = new StoredGraphCsv(writer);
  try {
    let done = 0;
    for (const batch of graph.batches()) {
      await stored.write(batch.set, graph.texts);
      done += batch.records;
      options.onProgress?.(done, graph.totals.records, performance.now() - t);
    }
    const written = await writer.finish();
    result.csv = {
      ...result.csv,
      bytes: written.files.reduce((n, f) => n + f.bytes, 0),
      files: written.files.length,
      nodes: written.rows.nodes,
      relationships: written.rows.relationships,
    };
  } catch (error) {
    writer.abort();
    throw error;
  }
  result.seconds.csv = (performance.now() - t) / 1000;

  step(
    `neo4j-admin database import full: ${result.csv.nodes.toLocaleString('en-US')} nodes, ${result.csv.relationships.toLocaleString('en-US')} relationships`,
  );
  const heap = process.env.NEO4J_LOCAL_HEAP || '1g';
  const offHeap = process.env.NEO4J_LOCAL_PAGECACHE || '1g';
  result.imported = await importFull({ dir: result.csv.dir, heap, offHeap, onLine: (line) => step(`neo4j-admin: ${line}`) });
  result.seconds.import = result.imported.seconds;
  if (!options.keepCsv) rmSync(result.csv.dir, { recursive: true, force: true });

  // 3. Started again: indexes, graph version, marker.
  step(`starting the local instance on ${uri}`);
  t = performance.now();
  await startLocal({ quiet: true });
  result.seconds.start = (performance.now() - t) / 1000;
  const db = openDatabase(config, uri);
  try {
    step('migrations: creating the indexes and waiting for them to come online');
    t = performance.now();
    await recordDataMigrations(db);
    await migrate(db, { awaitIndexesSeconds: AWAIT_INDEXES_S });
    result.seconds.migrate = (performance.now() - t) / 1000;
    await db.write(BUMP_VERSION);
    await markBulkLoad(db, graph, started);
  } finally {
    await db.close();
  }
  result.seconds.total = (performance.now() - t0) / 1000;
  return result;
}
