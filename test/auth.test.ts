/**
 * Authentication over HTTP, on the real API (`startApi`) and the seeded test database: AUTH_READS=required
 * refuses an operation without a token (401 UNAUTHENTICATED) and answers one with the token that
 * `npm run -s token` prints; a bad token is 401 `invalid_token` even on a public read, before any statement
 * runs; the probes, GraphiQL's page and its files stay public; CORS lets allowed origins send
 * `Authorization`; the secret and the tokens never reach the logs, at any level.
 */
import { spawn } from 'node:child_process';
import { Writable } from 'node:stream';
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningApi, startApi } from '../src/app.js';
import type { Config } from '../src/config/config.js';
import { createLogger } from '../src/config/logger.js';
import { GRAPHIQL_ASSETS } from '../src/server/graphiql.js';
import { openTestDb, resetToSeedGraph } from './support/db.js';

const SECRET = 'integration-test-secret-0123456789-abcdefghijklmnop';
const QUERY = '{ graph { articles } }';
const ORIGIN = 'https://app.example.org';

/** Every log line of both APIs, at trace level (Yoga's own lines included). */
let logs = '';
const log = createLogger(
  'trace',
  new Writable({
    write(chunk, _encoding, done) {
      logs += String(chunk);
      done();
    },
  }),
);

const db = openTestDb();
const statements: string[][] = [];
let required: RunningApi;
let publicReads: RunningApi;
/** Every token sent in this file, to look for in the logs. */
const tokensSent: string[] = [];

function start(config: Partial<Config>): Promise<RunningApi> {
  return startApi(
    { PORT: 0, HOST: '127.0.0.1', SEED_ON_START: false, SHUTDOWN_GRACE_MS: 2_000, AUTH_JWT_SECRET: SECRET, CORS_ORIGINS: [ORIGIN], ...config },
    db,
    log,
    { onQueries: (names) => statements.push(names) },
  );
}

beforeAll(async () => {
  await resetToSeedGraph(db);
  required = await start({ AUTH_READS: 'required' });
  // Its own driver: each API closes the database handle it was given when it stops.
  publicReads = await startApi(
    { PORT: 0, HOST: '127.0.0.1', SEED_ON_START: false, SHUTDOWN_GRACE_MS: 2_000, AUTH_JWT_SECRET: SECRET, AUTH_READS: 'public' },
    openTestDb(),
    log,
    { onQueries: (names) => statements.push(names) },
  );
});
afterAll(async () => {
  await publicReads?.stop();
  await required?.stop();
});

async function post(api: RunningApi, authorization?: string, headers: Record<string, string> = {}) {
  if (authorization) tokensSent.push(authorization);
  const res = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...(authorization ? { authorization } : {}), ...headers },
    body: JSON.stringify({ query: QUERY }),
  });
  const body = (await res.json()) as { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] };
  return { status: res.status, headers: res.headers, body };
}

/** Runs `npm run -s token -- …` with `env` on top of this process's environment. */
function token(args: string[], env: Record<string, string>): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '-s', 'token', '--', ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

const sign = (claims: Record<string, unknown>, secret = SECRET) =>
  new SignJWT({ sub: 'tester', exp: Math.floor(Date.now() / 1000) + 600, ...claims })
    .setProtectedHeader({ alg: 'HS256' })
    .sign(new TextEncoder().encode(secret));

describe('AUTH_READS=required', () => {
  it('a read without a token is 401 UNAUTHENTICATED and runs nothing', async () => {
    const before = statements.length;
    const r = await post(required);
    expect(r.status).toBe(401);
    expect(r.headers.get('www-authenticate')).toBe('Bearer');
    expect(r.body.data).toBeUndefined();
    expect(r.body.errors).toEqual([expect.objectContaining({ extensions: { code: 'UNAUTHENTICATED' } })]);
    expect(statements.length).toBe(before);
  });

  it('answers with the token `npm run -s token` prints', async () => {
    const cli = await token(['--role', 'reader', '--sub', 'integration'], { AUTH_JWT_SECRET: SECRET });
    expect(cli.stderr).toBe('');
    expect(cli.status).toBe(0);
    expect(cli.stdout).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+\n$/);
    const r = await post(required, `Bearer ${cli.stdout.trim()}`);
    expect(r.status).toBe(200);
    expect(r.body.errors).toBeUndefined();
    expect(r.body.data).toEqual({ graph: { articles: 5 } });
  }, 60_000);

  it('keeps /health, /ready, GraphiQL and its files public', async () => {
    expect((await fetch(`${required.url}/health`)).status).toBe(200);
    expect((await fetch(`${required.url}/ready`)).status).toBe(200);
    const page = await fetch(`${required.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect((await fetch(`${required.url}${GRAPHIQL_ASSETS}/graphiql.css`)).status).toBe(200);
  });

  it('lets an allowed origin send Authorization (CORS)', async () => {
    const pre = await fetch(`${required.url}/graphql`, {
      method: 'OPTIONS',
      headers: { origin: ORIGIN, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization, content-type' },
    });
    expect(pre.headers.get('access-control-allow-origin')).toBe(ORIGIN);
    expect(pre.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('authorization');
    const refused = await post(required, undefined, { origin: ORIGIN });
    expect(refused.headers.get('access-control-expose-headers')?.toLowerCase()).toContain('www-authenticate');
  });
});

describe('public reads', () => {
  it('answers without a token', async () => {
    const r = await post(publicReads);
    expect(r.status).toBe(200);
    expect(r.body.data).toEqual({ graph: { articles: 5 } });
  });

  it('answers with a good token', async () => {
    const r = await post(publicReads, `Bearer ${await sign({ roles: ['editor'] })}`);
    expect(r.status).toBe(200);
    expect(r.body.data).toEqual({ graph: { articles: 5 } });
  });

  it.each([
    ['a bad signature', () => sign({}, 'another-secret-that-is-long-enough-0123456789'), /signature/],
    ['an expired token', () => sign({ exp: Math.floor(Date.now() / 1000) - 60 }), /expired/],
    ['a token without sub', () => sign({ sub: undefined }), /"sub"/],
    ['garbage', async () => 'garbage', /not a JWT/],
  ])('refuses %s: 401 invalid_token, before any statement', async (_name, make, message) => {
    const before = statements.length;
    const r = await post(publicReads, `Bearer ${await make()}`);
    expect(r.status).toBe(401);
    expect(r.headers.get('www-authenticate')).toBe('Bearer error="invalid_token"');
    expect(r.body.data).toBeUndefined();
    expect(r.body.errors).toEqual([{ message: expect.stringMatching(message), extensions: { code: 'UNAUTHENTICATED' } }]);
    expect(statements.length).toBe(before);
  });

  it('refuses an Authorization header that is not a bearer token: 401 invalid_request', async () => {
    const r = await post(publicReads, 'Basic dXNlcjpwYXNz');
    expect(r.status).toBe(401);
    expect(r.headers.get('www-authenticate')).toBe('Bearer error="invalid_request"');
    expect(r.body.errors?.[0]?.extensions).toEqual({ code: 'UNAUTHENTICATED' });
  });
});

describe('npm run -s token', () => {
  it('without a secret: one line on stderr, exit 1, nothing on stdout', async () => {
    // An empty value counts as unset, and hides any AUTH_JWT_SECRET of a local .env.
    const r = await token(['--role', 'editor', '--sub', 'x'], { AUTH_JWT_SECRET: '' });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^AUTH_JWT_SECRET is not set/)]);
  }, 60_000);

  it('refuses an unknown role', async () => {
    const r = await token(['--role', 'owner', '--sub', 'x'], { AUTH_JWT_SECRET: SECRET });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim()).toBe('unknown role "owner": roles are reader, editor, admin');
  }, 60_000);
});

describe('logs', () => {
  it('never hold the secret nor a token', () => {
    expect(logs).toContain('API listening');
    expect(logs).not.toContain(SECRET);
    for (const sent of tokensSent) expect(logs).not.toContain(sent.replace(/^\w+ /, ''));
  });
});
