/**
 * Production front-ends, against the real database: persisted operations (PERSISTED_OPERATIONS_FILE,
 * PERSISTED_OPERATIONS_ONLY) and the response cache of reads (RESPONSE_CACHE_TTL_MS), invalidated by
 * the graph's data version that the one write path bumps.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generate } from '@graphql-codegen/cli';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type RunningApi } from '../src/app.js';
import { ConfigError, loadConfig, type Config } from '../src/config/config.js';
import { createDriver, Database } from '../src/db/database.js';
import { loadSeeds } from '../src/seed/load.js';
import { SEEDS_DIR } from '../src/seed/prepare.js';
import { readSeeds, type SeedSet } from '../src/seed/validate.js';
import { ResponseStore, VERSION_CHECK_MS } from '../src/server/response-cache.js';
import { readGraphVersion } from '../src/data/stats.js';
import type { GraphQLResponse } from './support/api.js';
import { openTestDb, resetToSeedGraph, silentLog, testDbOptions } from './support/db.js';
import { waitFor } from './support/wait.js';

const db = openTestDb();
const dir = mkdtempSync(join(tmpdir(), 'kg-front-end-'));
const started: RunningApi[] = [];

beforeAll(() => resetToSeedGraph(db));
afterAll(async () => {
  for (const a of started) await a.stop();
  await resetToSeedGraph(db);
  await db.close();
  rmSync(dir, { recursive: true, force: true });
});

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

type Answer = GraphQLResponse & { extensions?: { responseCache?: Record<string, unknown> } };

interface Api extends RunningApi {
  /** Cypher query names of each GraphQL request that executed (a cache hit executes nothing). */
  queries: string[][];
  /** How many times the process has read the graph's data version (the response cache's check). */
  versionReads: () => number;
  post: (body: unknown, headers?: Record<string, string>) => Promise<{ status: number; body: Answer; headers: Headers }>;
}

async function apiWith(config: Partial<Config>): Promise<Api> {
  const o = testDbOptions();
  const queries: string[][] = [];
  let versionReads = 0;
  // The process's own handle (not a request's) reads the data version: counted here.
  const countVersionReads = {
    onStatement: (name: string) => {
      if (name === 'store/graph-version') versionReads++;
    },
  };
  const api = await startApi(
    { PORT: 0, HOST: '127.0.0.1', SEED_ON_START: false, SHUTDOWN_GRACE_MS: 1_000, ...config },
    new Database(createDriver(o), o, countVersionReads),
    silentLog,
    {
      onQueries: (names) => queries.push(names),
    },
  );
  started.push(api);
  const post = async (body: unknown, headers: Record<string, string> = {}) => {
    const res = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
      body: JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, body: (text ? JSON.parse(text) : {}) as Answer, headers: res.headers };
  };
  return { ...api, queries, post, versionReads: () => versionReads };
}

const codes = (r: GraphQLResponse) => (r.errors ?? []).map((e) => e.extensions?.code);

const OWNERS = 'query Owners($entity: String!) { ownershipChain(entity: $entity) { ultimateOwners { name } } }';
const OWNERS_HASH = sha256(OWNERS);
const byHash = (hash: string, variables?: Record<string, unknown>) => ({ extensions: { persistedQuery: { version: 1, sha256Hash: hash } }, variables });

function writeJson(name: string, value: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(value));
  return path;
}

describe('persisted operations', () => {
  let file: string;
  let only: Api;
  let open: Api;
  beforeAll(async () => {
    file = writeJson('persisted-documents.json', { [OWNERS_HASH]: OWNERS });
    only = await apiWith({ PERSISTED_OPERATIONS_FILE: file, PERSISTED_OPERATIONS_ONLY: true });
    open = await apiWith({ PERSISTED_OPERATIONS_FILE: file, PERSISTED_OPERATIONS_ONLY: false });
  });

  it('a known hash answers, sent as extensions.persistedQuery or as documentId', async () => {
    const r = await only.post(byHash(OWNERS_HASH, { entity: 'WhatsApp' }));
    expect(r.status).toBe(200);
    expect(r.body).toEqual({ data: { ownershipChain: { ultimateOwners: [{ name: 'Facebook' }] } } });
    const d = await only.post({ documentId: `sha256:${OWNERS_HASH}`, variables: { entity: 'TikTok' } });
    expect(d.body).toEqual({ data: { ownershipChain: { ultimateOwners: [{ name: 'ByteDance' }] } } });
  });

  it('an unknown hash is PERSISTED_QUERY_NOT_FOUND, in either mode', async () => {
    for (const api of [only, open]) {
      const r = await api.post(byHash(sha256('query Other { __typename }')));
      expect(codes(r.body)).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
      expect(r.body.data).toBeUndefined();
    }
  });

  it('with PERSISTED_OPERATIONS_ONLY=true, any document is refused before it runs, even one in the file and introspection', async () => {
    const before = only.queries.length;
    for (const query of ['{ entity(id: "service:whatsapp") { name } }', OWNERS, '{ __schema { queryType { name } } }']) {
      const r = await only.post({ query, variables: { entity: 'WhatsApp' } });
      expect(codes(r.body)).toEqual(['PERSISTED_QUERY_ONLY']);
      expect(r.body.data).toBeUndefined();
    }
    expect(only.queries.length).toBe(before);
    expect(codes((await only.post({})).body)).toEqual(['BAD_REQUEST']);
  });

  it('with PERSISTED_OPERATIONS_ONLY=true, GraphiQL and the explorer are off; otherwise they are served', async () => {
    const page = (api: Api, path: string) => fetch(`${api.url}${path}`, { headers: { accept: 'text/html' } }).then((r) => r.status);
    expect(await page(only, '/graphql')).not.toBe(200);
    expect(await page(only, '/explore')).toBe(404);
    expect(await page(open, '/graphql')).toBe(200);
    expect(await page(open, '/explore')).toBe(200);
  });

  it('with PERSISTED_OPERATIONS_ONLY=false, documents are accepted as well as hashes', async () => {
    const text = await open.post({ query: '{ entity(id: "service:whatsapp") { name } }' });
    expect(text.body).toEqual({ data: { entity: { name: 'WhatsApp' } } });
    const hashed = await open.post(byHash(OWNERS_HASH, { entity: 'WhatsApp' }));
    expect(hashed.body.data).toEqual({ ownershipChain: { ultimateOwners: [{ name: 'Facebook' }] } });
    const neither = await open.post({ variables: {} });
    expect(neither.status).toBe(400);
    expect(codes(neither.body)).toEqual(['BAD_REQUEST']);
  });

  it("reads Apollo's persisted query manifest", async () => {
    const manifest = writeJson('apollo-manifest.json', {
      format: 'apollo-persisted-query-manifest',
      version: 1,
      operations: [{ id: OWNERS_HASH, name: 'Owners', type: 'query', body: OWNERS }],
    });
    const api = await apiWith({ PERSISTED_OPERATIONS_FILE: manifest, PERSISTED_OPERATIONS_ONLY: true });
    expect((await api.post(byHash(OWNERS_HASH, { entity: 'WhatsApp' }))).body.data).toEqual({ ownershipChain: { ultimateOwners: [{ name: 'Facebook' }] } });
  });

  it("serves the persisted-documents.json of GraphQL Code Generator's client preset (persistedDocuments, sha256) by the hashes it embeds", async () => {
    const out = join(dir, 'codegen/');
    await generate(
      {
        cwd: process.cwd(),
        schema: 'schema/schema.graphql',
        documents: ['src/client/**/*.graphql'],
        silent: true,
        generates: { [out]: { preset: 'client', presetConfig: { persistedDocuments: { hashAlgorithm: 'sha256' } } } },
      },
      true,
    );
    const documents = JSON.parse(readFileSync(join(out, 'persisted-documents.json'), 'utf8')) as Record<string, string>;
    const [hash, chain] = Object.entries(documents).find(([, d]) => d.startsWith('query Chain('))!;
    expect(hash).toBe(sha256(chain));
    // The typed document the front-end imports carries the same hash, which is what its client sends.
    expect(readFileSync(join(out, 'graphql.ts'), 'utf8')).toContain(`"__meta__":{"hash":"${hash}"}`);
    const api = await apiWith({ PERSISTED_OPERATIONS_FILE: join(out, 'persisted-documents.json'), PERSISTED_OPERATIONS_ONLY: true });
    const r = await api.post(byHash(hash, { entity: 'WhatsApp' }));
    expect(r.body.errors).toBeUndefined();
    expect(r.body.data.ownershipChain.entity).toEqual({ id: 'service:whatsapp', name: 'WhatsApp' });
    expect(r.body.data.ownershipChain.paths[0].hops[0].from.name).toBe('Facebook');
  });

  it('configuration: ONLY without a file, and a file that is not operations, stop the start with one line', () => {
    expect(() => loadConfig({ PERSISTED_OPERATIONS_ONLY: 'true' })).toThrow(
      'invalid configuration: PERSISTED_OPERATIONS_ONLY is true but PERSISTED_OPERATIONS_FILE is not set',
    );
    const broken = writeJson('broken.json', { abc: 'query { entity(' });
    expect(() => loadConfig({ PERSISTED_OPERATIONS_FILE: broken })).toThrow(
      /^invalid configuration: PERSISTED_OPERATIONS_FILE operation abc does not parse: Syntax Error/,
    );
    expect(() => loadConfig({ PERSISTED_OPERATIONS_FILE: join(dir, 'missing.json') })).toThrow(
      /^invalid configuration: PERSISTED_OPERATIONS_FILE cannot be read \(ENOENT: /,
    );
    expect(() => loadConfig({ PERSISTED_OPERATIONS_FILE: writeJson('list.json', [OWNERS]) })).toThrow(/must be a JSON object of hash → document/);
  });

  it('an operation that does not fit the schema stops the start with one line naming its hash', async () => {
    const stale = writeJson('stale.json', { [OWNERS_HASH]: OWNERS, deadbeef: '{ entity(id: "x") { noSuchField } }' });
    const o = testDbOptions();
    const other = new Database(createDriver(o), o);
    try {
      const start = startApi(
        { PORT: 0, HOST: '127.0.0.1', SEED_ON_START: false, SHUTDOWN_GRACE_MS: 1_000, PERSISTED_OPERATIONS_FILE: stale },
        other,
        silentLog,
      );
      await expect(start).rejects.toThrow(ConfigError);
      await expect(start).rejects.toThrow(
        /^invalid configuration: PERSISTED_OPERATIONS_FILE holds operations that do not fit the API's schema: deadbeef: Cannot query field "noSuchField"/,
      );
    } finally {
      await other.close();
    }
  });
});

describe('response cache', () => {
  const WHATSAPP = 'query WhatsApp($id: ID!) { entity(id: $id) { name description } }';
  let seeds: SeedSet;
  let api: Api;
  beforeAll(async () => {
    seeds = readSeeds(SEEDS_DIR);
    api = await apiWith({ RESPONSE_CACHE_TTL_MS: 60_000 });
  });

  /** The seed graph with WhatsApp's description changed, loaded through the seed loader (writeRecords). */
  const loadWithDescription = (description: string) =>
    loadSeeds(db, { ...seeds, entities: seeds.entities.map((e) => (e.id === 'service:whatsapp' ? { ...e, description } : e)) });

  it('the same query twice: the second is served from the cache and runs no Cypher', async () => {
    const executed = api.queries.length;
    const first = await api.post({ query: WHATSAPP, variables: { id: 'service:whatsapp' } });
    expect(first.body.extensions).toEqual({ responseCache: { hit: false, didCache: true, ttl: 60_000 } });
    expect(api.queries.length).toBe(executed + 1);
    expect(api.queries.at(-1)!.length).toBeGreaterThan(0);
    const second = await api.post({ query: WHATSAPP, variables: { id: 'service:whatsapp' } });
    expect(second.body.extensions).toEqual({ responseCache: { hit: true } });
    expect(second.body.data).toEqual(first.body.data);
    expect(api.queries.length).toBe(executed + 1);
    // Other variables are another answer.
    const other = await api.post({ query: WHATSAPP, variables: { id: 'service:telegram' } });
    expect(other.body.extensions!.responseCache).toMatchObject({ hit: false });
    expect(other.body.data.entity.name).toBe('Telegram');
  });

  it('responses with errors are not cached', async () => {
    const executed = api.queries.length;
    for (let i = 0; i < 2; i++) {
      const r = await api.post({ query: WHATSAPP, variables: { id: 'service:no-such-service' } });
      expect(codes(r.body)).toEqual(['NOT_FOUND']);
      expect(r.body.extensions).toEqual({ responseCache: { hit: false, didCache: false } });
    }
    expect(api.queries.length).toBe(executed + 2);
  });

  it('the fields the cache adds to collect types do not count against MAX_BREADTH', async () => {
    // entity + id + name = 3 fields: allowed with MAX_BREADTH=3, with or without the cache.
    const tight = await apiWith({ RESPONSE_CACHE_TTL_MS: 60_000, MAX_BREADTH: 3 });
    for (const hit of [false, true]) {
      const r = await tight.post({ query: '{ entity(id: "service:whatsapp") { id name } }' });
      expect(r.body.errors).toBeUndefined();
      expect(r.body.extensions!.responseCache).toMatchObject({ hit });
    }
  });

  it('a persisted operation sent by hash and the same document sent as text share one entry', async () => {
    const file = writeJson('cache-ops.json', { [OWNERS_HASH]: OWNERS });
    const both = await apiWith({ RESPONSE_CACHE_TTL_MS: 60_000, PERSISTED_OPERATIONS_FILE: file });
    expect((await both.post({ query: OWNERS, variables: { entity: 'WhatsApp' } })).body.extensions!.responseCache).toMatchObject({
      hit: false,
      didCache: true,
    });
    const hashed = await both.post(byHash(OWNERS_HASH, { entity: 'WhatsApp' }));
    expect(hashed.body.extensions).toEqual({ responseCache: { hit: true } });
    expect(hashed.body.data).toEqual({ ownershipChain: { ultimateOwners: [{ name: 'Facebook' }] } });
  });

  it(`a data change through the write path is a miss with the new data within ${VERSION_CHECK_MS} ms, in every API process; an unchanged load is not`, async () => {
    const second = await apiWith({ RESPONSE_CACHE_TTL_MS: 60_000 });
    const ask = (a: Api, headers?: Record<string, string>) => a.post({ query: WHATSAPP, variables: { id: 'service:whatsapp' } }, headers);
    const original = (await ask(api)).body.data.entity.description as string;
    await ask(second);
    const cached = await ask(second);
    expect(cached.body.extensions).toEqual({ responseCache: { hit: true } });
    const etag = cached.headers.get('etag')!;
    expect((await ask(second, { 'if-none-match': etag })).status).toBe(304);

    // A load that changes nothing does not bump the version, so the cache stays, also once the API has
    // read the version again: every answer until then, and the one after, is a hit.
    const unchanged = await readGraphVersion(db);
    expect((await loadSeeds(db, seeds)).nodes).toMatchObject({ created: 0, updated: 0 });
    expect(await readGraphVersion(db)).toEqual(unchanged);
    const reads = api.versionReads();
    const answers: unknown[] = [];
    await waitFor(
      async () => {
        answers.push((await ask(api)).body.extensions);
        return api.versionReads() > reads;
      },
      { timeout: VERSION_CHECK_MS + 5_000, message: 'the API reads the data version again' },
    );
    answers.push((await ask(api)).body.extensions);
    expect(answers).toEqual(answers.map(() => ({ responseCache: { hit: true } })));

    /**
     * Asks `a` until it answers with `description`: that answer, the first, is a miss that executed
     * once (earlier answers were hits of the old version, which execute nothing).
     */
    const untilAnswered = async (a: Api, description: string) => {
      let executed = a.queries.length;
      const r = await waitFor(
        async () => {
          executed = a.queries.length;
          const answer = await ask(a);
          return answer.body.data.entity.description === description && answer;
        },
        { timeout: VERSION_CHECK_MS + 5_000, message: `${a.url} answers "${description}"` },
      );
      expect(r.body.extensions!.responseCache).toMatchObject({ hit: false, didCache: true });
      expect(a.queries.length).toBe(executed + 1);
    };

    const report = await loadWithDescription('Changed for the response-cache test.');
    expect(report.nodes.updated).toBe(1);
    const loaded = performance.now();
    expect((await readGraphVersion(db)).version).toBe(unchanged.version! + 1);
    for (const a of [api, second]) {
      await untilAnswered(a, 'Changed for the response-cache test.');
      // Within VERSION_CHECK_MS of the load, plus what the asking takes on a loaded machine.
      expect(performance.now() - loaded).toBeLessThan(VERSION_CHECK_MS + 2_000);
    }
    // The old ETag names an entry that is gone: the answer is the new data, not a 304.
    const conditional = await ask(second, { 'if-none-match': etag });
    expect(conditional.status).toBe(200);
    expect(conditional.body.data.entity.description).toBe('Changed for the response-cache test.');

    // Wiped and loaded again: the version restarts at 1, but its time differs, so it is still a miss.
    await ask(api);
    await resetToSeedGraph(db);
    expect((await readGraphVersion(db)).version).toBe(1);
    await untilAnswered(api, original);
  });
});

describe('response store', () => {
  const result = (n: number) => ({ data: { n, pad: 'x'.repeat(80) } });
  const size = Buffer.byteLength(JSON.stringify(result(1)));

  it('holds at most maxBytes, dropping the least recently used first', () => {
    const store = new ResponseStore(size * 2);
    store.set('a', result(1), 60_000);
    store.set('b', result(2), 60_000);
    expect(store.get('a')).toEqual(result(1)); // a is now the most recently used
    store.set('c', result(3), 60_000);
    expect(store.get('b')).toBeNull();
    expect(store.get('a')).toEqual(result(1));
    expect(store.get('c')).toEqual(result(3));
    expect(store.bytes).toBe(size * 2);
    store.set('huge', { data: { pad: 'x'.repeat(size * 3) } }, 60_000);
    expect(store.get('huge')).toBeNull();
  });

  it('drops an entry once its TTL has passed', async () => {
    const store = new ResponseStore(1_000_000);
    const stored = performance.now();
    store.set('a', result(1), 30);
    expect(store.get('a')).toEqual(result(1));
    await waitFor(() => store.get('a') === null, { timeout: 5_000, interval: 5, message: 'the entry expires' });
    expect(performance.now() - stored).toBeGreaterThanOrEqual(30);
    expect(store.bytes).toBe(0);
  });
});
