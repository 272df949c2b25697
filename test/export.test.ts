/**
 * `npm run export`, run as the command it is, against the seeded test database:
 * - GraphML loads in a GraphML reader (graphology-graphml) with the database's node and relationship counts,
 *   typed keys, Source nodes with their REPORTED_BY edges; a neighbourhood export is bounded and keeps its evidence;
 * - CSV imports with `neo4j-admin database import full` into a throw-away local instance (its own name and
 *   free port, stopped in afterAll pass or fail) holding the same nodes and relationships, property for
 *   property and type for type (dates stay dates, article texts whole);
 * - bad arguments: one line, exit code 1.
 */
import { execFile, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MultiDirectedGraph } from 'graphology';
import { parse } from 'graphology-graphml';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportDriver } from '../src/export/read.js';
import { encode } from '../src/export/values.js';
import { counts, openTestDb, q, resetToSeedGraph, testDbOptions } from './support/db.js';
import { instanceHome, START_TIMEOUT_S, startInstance, STOP_ALL_TIMEOUT_MS, stopAll, stopInstance, type InstanceEnv } from './support/local-neo4j.js';
import { freePort } from './support/net.js';

const db = openTestDb();
const dir = mkdtempSync(join(tmpdir(), 'kg-export-test-'));
const drivers: Driver[] = [];
let imported: InstanceEnv | undefined;

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** `npm run export -- <args>` against the test database. */
function exportCli(args: string[]): Promise<Run> {
  const o = testDbOptions();
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'src/cli/export.ts', ...args],
      { encoding: 'utf8', env: { ...process.env, NEO4J_URI: o.uri, NEO4J_USER: o.user, NEO4J_PASSWORD: o.password, LOG_LEVEL: 'silent' }, timeout: 120_000 },
      (error, stdout, stderr) => resolve({ status: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr }),
    );
  });
}

beforeAll(() => resetToSeedGraph(db));
afterAll(async () => {
  try {
    await db.close();
    for (const d of drivers) await d.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
    await stopAll();
    if (imported) rmSync(instanceHome(imported), { recursive: true, force: true });
  }
}, STOP_ALL_TIMEOUT_MS + 30_000);

describe('export arguments', () => {
  it.each([
    [['--format', 'bogus'], /^unknown format "bogus" \(known: graphml, csv, bods, ftm\)$/],
    [['--format', 'graphml', '--around', 'nobody-at-all', '--out', join(dir, 'x.graphml')], /^unknown entity "nobody-at-all"/],
    [['--format', 'graphml', '--around', 'WhatsApp', '--hops', '4'], /^--hops must be a whole number from 1 to 3 \(got "4"\)$/],
    [['--format', 'graphml', '--hops', '2'], /^--hops goes with --around$/],
    [[], /^--format is required/],
  ])('%j: one line, exit code 1', async (args, message) => {
    const run = await exportCli(args);
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr.trim()).toMatch(message);
  });
});

describe('GraphML', () => {
  it('loads in a GraphML reader with every node and relationship of the database, typed', async () => {
    const out = join(dir, 'graph.graphml');
    const run = await exportCli(['--format', 'graphml', '--out', out]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const text = readFileSync(out, 'utf8');
    const graph = parse(MultiDirectedGraph, text);
    const inDb = await counts(db);
    expect({ nodes: graph.order, relationships: graph.size }).toEqual(inDb);
    expect(run.stdout).toContain(`${inDb.nodes} nodes, ${inDb.relationships} relationships`);

    const facebook = graph.findNode((_, a) => a.id === 'company:facebook')!;
    expect(graph.getNodeAttributes(facebook)).toMatchObject({ labels: 'Entity:Company', label: 'Facebook', kind: 'Company' });
    expect(JSON.parse(graph.getNodeAttribute(facebook, 'aliases') as string)).toContain('WhatsApp owner Facebook');
    // Keys say their Neo4j types: dates as ISO text, integers as long, lists as JSON.
    expect(text).toMatch(/<key id="kn\d+" for="node" attr.name="start" attr.type="long"><desc>neo4j: long<\/desc><\/key>/);
    expect(text).toMatch(/<key id="kn\d+" for="node" attr.name="date" attr.type="string"><desc>neo4j: date<\/desc><\/key>/);
    expect(text).toMatch(/<key id="kn\d+" for="node" attr.name="aliases" attr.type="string"><desc>neo4j: string\[\] as JSON<\/desc><\/key>/);

    // The evidence of a fact: its Source nodes name the edge's id and lead to their article.
    const owns = graph.findEdge((_, a) => a.id === 'rel:owns:facebook:whatsapp')!;
    expect(graph.getEdgeAttributes(owns)).toMatchObject({ type: 'OWNS', support: 'STATED', reportedOn: '2020-07-06' });
    const sources = graph.filterNodes((_, a) => a.labels === 'Source' && a.fact === 'rel:owns:facebook:whatsapp');
    const [row] = await db.read(q("MATCH (s:Source {fact: 'rel:owns:facebook:whatsapp'}) RETURN count(s) AS n"));
    expect(sources).toHaveLength(row!.n as number);
    for (const s of sources) {
      const [edge] = graph.outEdges(s).filter((e) => graph.getEdgeAttribute(e, 'type') === 'REPORTED_BY');
      expect(graph.getNodeAttribute(graph.target(edge!), 'labels')).toBe('Entity:Article');
    }
  });

  it('exports a neighbourhood with its evidence: the entities within the hops, their facts, sources, articles and texts', async () => {
    const out = join(dir, 'around.graphml');
    const run = await exportCli(['--format', 'graphml', '--around', 'whatsapp', '--hops', '1', '--out', out]);
    expect(run.status).toBe(0);
    const graph = parse(MultiDirectedGraph, readFileSync(out, 'utf8'));
    const ids = new Set(graph.mapNodes((_, a) => a.id as string | undefined));
    expect(ids).toContain('service:whatsapp');
    expect(ids).toContain('company:facebook');
    // Entities one fact away, not two: ByteDance owns TikTok, nothing ties it to WhatsApp in one hop.
    expect(ids).not.toContain('company:bytedance');
    const entities = graph.filterNodes((_, a) => String(a.labels).startsWith('Entity:') && a.labels !== 'Entity:Article');
    expect(entities.length).toBeLessThanOrEqual(201);
    for (const s of graph.filterNodes((_, a) => a.labels === 'Source')) {
      const article = graph.outNeighbors(s)[0]!;
      expect(graph.getNodeAttribute(article, 'labels')).toBe('Entity:Article');
      const texts = graph.outNeighbors(article).filter((n) => graph.getNodeAttribute(n, 'labels') === 'ArticleText');
      expect(texts).toHaveLength(1);
      const { start, end, excerpt } = graph.getNodeAttributes(s) as { start: number; end: number; excerpt: string };
      expect((graph.getNodeAttribute(texts[0]!, 'text') as string).slice(start, end)).toBe(excerpt);
    }
  });
});

/** Runs `neo4j-admin` from the jars the local Neo4j runs from, with the instance's folders; rejects with its output's tail. */
function neo4jAdmin(env: InstanceEnv, args: string[], cwd: string): Promise<void> {
  const home = instanceHome(env);
  mkdirSync(join(home, 'logs'), { recursive: true });
  const conf = join(home, 'admin.conf');
  writeFileSync(conf, `server.directories.data=${join(home, 'data')}\nserver.directories.logs=${join(home, 'logs')}\n`);
  const java = process.env.JAVA_HOME ? join(process.env.JAVA_HOME, 'bin', 'java') : 'java';
  return new Promise((resolve, reject) => {
    const child = spawn(
      java,
      ['-Xmx512m', '-cp', join(process.cwd(), '.neo4j', 'lib', '*'), 'org.neo4j.cli.AdminTool', ...args, `--additional-config=${conf}`],
      {
        cwd,
        env: { ...process.env, NEO4J_HOME: home, NEO4J_CONF: join(home, 'conf') },
      },
    );
    let output = '';
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString('utf8')).slice(-10_000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`neo4j-admin exit ${code}:\n${output}`))));
  });
}

/**
 * Every node, or every relationship with the identity of its ends, as comparable text: labels or type and
 * each property's type and text (src/export/values.ts). An empty list counts as absent: neo4j-admin has no
 * field for an empty list, and the API reads a missing list as empty.
 */
async function contents(driver: Driver): Promise<{ nodes: string[]; relationships: string[] }> {
  const session = driver.session({ database: 'neo4j' });
  const props = (p: Record<string, unknown>) =>
    Object.entries(p)
      .filter(([, v]) => !(Array.isArray(v) && v.length === 0))
      .map(([k, v]) => [k, encode(v)] as const)
      .sort(([a], [b]) => a.localeCompare(b));
  try {
    const nodes = await session.run('MATCH (n) RETURN labels(n) AS labels, properties(n) AS p');
    const relationships = await session.run(
      'MATCH (a)-[r]->(b) RETURN type(r) AS type, properties(r) AS p, [labels(a), coalesce(a.id, a.key, a.hash, a.excerpt)] AS start, [labels(b), coalesce(b.id, b.key, b.hash, b.excerpt)] AS end',
    );
    return {
      nodes: nodes.records.map((r) => JSON.stringify([[...(r.get('labels') as string[])].sort(), props(r.get('p'))])).sort(),
      relationships: relationships.records.map((r) => JSON.stringify([r.get('type'), r.get('start'), r.get('end'), props(r.get('p'))])).sort(),
    };
  } finally {
    await session.close();
  }
}

describe('CSV for neo4j-admin import', () => {
  it(
    'imports into an empty instance with the same nodes and relationships, typed, article texts whole',
    async () => {
      const out = join(dir, 'csv');
      const run = await exportCli(['--format', 'csv', '--out', out]);
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      const header = readFileSync(join(out, 'nodes', 'Source.csv'), 'utf8').split('\n')[0]!;
      expect(header).toMatch(/^:ID,:LABEL,/);
      expect(header.split(',')).toEqual(expect.arrayContaining(['start:long', 'date:date', 'excerpt:string', 'id:string']));
      expect(readFileSync(join(out, 'nodes', 'Entity_Company.csv'), 'utf8').split('\n')[0]).toContain('aliases:string[]');
      expect(readFileSync(join(out, 'relationships', 'OWNS.csv'), 'utf8').split('\n')[0]).toMatch(/^:START_ID,:END_ID,:TYPE,/);

      // A fresh instance: imported into before its first start, which then opens the imported store.
      const port = await freePort();
      const env: InstanceEnv = {
        NEO4J_LOCAL_INSTANCE: 'export-import',
        NEO4J_LOCAL_PORT: String(port),
        NEO4J_PASSWORD: 'kg-export-password',
        NEO4J_LOCAL_HEAP: '512m',
        NEO4J_LOCAL_PAGECACHE: '64m',
      };
      imported = env;
      await stopInstance(env); // one left by an interrupted earlier run
      rmSync(instanceHome(env), { recursive: true, force: true });
      await neo4jAdmin(env, ['database', 'import', 'full', 'neo4j', '@import.args'], out);
      await startInstance(env);

      const source = exportDriver(testDbOptions());
      const copy = exportDriver({ uri: `bolt://127.0.0.1:${port}`, user: 'neo4j', password: env.NEO4J_PASSWORD! });
      drivers.push(source, copy);
      const [before, after] = [await contents(source), await contents(copy)];
      expect(after.nodes).toHaveLength(before.nodes.length);
      expect(after.relationships).toHaveLength(before.relationships.length);
      expect(after.nodes).toEqual(before.nodes);
      expect(after.relationships).toEqual(before.relationships);

      // Spelled out: a date is a date, article texts are whole (their excerpts still match).
      const session = copy.session({ database: 'neo4j' });
      try {
        const { records } = await session.run(
          `MATCH (s:Source)-[:REPORTED_BY]->(:Article)-[:HAS_TEXT]->(t:ArticleText)
           RETURN count(s) AS sources, sum(CASE WHEN substring(t.text, s.start, s.end - s.start) = s.excerpt THEN 1 ELSE 0 END) AS verbatim,
                  [x IN collect(s.date) WHERE x IS NOT NULL | valueType(x)][0] AS dateType`,
        );
        const r = records[0]!;
        expect(Number(r.get('sources'))).toBeGreaterThan(400);
        expect(Number(r.get('verbatim'))).toBe(Number(r.get('sources')));
        expect(r.get('dateType')).toBe('DATE NOT NULL');
      } finally {
        await session.close();
      }
    },
    (START_TIMEOUT_S + 180) * 1000,
  );
});
