/**
 * `npm run soak`: a mixed load of the example queries of bench/queries.ts, plus the heaviest query the
 * API accepts (issue 17: `entities(first: N) { … relations { sources { article { text } } } }`, the
 * largest N answered with data, found at start), at a fixed concurrency for a bounded time against an API that is already running (API_URL, loopback only). Reports requests per
 * second, p50/p99 latency, errors, and the API process's RSS over time (from /proc/<pid>/status; the
 * pid from --pid, else the process listening on the API's port), and writes bench/results/soak-<date>.json.
 *
 *   npm run soak -- --seconds 300 --concurrency 32 [--pid 1234]
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, readlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { QUERIES, type BenchQuery } from './queries.js';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '300' },
    concurrency: { type: 'string', default: '32' },
    pid: { type: 'string' },
    'sample-ms': { type: 'string', default: '5000' },
    'warmup-seconds': { type: 'string', default: '30' },
    'no-heaviest': { type: 'boolean', default: false },
  },
});
const seconds = Number(values.seconds);
const concurrency = Number(values.concurrency);
const sampleMs = Number(values['sample-ms']);
const warmupSeconds = Math.min(Number(values['warmup-seconds']), seconds / 2);
const apiUrl = process.env.API_URL ?? 'http://127.0.0.1:4000/graphql';
const url = new URL(apiUrl);
if (!['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname)) {
  console.error(`API_URL must be a loopback address (got ${url.hostname}): the soak test only loads a local API`);
  process.exit(2);
}

/** The pid of the process with a listening socket on `port` (via /proc: socket inode → fd link). */
function pidOfPort(port: number): number | null {
  const hex = port.toString(16).toUpperCase().padStart(4, '0');
  const inodes = new Set<string>();
  for (const file of ['/proc/net/tcp', '/proc/net/tcp6']) {
    try {
      for (const line of readFileSync(file, 'utf8').split('\n').slice(1)) {
        const f = line.trim().split(/\s+/);
        if (f[1]?.endsWith(`:${hex}`) && f[3] === '0A') inodes.add(f[9]!);
      }
    } catch {
      /* no such table */
    }
  }
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      for (const fd of readdirSync(`/proc/${pid}/fd`)) {
        const m = /^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/${pid}/fd/${fd}`));
        if (m && inodes.has(m[1]!)) return Number(pid);
      }
    } catch {
      /* gone, or not ours to read */
    }
  }
  return null;
}

function rssKb(pid: number): number | null {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : null;
  } catch {
    return null;
  }
}

const pid = values.pid ? Number(values.pid) : pidOfPort(Number(url.port || 80));
if (!pid) console.warn('no API pid (pass --pid): RSS is not recorded');

const pct = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! : 0);

interface Window {
  at: number;
  requests: number;
  errors: number;
  rssMb: number | null;
}

/** Answers that are not failures under overload: typed refusals the issue allows (never INTERNAL_SERVER_ERROR). */
const TYPED = new Set(['TIMEOUT', 'OVERLOADED', 'LIMIT_EXCEEDED']);

/** The heaviest of `entities(first: N) { … sources { article { text } } }` that the API answers with data, alone. */
async function heaviestAccepted(): Promise<BenchQuery | null> {
  for (const n of [100, 50, 30, 20, 10, 5, 2, 1]) {
    const query = `{ entities(first: ${n}) { edges { node { relations { sources { article { text } } } } } } }`;
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
    const body = (await res.json()) as { data?: unknown; errors?: unknown[] };
    if (!body.errors?.length && body.data) return { name: `heaviest(first: ${n})`, query, variables: {} };
  }
  return null;
}

async function main(): Promise<void> {
  const ready = await fetch(new URL('/ready', url)).catch(() => null);
  if (!ready?.ok) throw new Error(`${new URL('/ready', url)} does not answer 200: start the API first`);
  const heaviest = values['no-heaviest'] ? null : await heaviestAccepted();
  const mix: readonly BenchQuery[] = heaviest ? [...QUERIES, heaviest] : QUERIES;
  if (heaviest) console.log(`mix: ${mix.length} queries, with ${heaviest.name}`);
  else if (!values['no-heaviest']) console.log('mix: no entities(first: N) form was answered with data alone; the heaviest query is left out');
  const start = Date.now();
  const end = start + seconds * 1000;
  const latencies: number[] = [];
  const perQuery = new Map<string, { requests: number; errors: number; typed: Record<string, number> }>();
  let internal = 0;
  const typedTotals: Record<string, number> = {};
  const errorSamples: string[] = [];
  let requests = 0;
  let errors = 0;
  const windows: Window[] = [];
  let windowRequests = 0;
  let windowErrors = 0;
  const sampler = setInterval(() => {
    windows.push({
      at: Math.round((Date.now() - start) / 1000),
      requests: windowRequests,
      errors: windowErrors,
      rssMb: pid ? Math.round(((rssKb(pid) ?? 0) / 1024) * 10) / 10 : null,
    });
    const last = windows.at(-1)!;
    console.log(
      `${String(last.at).padStart(4)} s  ${(last.requests / (sampleMs / 1000)).toFixed(1).padStart(7)} req/s  errors ${last.errors}  rss ${last.rssMb ?? '?'} MB`,
    );
    windowRequests = 0;
    windowErrors = 0;
  }, sampleMs);

  let next = 0;
  const worker = async () => {
    while (Date.now() < end) {
      const q = mix[next++ % mix.length]!;
      const stats = perQuery.get(q.name) ?? { requests: 0, errors: 0, typed: {} };
      perQuery.set(q.name, stats);
      const t0 = performance.now();
      let failed: string | null = null;
      try {
        const res = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', accept: 'application/json' },
          body: JSON.stringify({ query: q.query, variables: q.variables }),
          signal: AbortSignal.timeout(30_000),
        });
        const body = (await res.json()) as { errors?: { message: string; extensions?: { code?: string } }[] };
        const codes = body.errors?.map((e) => e.extensions?.code ?? e.message) ?? [];
        if (codes.includes('INTERNAL_SERVER_ERROR')) internal++;
        if (codes.length > 0 && codes.every((c) => TYPED.has(c))) {
          // A typed refusal under load (OVERLOADED 503, TIMEOUT, LIMIT_EXCEEDED): counted apart, not an error.
          for (const c of codes) {
            stats.typed[c] = (stats.typed[c] ?? 0) + 1;
            typedTotals[c] = (typedTotals[c] ?? 0) + 1;
          }
        } else if ((!res.ok && res.status !== 503) || codes.length) failed = `${q.name}: HTTP ${res.status} ${codes.join(', ')}`;
      } catch (error) {
        failed = `${q.name}: ${(error as Error).message}`;
      }
      const ms = performance.now() - t0;
      if (Date.now() - start >= warmupSeconds * 1000) latencies.push(ms);
      requests++;
      windowRequests++;
      stats.requests++;
      if (failed) {
        errors++;
        windowErrors++;
        stats.errors++;
        if (errorSamples.length < 20) errorSamples.push(failed);
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  clearInterval(sampler);
  const wall = (Date.now() - start) / 1000;
  latencies.sort((a, b) => a - b);
  const rss = windows.map((w) => w.rssMb).filter((v): v is number => v !== null);
  const afterWarmup = windows.filter((w) => w.at >= warmupSeconds && w.rssMb !== null).map((w) => w.rssMb!);
  const baseline = afterWarmup[0] ?? null;
  const drift = baseline ? Math.max(...afterWarmup.map((v) => Math.abs(v - baseline) / baseline)) : null;
  let commit = '';
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
  } catch {
    /* not a checkout */
  }
  const result = {
    date: new Date().toISOString(),
    commit,
    apiUrl,
    pid,
    seconds,
    concurrency,
    warmupSeconds,
    mix: mix.map((q) => q.name),
    requests,
    errors,
    internalErrors: internal,
    typedRefusals: typedTotals,
    reqPerSecond: Math.round((requests / wall) * 10) / 10,
    latencyMs: { p50: Math.round(pct(latencies, 50)), p99: Math.round(pct(latencies, 99)), max: Math.round(latencies.at(-1) ?? 0) },
    rssMb: {
      afterWarmup: baseline,
      min: rss.length ? Math.min(...rss) : null,
      max: rss.length ? Math.max(...rss) : null,
      end: rss.at(-1) ?? null,
      endVsWarmup: baseline && rss.length ? Math.round(((rss.at(-1)! - baseline) / baseline) * 1000) / 10 : null,
      maxDriftFromWarmup: drift === null ? null : Math.round(drift * 1000) / 10,
    },
    perQuery: Object.fromEntries(perQuery),
    errorSamples,
    windows,
  };
  const dir = join(dirname(fileURLToPath(import.meta.url)), 'results');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `soak-${result.date.replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
  console.log(
    `\n${requests} requests in ${wall.toFixed(0)} s at concurrency ${concurrency}: ${result.reqPerSecond} req/s, p50 ${result.latencyMs.p50} ms, p99 ${result.latencyMs.p99} ms, errors ${errors}, INTERNAL ${internal}, typed ${JSON.stringify(typedTotals)}` +
      `\nRSS after warm-up ${baseline ?? '?'} MB, min ${result.rssMb.min ?? '?'}, max ${result.rssMb.max ?? '?'}, end ${result.rssMb.end ?? '?'} (end vs warm-up ${result.rssMb.endVsWarmup ?? '?'}%, largest drift ${result.rssMb.maxDriftFromWarmup ?? '?'}%)\n${file}`,
  );
  if (errors) {
    console.log(errorSamples.join('\n'));
    process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  console.error((error as Error).message);
  process.exit(1);
});
