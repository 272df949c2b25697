/**
 * The project's own Neo4j launcher (neo4j/neo4j.mjs): its refusals are one clear line and exit 1.
 * Each case uses its own instance name and never gets as far as starting Java.
 */
import { spawnSync } from 'node:child_process';
import { createServer, type Server } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
