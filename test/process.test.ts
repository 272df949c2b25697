/**
 * `npm start` as a process, against the test database (NEO4J_URI set: nothing is started): it
 * serves, answers ready, and on SIGTERM drains and exits 0 with its connections closed.
 */
import { execFile, spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { startTestApi } from './support/api.js';
import { openTestDb, resetToSeedGraph, testDbOptions } from './support/db.js';
import { freePort } from './support/net.js';
import { waitFor } from './support/wait.js';

describe('the API process', () => {
  it('starts on NEO4J_URI, becomes ready, and exits 0 on SIGTERM after draining', async () => {
    const port = await freePort();
    const o = testDbOptions();
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      env: { ...process.env, NEO4J_URI: o.uri, NEO4J_USER: o.user, NEO4J_PASSWORD: o.password, PORT: String(port), SEED_ON_START: 'false', LOG_LEVEL: 'info' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));

    const ready = () =>
      fetch(`http://127.0.0.1:${port}/ready`).then(
        (r) => r.status === 200,
        () => false,
      );
    await waitFor(ready, { timeout: 30_000, interval: 250, message: () => out });
    const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ graph { version } }' }),
    });
    expect((await res.json()).data.graph.version).toMatch(/^5\.26\./);

    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(out).toContain('SIGTERM: draining requests and closing the database connection');
    expect(out).not.toMatch(/NEO4J_URI is not set/);
    for (const line of out.trim().split('\n')) expect(() => JSON.parse(line), line).not.toThrow();
  });
});

describe('npm run chain', () => {
  // Asynchronous: the API under test runs in this process, so a synchronous spawn would block it.
  const chain = (args: string[]) =>
    new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
      execFile(process.execPath, ['--import', 'tsx', 'src/cli/chain.ts', ...args], { encoding: 'utf8', timeout: 30_000 }, (error, stdout, stderr) =>
        resolve({ status: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr }),
      );
    });

  it('prints "WhatsApp → Facebook" then each hop\'s sources; unknown entities and a down API exit 1 with one line', async () => {
    const db = openTestDb();
    await resetToSeedGraph(db);
    const api = await startTestApi(db);
    try {
      const ok = await chain(['WhatsApp', '--url', `${api.url}/graphql`]);
      expect(ok.status).toBe(0);
      const lines = ok.stdout.split('\n');
      expect(lines[0]).toBe('WhatsApp → Facebook');
      expect(ok.stdout).toContain('Facebook owns WhatsApp:');
      expect(ok.stdout).toMatch(/ - .+ \((The Independent|ZeroHedge|outlet unknown), 2020-07-\d\d/);
      expect(ok.stdout).toContain('“WhatsApp owner Facebook”');

      expect((await chain(['tiktok', '--url', `${api.url}/graphql`])).stdout.split('\n')[0]).toBe('TikTok → ByteDance');

      const json = await chain(['WhatsApp', '--json', '--url', `${api.url}/graphql`]);
      expect(JSON.parse(json.stdout).data.ownershipChain.entity.id).toBe('service:whatsapp');

      const unknown = await chain(['Atlantis Corp', '--url', `${api.url}/graphql`]);
      expect(unknown.status).toBe(1);
      expect(unknown.stderr.trim()).toBe('unknown entity "Atlantis Corp"');
    } finally {
      await api.stop();
    }
    const down = await chain(['WhatsApp', '--url', `http://127.0.0.1:${await freePort()}/graphql`]);
    expect(down.status).toBe(1);
    expect(down.stderr.trim().split('\n')).toHaveLength(1);
    expect(down.stderr).toMatch(/^the API at .* is not answering/);
  });
});
