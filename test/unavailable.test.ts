/**
 * The API outlives its database: pointed at a database that does not answer (or refuses the
 * password), it still serves, says 503 on /ready and DATABASE_UNAVAILABLE on GraphQL, and becomes
 * ready by itself once the database answers.
 */
import { createServer, Socket, type Server } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDriver, Database } from '../src/db/database.js';
import { startTestApi, type TestApi } from './support/api.js';
import { testDbOptions } from './support/db.js';
import { freePort } from './support/net.js';
import { waitFor } from './support/wait.js';

/** A TCP relay from `port` to the real database: "the database comes up" when it starts listening. */
function relayTo(target: URL, port: number): Promise<Server> {
  const server = createServer((client) => {
    const upstream = new Socket();
    upstream.connect(Number(target.port), target.hostname);
    client.pipe(upstream).pipe(client);
    const close = () => {
      client.destroy();
      upstream.destroy();
    };
    client.on('error', close);
    upstream.on('error', close);
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

describe('database unreachable, then reachable', () => {
  let api: TestApi;
  let relay: Server | undefined;
  let port: number;

  beforeAll(async () => {
    port = await freePort();
    const o = { ...testDbOptions(), uri: `bolt://127.0.0.1:${port}` };
    api = await startTestApi(new Database(createDriver(o), o), { retryMs: 300 });
  });
  afterAll(async () => {
    await api.stop();
    await new Promise((resolve) => (relay ? relay.close(resolve) : resolve(null)));
  });

  it('starts anyway: /health 200, /ready 503, GraphQL DATABASE_UNAVAILABLE without a stack trace', async () => {
    expect((await fetch(`${api.url}/health`)).status).toBe(200);
    expect((await fetch(`${api.url}/ready`)).status).toBe(503);
    const res = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ ownershipChain(entity: "WhatsApp") { maxHops } }' }),
    });
    const body = await res.text();
    expect(JSON.parse(body).errors[0].extensions.code).toBe('DATABASE_UNAVAILABLE');
    expect(body).not.toMatch(/ECONNREFUSED|at .*\.(ts|js):\d+/);
  });

  it('becomes ready by itself once the database answers', async () => {
    relay = await relayTo(new URL(testDbOptions().uri.replace(/^\w+(\+\w+)?:/, 'http:')), port);
    await waitFor(async () => (await fetch(`${api.url}/ready`)).status === 200, { timeout: 30_000 });
    const { data, errors } = await api.gql('{ graph { articles } }');
    expect(errors).toBeUndefined();
    expect(data.graph.articles).toBeGreaterThanOrEqual(0);
  });
});

describe('wrong credentials', () => {
  let api: TestApi;
  beforeAll(async () => {
    // Another user name, so Neo4j's lock-out after failed logins cannot touch the tests' own user.
    const o = { ...testDbOptions(), user: 'kg-no-such-user', password: 'definitely-wrong-password' };
    api = await startTestApi(new Database(createDriver(o), o), { retryMs: 5_000 });
  });
  afterAll(() => api.stop());

  it('answers /ready 503 and GraphQL with DATABASE_UNAVAILABLE', async () => {
    expect((await fetch(`${api.url}/ready`)).status).toBe(503);
    const { errors } = await api.gql('{ graph { articles } }');
    expect(errors?.[0]?.extensions?.code).toBe('DATABASE_UNAVAILABLE');
    expect(errors?.[0]?.message).not.toMatch(/password|credentials/i);
  });
});
