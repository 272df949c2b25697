/**
 * Logical backups: the graph as gzipped JSON Lines, read and written through the driver, so they work
 * against any Neo4j (Aura, a cluster, the local one). The file is a header line, one line per node
 * (`{"k": key, "l": labels, "p": properties}`), one per relationship (`{"t": type, "s": start key, "e": end
 * key, "p": properties}`) and a closing line with the counts (a file without it was cut short). Values keep
 * their Neo4j types (values.ts). Both directions stream: the export pulls a page of records at a time and
 * waits for the file to take them, the restore writes a batch of lines at a time, so memory stays flat
 * whatever the graph's size. The schema is not in the file: the migrations make it after a restore.
 */
import { once } from 'node:events';
import { createReadStream, createWriteStream, renameSync, rmSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import neo4j, { type Driver } from 'neo4j-driver';
import { z } from 'zod';
import { cypher } from '../db/cypher.js';
import { decodeProperties, encodeProperties } from './values.js';

export const FORMAT = 'kg-graphql-logical-backup';
const VERSION = 1;

const EXPORT_NODES = cypher('admin/export-nodes');
const EXPORT_RELATIONSHIPS = cypher('admin/export-relationships');
const NODE_COUNT = cypher('admin/node-count');
const WIPE = [cypher('admin/wipe-relationships'), cypher('admin/wipe-nodes')];
const RESTORE_INDEX = cypher('admin/restore-index');
const AWAIT_INDEXES = cypher('admin/await-indexes');
const RESTORE_NODES = cypher('admin/restore-nodes');
const RESTORE_RELATIONSHIPS = cypher('admin/restore-relationships');
const RESTORE_UNMARK = cypher('admin/restore-unmark');
const RESTORE_DROP_INDEX = cypher('admin/restore-drop-index');

const Properties = z.record(z.string(), z.unknown());
const Header = z.object({ format: z.string(), version: z.number() });
const NodeLine = z.object({ k: z.string(), l: z.array(z.string()), p: Properties });
const RelationshipLine = z.object({ t: z.string(), s: z.string(), e: z.string(), p: Properties });
const EndLine = z.object({ end: z.object({ nodes: z.number(), relationships: z.number() }) });
const Line = z.union([NodeLine, RelationshipLine, EndLine]);

/** Records per pull of the export's stream, and lines per write transaction of a restore. */
const PAGE = 5_000;
/** A whole-graph export or restore outlasts a request's timeout (the local launcher's default is 60 s). */
const LONG_TIMEOUT_MS = 6 * 3_600_000;

export interface Counts {
  nodes: number;
  relationships: number;
}

/**
 * A driver for backups: lossless integers, so an INTEGER and a FLOAT stay apart (the API's driver reads
 * both as JS numbers), and parameters go out exactly as decoded (no number turned into an INTEGER).
 */
export function backupDriver(o: { uri: string; user: string; password: string }): Driver {
  return neo4j.driver(o.uri, neo4j.auth.basic(o.user, o.password), {
    notificationFilter: { minimumSeverityLevel: 'OFF' },
    userAgent: 'kg-graphql-backup',
  });
}

/** Writes the database's graph to `file` (through `file.partial`, renamed at the end, so a failed export leaves no file that looks whole). */
export async function exportLogical(driver: Driver, database: string, file: string): Promise<Counts> {
  const partial = `${file}.partial`;
  const gzip = createGzip();
  const written = pipeline(gzip, createWriteStream(partial));
  const counts: Counts = { nodes: 0, relationships: 0 };
  const put = async (line: unknown) => {
    if (!gzip.write(`${JSON.stringify(line)}\n`)) await once(gzip, 'drain');
  };
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ, fetchSize: PAGE });
  try {
    // One transaction, so the relationships' ends are among the nodes read before them.
    const tx = await session.beginTransaction({ timeout: LONG_TIMEOUT_MS, metadata: { query: 'admin/backup' } });
    try {
      await put({ format: FORMAT, version: VERSION, createdAt: new Date().toISOString(), database });
      for await (const r of tx.run(EXPORT_NODES.text)) {
        await put({ k: r.get('key'), l: r.get('labels'), p: encodeProperties(r.get('props')) });
        counts.nodes++;
      }
      for await (const r of tx.run(EXPORT_RELATIONSHIPS.text)) {
        await put({ t: r.get('type'), s: r.get('start'), e: r.get('end'), p: encodeProperties(r.get('props')) });
        counts.relationships++;
      }
      await put({ end: counts });
    } finally {
      await tx.close();
    }
    gzip.end();
    await written;
    renameSync(partial, file);
    return counts;
  } catch (error) {
    gzip.destroy();
    await written.catch(() => {});
    rmSync(partial, { force: true });
    throw error;
  } finally {
    await session.close();
  }
}

export class RestoreRefused extends Error {
  override name = 'RestoreRefused';
}

/** Node count of the database (from the count store). */
export async function nodeCount(driver: Driver, database: string): Promise<number> {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  try {
    const { records } = await session.run(NODE_COUNT.text);
    return Number(records[0]?.get('nodes') ?? 0);
  } finally {
    await session.close();
  }
}

/** Refuses a database that holds nodes, unless `force`, which empties it first. */
export async function ensureEmpty(driver: Driver, database: string, force: boolean): Promise<void> {
  const nodes = await nodeCount(driver, database);
  if (nodes === 0) return;
  if (!force) throw new RestoreRefused(`the database ${database} is not empty (${nodes} nodes): restore into an empty one, or pass --force to wipe it first`);
  for (const step of WIPE) await autoCommit(driver, database, step.text);
}

async function autoCommit(driver: Driver, database: string, text: string, params: Record<string, unknown> = {}): Promise<void> {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.WRITE });
  try {
    await session.run(text, params, { timeout: LONG_TIMEOUT_MS });
  } finally {
    await session.close();
  }
}

/** The lines of a gzipped JSON Lines file, parsed and checked (the first by `first`, the others by Line), one at a time. */
async function* lines<H>(file: string, first: z.ZodType<H>): AsyncGenerator<H | z.infer<typeof Line>> {
  const input = createReadStream(file).pipe(createGunzip());
  let n = 0;
  for await (const text of createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY })) {
    n++;
    if (text.trim() === '') continue;
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw new Error(`${file}: line ${n} is not JSON`);
    }
    const checked = (n === 1 ? first : Line).safeParse(json);
    if (!checked.success) throw new Error(`${file}: line ${n} is not a line of a logical backup: ${text.slice(0, 200)}`);
    yield checked.data;
  }
}

/**
 * Writes the graph of `file` into the database, which must be empty (`force` empties it first): the
 * nodes in batches, each marked with its backup key, then the relationships in batches, each end found
 * by its key, then the marks come off. Returns what was written.
 */
export async function restoreLogical(driver: Driver, database: string, file: string, force: boolean): Promise<Counts> {
  const it = lines(file, Header);
  const header = Header.safeParse((await it.next()).value);
  if (!header.success || header.data.format !== FORMAT)
    throw new Error(`${file} is not a logical backup of this project (its first line names no format ${FORMAT})`);
  if (header.data.version !== VERSION) throw new Error(`${file} is a logical backup of version ${header.data.version}; this version reads ${VERSION}`);
  await ensureEmpty(driver, database, force);
  await autoCommit(driver, database, RESTORE_INDEX.text);
  await autoCommit(driver, database, AWAIT_INDEXES.text);

  const session = driver.session({ database, defaultAccessMode: neo4j.session.WRITE });
  const counts: Counts = { nodes: 0, relationships: 0 };
  let expected: Counts | undefined;
  let batch: Record<string, unknown>[] = [];
  let batchOf: 'nodes' | 'relationships' = 'nodes';
  const flush = async () => {
    if (batch.length === 0) return;
    const rows = batch;
    batch = [];
    const text = batchOf === 'nodes' ? RESTORE_NODES.text : RESTORE_RELATIONSHIPS.text;
    await session.executeWrite((tx) => tx.run(text, { rows }), { timeout: LONG_TIMEOUT_MS });
  };
  try {
    for await (const line of it) {
      if ('end' in line) {
        expected = line.end;
        break;
      }
      const kind = 'k' in line ? 'nodes' : 'relationships';
      if (kind !== batchOf) {
        await flush();
        batchOf = kind;
      }
      if ('k' in line) batch.push({ key: line.k, labels: line.l, props: decodeProperties(line.p) });
      else if ('t' in line) batch.push({ type: line.t, start: line.s, end: line.e, props: decodeProperties(line.p) });
      counts[kind]++;
      if (batch.length >= PAGE) await flush();
    }
    await flush();
  } finally {
    await session.close();
  }
  if (!expected)
    throw new Error(
      `${file} ends before its closing line (cut short?): ${counts.nodes} nodes and ${counts.relationships} relationships were restored; restore a whole file with --force`,
    );
  if (expected.nodes !== counts.nodes || expected.relationships !== counts.relationships)
    throw new Error(
      `${file} says it holds ${expected.nodes} nodes and ${expected.relationships} relationships, but ${counts.nodes} and ${counts.relationships} were read`,
    );
  await autoCommit(driver, database, RESTORE_UNMARK.text);
  await autoCommit(driver, database, RESTORE_DROP_INDEX.text);
  return counts;
}
