/**
 * `npm run bench`: single-client latency of each traversal query against an API that is already
 * running (it starts nothing). For every query in bench/queries.ts (examples of examples/) it sends BENCH_WARMUP requests,
 * then BENCH_REQUESTS timed ones, one at a time over a keep-alive connection, and prints p50 / p95 /
 * max latency and requests per second. Loopback only; it stops by itself.
 *
 * Environment:
 *   API_URL         GraphQL endpoint              (default http://127.0.0.1:4000/graphql)
 *   BENCH_WARMUP    untimed requests per query    (default 20)
 *   BENCH_REQUESTS  timed requests per query      (default 200)
 *   BENCH_ONLY      comma-separated query names to run (default: all)
 *   BENCH_TIMEOUT_MS  per-request timeout in ms   (default 15000)
 */
import { graphql } from '../src/client/generated/gql.js';
import { request } from '../src/client/request.js';
import { QUERIES, type BenchQuery } from './queries.js';

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

function fail(line: string): never {
  process.stderr.write(`bench: ${line}\n`);
  process.exit(1);
}

function intEnv(name: string, fallback: number, min: number, max: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) fail(`${name} must be a whole number from ${min} to ${max} (got "${raw}")`);
  return n;
}

const apiUrl = process.env.API_URL || 'http://127.0.0.1:4000/graphql';
let url: URL;
try {
  url = new URL(apiUrl);
} catch {
  fail(`API_URL is not a URL: "${apiUrl}"`);
}
if (!LOOPBACK.has(url.hostname)) fail(`API_URL must point at this machine (127.0.0.1, localhost or ::1), got ${url.hostname}`);

const warmup = intEnv('BENCH_WARMUP', 20, 0, 10_000);
const requests = intEnv('BENCH_REQUESTS', 200, 1, 100_000);
const timeoutMs = intEnv('BENCH_TIMEOUT_MS', 15_000, 1, 600_000);
const only = (process.env.BENCH_ONLY ?? '')
  .split(',')
  .map((s) => s.trim())
  .filter(Boolean);
const unknown = only.filter((n) => !QUERIES.some((q) => q.name === n));
if (unknown.length) fail(`BENCH_ONLY names unknown queries: ${unknown.join(', ')} (known: ${QUERIES.map((q) => q.name).join(', ')})`);
const selected = only.length ? QUERIES.filter((q) => only.includes(q.name)) : QUERIES;

interface Answer {
  data?: unknown;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** One POST; resolves to the parsed body and the byte size, after the whole body has arrived. */
async function post(query: string, variables: Record<string, unknown>): Promise<{ body: Answer; bytes: number }> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(timeoutMs),
  });
  const text = await res.text();
  let body: Answer;
  try {
    body = JSON.parse(text) as Answer;
  } catch {
    throw new Error(`HTTP ${res.status}, not JSON: ${text.slice(0, 200)}`);
  }
  return { body, bytes: Buffer.byteLength(text) };
}

function problem(body: Answer): string | null {
  const e = body.errors?.[0];
  if (e) return `${e.extensions?.code ?? 'ERROR'}: ${e.message}`;
  if (body.data == null) return 'no data';
  return null;
}

/** Nearest-rank percentile of an ascending array. */
function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

interface Row {
  name: string;
  p50: number;
  p95: number;
  max: number;
  rps: number;
  bytes: number;
  failed: number;
}

async function measure(q: BenchQuery): Promise<Row> {
  // One checked request first: a query that errors is reported, not timed.
  const first = await post(q.query, q.variables);
  const why = problem(first.body);
  if (why) throw new Error(why);
  for (let i = 0; i < warmup; i++) await post(q.query, q.variables);

  const times: number[] = [];
  let failed = 0;
  const t0 = performance.now();
  for (let i = 0; i < requests; i++) {
    const start = performance.now();
    const { body } = await post(q.query, q.variables);
    times.push(performance.now() - start);
    if (problem(body)) failed++;
  }
  const seconds = (performance.now() - t0) / 1000;
  times.sort((a, b) => a - b);
  return { name: q.name, p50: percentile(times, 50), p95: percentile(times, 95), max: times.at(-1)!, rps: requests / seconds, bytes: first.bytes, failed };
}

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  const line = (r: string[]) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ');
  return [line(rows[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n');
}

// Is the API there, and which database does it serve?
const ready = new URL('/ready', url);
try {
  const res = await fetch(ready, { signal: AbortSignal.timeout(5_000) });
  if (res.status !== 200) fail(`${ready.href} answered ${res.status}: the API runs but its database is not ready`);
} catch (e) {
  fail(`no API at ${url.origin} (${(e as Error).message}); start one first, e.g. \`npm start\``);
}
const GRAPH = graphql(`query BenchGraph { graph { version edition entities relations articles } }`);
const g = (await request(url.href, GRAPH, {}, timeoutMs)).data?.graph;

process.stdout.write(
  `bench: ${url.href}, ${selected.length} queries, ${warmup} warm-up + ${requests} timed requests each, sequential (1 client)\n` +
    (g ? `graph: Neo4j ${g.version} ${g.edition}, ${g.entities} entities, ${g.relations} relationships, ${g.articles} articles\n` : '') +
    `client: Node ${process.versions.node}, ${new Date().toISOString()}\n\n`,
);

const rows: string[][] = [['query', 'p50 ms', 'p95 ms', 'max ms', 'req/s', 'bytes', 'errors']];
let broken = 0;
for (const q of selected) {
  try {
    const r = await measure(q);
    rows.push([r.name, r.p50.toFixed(1), r.p95.toFixed(1), r.max.toFixed(1), r.rps.toFixed(0), String(r.bytes), String(r.failed)]);
    if (r.failed) broken++;
  } catch (e) {
    broken++;
    rows.push([q.name, '-', '-', '-', '-', '-', (e as Error).message.slice(0, 60)]);
  }
}
process.stdout.write(`${table(rows)}\n`);
process.stdout.write('\nlatency = request sent to last body byte read; the Cypher queries per request are not exposed over HTTP.\n');
if (broken) process.exitCode = 1;
