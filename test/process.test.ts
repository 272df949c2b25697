/**
 * `npm start` as a process, against the test database (NEO4J_URI set: nothing is started): it
 * serves, answers ready, and on SIGTERM drains and exits 0 with its connections closed.
 */
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { testDbOptions } from './support/db.js';
import { freePort } from './support/net.js';


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

    let ready = false;
    for (let i = 0; i < 120 && !ready; i++) {
      await new Promise((r) => setTimeout(r, 250));
      ready = await fetch(`http://127.0.0.1:${port}/ready`).then((r) => r.status === 200, () => false);
    }
    expect(ready, out).toBe(true);
    const res = await fetch(`http://127.0.0.1:${port}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ graph { version } }' }) });
    expect((await res.json()).data.graph.version).toMatch(/^5\.26\./);

    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(out).toContain('SIGTERM: draining requests and closing the database connection');
    expect(out).not.toMatch(/NEO4J_URI is not set/);
    for (const line of out.trim().split('\n')) expect(() => JSON.parse(line), line).not.toThrow();
  });
});
