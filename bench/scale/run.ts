/**
 * `npm run bench:scale`: this API, the Neo4j GraphQL Library (bench/neo4j-graphql) and a raw-driver floor,
 * side by side over the same 100k-company synthetic graph, interleaved request batch by request batch, at
 * concurrency 1 and 8. In one command: (start a local Neo4j) → generate or reuse the graph → start the
 * API and the library as child processes → check the three answer alike → time → PROFILE the floor's
 * Cypher → write bench/results/scale-<date>.json and print the tables RESULTS.md quotes. Everything it
 * started is stopped at the end, on failure and on SIGINT/SIGTERM.
 *
 * Statements per request: the API logs them per request at LOG_LEVEL=debug (`"queries": n`, keyed by
 * the x-request-id we send), the library server with LIB_LOG_QUERIES=true; the floor sends one by construction.
 * `--smoke` runs the same path on 300 companies with a few requests (test/bench-smoke.test.ts).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, release, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { floorDriver, floorRun } from './floor.js';
import { anchors, counts, generate, type Db } from './graph.js';
import { interleaved, summarise, type Send } from './measure.js';
import { parseOptions } from './options.js';
import { profileQuestion } from './profile.js';
import { questions } from './questions.js';
import { checkTargets, markdownTables, type Cell, type QuestionResult, type RunResult, type TargetName } from './report.js';
import { cleanup, freePort, onCleanup, REPO, startLocalNeo4j, startNodeService, type Service } from './services.js';

const say = (line: string) => process.stdout.write(`${line}\n`);
const t0 = performance.now();
/** A phase line, with the seconds since start (where a slow run spends its time). */
const phase = (line: string) => say(`[${((performance.now() - t0) / 1000).toFixed(1)} s] ${line}`);
const TIMEOUT_MS = 30_000;

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Response body sizes of the last request per target, for the report (what each server sends back). */
const lastBytes = new Map<string, number>();

async function graphql(url: string, query: string, requestId: string, variables?: Record<string, unknown>): Promise<Json> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', 'x-request-id': requestId },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(TIMEOUT_MS),
  });
  const text = await res.text();
  lastBytes.set(url, text.length);
  let body: Json;
  try {
    body = JSON.parse(text);
  } catch {
    throw new Error(`HTTP ${res.status}, not JSON: ${text.slice(0, 200)}`);
  }
  if (body.errors?.length) throw new Error(`${body.errors[0].extensions?.code ?? 'ERROR'}: ${body.errors[0].message}`);
  if (res.status !== 200 || !body.data) throw new Error(`HTTP ${res.status} without data`);
  return body.data;
}

/** One floor statement through the floor server; its rows. */
async function floorOverHttp(url: string, file: string, params: Record<string, unknown>): Promise<Json[]> {
  const res = await fetch(`${url}/floor`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ file, params }),
    signal: AbortSignal.timeout(TIMEOUT_MS),
  });
  const text = await res.text();
  lastBytes.set(url, text.length);
  const body = JSON.parse(text);
  if (res.status !== 200) throw new Error(`floor: ${body.error ?? res.status}`);
  return body.rows;
}

const version = (pkg: string) => {
  try {
    return (JSON.parse(readFileSync(join(REPO, pkg, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return 'not installed';
  }
};
const git = (...args: string[]) => {
  try {
    return execFileSync('git', args, { cwd: REPO, encoding: 'utf8' }).trim();
  } catch {
    return '';
  }
};

async function main(): Promise<number> {
  const parsed = parseOptions(process.argv.slice(2), process.env);
  if (parsed === 'help') return 0;
  const o = parsed;
  const started = new Date();
  const loadAtStart = loadavg()[0]!;
  say(`bench:scale (${o.mode}): ${o.companies.toLocaleString('en-US')} companies, concurrency ${o.concurrency.join(' and ')}`);

  // 1. The database: NEO4J_URI, or a local instance of our own.
  let neo4jInfo: RunResult['neo4j'];
  const db: Db = {
    uri: process.env.NEO4J_URI ?? '',
    user: process.env.NEO4J_USER || 'neo4j',
    password: process.env.NEO4J_PASSWORD || 'kg-local-password',
    database: process.env.NEO4J_DATABASE || 'neo4j',
  };
  if (db.uri) neo4jInfo = { uri: db.uri, ownInstance: false };
  else {
    const local = await startLocalNeo4j(o.neo4jInstance, o.neo4jPort, say);
    db.uri = local.uri;
    neo4jInfo = { uri: local.uri, ownInstance: true, heap: local.heap, pagecache: local.pagecache };
  }

  // 2. The graph.
  phase(`generating (or reusing) the synthetic graph in ${db.uri}`);
  const load = await generate(db, { companies: o.companies, seed: o.seed, reset: o.reload, timeoutMs: 60 * 60_000 }, say);
  const driver = floorDriver(db.uri, db.user, db.password);
  onCleanup('floor driver', () => driver.close());
  const a = await anchors(driver, db.database);
  const graphCounts = await counts(driver, db.database);
  const [component] = await floorRun(driver, db.database, 'CALL dbms.components() YIELD versions, edition RETURN versions[0] AS version, edition', {});
  phase(
    `graph: ${Object.entries(graphCounts)
      .map(([k, v]) => `${v.toLocaleString('en-US')} ${k}`)
      .join(', ')}; Neo4j ${component?.version} ${component?.edition}`,
  );

  let problems = 0;
  // 3. The servers. Both print one JSON line per request with its statement count, keyed by our request id.
  const statements = new Map<string, number>();
  const onLine = (line: string) => {
    if (!line.startsWith('{')) return;
    try {
      const j = JSON.parse(line) as { requestId?: string; queries?: number };
      if (typeof j.queries === 'number' && j.requestId) statements.set(j.requestId, j.queries);
    } catch {
      // not a log line
    }
  };
  // The API's code as this run starts it (the working tree may be ahead of the last commit).
  const code = {
    commit: git('rev-parse', '--short', 'HEAD'),
    uncommitted: git('status', '--porcelain', '--', 'src', 'cypher').split('\n').filter(Boolean).length,
  };
  const neo4jEnv = { NEO4J_URI: db.uri, NEO4J_USER: db.user, NEO4J_PASSWORD: db.password, NEO4J_DATABASE: db.database };
  // All three servers run as the Dockerfile runs the API (graphql-js skips its development-only checks).
  const PRODUCTION = { NODE_ENV: 'production' };
  const apiPort = await freePort();
  phase(`starting the API (src/main.ts) on port ${apiPort}, LOG_LEVEL=debug`);
  const api = await startNodeService({
    name: 'API',
    script: 'src/main.ts',
    port: apiPort,
    readyPath: '/ready',
    env: { ...neo4jEnv, ...PRODUCTION, PORT: String(apiPort), HOST: '127.0.0.1', SEED_ON_START: 'false', LOG_LEVEL: 'debug' },
    onLine,
    onCrash: (status, tail) => {
      problems++;
      say(
        `\nTHE API EXITED during the run (${status}); its last output:\n${tail
          .split('\n')
          .filter((l) => !/"level":20/.test(l))
          .slice(-25)
          .join('\n')}\n`,
      );
    },
  });
  let lib: Service | null = null;
  const libInstalled = existsSync(join(REPO, 'bench/neo4j-graphql/node_modules/@neo4j/graphql/package.json'));
  if (o.library === 'auto' && libInstalled) {
    const libPort = await freePort();
    phase(`starting @neo4j/graphql (bench/neo4j-graphql/server.ts) on port ${libPort}`);
    lib = await startNodeService({
      name: 'library',
      script: 'bench/neo4j-graphql/server.ts',
      port: libPort,
      readyPath: '/health',
      env: { ...neo4jEnv, ...PRODUCTION, LIB_PORT: String(libPort), LIB_LOG_QUERIES: 'true' },
      onLine,
      onCrash: (status, tail) => say(`\nthe library server exited during the run (${status}):\n${tail.split('\n').slice(-15).join('\n')}\n`),
    });
  } else if (o.library === 'auto') {
    say('the library is not installed (npm install --prefix bench/neo4j-graphql): running without it');
  }

  // The floor, over HTTP like the API, so their ratio prices GraphQL and not the network.
  const floorPort = await freePort();
  phase(`starting the raw-driver floor over HTTP (bench/scale/floor-server.ts) on port ${floorPort}`);
  const floorService = await startNodeService({
    name: 'floor',
    script: 'bench/scale/floor-server.ts',
    port: floorPort,
    readyPath: '/health',
    env: { ...neo4jEnv, ...PRODUCTION, FLOOR_PORT: String(floorPort) },
    onCrash: (status, tail) => say(`\nthe floor server exited during the run (${status}):\n${tail.split('\n').slice(-15).join('\n')}\n`),
  });

  // 4. Per question: same facts from every target, then interleaved timing at each concurrency.
  const results: QuestionResult[] = [];
  const selected = questions(a).filter((q) => !o.only || o.only.includes(q.id));
  for (const q of selected) {
    say('');
    phase(`${q.id}: ${q.title}`);
    const sends: Record<TargetName, ((id: string) => Promise<Json>) | null> = {
      api: (id) => graphql(api.url, q.api.query, id, q.api.variables),
      library: lib && q.library ? (id) => graphql(lib!.url, q.library!, id) : null,
      floor: async () => floorOverHttp(floorService.url, q.floor.file, q.floor.params),
    };
    const result: QuestionResult = { id: q.id, title: q.title, sameFacts: {}, responseChars: {}, runs: {} };
    const facts: Partial<Record<TargetName, string>> = {};
    for (const t of ['floor', 'api', 'library'] as TargetName[]) {
      if (!sends[t]) continue;
      try {
        facts[t] = JSON.stringify(q.facts[t](await sends[t]!(`${q.id}.check.${t}`)));
        result.sameFacts[t] = t === 'floor' ? true : facts[t] === facts.floor;
        result.responseChars[t] = lastBytes.get(t === 'api' ? api.url : t === 'library' ? lib!.url : floorService.url);
      } catch (e) {
        result.sameFacts[t] = `error: ${(e as Error).message.slice(0, 300)}`;
      }
      if (result.sameFacts[t] !== true) {
        problems++;
        say(
          `  ${t}: ${result.sameFacts[t] === false ? `DIFFERENT FACTS from the floor's\n    ${t}: ${facts[t]?.slice(0, 400)}\n    floor: ${facts.floor?.slice(0, 400)}` : result.sameFacts[t]}`,
        );
      }
    }
    if (facts.floor)
      say(
        `  same facts: ${(['api', 'library'] as TargetName[]).filter((t) => result.sameFacts[t] === true).join(', ') || 'none'} (${facts.floor.length} characters of facts)`,
      );

    for (const c of o.concurrency) {
      const targets = (['api', 'library', 'floor'] as TargetName[])
        .filter((t) => sends[t])
        .map((t) => ({ name: t, send: ((seq: number) => sends[t]!(`${q.id}.c${c}.${t}.${seq}`).then(() => undefined)) as Send }));
      const samples = await interleaved(targets, o.plans[c]!);
      await new Promise((r) => setTimeout(r, 300)); // the servers' last log lines
      const row: Partial<Record<TargetName, Cell>> = {};
      for (const [t, sample] of samples) {
        const counted = t === 'floor' ? [1] : [...statements].filter(([id]) => id.startsWith(`${q.id}.c${c}.${t}.`)).map(([, n]) => n);
        row[t as TargetName] = {
          ...summarise(sample),
          statements: counted.length
            ? { min: Math.min(...counted), max: Math.max(...counted), mean: counted.reduce((x, y) => x + y, 0) / counted.length }
            : null,
        };
        const cell = row[t as TargetName]!;
        const ms = (x: number | null) => (x == null ? '–' : x.toFixed(1)).padStart(6);
        say(
          `  c=${c} ${t.padEnd(7)} ${cell.rps.toFixed(cell.rps < 10 ? 1 : 0).padStart(5)} req/s  p50 ${ms(cell.p50)} ms  p99 ${ms(cell.p99)} ms  errors ${cell.errors}/${cell.requests}  statements ${cell.statements ? `${cell.statements.min}-${cell.statements.max}` : '?'}`,
        );
        if (cell.firstError) say(`    first error: ${cell.firstError}`);
        if (t === 'api' && cell.errors) problems++;
      }
      result.runs[String(c)] = row;
    }
    results.push(result);
  }

  // 5. PROFILE of each question's floor statement and of the statements our API sends for it.
  const profiles: Record<string, unknown> = {};
  if (o.profile) {
    say('');
    phase("PROFILE (db hits / result characters): floor statement | the API's statements");
    for (const q of selected) {
      const p = await profileQuestion(driver, db, q);
      profiles[q.id] = p;
      const n = (x: number) => x.toLocaleString('en-US');
      say(`  ${q.id}: floor ${n(p.floor.dbHits)} / ${n(p.floor.chars)} | API ${p.api.map((s) => `${s.name} ${n(s.dbHits)} / ${n(s.chars)}`).join(', ')}`);
    }
  }

  const kb = api.peakRssKb();
  const floorKb = floorService.peakRssKb();
  const libKb = lib?.peakRssKb() ?? null;
  const run: RunResult = {
    date: started.toISOString(),
    mode: o.mode,
    machine: {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model ?? '?',
      memoryGb: Math.round(totalmem() / 2 ** 30),
      kernel: release(),
      node: process.versions.node,
      // The 1-minute load average at start and end: what else the shared machine was doing.
      loadAverage: { start: loadAtStart, end: loadavg()[0]! },
    },
    versions: {
      neo4j: `${component?.version} ${component?.edition}`,
      '@neo4j/graphql': version('bench/neo4j-graphql/node_modules/@neo4j/graphql'),
      'neo4j-driver': version('node_modules/neo4j-driver'),
      'graphql-yoga': version('node_modules/graphql-yoga'),
      graphql: version('node_modules/graphql'),
      '@pothos/core': version('node_modules/@pothos/core'),
      commit: code.commit,
      uncommitted: code.uncommitted ? `${code.uncommitted} changed or new files in src/ and cypher/ beyond the commit` : 'none in src/ and cypher/',
    },
    graph: { companies: o.companies, counts: graphCounts, load },
    neo4j: neo4jInfo,
    plan: { plans: o.plans, interleaving: 'round-robin per batch, order rotating each round', anchors: a },
    apiPeakRssMb: kb == null ? null : kb / 1024,
    libraryPeakRssMb: libKb == null ? null : libKb / 1024,
    floorPeakRssMb: floorKb == null ? null : floorKb / 1024,
    questions: results,
    targets: [],
    ...(o.profile ? { profiles } : {}),
  };
  run.targets = checkTargets(run);

  say(
    `\nAPI peak RSS ${run.apiPeakRssMb?.toFixed(0) ?? '?'} MB${run.libraryPeakRssMb != null ? `, library ${run.libraryPeakRssMb.toFixed(0)} MB` : ''}; load: ${load.line || 'no report'}\n`,
  );
  say(markdownTables(run));
  if (o.out) {
    const dir = resolve(REPO, o.out);
    mkdirSync(dir, { recursive: true });
    // scale-<date>.json; a second run the same day adds its start time rather than overwrite the first.
    const stem = `scale-${started.toISOString().slice(0, 10)}${o.mode === 'smoke' ? '-smoke' : ''}`;
    const first = join(dir, `${stem}.json`);
    const file = existsSync(first) ? join(dir, `${stem}-${started.toISOString().slice(11, 16).replace(':', '')}.json`) : first;
    writeFileSync(file, `${JSON.stringify(run, null, 2)}\n`);
    say(`wrote ${file}`);
  }
  if (problems) say(`${problems} problem(s): different facts, or errors from this API (see above)`);
  return problems ? 1 : 0;
}

let cleaning: Promise<void> | undefined;
let exitCode: number | undefined;
/** Stops everything this run started, once, whoever asks first (main, a failure or a signal), then exits with the first code. */
async function finish(code: number): Promise<never> {
  exitCode ??= code;
  cleaning ??= cleanup(say);
  await cleaning;
  process.exit(exitCode);
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    say(`\n${signal}: stopping everything this run started`);
    void finish(130);
  });
}
main().then(
  (code) => finish(code),
  (error: unknown) => {
    process.stderr.write(`bench:scale failed: ${(error as Error).message}\n`);
    return finish(1);
  },
);
