/**
 * Issue 11, the audit's table, one test per row, against the real API over HTTP on the seeded graph:
 * heavy traversals at once, oversized results, token floods, overlong strings, CORS, non-JSON posts,
 * client mistakes answered as typed errors, timeouts, and slow clients.
 */
import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type RunningApi } from '../src/app.js';
import type { Config } from '../src/config/config.js';
import { maskError } from '../src/errors.js';
import { startTestApi, type GraphQLResponse, type TestApi } from './support/api.js';
import { openTestDb, resetToSeedGraph, silentLog, testDbOptions } from './support/db.js';
import { waitFor } from './support/wait.js';
import { createDriver, Database, type StatementObserver } from '../src/db/database.js';
import { GRAPHIQL_ASSETS } from '../src/server/graphiql.js';

const db = openTestDb();
let api: TestApi;
const extra: RunningApi[] = [];

beforeAll(async () => {
  await resetToSeedGraph(db);
  api = await startTestApi(db);
});
afterAll(async () => {
  for (const a of extra) await a.stop();
  await api.stop();
});

/**
 * Another API on the same database with some limits changed (its own driver, closed on stop);
 * `onRead` hears of each statement its requests read, with the rows read (reported once the read has stopped).
 */
async function apiWith(config: Partial<Config>, queryTimeoutMs = 30_000, onRead?: (name: string, rows: number) => void): Promise<RunningApi> {
  const o = { ...testDbOptions(), queryTimeoutMs };
  class Counting extends Database {
    override observed(observer: StatementObserver): Database {
      return super.observed({
        ...observer,
        onStatement: (name, ms, rows) => {
          observer.onStatement(name, ms, rows);
          onRead?.(name, rows);
        },
      });
    }
  }
  const a = await startApi(
    { PORT: 0, HOST: '127.0.0.1', SEED_ON_START: false, SHUTDOWN_GRACE_MS: 1_000, ...config },
    new Counting(createDriver(o), o),
    silentLog,
  );
  extra.push(a);
  return a;
}

async function post(
  url: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: GraphQLResponse; headers: Headers; ms: number }> {
  const t0 = performance.now();
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: text ? (JSON.parse(text) as GraphQLResponse) : {}, headers: res.headers, ms: performance.now() - t0 };
}

/** POSTs `parts` as a chunked body (no content-length), one chunk each. */
function postChunked(url: string, parts: string[]): Promise<{ status: number; body: GraphQLResponse }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json' } }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => {
        text += d;
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text ? (JSON.parse(text) as GraphQLResponse) : {} }));
    });
    // The server may answer and close before the last chunk: that is the point of the test.
    req.on('error', (e: NodeJS.ErrnoException) => (e.code === 'EPIPE' || e.code === 'ECONNRESET' ? undefined : reject(e)));
    for (const part of parts) req.write(part);
    req.end();
  });
}

const codes = (r: GraphQLResponse) => (r.errors ?? []).map((e) => e.extensions?.code);

const HEAVIEST_NEIGHBOURHOOD = `{ neighbourhood(entity: "Telegram", maxHops: 3, limit: 200, support: [STATED, INFERRED, BACKGROUND]) {
  centre { id name } nodes { entityId name kind depth } edges { id type fromId toId support sources { excerpt article { title } } } } }`;

describe('heavy requests at once', () => {
  it('16 concurrent heaviest neighbourhoods all succeed or get LIMIT_EXCEEDED/TIMEOUT/OVERLOADED (503), and a light request beside them answers', async () => {
    const heavy = Array.from({ length: 16 }, () => post(api.url, { query: HEAVIEST_NEIGHBOURHOOD }));
    const light = api.gql('{ entity(id: "service:whatsapp") { name } }');
    const results = await Promise.all(heavy);
    for (const r of results) {
      if (codes(r.body).includes('OVERLOADED')) {
        expect(r.status).toBe(503);
        expect(r.headers.get('retry-after')).toBe('5');
      } else expect(r.status).toBeLessThan(500);
      for (const code of codes(r.body)) expect(['LIMIT_EXCEEDED', 'TIMEOUT', 'OVERLOADED']).toContain(code);
    }
    expect(results.filter((r) => !r.body.errors).length).toBeGreaterThan(0);
    const l = await light;
    expect(l.errors).toBeUndefined();
    expect(l.data.entity.name).toBe('WhatsApp');
  }, 120_000);
});

describe('admission control', () => {
  it('a costly query that is no traversal takes a heavy slot: past HEAVY_CONCURRENCY and a full queue it answers 503 OVERLOADED with Retry-After, at once', async () => {
    const gated = await apiWith({ HEAVY_CONCURRENCY: 1, HEAVY_QUEUE: 0, HEAVY_QUEUE_WAIT_MS: 2_000 });
    // Its worst case (100 entities × 200 relations × 10 sources × a 600-byte excerpt, about 120 MB) is over
    // HEAVY_COST (10 MB) and under MAX_COMPLEXITY (250 MB); its real answer is small.
    const costly = '{ entities(first: 100) { edges { node { relations { id type sources { excerpt } } } } } }';
    const results = await Promise.all(Array.from({ length: 8 }, () => post(gated.url, { query: costly })));
    const refused = results.filter((r) => codes(r.body).includes('OVERLOADED'));
    const answered = results.filter((r) => !r.body.errors);
    expect(answered.length).toBeGreaterThanOrEqual(1);
    expect(refused.length).toBeGreaterThanOrEqual(1);
    expect(answered.length + refused.length).toBe(8);
    for (const r of refused) {
      expect(r.status).toBe(503);
      expect(r.headers.get('retry-after')).toBe('2');
      expect(r.body.errors![0]!.extensions).toEqual({ code: 'OVERLOADED', retryAfter: 2 });
      expect(r.body.data ?? null).toBeNull();
    }
    // A cheap query is not gated: it answers while the slot is taken.
    const [cheap] = await Promise.all([post(gated.url, { query: '{ entity(id: "service:whatsapp") { name } }' }), post(gated.url, { query: costly })]);
    expect(cheap.body.errors).toBeUndefined();
  }, 60_000);
});

describe('cost and size', () => {
  it('lists count as many items as their `first` asks: nested relations under entities(first: 100) are refused before any work', async () => {
    const scalars = Array.from({ length: 25 }, (_, i) => `a${i}: name`).join(' ');
    const query = `{ entities(first: 100) { edges { node { ${scalars} relations { to { relations { to { ${scalars} } } } } } } } }`;
    const r = await post(api.url, { query });
    // Its 50 aliases are over the breadth bound too, which is checked first.
    expect(codes(r.body)).toEqual([expect.stringMatching(/BAD_USER_INPUT|GRAPHQL_VALIDATION_FAILED|LIMIT_EXCEEDED/)]);
    expect(r.body.data ?? null).toBeNull();
    expect(r.ms).toBeLessThan(3_000);
  });

  it('fan-outs whose worst case is too large are refused before any statement runs, quickly, with the estimate (issue 17)', async () => {
    const all = 'support: [STATED, INFERRED, BACKGROUND]';
    const fanOuts = [
      `{ neighbourhood(entity: "Telegram", maxHops: 3, limit: 200, ${all}) { nodes { entity { relations(${all}) { to { relations(${all}) { sources { article { text } } } } } } } } }`,
      '{ entities(first: 100) { edges { node { relations { to { relations { to { relations { id } } } } } } } } }',
      '{ entities(first: 100) { edges { node { relations { sources { article { text } } } } } } }',
    ];
    for (const query of fanOuts) {
      const before = api.queries.length;
      const r = await post(api.url, { query });
      expect(codes(r.body), query).toEqual(['LIMIT_EXCEEDED']);
      const extensions = r.body.errors![0]!.extensions!;
      expect(extensions).toMatchObject({ limit: 'estimatedBytes', allowed: 250_000_000 });
      expect(extensions.estimate).toBeGreaterThan(250_000_000);
      expect(r.body.errors![0]!.message).toMatch(/could take up to \d/);
      expect(r.body.data ?? null).toBeNull();
      expect(r.ms).toBeLessThanOrEqual(1_000);
      await waitFor(() => api.queries.length > before);
      expect(api.queries.slice(before)).toEqual([[]]); // the request ran no statement at all
    }
  });

  it('a result over MAX_RESPONSE_BYTES is replaced by LIMIT_EXCEEDED', async () => {
    const small = await apiWith({ MAX_RESPONSE_BYTES: 2_000 });
    const r = await post(small.url, { query: '{ entities(first: 100) { edges { node { id name } } } }' });
    expect(codes(r.body)).toEqual(['LIMIT_EXCEEDED']);
    expect(r.body.errors![0]!.extensions!.limit).toBe('responseBytes');
    const ok = await post(small.url, { query: '{ entity(id: "service:whatsapp") { name } }' });
    expect(ok.body.errors).toBeUndefined();
  });

  it('an answer over MAX_RESPONSE_BYTES is stopped while it is built: LIMIT_EXCEEDED quickly, fewer rows read than the answer has (issue 17)', async () => {
    // Accepted by the cost model (its worst case is under MAX_COMPLEXITY); its real answer is larger than the small cap.
    const query = '{ entities(first: 100) { edges { node { id name description aliases relations { id type support } } } } }';
    const seen: number[] = [];
    const roomy = await apiWith({}, 30_000, (_name, rows) => seen.push(rows));
    const full = await post(roomy.url, { query });
    expect(full.body.errors).toBeUndefined();
    const fullBytes = JSON.stringify(full.body).length;
    await waitFor(() => seen.length === 1);
    const fullRows = seen[0]!;
    const cap = 20_000;
    expect(fullBytes).toBeGreaterThan(5 * cap);
    expect(fullRows).toBeGreaterThan(20);

    const counted: number[] = [];
    const small = await apiWith({ MAX_RESPONSE_BYTES: cap }, 30_000, (_name, rows) => counted.push(rows));
    const r = await post(small.url, { query });
    expect(codes(r.body)).toEqual(['LIMIT_EXCEEDED']);
    expect(r.body.errors![0]!.extensions).toMatchObject({ limit: 'responseBytes', allowed: cap });
    expect(r.body.errors![0]!.message).toMatch(/while it was built/);
    expect(r.body.data ?? null).toBeNull();
    expect(r.ms).toBeLessThanOrEqual(1_000);
    await waitFor(() => counted.length === 1);
    // The read stopped at the row past the cap: the rest of the answer was never decoded nor kept.
    expect(counted[0]).toBeGreaterThan(0);
    expect(counted[0]).toBeLessThan(fullRows / 2);
  });

  it('a flood of 20,000 __typename is refused while parsing, quickly', async () => {
    const query = `{ ${'__typename '.repeat(20_000)}}`;
    const r = await post(api.url, { query });
    // 220 kB: over the body limit (413); under it (a larger MAX_BODY_BYTES), the token limit stops the parser.
    expect(r.status).toBe(413);
    expect(codes(r.body)).toEqual(['LIMIT_EXCEEDED']);
    expect(r.ms).toBeLessThan(2_000);
    const roomy = await apiWith({ MAX_BODY_BYTES: 10_000_000 });
    const t = await post(roomy.url, { query });
    // application/json answers carry request errors with status 200 (GraphQL over HTTP).
    expect(t.status).toBeLessThan(500);
    expect(codes(t.body)).toEqual(['GRAPHQL_PARSE_FAILED']);
    expect(t.body.errors![0]!.message).toMatch(/token/i);
    expect(t.ms).toBeLessThan(2_000);
  });

  it('a chunked body (no content-length) over MAX_BODY_BYTES is a 413, counted while read; under it, it is answered', async () => {
    const query = JSON.stringify({ query: `{ ${'__typename '.repeat(20_000)}}` });
    const chunks = query.match(/[\s\S]{1,8192}/g)!;
    const big = await postChunked(api.url, chunks);
    expect(big.status).toBe(413);
    expect(codes(big.body)).toEqual(['LIMIT_EXCEEDED']);
    expect(big.body.errors![0]!.extensions!.limit).toBe('bodyBytes');
    const small = JSON.stringify({ query: '{ entity(id: "service:whatsapp") { name } }' });
    const ok = await postChunked(api.url, [small.slice(0, 10), small.slice(10)]);
    expect(ok.status).toBe(200);
    expect(ok.body.data).toEqual({ entity: { name: 'WhatsApp' } });
    const bad = await postChunked(api.url, ['{"query": ', '"{ __typename }"']);
    expect(bad.status).toBe(400);
  });

  it('operation depth, breadth and complexity bounds are settings (MAX_DEPTH, MAX_BREADTH, MAX_COMPLEXITY)', async () => {
    const page = '{ entities(first: 100) { edges { node { id name } } } }';
    expect((await post(api.url, { query: page })).body.errors).toBeUndefined();
    const strict = await apiWith({ MAX_COMPLEXITY: 10_000, MAX_BREADTH: 5 });
    const costly = await post(strict.url, { query: page });
    expect(codes(costly.body)).toEqual(['LIMIT_EXCEEDED']);
    expect(costly.body.errors![0]!.extensions).toMatchObject({ limit: 'estimatedBytes', allowed: 10_000 });
    expect(costly.body.errors![0]!.message).toMatch(/up to \d+ bytes; operations whose worst case is over 10000 bytes are refused/);
    const broad = await post(strict.url, { query: '{ a: entity(id: "service:whatsapp") { id name kind description } b: graph { version } }' });
    expect(codes(broad.body)).toEqual(['BAD_USER_INPUT']);
    expect(broad.body.errors![0]!.message).toMatch(/at most 5 are allowed/);
    const fine = await post(strict.url, { query: '{ entity(id: "service:whatsapp") { id name } }' });
    expect(fine.body.errors).toBeUndefined();
    const roomy = await apiWith({ MAX_COMPLEXITY: 1_000_000_000 });
    const deep = '{ entities(first: 100) { edges { node { relations { to { relations { id } } } } } } }';
    expect(codes((await post(api.url, { query: deep })).body)).toEqual(['LIMIT_EXCEEDED']);
    expect((await post(roomy.url, { query: deep })).body.errors).toBeUndefined();
  });

  it('a 1 MiB entity reference is refused as BAD_USER_INPUT naming the argument, without asking Neo4j', async () => {
    const big = await post(api.url, { query: 'query($e: String!) { lookup(ref: $e) { id } }', variables: { e: 'x'.repeat(1 << 20) } }).catch((e: Error) => ({
      status: 0,
      body: { errors: [{ message: e.message }] } as GraphQLResponse,
      ms: 0,
    }));
    // The body limit (100 kB) may refuse it first, as 413.
    if (big.status === 413) expect(codes(big.body)).toEqual(['LIMIT_EXCEEDED']);
    else expect(codes(big.body)).toEqual(['BAD_USER_INPUT']);
    const r = await post(api.url, { query: 'query($e: String!) { lookup(ref: $e) { id } }', variables: { e: 'x'.repeat(5_000) } });
    expect(codes(r.body)).toEqual(['BAD_USER_INPUT']);
    expect(r.body.errors![0]!.extensions!.argument).toBe('ref');
    const literal = await post(api.url, { query: `{ neighbourhood(entity: "${'y'.repeat(201)}") { centre { id } } }` });
    expect(codes(literal.body)).toEqual(['BAD_USER_INPUT']);
    expect(literal.body.errors![0]!.extensions!.argument).toBe('entity');
  });

  it('3,000-deep nesting is a client error, not a stack overflow', async () => {
    const query = `{ ${'entity(id: "service:whatsapp") { relations { to { '.repeat(1_000)} id ${'} } } '.repeat(1_000)}}`;
    const r = await post(api.url, { query });
    expect(r.status).toBeLessThan(500);
    expect(codes(r.body)).toEqual([expect.stringMatching(/^(GRAPHQL_PARSE_FAILED|GRAPHQL_VALIDATION_FAILED|BAD_USER_INPUT)$/)]);
    // Refused by the nesting pre-scan, before the parser recurses.
    const deep = `query { ${'a { '.repeat(3_000)}b${' }'.repeat(3_000)} }`;
    const d = await post(api.url, { query: deep });
    expect(d.status).toBeLessThan(500);
    expect(codes(d.body)).toEqual(['BAD_USER_INPUT']);
    // Under the token limit but deeper than MAX_DEPTH: refused while validating.
    const twenty = await post(api.url, { query: `{ ${'entity(id: "service:whatsapp") { relations { to { '.repeat(5)} id ${'} } } '.repeat(5)}}` });
    expect(codes(twenty.body)).toEqual([expect.stringMatching(/^(GRAPHQL_VALIDATION_FAILED|BAD_USER_INPUT)$/)]);
  });
});

describe('browsers', () => {
  it('a foreign Origin is not reflected, with or without credentials; a configured one is', async () => {
    const r = await post(api.url, { query: '{ graph { articles } }' }, { origin: 'https://evil.example' });
    expect(r.headers.get('access-control-allow-origin')).toBeNull();
    expect(r.headers.get('access-control-allow-credentials')).toBeNull();
    const pre = await fetch(`${api.url}/graphql`, { method: 'OPTIONS', headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' } });
    expect(pre.headers.get('access-control-allow-origin')).toBeNull();
    const open = await apiWith({ CORS_ORIGINS: ['https://app.example.org'] });
    const ok = await post(open.url, { query: '{ graph { articles } }' }, { origin: 'https://app.example.org' });
    expect(ok.headers.get('access-control-allow-origin')).toBe('https://app.example.org');
    expect(ok.headers.get('access-control-allow-credentials')).toBeNull();
    const other = await post(open.url, { query: '{ graph { articles } }' }, { origin: 'https://evil.example' });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('form-urlencoded, multipart and text/plain POSTs are refused with 415', async () => {
    const query = '{ graph { articles } }';
    const form = await fetch(`${api.url}/graphql`, { method: 'POST', body: new URLSearchParams({ query }) });
    expect(form.status).toBe(415);
    const fd = new FormData();
    fd.set('query', query);
    const multipart = await fetch(`${api.url}/graphql`, { method: 'POST', body: fd });
    expect(multipart.status).toBe(415);
    const text = await fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: JSON.stringify({ query }) });
    expect(text.status).toBe(415);
    expect(((await text.json()) as GraphQLResponse).errors![0]!.extensions!.code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });
});

describe('client mistakes are typed client errors', () => {
  it('malformed cursors are BAD_USER_INPUT naming the argument', async () => {
    for (const after of ['xyz', 'T2Zmc2V0Q29ubmVjdGlvbjphYmM=', '!!!', '']) {
      const r = await api.gql('query($a: String) { entity(id: "service:whatsapp") { mentionedIn(first: 2, after: $a) { edges { cursor } } } }', { a: after });
      if (after === '') continue;
      expect(codes(r)).toEqual(['BAD_USER_INPUT']);
      expect(r.errors![0]!.extensions!.argument).toBe('after');
    }
    const before = await api.gql('{ entity(id: "service:whatsapp") { mentionedIn(last: 2, before: "nope") { edges { cursor } } } }');
    expect(codes(before)).toEqual(['BAD_USER_INPUT']);
    expect(before.errors![0]!.extensions!.argument).toBe('before');
    const keyset = await api.gql('{ entities(first: 2, after: "bm9wZQ") { edges { cursor } } }');
    expect(codes(keyset)).toEqual(['BAD_USER_INPUT']);
  });

  it('`last` without `before` is a page from the end of the list, not an error', async () => {
    const r = await api.gql('{ entity(id: "service:whatsapp") { mentionedIn(last: 2) { edges { cursor } } } }');
    expect(r.errors).toBeUndefined();
    expect(r.data.entity.mentionedIn.edges.length).toBeGreaterThan(0);
    const k = await api.gql('{ entities(last: 2) { edges { cursor } pageInfo { hasPreviousPage hasNextPage } } }');
    expect(k.errors).toBeUndefined();
    expect(k.data.entities).toMatchObject({ pageInfo: { hasPreviousPage: true, hasNextPage: false } });
    expect(k.data.entities.edges).toHaveLength(2);
  });

  it('a request past EXECUTION_TIMEOUT_MS answers TIMEOUT', async () => {
    const slow = await apiWith({ EXECUTION_TIMEOUT_MS: 1 });
    const r = await post(slow.url, { query: HEAVIEST_NEIGHBOURHOOD });
    expect(codes(r.body)).toEqual(['TIMEOUT']);
  });

  it("Neo4j's transaction timeout and memory errors are TIMEOUT and LIMIT_EXCEEDED", () => {
    const neo = (code: string) => Object.assign(new Error('neo4j says no'), { code });
    const masked = (code: string) => (maskError(neo(code), 'Unexpected error.') as unknown as { extensions: { code: string } }).extensions.code;
    expect(masked('Neo.ClientError.Transaction.TransactionTimedOut')).toBe('TIMEOUT');
    expect(masked('Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration')).toBe('TIMEOUT');
    expect(masked('Neo.TransientError.General.MemoryPoolOutOfMemoryError')).toBe('LIMIT_EXCEEDED');
    expect(masked('Neo.TransientError.General.TransactionOutOfMemoryError')).toBe('LIMIT_EXCEEDED');
    expect(masked('Neo.DatabaseError.General.UnknownError')).toBe('INTERNAL_SERVER_ERROR');
  });

  it("a Cypher query cancelled by the driver's timeout answers TIMEOUT", async () => {
    const tight = await apiWith({}, 1);
    const r = await post(tight.url, { query: HEAVIEST_NEIGHBOURHOOD });
    // A 1 ms transaction timeout: Neo4j cancels the query (or, on a fast machine, it finishes first).
    if (r.body.errors) expect(codes(r.body)).toEqual(['TIMEOUT']);
  });
});

describe('slow clients', () => {
  it('a client that sends 10 body bytes and stops is dropped within HTTP_REQUEST_TIMEOUT_MS', async () => {
    const quick = await apiWith({ HTTP_REQUEST_TIMEOUT_MS: 2_000, HTTP_HEADERS_TIMEOUT_MS: 2_000 });
    const { port } = new URL(quick.url);
    const t0 = Date.now();
    const closedAfter = await new Promise<number>((resolve, reject) => {
      const socket = connect(Number(port), '127.0.0.1', () => {
        socket.write('POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"query":');
      });
      socket.on('data', () => {});
      socket.on('error', () => resolve(Date.now() - t0));
      socket.on('close', () => resolve(Date.now() - t0));
      setTimeout(() => reject(new Error('still open after 15 s')), 15_000).unref();
    });
    expect(closedAfter).toBeLessThan(6_000);
  }, 20_000);

  it('16 clients that never read a multi-megabyte answer are disconnected within RESPONSE_WRITE_TIMEOUT_MS, server-side', async () => {
    const quick = await apiWith({ RESPONSE_WRITE_TIMEOUT_MS: 1_000 });
    const { port } = new URL(quick.url);
    // GraphiQL's bundle, not gzipped: about 5 MB, more than the loopback socket buffers take at once.
    const path = `${GRAPHIQL_ASSETS}/graphiql.js`;
    const size = Number((await fetch(`${quick.url}${path}`, { method: 'HEAD', headers: { 'accept-encoding': 'identity' } })).headers.get('content-length'));
    expect(size).toBeGreaterThan(3_000_000);
    const connections = () => new Promise<number>((resolve, reject) => quick.server.getConnections((e, n) => (e ? reject(e) : resolve(n))));
    const sockets = Array.from({ length: 16 }, () => {
      const socket = connect(Number(port), '127.0.0.1', () => {
        socket.write(`GET ${path} HTTP/1.1\r\nHost: x\r\n\r\n`);
        socket.pause(); // never reads
      });
      socket.on('error', () => {});
      return socket;
    });
    try {
      await waitFor(async () => (await connections()) === 16, { message: '16 connections open' });
      const t0 = performance.now();
      // The server destroys each socket (and the answer it buffered) once the setting has passed.
      await waitFor(async () => (await connections()) === 0, { timeout: 10_000, message: 'the server closed the 16 connections' });
      expect(performance.now() - t0).toBeLessThan(5_000);
      // A client that reads gets the whole answer.
      expect((await (await fetch(`${quick.url}${path}`)).arrayBuffer()).byteLength).toBe(size);
    } finally {
      for (const s of sockets) s.destroy();
    }
  }, 30_000);
});
