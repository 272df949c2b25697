/**
 * Side-by-side: our API against the Neo4j GraphQL Library (server.ts) over the same database.
 *
 * For each of three questions it sends the equivalent GraphQL document to both servers (ours: the examples
 * examples/3?-compare-*.graphql, with the values below), checks that both
 * answer with the same facts (exit 1 otherwise), then times them: warm-up, then timed requests sent one
 * after another from one client, alternating servers request by request so both see the same machine
 * state. Loopback only; starts nothing, stops by itself.
 *
 *   OURS_URL=http://127.0.0.1:4610/graphql LIB_URL=http://127.0.0.1:4600/graphql npx tsx bench/neo4j-graphql/compare.ts
 *
 * Env: OURS_URL (http://127.0.0.1:4000/graphql), LIB_URL (http://127.0.0.1:4600/graphql),
 * COMPARE_WARMUP (20), COMPARE_REQUESTS (200), COMPARE_TIMEOUT_MS (15000), COMPARE_ONLY (a,b,c).
 */
import { deepStrictEqual } from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { example } from '../../src/examples.js';

const OURS_URL = process.env.OURS_URL ?? 'http://127.0.0.1:4000/graphql';
const LIB_URL = process.env.LIB_URL ?? 'http://127.0.0.1:4600/graphql';
const WARMUP = int('COMPARE_WARMUP', 20, 0, 1000);
const REQUESTS = int('COMPARE_REQUESTS', 200, 1, 10_000);
const TIMEOUT_MS = int('COMPARE_TIMEOUT_MS', 15_000, 100, 600_000);
const ONLY = process.env.COMPARE_ONLY?.split(',')
  .map((s) => s.trim())
  .filter(Boolean);

function int(name: string, dflt: number, min: number, max: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return dflt;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) fail(`${name} must be a whole number ${min}-${max} (got "${raw}")`);
  return n;
}

function fail(message: string): never {
  console.error(`compare: ${message}`);
  process.exit(1);
}

for (const [name, url] of [
  ['OURS_URL', OURS_URL],
  ['LIB_URL', LIB_URL],
] as const) {
  let host: string;
  try {
    host = new URL(url).hostname;
  } catch {
    fail(`${name} is not a URL: ${url}`);
  }
  if (!['127.0.0.1', 'localhost', '[::1]', '::1'].includes(host)) fail(`${name} must be loopback (got ${host})`);
}

// ---------------------------------------------------------------------------------------------------
// The facts both sides must agree on, in one normalised shape per question (sorted, ids + words).

interface SourceFact {
  article: string;
  title: string;
  date: string | null;
  excerpt: string;
}
type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

const bySource = (a: SourceFact, b: SourceFact): number => a.article.localeCompare(b.article) || a.excerpt.localeCompare(b.excerpt);
const sources = (list: Json[]): SourceFact[] =>
  list.map((s) => ({ article: s.article.id, title: s.article.title, date: s.article.date ?? null, excerpt: s.excerpt })).sort(bySource);

interface Question {
  key: string;
  title: string;
  /** Our side: an example of examples/ (3?-compare-*.graphql) and its variables. */
  ours: { query: string; variables: Record<string, unknown> };
  lib: string;
  /** Facts from our answer's `data`. */
  oursFacts: (data: Json) => unknown;
  /** Facts from the library's answer's `data`. */
  libFacts: (data: Json) => unknown;
  /** Short human summary of the facts, printed once. */
  summary: (facts: Json) => string;
}

function ours(name: string, values: Record<string, unknown>): Question['ours'] {
  const { query, defaults } = example(name);
  return { query, variables: { ...defaults, ...values } };
}

const QUESTIONS: Question[] = [
  {
    key: 'a',
    title: 'ownership chain of WhatsApp, each hop with its sources',
    ours: ours('CompareOwnershipChain', { entity: 'WhatsApp' }),
    lib: /* GraphQL */ `{
  services(where: { name: { eq: "WhatsApp" } }) {
    id
    name
    ownershipPaths {
      hops { id fromId fromName toId toName sources { excerpt article { id title date } } }
    }
  }
}`,
    oursFacts: (d) => {
      const c = d.ownershipChain;
      const hops = c.paths.flatMap((p: Json) => p.hops);
      const seen = new Set<string>();
      return {
        entity: c.entity.name,
        ultimateOwners: c.ultimateOwners.map((o: Json) => o.name).sort(),
        hops: hops.filter((h: Json) => !seen.has(h.id) && seen.add(h.id)).map((h: Json) => ({ from: h.from.name, to: h.to.name, sources: sources(h.sources) })),
      };
    },
    libFacts: (d) => {
      if (d.services.length !== 1) throw new Error(`expected one service named WhatsApp, got ${d.services.length}`);
      const s = d.services[0];
      // Each path runs from the service up to an ultimate owner: the top is the last hop's owner.
      const paths = s.ownershipPaths as Json[];
      const hops = paths.flatMap((p: Json) => p.hops);
      const seen = new Set<string>();
      return {
        entity: s.name,
        ultimateOwners: [...new Set(paths.map((p: Json) => p.hops.at(-1).fromName))].sort(),
        hops: hops.filter((h: Json) => !seen.has(h.id) && seen.add(h.id)).map((h: Json) => ({ from: h.fromName, to: h.toName, sources: sources(h.sources) })),
      };
    },
    summary: (f) =>
      `${f.entity} → ${f.ultimateOwners.join(', ')}; ${f.hops.length} hop(s), ` +
      `${f.hops.map((h: Json) => `${h.from}→${h.to}: ${h.sources.length} sources`).join('; ')}`,
  },
  {
    key: 'b',
    title: 'companies and services that paused requests from Hong Kong authorities, with sources',
    // Our API has no "to any Hong Kong body" filter (`to:` takes one entity, without its parts): it lists every
    // PAUSED_REQUESTS_FROM fact, and the facts check below asserts each one points at a Hong Kong authority.
    ours: ours('ComparePausedRequests', { first: 100 }),
    lib: /* GraphQL */ `{
  companies(where: { pausedRequestsFrom: { some: { id: { startsWith: "authority:hong-kong" } } } }) {
    id
    name
    pausedRequestsFromConnection(where: { node: { id: { startsWith: "authority:hong-kong" } } }) {
      edges {
        properties { id status date sources { excerpt article { id title date } } }
        node { id name }
      }
    }
  }
  services(where: { pausedRequestsFrom: { some: { id: { startsWith: "authority:hong-kong" } } } }) {
    id
    name
    pausedRequestsFromConnection(where: { node: { id: { startsWith: "authority:hong-kong" } } }) {
      edges {
        properties { id status date sources { excerpt article { id title date } } }
        node { id name }
      }
    }
  }
}`,
    oursFacts: (d) => {
      if (d.relations.pageInfo.hasNextPage) throw new Error('more than 100 PAUSED_REQUESTS_FROM relations');
      const facts = d.relations.edges.map(({ node: r }: Json) => ({
        id: r.id,
        from: r.from.name,
        fromKind: String(r.from.kind).charAt(0) + String(r.from.kind).slice(1).toLowerCase(),
        to: r.to.id,
        status: r.status,
        date: r.date,
        sources: sources(r.sources),
      }));
      for (const f of facts) {
        if (!f.to.startsWith('authority:hong-kong')) throw new Error(`${f.id} points at ${f.to}, not a Hong Kong authority`);
      }
      return facts.sort((x: Json, y: Json) => x.id.localeCompare(y.id));
    },
    libFacts: (d) => {
      const facts = [...d.companies.map((c: Json) => ({ c, kind: 'Company' })), ...d.services.map((c: Json) => ({ c, kind: 'Service' }))].flatMap(
        ({ c, kind }: Json) =>
          c.pausedRequestsFromConnection.edges.map((e: Json) => ({
            id: e.properties.id,
            from: c.name,
            fromKind: kind,
            to: e.node.id,
            status: e.properties.status,
            date: e.properties.date,
            sources: sources(e.properties.sources),
          })),
      );
      return facts.sort((x: Json, y: Json) => x.id.localeCompare(y.id));
    },
    summary: (f) => `${f.length} facts: ${f.map((x: Json) => `${x.from} → ${x.to.replace('authority:', '')} (${x.sources.length})`).join(', ')}`,
  },
  {
    key: 'c',
    title: "Telegram's statements and the articles reporting them",
    ours: ours('CompareStatements', { company: 'Telegram' }),
    lib: /* GraphQL */ `{
  companies(where: { name: { eq: "Telegram" } }) {
    id
    name
    statementsConnection {
      edges {
        properties { id sources { excerpt article { id title date } } }
        node {
          id
          name
          text
          date
          sources { excerpt article { id title date } }
        }
      }
    }
  }
}`,
    oursFacts: (d) => {
      const e = d.lookup;
      return {
        entity: e.id,
        statements: e.statements
          .map((r: Json) => ({
            relation: r.id,
            relationSources: sources(r.sources),
            statement: r.to.id,
            text: r.to.text,
            date: r.to.date,
            reportedBy: sources(r.to.sources),
          }))
          .sort((x: Json, y: Json) => x.statement.localeCompare(y.statement)),
      };
    },
    libFacts: (d) => {
      if (d.companies.length !== 1) throw new Error(`expected one company named Telegram, got ${d.companies.length}`);
      const c = d.companies[0];
      return {
        entity: c.id,
        statements: c.statementsConnection.edges
          .map((e: Json) => ({
            relation: e.properties.id,
            relationSources: sources(e.properties.sources),
            statement: e.node.id,
            text: e.node.text,
            date: e.node.date,
            reportedBy: sources(e.node.sources),
          }))
          .sort((x: Json, y: Json) => x.statement.localeCompare(y.statement)),
      };
    },
    summary: (f) =>
      `${f.entity}: ${f.statements.length} statements, ` +
      f.statements.map((s: Json) => `${s.statement} (${s.relationSources.length} relation sources, ${s.reportedBy.length} statement sources)`).join(', '),
  },
];

// ---------------------------------------------------------------------------------------------------
// HTTP

interface Answer {
  ms: number;
  bytes: number;
  body: Json;
}

async function post(url: string, query: string, variables?: Record<string, unknown>): Promise<Answer> {
  const started = performance.now();
  let res: Response;
  let text: string;
  try {
    res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    text = await res.text();
  } catch (e) {
    const cause = (e as { cause?: { code?: string } }).cause?.code;
    fail(`${url}: ${(e as Error).message}${cause ? ` (${cause})` : ''}; is the server running?`);
  }
  const ms = performance.now() - started;
  let body: Json;
  try {
    body = JSON.parse(text);
  } catch {
    throw new Error(`${url}: HTTP ${res.status}, not JSON: ${text.slice(0, 200)}`);
  }
  return { ms, bytes: Buffer.byteLength(text), body };
}

function dataOf(side: string, a: Answer): Json {
  if (a.body.errors?.length) throw new Error(`${side} answered with errors: ${JSON.stringify(a.body.errors).slice(0, 500)}`);
  if (!a.body.data) throw new Error(`${side} answered without data`);
  return a.body.data;
}

const pct = (sorted: number[], p: number): number => sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)]!;

// ---------------------------------------------------------------------------------------------------

const questions = ONLY ? QUESTIONS.filter((q) => ONLY.includes(q.key)) : QUESTIONS;
if (!questions.length) fail(`COMPARE_ONLY matches none of ${QUESTIONS.map((q) => q.key).join(',')}`);

const here = dirname(fileURLToPath(import.meta.url));
const libVersion = (JSON.parse(readFileSync(join(here, 'node_modules/@neo4j/graphql/package.json'), 'utf8')) as { version: string }).version;
const typeDefs = readFileSync(join(here, 'typeDefs.graphql'), 'utf8');
const tdLines = typeDefs.split('\n').filter((l) => l.trim() && !l.trim().startsWith('#'));
const cypherLines = [...typeDefs.matchAll(/statement: """\n([\s\S]*?)"""/g)].reduce((n, m) => n + m[1]!.split('\n').filter((l) => l.trim()).length, 0);

console.log(`compare: ours ${OURS_URL}  vs  @neo4j/graphql ${libVersion} ${LIB_URL}`);
console.log(`${WARMUP} warm-up + ${REQUESTS} timed requests per query per server, sequential (1 client), servers alternating`);
console.log(`library typeDefs: ${tdLines.length} non-blank, non-comment lines, of which ${cypherLines} lines of hand-written Cypher`);
console.log(`client: Node ${process.versions.node}, ${new Date().toISOString()}\n`);

interface Row {
  q: Question;
  side: 'ours' | 'lib';
  times: number[];
  bytes: number;
  errors: number;
}
const rows: Row[] = [];
let mismatches = 0;

for (const q of questions) {
  // One checked request each: same facts or the script fails.
  const [o, l] = [await post(OURS_URL, q.ours.query, q.ours.variables), await post(LIB_URL, q.lib)];
  try {
    const oursFacts = q.oursFacts(dataOf('ours', o));
    const libFacts = q.libFacts(dataOf('lib', l));
    deepStrictEqual(libFacts, oursFacts);
    console.log(`(${q.key}) ${q.title}\n    same facts: ${q.summary(oursFacts)}`);
  } catch (e) {
    mismatches++;
    console.log(`(${q.key}) ${q.title}\n    FAILED (different facts, or an error):\n${(e as Error).message.split('\n').slice(0, 40).join('\n')}`);
    continue;
  }

  for (let i = 0; i < WARMUP; i++) {
    await post(OURS_URL, q.ours.query, q.ours.variables);
    await post(LIB_URL, q.lib);
  }
  const ours: Row = { q, side: 'ours', times: [], bytes: o.bytes, errors: 0 };
  const lib: Row = { q, side: 'lib', times: [], bytes: l.bytes, errors: 0 };
  for (let i = 0; i < REQUESTS; i++) {
    // Alternate which server goes first so neither always follows the other.
    const order = i % 2 === 0 ? [ours, lib] : [lib, ours];
    for (const row of order) {
      const a = row.side === 'ours' ? await post(OURS_URL, q.ours.query, q.ours.variables) : await post(LIB_URL, q.lib);
      row.times.push(a.ms);
      if (a.body.errors?.length) row.errors++;
      row.bytes = a.bytes;
    }
  }
  rows.push(ours, lib);
}

if (rows.length) console.log('\nquery  server               p50 ms  p95 ms  max ms  bytes  errors');
if (rows.length) console.log('-----  -------------------  ------  ------  ------  -----  ------');
for (const r of rows) {
  const t = [...r.times].sort((x, y) => x - y);
  const name = r.side === 'ours' ? 'ours' : `@neo4j/graphql ${libVersion}`;
  console.log(
    `${`(${r.q.key})`.padEnd(5)}  ${name.padEnd(19)}  ${pct(t, 50).toFixed(1).padStart(6)}  ${pct(t, 95).toFixed(1).padStart(6)}  ` +
      `${t.at(-1)!.toFixed(1).padStart(6)}  ${String(r.bytes).padStart(5)}  ${String(r.errors).padStart(6)}`,
  );
}
if (mismatches || rows.some((r) => r.errors)) process.exit(1);
