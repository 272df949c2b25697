/**
 * Backups round-trip, against a throw-away local Neo4j of this file's own (instance "backup" on a free
 * port, stopped in afterAll pass or fail: a physical backup stops and starts the instance it backs up, so
 * it must not be the shared test database). The seed graph plus a node and a relationship holding every
 * property type are backed up, restored into the emptied database and exported again: the canonical
 * export (each relationship named by its ends' contents, all lines sorted) is the same, for a logical
 * backup and for a dump, and every value keeps its type.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { wipeDatabase } from '../generator/marker.js';
import { cypher } from '../src/db/cypher.js';
import { createDriver, Database } from '../src/db/database.js';
import { q, resetToSeedGraph } from './support/db.js';
import { START_TIMEOUT_S, startInstance, STOP_ALL_TIMEOUT_MS, stopAll, stopInstance, type InstanceEnv } from './support/local-neo4j.js';
import { freePort } from './support/net.js';

const PASSWORD = 'kg-backup-password';
const CLI_TIMEOUT_MS = (2 * START_TIMEOUT_S + 120) * 1000;
let env: InstanceEnv;
let db: Database;
let options: { uri: string; user: string; password: string; database: string; queryTimeoutMs: number };
let dir: string;

/** `npm run <script> -- args` against this file's instance: exit status and output. */
function run(script: 'backup' | 'restore', args: string[]): Promise<{ status: number; out: string; stdout: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', `src/cli/${script}.ts`, ...args],
      { encoding: 'utf8', env: { ...process.env, ...env, NEO4J_URI: '', NEO4J_LOCAL_START_TIMEOUT: String(START_TIMEOUT_S) }, timeout: CLI_TIMEOUT_MS },
      (error, stdout, stderr) => resolve({ status: error ? Number(error.code ?? 1) : 0, out: `${stdout}${stderr}`.trim(), stdout }),
    );
  });
}

const sortKeys = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : 1)));

/** A logical backup's lines with the keys replaced by what they name, sorted: equal for equal graphs. */
async function canonical(file: string): Promise<string[]> {
  const nodes = new Map<string, string>();
  const out: string[] = [];
  for await (const text of createInterface({ input: createReadStream(file).pipe(createGunzip()) })) {
    const line = JSON.parse(text) as Record<string, unknown>;
    if ('k' in line) {
      const node = JSON.stringify({ l: [...(line.l as string[])].sort(), p: sortKeys(line.p as Record<string, unknown>) });
      nodes.set(line.k as string, node);
      out.push(node);
    } else if ('t' in line) {
      out.push(JSON.stringify({ t: line.t, s: nodes.get(line.s as string), e: nodes.get(line.e as string), p: sortKeys(line.p as Record<string, unknown>) }));
    }
  }
  return out.sort();
}

async function exportTo(name: string): Promise<string> {
  const file = join(dir, name);
  const r = await run('backup', ['--logical', '--out', file]);
  expect(r.status, r.out).toBe(0);
  return file;
}

const TYPED_PROPS = `{
  int: 1, float: 1.0, big: 9007199254740993, ints: [1, 2], floats: [1.0, 2.5], strings: ['a', 'b'], yes: true,
  date: date('2020-07-06'), offset: datetime('2020-07-06T10:00:00.123456789+08:00'),
  zoned: datetime('2020-07-06T10:00:00[Asia/Hong_Kong]'), local: localdatetime('2020-07-06T10:00:00.5'),
  time: time('10:00:00-01:00'), localTime: localtime('23:59:59.000000001'), duration: duration('P1Y2M3DT4H5M6.7S'),
  dates: [date('2020-07-01'), date('2020-07-31')], point: point({longitude: 114.17, latitude: 22.3})
}`;

/** Each typed property's Cypher type, as the database reports it. */
const TYPES = q(
  // Sorted: keys() lists a node's properties in store order, which a restore need not keep.
  'MATCH (n:BackupTypes)-[r:BACKUP_TYPES]->(m) UNWIND [k IN keys(n) | k + ": " + valueType(n[k])] + [k IN keys(r) | "r." + k + ": " + valueType(r[k])] AS type WITH m, type ORDER BY type RETURN collect(type) AS types, labels(m) AS end',
);

beforeAll(
  async () => {
    const port = await freePort();
    env = { NEO4J_LOCAL_INSTANCE: 'backup', NEO4J_LOCAL_PORT: String(port), NEO4J_PASSWORD: PASSWORD, NEO4J_LOCAL_HEAP: '512m', NEO4J_LOCAL_PAGECACHE: '64m' };
    await stopInstance(env); // one left by an interrupted earlier run
    await startInstance(env);
    options = { uri: `bolt://127.0.0.1:${port}`, user: 'neo4j', password: PASSWORD, database: 'neo4j', queryTimeoutMs: 30_000 };
    db = new Database(createDriver(options), options);
    await resetToSeedGraph(db);
    await db.write(q(`CREATE (:BackupTypes ${TYPED_PROPS})-[:BACKUP_TYPES ${TYPED_PROPS}]->()`));
    dir = mkdtempSync(join(tmpdir(), 'kg-backup-'));
  },
  (START_TIMEOUT_S + 120) * 1000,
);

afterAll(async () => {
  try {
    await db?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  } finally {
    await stopAll();
  }
}, STOP_ALL_TIMEOUT_MS + 30_000);

describe('backup and restore', () => {
  let original: string[];
  let types: unknown;

  it(
    'a logical backup restored into an empty database gives the same graph, every value of the same type',
    async () => {
      types = (await db.read(TYPES))[0];
      expect((types as { types: string[] }).types).toEqual(
        expect.arrayContaining(['float: FLOAT NOT NULL', 'int: INTEGER NOT NULL', 'zoned: ZONED DATETIME NOT NULL', 'floats: LIST<FLOAT NOT NULL> NOT NULL']),
      );
      const file = await exportTo('before.jsonl.gz');
      original = await canonical(file);
      expect(original.length).toBeGreaterThan(1000);

      await wipeDatabase(db);
      const r = await run('restore', [file]);
      expect(r.status, r.out).toBe(0);
      expect(r.stdout).toMatch(/^logical backup .* restored into bolt:\/\/127\.0\.0\.1:\d+ \(\d+ nodes, \d+ relationships\); migrations applied; /);
      expect(await canonical(await exportTo('after-logical.jsonl.gz'))).toEqual(original);
      expect((await db.read(TYPES))[0]).toEqual(types);
      // no restore mark is left behind
      expect(await db.read(q('MATCH (n:KgRestoring) RETURN n'))).toEqual([]);
      expect(await db.read(q("SHOW INDEXES YIELD name WHERE name = 'kg_restore_key' RETURN name"))).toEqual([]);
    },
    CLI_TIMEOUT_MS,
  );

  it(
    'a restore refuses a database that is not empty, and --force replaces it',
    async () => {
      const file = join(dir, 'before.jsonl.gz');
      const refused = await run('restore', [file]);
      expect(refused.status).toBe(1);
      expect(refused.out).toMatch(/^the database neo4j is not empty \(\d+ nodes\): restore into an empty one, or pass --force to wipe it first$/);
      const forced = await run('restore', [file, '--force']);
      expect(forced.status, forced.out).toBe(0);
      expect(await canonical(await exportTo('after-force.jsonl.gz'))).toEqual(original);
    },
    CLI_TIMEOUT_MS,
  );

  it(
    'a dump of the local instance (stopped meanwhile, started again) loads into the emptied database and gives the same graph',
    async () => {
      const file = join(dir, 'graph.dump');
      const dumped = await run('backup', ['--out', file]);
      expect(dumped.status, dumped.out).toBe(0);
      expect(dumped.out).toMatch(/backup: stopping the local Neo4j \(bolt:\/\/127\.0\.0\.1:\d+\) to dump database neo4j/);
      expect(dumped.out).toMatch(/backup: starting the local Neo4j again/);
      expect(dumped.stdout).toMatch(/^dump of database neo4j of the local Neo4j written to .*graph\.dump \(\d+\.\d MB\) in \d+\.\d s\n$/);

      await wipeDatabase(db);
      const loaded = await run('restore', [file]);
      expect(loaded.status, loaded.out).toBe(0);
      expect(loaded.stdout).toMatch(/^dump .*graph\.dump loaded into database neo4j of the local Neo4j; migrations applied; /);
      expect(await canonical(await exportTo('after-dump.jsonl.gz'))).toEqual(original);
      expect((await db.read(TYPES))[0]).toEqual(types);
    },
    2 * CLI_TIMEOUT_MS,
  );

  it('a dump does not load into a database other than the local one', async () => {
    const r = await new Promise<{ code: number; out: string }>((resolve) =>
      execFile(
        process.execPath,
        ['--import', 'tsx', 'src/cli/restore.ts', join(dir, 'graph.dump')],
        { encoding: 'utf8', env: { ...process.env, ...env, NEO4J_URI: 'neo4j+s://example.databases.neo4j.io' } },
        (error, stdout, stderr) => resolve({ code: Number(error?.code ?? 0), out: `${stdout}${stderr}`.trim() }),
      ),
    );
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/is a Neo4j dump, which loads only into the local Neo4j; restore a logical backup/);
  });

  it('the restore finds each relationship end by an index seek while its index exists', async () => {
    await db.autoCommit(cypher('admin/restore-index'));
    await db.autoCommit(cypher('admin/await-indexes'));
    const driver = createDriver(options);
    const session = driver.session({ database: 'neo4j' });
    const operators = (plan: { operatorType: string; children: unknown[] }): string[] => [
      plan.operatorType,
      ...plan.children.flatMap((c) => operators(c as typeof plan)),
    ];
    try {
      for (const name of ['admin/restore-relationships', 'admin/restore-unmark']) {
        const ops = operators((await session.run(`EXPLAIN ${cypher(name).text}`, { rows: [] })).summary.plan as never);
        expect(
          ops.filter((op) => /Scan@/.test(op) && !/^NodeIndexScan@/.test(op)),
          `${name}: ${ops.join(' < ')}`,
        ).toEqual([]);
        expect(
          ops.some((op) => /^NodeIndex(Seek|Scan)@/.test(op)),
          `${name}: ${ops.join(' < ')}`,
        ).toBe(true);
      }
    } finally {
      await session.close();
      await driver.close();
      await db.autoCommit(cypher('admin/restore-drop-index'));
    }
  });
});
