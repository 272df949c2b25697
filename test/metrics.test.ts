/**
 * Prometheus metrics on their own port (METRICS_PORT): statements per request, request durations, errors
 * by code, response-cache outcomes, requests in flight and the process's own metrics, scraped over HTTP
 * from a real API on the seed graph.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type RunningApi } from '../src/app.js';
import { openTestDb, resetToSeedGraph, silentLog } from './support/db.js';

let api: RunningApi;
beforeAll(async () => {
  const db = openTestDb();
  await resetToSeedGraph(db);
  api = await startApi(
    { PORT: 0, HOST: '127.0.0.1', SEED_ON_START: false, SHUTDOWN_GRACE_MS: 2_000, METRICS_PORT: 0, RESPONSE_CACHE_TTL_MS: 60_000 },
    db,
    silentLog,
  );
});
afterAll(() => api.stop());

async function scrape(): Promise<string> {
  const res = await fetch(api.metricsUrl!);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toContain('text/plain');
  return res.text();
}

/** The value of one series (`name{labels}`) in a scrape, 0 when absent. */
function value(text: string, series: string): number {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line ? Number(line.slice(series.length + 1)) : 0;
}

async function gql(query: string, operationName?: string) {
  const res = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, operationName }),
  });
  return res.json() as Promise<{ data?: unknown; errors?: unknown[] }>;
}

/** How a series moves across one request. */
async function delta(series: string, request: () => Promise<unknown>): Promise<number> {
  const before = value(await scrape(), series);
  await request();
  return value(await scrape(), series) - before;
}

describe('metrics', () => {
  it('are served on their own port only', async () => {
    expect(api.metricsUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/metrics$/);
    expect(new URL(api.metricsUrl!).port).not.toBe(new URL(api.url).port);
    expect((await fetch(`${api.url}/metrics`)).status).toBe(404);
    expect((await fetch(api.metricsUrl!.replace('/metrics', '/other'))).status).toBe(404);
  });

  it('kg_cypher_statements_total moves by exactly 1 for a lookup with relations, sources and articles', async () => {
    const lookup = `query Lookup { lookup(ref: "WhatsApp") {
      name sources { excerpt article { title } }
      relations { type to { name } sources { excerpt article { title outlet { name } } } }
    } }`;
    expect(await delta('kg_cypher_statements_total{operation="Lookup"}', () => gql(lookup, 'Lookup'))).toBe(1);
  });

  it('kg_cypher_statements_total moves by exactly 1 for an ownership chain with per-hop sources', async () => {
    const chain = `query Chain { ownershipChain(entity: "WhatsApp") {
      ultimateOwners { name } paths { hops { from { name } sources { excerpt article { title date } } } }
    } }`;
    const answer = await gql(chain, 'Chain');
    expect(answer.errors).toBeUndefined();
    // The cache answers this second one: no statement at all.
    const uncached = chain.replace('ultimateOwners { name }', 'ultimateOwners { id name }');
    expect(await delta('kg_cypher_statements_total{operation="Chain"}', () => gql(uncached, 'Chain'))).toBe(1);
    expect(await delta('kg_cypher_statements_total{operation="Chain"}', () => gql(uncached, 'Chain'))).toBe(0);
  });

  it('count requests, their time in Neo4j, errors by code, cache hits and misses', async () => {
    const query = 'query Named { search(query: "Telegram", limit: 2) { entity { id } } }';
    const before = await scrape();
    await gql(query, 'Named');
    await gql(query, 'Named');
    await gql('{ lookup(ref: "no such thing at all") { id } }');
    const after = await scrape();
    const moved = (series: string) => value(after, series) - value(before, series);
    expect(moved('kg_graphql_request_duration_seconds_count{operation="Named"}')).toBe(2);
    expect(moved('kg_graphql_request_neo4j_seconds_count{operation="Named"}')).toBe(2);
    expect(moved('kg_cypher_statement_duration_seconds_count{statement="plan/search"}')).toBe(1);
    expect(moved('kg_graphql_errors_total{code="NOT_FOUND"}')).toBe(1);
    expect(moved('kg_response_cache_requests_total{outcome="hit"}')).toBe(1);
    expect(moved('kg_response_cache_requests_total{outcome="miss"}')).toBe(2);
    expect(value(after, 'kg_graphql_requests_in_flight')).toBe(0);
    expect(value(after, 'kg_process_cpu_seconds_total')).toBeGreaterThan(0);
    expect(after).toContain('kg_nodejs_eventloop_lag_seconds');
  });

  it('label only well-formed operation names of at most 64 characters; others count as "other"', async () => {
    const long = 'A'.repeat(70);
    expect(await delta('kg_cypher_statements_total{operation="other"}', () => gql(`query ${long} { graph { entities } }`, long))).toBe(1);
    expect(await scrape()).not.toContain(long);
  });
});
