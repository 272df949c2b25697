/**
 * Faults, against a throw-away local Neo4j of this file's own (instance "faults" on a free port, seeded
 * here, stopped in afterAll pass or fail): the database stops in the middle of a stream of reads and
 * starts again. Meanwhile reads answer DATABASE_UNAVAILABLE (never INTERNAL_SERVER_ERROR), and the
 * API recovers by itself, with no restart. Also: a neo4j:// routing URI works unchanged against the
 * single instance, and reads go out as READ transactions (so a cluster routes them to readers).
 */
import neo4j, { type Driver, type SessionConfig } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningApi, startApi } from '../src/app.js';
import { signToken } from '../src/auth/token.js';
import { createDriver, Database } from '../src/db/database.js';
import { startTestApi, type TestApi } from './support/api.js';
import { q, resetToSeedGraph, silentLog } from './support/db.js';
import { START_TIMEOUT_S, startInstance, STOP_ALL_TIMEOUT_MS, stopAll, stopInstance, type InstanceEnv } from './support/local-neo4j.js';
import { freePort } from './support/net.js';
import { waitFor } from './support/wait.js';

const PASSWORD = 'kg-faults-password';
const READ = `{
  ownershipChain(entity: "whatsapp") { ultimateOwners { name } paths { hops { type from { name } to { name } } } }
  search(query: "BYTEDANCE") { entity { id } }
}`;

let env: InstanceEnv;
let port: number;
const opened: { close: () => Promise<void> }[] = [];

/** A database on `uri`; `watch` sees the driver first (to observe the sessions it opens). */
function open(uri: string, watch?: (driver: Driver) => void): Database {
  const o = { uri, user: 'neo4j', password: PASSWORD, database: 'neo4j', queryTimeoutMs: 30_000 };
  const driver = createDriver(o);
  watch?.(driver);
  const db = new Database(driver, o);
  opened.push(db);
  return db;
}

async function api(db: Database): Promise<TestApi> {
  const a = await startTestApi(db, { retryMs: 300 });
  opened.push({ close: () => a.stop() });
  return a;
}

beforeAll(
  async () => {
    port = await freePort();
    env = { NEO4J_LOCAL_INSTANCE: 'faults', NEO4J_LOCAL_PORT: String(port), NEO4J_PASSWORD: PASSWORD, NEO4J_LOCAL_HEAP: '512m', NEO4J_LOCAL_PAGECACHE: '64m' };
    await stopInstance(env); // one left by an interrupted earlier run
    await startInstance(env);
    const db = open(`bolt://127.0.0.1:${port}`);
    await resetToSeedGraph(db);
  },
  (START_TIMEOUT_S + 120) * 1000,
);

afterAll(async () => {
  try {
    for (const o of opened.reverse()) await o.close().catch(() => {});
  } finally {
    await stopAll();
  }
}, STOP_ALL_TIMEOUT_MS + 30_000);

interface Answer {
  phase: string;
  /** when the answer came, ms after the stream started */
  at: number;
  http: number;
  codes: string[];
  ok: boolean;
}

/** Reads in a loop (two at a time) until stopped, recording each answer under the current phase. */
function readStream(url: string) {
  const answers: Answer[] = [];
  let phase = 'up';
  let running = true;
  const t0 = Date.now();
  const reader = async () => {
    while (running) {
      const during = phase;
      let answer: Answer;
      try {
        const res = await fetch(`${url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', accept: 'application/json' },
          body: JSON.stringify({ query: READ }),
        });
        const body = (await res.json()) as { data?: unknown; errors?: { extensions?: { code?: string } }[] };
        const codes = (body.errors ?? []).map((e) => e.extensions?.code ?? 'NO_CODE');
        answer = { phase: during, at: Date.now() - t0, http: res.status, codes, ok: res.status === 200 && !body.errors && body.data != null };
      } catch (error) {
        answer = { phase: during, at: Date.now() - t0, http: 0, codes: [`FETCH_FAILED: ${(error as Error).message}`], ok: false };
      }
      answers.push(answer);
      // The readers' pace (about 20 requests a second each), not a wait for anything.
      await new Promise((r) => setTimeout(r, 50));
    }
  };
  const done = Promise.all([reader(), reader()]);
  return {
    answers,
    set phase(p: string) {
      phase = p;
    },
    in: (p: string) => answers.filter((a) => a.phase === p),
    now: () => Date.now() - t0,
    stop: async () => {
      running = false;
      await done;
    },
  };
}

const readyStatus = (url: string) =>
  fetch(`${url}/ready`).then(
    (r) => r.status,
    () => 0,
  );

describe('the database stops and starts again under a stream of reads', () => {
  it(
    'answers DATABASE_UNAVAILABLE meanwhile, never INTERNAL_SERVER_ERROR, and recovers with no API restart',
    async () => {
      const a = await api(open(`bolt://127.0.0.1:${port}`));
      await waitFor(async () => (await readyStatus(a.url)) === 200, { timeout: 30_000 });
      const stream = readStream(a.url);
      try {
        await waitFor(() => stream.in('up').filter((x) => x.ok).length >= 10, { timeout: 30_000, message: () => JSON.stringify(stream.answers.slice(-3)) });

        stream.phase = 'stopping';
        const stopped = await stopInstance(env);
        expect(stopped.out).toMatch(/^neo4j stopped/);
        stream.phase = 'down';
        await waitFor(() => stream.in('down').length >= 10, { timeout: 30_000 });
        expect(await readyStatus(a.url)).toBe(503);

        stream.phase = 'starting';
        const startAt = stream.now();
        await startInstance(env);
        const backAt = stream.now();
        stream.phase = 'restarted';
        // Reads sent while Neo4j was still starting may wait for it (a cold start on a busy machine), then succeed.
        await waitFor(() => stream.in('restarted').some((x) => x.ok), { timeout: 90_000, message: () => JSON.stringify(stream.in('restarted').slice(-3)) });
        await waitFor(async () => (await readyStatus(a.url)) === 200, { timeout: 30_000 });
        // once recovered, it stays recovered
        stream.phase = 'after';
        await waitFor(() => stream.in('after').length >= 10, { timeout: 30_000 });
        const firstOk = Math.min(...stream.answers.filter((x) => x.ok && x.at > startAt).map((x) => x.at));
        console.log(
          `faults: ${stream.answers.length} reads; ${stream.answers.filter((x) => !x.ok).length} DATABASE_UNAVAILABLE; Neo4j took ` +
            `${((backAt - startAt) / 1000).toFixed(1)} s to start again; first successful read ${((firstOk - backAt) / 1000).toFixed(1)} s after that`,
        );
      } finally {
        await stream.stop();
      }

      // A read sent while Neo4j is still starting may wait for it past the execution limit: TIMEOUT is a
      // fair answer then (and only then); anything else but DATABASE_UNAVAILABLE is a bug.
      const expected = (x: Answer) => (c: string) => c === 'DATABASE_UNAVAILABLE' || (c === 'TIMEOUT' && x.phase === 'starting');
      const bad = stream.answers.filter((x) => !x.ok && !(x.http === 200 && x.codes.length > 0 && x.codes.every(expected(x))));
      expect(bad, JSON.stringify(bad.slice(0, 5))).toEqual([]);
      expect(stream.in('up').every((x) => x.ok)).toBe(true);
      expect(stream.in('down').every((x) => !x.ok)).toBe(true);
      expect(
        stream.in('after').every((x) => x.ok),
        JSON.stringify(stream.in('after').filter((x) => !x.ok)),
      ).toBe(true);
    },
    3 * (START_TIMEOUT_S + 60) * 1000,
  );
});

const SECRET = 'faults-test-secret-0123456789-abcdefghijklmnop';
const UPSERT = `mutation ($input: UpsertEntityInput!) { upsertEntity(input: $input) { __typename ... on EntityChanged { replayed entity { id } } } }`;

/** Sends upsertEntity mutations one after another, each under its own idempotency key, until stopped. */
function mutationStream(api: RunningApi, bearer: string) {
  const sent: { n: number; ok: boolean; codes: string[] }[] = [];
  let running = true;
  const send = async (n: number) => {
    const input = {
      kind: 'COMPANY',
      name: `Fault probe ${n}`,
      description: 'A company written by the fault test.',
      citations: [{ article: 'article:fb-whatsapp-telegram-stop-hk-requests', excerpt: 'Facebook' }],
      idempotencyKey: `fault-probe-${n}`,
    };
    const res = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', authorization: `Bearer ${bearer}` },
      body: JSON.stringify({ query: UPSERT, variables: { input } }),
    }).then(
      (r) => r.json() as Promise<{ data?: { upsertEntity?: { __typename: string; replayed: boolean } }; errors?: { extensions?: { code?: string } }[] }>,
      (error: Error) => ({ data: undefined, errors: [{ extensions: { code: `FETCH_FAILED: ${error.message}` } }] }),
    );
    return {
      ok: res.data?.upsertEntity?.__typename === 'EntityChanged',
      replayed: res.data?.upsertEntity?.replayed,
      codes: (res.errors ?? []).map((e) => e.extensions?.code ?? 'NO_CODE'),
    };
  };
  const done = (async () => {
    for (let n = 1; running; n++) sent.push({ n, ...(await send(n)) });
  })();
  return {
    sent,
    send,
    stop: async () => {
      running = false;
      await done;
    },
  };
}

describe('the database stops and starts again under a stream of mutations', () => {
  it(
    'keeps every mutation that answered success, writes none by half, and a retry under its key writes nothing twice',
    async () => {
      const db = open(`bolt://127.0.0.1:${port}`);
      const a = await startApi({ PORT: 0, HOST: '127.0.0.1', SEED_ON_START: false, SHUTDOWN_GRACE_MS: 2_000, AUTH_JWT_SECRET: SECRET }, db, silentLog, {
        retryMs: 300,
      });
      opened.push({ close: () => a.stop() });
      const bearer = await signToken({ AUTH_JWT_SECRET: SECRET, AUTH_ROLES_CLAIM: 'roles' }, { sub: 'fault-test', roles: ['editor'], ttlSeconds: 3_600 });
      await waitFor(async () => (await readyStatus(a.url)) === 200, { timeout: 30_000 });
      const stream = mutationStream(a, bearer);
      try {
        await waitFor(() => stream.sent.filter((x) => x.ok).length >= 5, { timeout: 60_000, message: () => JSON.stringify(stream.sent.slice(-3)) });
        await stopInstance(env);
        await waitFor(() => stream.sent.filter((x) => !x.ok).length >= 3, { timeout: 120_000, message: () => JSON.stringify(stream.sent.slice(-3)) });
        const failedBefore = stream.sent.length;
        await startInstance(env);
        await waitFor(() => stream.sent.slice(failedBefore).some((x) => x.ok), { timeout: 120_000, message: () => JSON.stringify(stream.sent.slice(-3)) });
      } finally {
        await stream.stop();
      }
      const failed = stream.sent.filter((x) => !x.ok);
      expect(failed.length).toBeGreaterThan(0);
      expect(failed.flatMap((x) => x.codes).filter((c) => c !== 'DATABASE_UNAVAILABLE' && c !== 'TIMEOUT')).toEqual([]);

      const stored = async () =>
        (
          await db.read(
            q(
              "MATCH (e:Company) WHERE e.name STARTS WITH 'Fault probe ' RETURN e.name AS name, COUNT { (s:Source {fact: e.id})-[:REPORTED_BY]->(:Article) } AS sources",
            ),
          )
        ).map((r) => ({ name: String(r.name), sources: Number(r.sources) }));
      const before = await stored();
      // Every success is there, whole: the entity with its one citation.
      for (const x of stream.sent.filter((s) => s.ok)) expect(before).toContainEqual({ name: `Fault probe ${x.n}`, sources: 1 });
      expect(before.every((e) => e.sources === 1)).toBe(true);

      // A retry of every mutation sent: the ones that committed replay, the others write once.
      for (const x of stream.sent) {
        const retry = await stream.send(x.n);
        expect(retry.ok, JSON.stringify(retry)).toBe(true);
        if (x.ok) expect(retry.replayed).toBe(true);
      }
      const after = await stored();
      expect(after.map((e) => e.name).sort()).toEqual(stream.sent.map((x) => `Fault probe ${x.n}`).sort());
      expect(after.every((e) => e.sources === 1)).toBe(true);
      console.log(`faults: ${stream.sent.length} mutations, ${failed.length} refused while Neo4j was down; all present once after the retries`);
    },
    4 * (START_TIMEOUT_S + 60) * 1000,
  );
});

describe('a neo4j:// routing URI against the single instance', () => {
  it('works unchanged, and sends the API reads as READ transactions', async () => {
    // Record the access mode of every session the API opens while answering a query.
    const modes: string[] = [];
    const db = open(`neo4j://127.0.0.1:${port}`, (driver) => {
      const session = driver.session.bind(driver);
      driver.session = (config?: SessionConfig) => {
        modes.push(String(config?.defaultAccessMode));
        return session(config);
      };
    });

    const a = await api(db);
    await waitFor(async () => (await readyStatus(a.url)) === 200, { timeout: 30_000 });
    modes.length = 0;
    const { data, errors } = await a.gql(READ);
    expect(errors).toBeUndefined();
    expect(data.ownershipChain.ultimateOwners.map((o: { name: string }) => o.name)).toEqual(['Facebook']);
    expect(modes.length).toBeGreaterThan(0);
    expect(new Set(modes)).toEqual(new Set([neo4j.session.READ]));

    // The server holds a READ transaction to it: a write through Database.read is refused.
    await expect(db.read(q('CREATE (p:RoutingProbe) RETURN p'))).rejects.toMatchObject({ code: 'Neo.ClientError.Statement.AccessMode' });
    expect(await db.write(q('CREATE (p:RoutingProbe) DELETE p RETURN 1 AS one'))).toEqual([{ one: 1 }]);
  }, 60_000);
});
