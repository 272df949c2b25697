/** Starts the real API (Yoga over node:http) on a free port against the test database. */
import { startApi, type RunningApi } from '../../src/app.js';
import type { Config } from '../../src/config/config.js';
import type { Database } from '../../src/db/database.js';
import { afterAll, beforeAll } from 'vitest';
import { openTestDb, resetToSeedGraph, silentLog } from './db.js';

export interface GraphQLResponse<T = any> {
  data?: T;
  errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string; argument?: string; [k: string]: unknown } }[];
}

export interface TestApi extends RunningApi {
  gql: <T = any>(query: string, variables?: Record<string, unknown>) => Promise<GraphQLResponse<T>>;
  /** Cypher query names run by each GraphQL request, in request order. */
  queries: string[][];
}

export async function startTestApi(db: Database, options: { retryMs?: number; nestedPlans?: boolean; config?: Partial<Config> } = {}): Promise<TestApi> {
  const queries: string[][] = [];
  const api = await startApi({ PORT: 0, HOST: '127.0.0.1', SEED_ON_START: false, SHUTDOWN_GRACE_MS: 2_000, ...options.config }, db, silentLog, {
    onQueries: (names) => queries.push(names),
    retryMs: options.retryMs,
    nestedPlans: options.nestedPlans,
  });
  const gql = async (query: string, variables?: Record<string, unknown>) => {
    const res = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    return (await res.json()) as GraphQLResponse;
  };
  return { ...api, gql, queries };
}

/**
 * For one test file: the seed graph in the test database and an API over it, started before the
 * file's tests and stopped after them (vitest hooks, registered where this is called). `api` forwards
 * to the running API, so it can be destructured at module level.
 */
export function useSeededApi(): { db: Database; api: TestApi } {
  const db = openTestDb();
  let started: TestApi | undefined;
  beforeAll(async () => {
    await resetToSeedGraph(db);
    started = await startTestApi(db);
  });
  afterAll(async () => {
    await started?.stop(); // closes the driver too
  });
  const api = new Proxy({} as TestApi, {
    get: (_target, key) => {
      if (!started) throw new Error('the test API starts in beforeAll');
      return started[key as keyof TestApi];
    },
  });
  return { db, api };
}
