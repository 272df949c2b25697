/**
 * The project's own Neo4j launcher (neo4j/neo4j.mjs): its refusals are one clear line and exit 1.
 * The refusals use their own instance name and never get as far as starting Java; the last case
 * starts a throw-away instance of its own.
 */
import { spawnSync } from 'node:child_process';
import { createServer, type Server } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDriver, Database } from '../src/db/database.js';
import { q } from './support/db.js';
import { freePort } from './support/net.js';

function run(args: string[], env: Record<string, string>) {
  const r = spawnSync(process.execPath, ['neo4j/neo4j.mjs', ...args], { encoding: 'utf8', env: { ...process.env, NEO4J_LOCAL_INSTANCE: 'probe', ...env }, timeout: 60_000 });
  return { status: r.status, out: `${r.stdout}${r.stderr}`.trim() };
}

describe('neo4j/neo4j.mjs', () => {
  let holder: Server;
  let port: number;
  beforeAll(async () => {
    port = await freePort();
    holder = createServer();
    await new Promise<void>((resolve) => holder.listen(port, '127.0.0.1', resolve));
  });
  afterAll(() => new Promise((resolve) => holder.close(resolve)));

  it('refuses a port another process holds, in one line', () => {
    const r = run(['start'], { NEO4J_LOCAL_PORT: String(port) });
    expect(r.status).toBe(1);
    expect(r.out).toBe(`port ${port} is in use by another process (set NEO4J_LOCAL_PORT to use another port)`);
  });

  it('says in one line when Java is missing', () => {
    const r = run(['start'], { NEO4J_LOCAL_PORT: String(port), JAVA_HOME: '/nonexistent-jdk' });
    expect(r.status).toBe(1);
    expect(r.out.split('\n')).toHaveLength(1);
    expect(r.out).toMatch(/^Java not found \(\/nonexistent-jdk\/bin\/java\): install a JDK 17 or 21/);
  });

  it('reports a stopped instance with exit code 3, and stop is idempotent', () => {
    expect(run(['status'], {})).toMatchObject({ status: 3, out: 'neo4j stopped' });
    expect(run(['stop'], {})).toMatchObject({ status: 0, out: 'neo4j is not running' });
  });

  it('refuses a malformed port and a short password before doing anything', () => {
    expect(run(['start'], { NEO4J_LOCAL_PORT: 'abc' }).out).toBe('NEO4J_LOCAL_PORT must be a port number, got "abc"');
    expect(run(['start'], { NEO4J_LOCAL_PORT: String(port), NEO4J_PASSWORD: 'short' }).out).toBe('NEO4J_PASSWORD must have at least 8 characters (Neo4j refuses shorter ones)');
  });
});

describe('a local instance across stop and start', () => {
  it('reuses a running instance, stops cleanly, and keeps its data', async () => {
    const port = await freePort();
    const env = { NEO4J_LOCAL_INSTANCE: 'survival', NEO4J_LOCAL_PORT: String(port), NEO4J_PASSWORD: 'kg-survival-password', NEO4J_LOCAL_HEAP: '512m', NEO4J_LOCAL_PAGECACHE: '64m' };
    const o = { uri: `bolt://127.0.0.1:${port}`, user: 'neo4j', password: env.NEO4J_PASSWORD, database: 'neo4j', queryTimeoutMs: 30_000 };
    const marker = `survives-${Date.now()}`;
    const withDb = async <T>(work: (db: Database) => Promise<T>) => {
      const db = new Database(createDriver(o), o);
      try {
        return await work(db);
      } finally {
        await db.close();
      }
    };
    try {
      expect(run(['start'], env)).toMatchObject({ status: 0 });
      const again = run(['start'], env);
      expect(again.status).toBe(0);
      expect(again.out).toMatch(/already running .* reusing it/);
      await withDb((db) => db.write(q('CREATE (:Probe {marker: $marker})'), { marker }));

      expect(run(['stop'], env).out).toMatch(/^neo4j stopped \(pid \d+, SIGTERM/);
      expect(run(['status'], env).status).toBe(3);

      expect(run(['start'], env).status).toBe(0);
      const rows = await withDb((db) => db.read(q('MATCH (p:Probe {marker: $marker}) RETURN count(p) AS n'), { marker }));
      expect(rows).toEqual([{ n: 1 }]);
    } finally {
      run(['stop'], env);
    }
  });
});
