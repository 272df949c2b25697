/**
 * Issue 17, "Done when": 32 concurrent copies of the heaviest accepted query while `/health` is polled
 * every 100 ms, on the probe listener (HEALTH_PORT, src/server/probes.ts), with a new connection per
 * probe as a load balancer opens. The API runs as its own process (`npm start` against the test
 * database), so its peak RSS is its own (VmHWM in /proc/<pid>/status), and the poller is a process of
 * its own, so the time it measures is the API's, not this process's while it parses 32 large answers.
 *
 * Bounds (the issue's): /health p99 ≤ 100 ms and no failed poll; peak RSS ≤ 800 MB; every GraphQL answer is
 * data or a typed TIMEOUT / OVERLOADED / LIMIT_EXCEEDED, never INTERNAL_SERVER_ERROR.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { openTestDb, resetToSeedGraph, testDbOptions } from './support/db.js';
import { freePort } from './support/net.js';
import { waitFor } from './support/wait.js';

/**
 * Heaviest first: the first that the API answers with data, alone, is "the heaviest accepted". The cost
 * model refuses the issue's `entities(first: 100)` form and every one down to `first: 10` before any work
 * (their worst case is over MAX_COMPLEXITY), so on the seed graph it is `first: 5`.
 */
const CANDIDATES = [100, 50, 30, 20, 10, 5, 2, 1].map((n) => `{ entities(first: ${n}) { edges { node { relations { sources { article { text } } } } } } }`);
const TYPED = new Set(['TIMEOUT', 'OVERLOADED', 'LIMIT_EXCEEDED']);

/**
 * Polls `url` every `everyMs` (a poll starts on schedule even if the last one is still out) until its
 * stdin closes, then prints the polls as JSON. A process of its own, so the times it measures are the
 * API's, not this test process's while it parses 32 large answers.
 */
const POLLER = `
const http = require('node:http');
const [url, everyMs] = process.argv.slice(1);
const polls = [];
const outstanding = new Set();
// A new connection for each poll, as a load balancer's probe opens.
const get = () => new Promise((resolve) => {
  const t0 = performance.now();
  const req = http.get(url, { agent: false, timeout: 10000 }, (res) => {
    res.resume();
    res.on('end', () => resolve({ ms: performance.now() - t0, ok: res.statusCode === 200 }));
  });
  req.on('timeout', () => req.destroy(new Error('timeout')));
  req.on('error', (e) => resolve({ ms: performance.now() - t0, ok: false, error: String(e) }));
});
let tick;
get().then(() => {
  process.stdout.write('ready\\n');
  tick = setInterval(() => {
    const p = get().then((r) => polls.push(r));
    outstanding.add(p);
    p.finally(() => outstanding.delete(p));
  }, Number(everyMs));
});
process.stdin.resume();
process.stdin.on('end', async () => {
  clearInterval(tick);
  await Promise.all(outstanding);
  process.stdout.write(JSON.stringify(polls));
  process.exit(0);
});
`;

function peakRssMb(pid: number): number {
  const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : Number.NaN;
}

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

describe('32 heaviest accepted queries at once, /health polled every 100 ms', () => {
  const children: ReturnType<typeof spawn>[] = [];
  afterAll(() => {
    for (const child of children) child.kill('SIGTERM');
  });

  it('/health p99 ≤ 100 ms with no failure, peak RSS ≤ 800 MB, every answer data or TIMEOUT/OVERLOADED/LIMIT_EXCEEDED', async () => {
    const db = openTestDb();
    await resetToSeedGraph(db);
    await db.close();

    const port = await freePort();
    const healthPort = await freePort();
    const o = testDbOptions();
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      env: {
        ...process.env,
        NEO4J_URI: o.uri,
        NEO4J_USER: o.user,
        NEO4J_PASSWORD: o.password,
        PORT: String(port),
        HEALTH_PORT: String(healthPort),
        SEED_ON_START: 'false',
        LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.push(child);
    let out = '';
    child.stdout!.on('data', (d) => (out += d));
    child.stderr!.on('data', (d) => (out += d));
    const base = `http://127.0.0.1:${port}`;
    await waitFor(
      () =>
        fetch(`${base}/ready`).then(
          (r) => r.status === 200,
          () => false,
        ),
      { timeout: 60_000, interval: 250, message: () => out },
    );

    const ask = async (query: string) => {
      const res = await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ query }),
        signal: AbortSignal.timeout(60_000),
      });
      const text = await res.text();
      const body = JSON.parse(text) as { data?: unknown; errors?: { extensions?: { code?: string } }[] };
      return { status: res.status, bytes: text.length, codes: (body.errors ?? []).map((e) => e.extensions?.code ?? '?'), data: body.data };
    };

    let heaviest: string | undefined;
    let bytes = 0;
    for (const query of CANDIDATES) {
      const alone = await ask(query);
      if (alone.codes.length === 0 && alone.data) {
        heaviest = query;
        bytes = alone.bytes;
        break;
      }
    }
    expect(heaviest, 'no candidate is answered with data').toBeDefined();

    // Warm-up: the API's code paths and plan cache, Neo4j's page cache and query plans.
    await Promise.all(Array.from({ length: 4 }, () => ask(heaviest!)));

    const poller = spawn(process.execPath, ['-e', POLLER, `http://127.0.0.1:${healthPort}/health`, '100'], { stdio: ['pipe', 'pipe', 'inherit'] });
    children.push(poller);
    let polledText = '';
    poller.stdout!.on('data', (d) => (polledText += d));
    const polled = new Promise<{ ms: number; ok: boolean; error?: string }[]>((resolve) =>
      poller.on('exit', () => resolve(JSON.parse(polledText.slice(polledText.indexOf('\n') + 1) || '[]'))),
    );
    await waitFor(() => polledText.startsWith('ready\n'), { timeout: 30_000 });
    const started = performance.now();
    const answers = await Promise.all(
      Array.from({ length: 32 }, () => ask(heaviest!).catch((e: unknown) => ({ status: 0, bytes: 0, codes: [String(e)], data: null }))),
    );
    const seconds = (performance.now() - started) / 1000;
    poller.stdin!.end();
    const polls = await polled;
    const peak = peakRssMb(child.pid!);

    const kind = (a: { status: number; codes: string[] }) => `${a.status} ${a.codes.join(',') || 'data'}`;
    const latencies = polls.map((p) => p.ms).sort((a, b) => a - b);
    const summary = {
      query: heaviest,
      answerBytes: bytes,
      seconds: Math.round(seconds * 10) / 10,
      answers: [...new Set(answers.map(kind))].map((k) => `${k} ×${answers.filter((a) => kind(a) === k).length}`),
      health: {
        polls: polls.length,
        series: polls.map((p) => Math.round(p.ms)),
        failed: polls.filter((p) => !p.ok).length,
        p50: pct(latencies, 50),
        p99: pct(latencies, 99),
        max: latencies.at(-1),
      },
      peakRssMb: Math.round(peak),
    };
    console.log(`load: ${JSON.stringify(summary)}`);

    // One poll per 100 ms while the queries ran (a few may fall just outside that window).
    expect(polls.length, JSON.stringify(summary)).toBeGreaterThanOrEqual(Math.floor(seconds * 10 * 0.8));
    expect(summary.health.failed, JSON.stringify(summary)).toBe(0);
    expect(summary.health.p99, JSON.stringify(summary)).toBeLessThanOrEqual(100);
    expect(peak, JSON.stringify(summary)).toBeLessThanOrEqual(800);
    for (const a of answers) {
      if (a.codes.length === 0) {
        expect(a.status).toBe(200);
        expect(a.data).toBeTruthy();
        continue;
      }
      for (const code of a.codes) expect(TYPED, JSON.stringify(summary)).toContain(code);
      expect(a.status).toBe(a.codes.includes('OVERLOADED') ? 503 : 200);
    }
    expect(answers.some((a) => a.codes.length === 0)).toBe(true);
  }, 180_000);
});
