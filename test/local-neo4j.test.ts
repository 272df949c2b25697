/**
 * The project's own Neo4j launcher (neo4j/neo4j.mjs): its refusals are one clear line and exit 1.
 * The refusals use their own instance name and never get as far as starting Java; the last case
 * starts a throw-away instance of its own. Every instance this file names is tracked and stopped in
 * afterAll, pass or fail (and SIGTERMed on process exit as a last resort): no JVM outlives the file.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createServer, type Server } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDriver, Database } from '../src/db/database.js';
import { q } from './support/db.js';
import { instanceHome, neo4jCli, START_TIMEOUT_S, STOP_ALL_TIMEOUT_MS, stopAll, track } from './support/local-neo4j.js';
import { freePort } from './support/net.js';

const PROBE = track({ NEO4J_LOCAL_INSTANCE: 'probe', NEO4J_LOCAL_PORT: '7999' });
const run = (args: string[], env: Record<string, string>) => neo4jCli(args, { ...PROBE, ...env });

afterAll(stopAll, STOP_ALL_TIMEOUT_MS);

describe('neo4j/neo4j.mjs', () => {
  let holder: Server;
  let port: number;
  beforeAll(async () => {
    port = await freePort();
    holder = createServer();
    await new Promise<void>((resolve) => holder.listen(port, '127.0.0.1', resolve));
  });
  afterAll(() => new Promise((resolve) => holder.close(resolve)));

  it('refuses a port another process holds, in one line', async () => {
    const r = await run(['start'], { NEO4J_LOCAL_PORT: String(port) });
    expect(r.status).toBe(1);
    expect(r.out).toBe(`port ${port} is in use by another process (set NEO4J_LOCAL_PORT to use another port)`);
  });

  it('says in one line when Java is missing', async () => {
    const r = await run(['start'], { NEO4J_LOCAL_PORT: String(port), JAVA_HOME: '/nonexistent-jdk' });
    expect(r.status).toBe(1);
    expect(r.out.split('\n')).toHaveLength(1);
    expect(r.out).toMatch(/^Java not found \(\/nonexistent-jdk\/bin\/java\): install a JDK 17 or 21/);
  });

  it('reports a stopped instance with exit code 3, and stop is idempotent', async () => {
    expect(await run(['status'], {})).toMatchObject({ status: 3, out: 'neo4j stopped' });
    expect(await run(['stop'], {})).toMatchObject({ status: 0, out: 'neo4j is not running' });
  });

  it('refuses a malformed port and a short password before doing anything', async () => {
    expect((await run(['start'], { NEO4J_LOCAL_PORT: 'abc' })).out).toBe('NEO4J_LOCAL_PORT must be a port number, got "abc"');
    expect((await run(['start'], { NEO4J_LOCAL_PORT: String(port), NEO4J_PASSWORD: 'short' })).out).toBe(
      'NEO4J_PASSWORD must have at least 8 characters (Neo4j refuses shorter ones)',
    );
  });

  it('summarises a first Maven download on stderr instead of staying silent', async () => {
    // A stand-in `mvn` that prints Maven's batch-mode download lines and "resolves" one (empty) jar;
    // the launcher compile then fails on it, which ends the run before any Java starts.
    const dir = join(process.cwd(), '.vitest', `fake-mvn-${process.pid}`);
    const bin = join(dir, 'bin');
    mkdirSync(bin, { recursive: true });
    writeFileSync(
      join(bin, 'mvn'),
      [
        '#!/bin/sh',
        '[ "$1" = "-v" ] && { echo "Apache Maven (stand-in)"; exit 0; }',
        // biome-ignore lint/suspicious/noTemplateCurlyInString: shell text, not a template
        'for a in "$@"; do case "$a" in -DoutputDirectory=*) out="${a#-DoutputDirectory=}";; esac; done',
        'echo "[INFO] Downloading from central: https://repo.maven.apache.org/maven2/org/neo4j/neo4j/5.26.0/neo4j-5.26.0.pom"',
        'echo "[INFO] Downloaded from central: https://repo.maven.apache.org/maven2/org/neo4j/neo4j/5.26.0/neo4j-5.26.0.pom (12 kB at 40 kB/s)"',
        'echo "[INFO] Downloaded from central: https://repo.maven.apache.org/maven2/org/neo4j/neo4j-kernel/5.26.0/neo4j-kernel-5.26.0.jar (2.5 MB at 5 MB/s)"',
        'mkdir -p "$out" && : > "$out/stand-in.jar"',
        '',
      ].join('\n'),
      { mode: 0o755 },
    );
    try {
      const r = await run(['install'], { NEO4J_LOCAL_DIR: join(dir, 'state'), PATH: `${bin}:${process.env.PATH}` });
      const lines = r.stderr.trim().split('\n');
      expect(lines[0]).toMatch(/^neo4j: resolving the Neo4j 5\.26\.\d+ jars \(~120 MB\) from Maven Central into .* \(first run only\)\.\.\.$/);
      expect(lines).toContainEqual(expect.stringMatching(/^neo4j: resolved 1 jar in \d+\.\d s \(Maven downloaded 2 files, 2\.5 MB\)$/));
      expect(lines).toContain('neo4j: compiling neo4j/Launcher.java (first run only)...');
      // each download is not echoed one by one
      expect(r.out).not.toMatch(/Downloading from/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('a local instance across stop and start', () => {
  it(
    'says what a first start is doing, reuses a running instance, stops cleanly, and keeps its data',
    async () => {
      const port = await freePort();
      const password = 'kg-survival-password';
      const env = track({
        NEO4J_LOCAL_INSTANCE: 'survival',
        NEO4J_LOCAL_PORT: String(port),
        NEO4J_PASSWORD: password,
        NEO4J_LOCAL_HEAP: '512m',
        NEO4J_LOCAL_PAGECACHE: '64m',
      });
      const o = { uri: `bolt://127.0.0.1:${port}`, user: 'neo4j', password, database: 'neo4j', queryTimeoutMs: 30_000 };
      const marker = `survives-${Date.now()}`;
      const withDb = async <T>(work: (db: Database) => Promise<T>) => {
        const db = new Database(createDriver(o), o);
        try {
          return await work(db);
        } finally {
          await db.close();
        }
      };
      // A first start each run: no instance left from an earlier run, no data.
      expect((await neo4jCli(['stop'], env)).status).toBe(0);
      rmSync(join(instanceHome(env), 'data'), { recursive: true, force: true });

      const first = await neo4jCli(['start'], env);
      expect(first.status, first.out).toBe(0);
      expect(first.stderr).toMatch(/^neo4j: first start of neo4j 5\.26\.\d+ on bolt:\/\/127\.0\.0\.1:\d+: creating the database in \.neo4j\/survival\/data/);
      expect(first.stdout).toMatch(/^neo4j 5\.26\.\d+ ready on bolt:\/\/127\.0\.0\.1:\d+ .*started in [\d.]+ s\)$/m);
      const again = await neo4jCli(['start'], env);
      expect(again.status).toBe(0);
      expect(again.out).toMatch(/already running .* reusing it/);
      await withDb((db) => db.write(q('CREATE (:Probe {marker: $marker})'), { marker }));

      expect((await neo4jCli(['stop'], env)).out).toMatch(/^neo4j stopped \(pid \d+, SIGTERM/);
      expect((await neo4jCli(['status'], env)).status).toBe(3);

      const restart = await neo4jCli(['start'], env);
      expect(restart.status, restart.out).toBe(0);
      expect(restart.stdout).toMatch(/^starting neo4j 5\.26\.\d+ on bolt:/);
      expect(restart.stderr).not.toMatch(/first start/);
      const rows = await withDb((db) => db.read(q('MATCH (p:Probe {marker: $marker}) RETURN count(p) AS n'), { marker }));
      expect(rows).toEqual([{ n: 1 }]);
    },
    4 * (START_TIMEOUT_S + 60) * 1000,
  );
});
