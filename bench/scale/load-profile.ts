/**
 * Where a bulk load spends its time, for RESULTS.md: writes a synthetic graph into an EMPTY database
 * through the generator's own write path (`writeRecords`, one transaction per batch, as `npm run generate`
 * does, but one batch at a time instead of two in flight), timing every statement by name, and PROFILEs
 * the first execution of each statement in each phase (articles, entities, relations), which still writes.
 *
 *   NEO4J_URI=bolt://127.0.0.1:7692 npx tsx bench/scale/load-profile.ts [--companies 10000]
 *
 * Prints, per statement: calls, rows sent, total seconds, share of the load, and the db hits and heaviest
 * operators of its profiled runs. Refuses a database that holds anything.
 *
 * First it measures a baseline: what this Neo4j on this machine writes with the simplest possible statement,
 * 60,000 Source-shaped rows by `UNWIND $rows AS row CREATE (s:ScratchSource) SET s = row`, 2,000 rows per
 * statement, 10,000 per transaction, into a scratch label with the same four indexes as :Source (dropped after).
 */
import { parseArgs } from 'node:util';
import type { QueryResult } from 'neo4j-driver';
import { createDriver, Database } from '../../src/db/database.js';
import { migrate } from '../../src/db/migrate.js';
import { writeRecords, type Run } from '../../src/store/write.js';
import { SyntheticGraph } from '../../generator/graph.js';

const { values } = parseArgs({ options: { companies: { type: 'string', default: '10000' } } });
const uri = process.env.NEO4J_URI;
if (!uri) throw new Error('set NEO4J_URI to an empty scratch database');
const options = {
  uri,
  user: process.env.NEO4J_USER || 'neo4j',
  password: process.env.NEO4J_PASSWORD || 'kg-local-password',
  database: process.env.NEO4J_DATABASE || 'neo4j',
  queryTimeoutMs: 600_000,
};
const driver = createDriver(options);
const db = new Database(driver, options);

interface Stat {
  calls: number;
  rows: number;
  ms: number;
  profiles: { phase: string; dbHits: number; top: string[] }[];
}
const stats = new Map<string, Stat>();

/** The run function writeRecords gets: timed, and PROFILEd the first time a statement runs in a phase. */
function timedRun(run: Run, phase: string, profiled: Set<string>): Run {
  return async (query, params) => {
    const s = stats.get(query.name) ?? { calls: 0, rows: 0, ms: 0, profiles: [] };
    stats.set(query.name, s);
    const key = `${phase}|${query.name}`;
    const profile = !profiled.has(key);
    profiled.add(key);
    const t0 = performance.now();
    const result: QueryResult = await run(profile ? { name: query.name, text: `PROFILE ${query.text}` } : query, params);
    s.ms += performance.now() - t0;
    s.calls++;
    const sent = params ? Object.values(params).find(Array.isArray) : undefined;
    s.rows += sent?.length ?? 0;
    if (profile && result.summary.profile) {
      const ops: { op: string; dbHits: number; rows: number }[] = [];
      const walk = (p: any): void => {
        ops.push({ op: String(p.operatorType).replace(/@neo4j$/, ''), dbHits: Number(p.dbHits), rows: Number(p.rows) });
        for (const c of p.children ?? []) walk(c);
      };
      walk(result.summary.profile);
      s.profiles.push({
        phase,
        dbHits: ops.reduce((n, o) => n + o.dbHits, 0),
        top: ops
          .sort((a, b) => b.dbHits - a.dbHits)
          .slice(0, 3)
          .map((o) => `${o.op} ${o.dbHits} db hits/${o.rows} rows`),
      });
    }
    return result;
  };
}

/** Rows per second of a plain UNWIND … CREATE of Source-shaped rows: the ceiling for any write path here. */
async function baseline(): Promise<number> {
  const schema = [
    'CONSTRAINT scratch_id IF NOT EXISTS FOR (s:ScratchSource) REQUIRE s.id IS UNIQUE',
    'INDEX scratch_fact IF NOT EXISTS FOR (s:ScratchSource) ON (s.fact)',
    'INDEX scratch_date IF NOT EXISTS FOR (s:ScratchSource) ON (s.date)',
  ];
  const session = driver.session({ database: options.database });
  try {
    for (const q of schema) await session.run(`CREATE ${q}`);
    await session.run('CALL db.awaitIndexes()');
    const row = (i: number) => ({
      id: `src:${i}`,
      fact: `rel:owns:syn-${i % 50_000}:x`,
      from: `company:syn-${i}`,
      to: `company:syn-${i + 1}`,
      excerpt: `Company ${i} is a subsidiary of company ${i + 1}, which reported higher revenue.`,
      start: 100,
      end: 180,
      textHash: 'a'.repeat(64),
      support: 'STATED',
      ordinal: 0,
      factType: 'OWNS',
    });
    const total = 60_000;
    const t0 = performance.now();
    for (let b = 0; b < total; b += 10_000) {
      const tx = session.beginTransaction();
      for (let c = b; c < b + 10_000; c += 2_000)
        await tx.run('UNWIND $rows AS row CREATE (s:ScratchSource) SET s = row', { rows: Array.from({ length: 2_000 }, (_, k) => row(c + k)) });
      await tx.commit();
    }
    return total / ((performance.now() - t0) / 1000);
  } finally {
    await session.run('MATCH (n:ScratchSource) CALL (n) { DELETE n } IN TRANSACTIONS OF 10000 ROWS');
    for (const name of ['CONSTRAINT scratch_id', 'INDEX scratch_fact', 'INDEX scratch_date']) await session.run(`DROP ${name} IF EXISTS`);
    await session.close();
  }
}

try {
  const [{ nodes } = { nodes: 0 }] = await db.read({ name: 'count', text: 'MATCH (n) RETURN count(n) AS nodes' });
  if (Number(nodes) > 0) throw new Error(`${uri} holds ${nodes} nodes: give an empty scratch database`);
  console.log(
    `baseline: ${Math.round(await baseline()).toLocaleString('en-US')} Source-shaped rows/s with a plain UNWIND … CREATE (2,000 rows a statement, 10,000 a transaction)`,
  );
  await migrate(db);
  const graph = new SyntheticGraph({ companies: Number(values.companies) });
  const profiled = new Set<string>();
  let records = 0;
  const t0 = performance.now();
  for (const batch of graph.batches()) {
    // `fresh`: as the generator writes into an empty database (no look-up of existing records, nothing to delete).
    await db.writeTransaction((run) => writeRecords(timedRun(run, batch.phase, profiled), batch.set, graph.texts, { fresh: true }));
    records += batch.records;
  }
  const seconds = (performance.now() - t0) / 1000;
  const total = [...stats.values()].reduce((n, s) => n + s.ms, 0);
  console.log(
    `${records.toLocaleString('en-US')} records in ${seconds.toFixed(1)} s: ${Math.round(records / seconds).toLocaleString('en-US')} records/s, one batch at a time (${values.companies} companies)`,
  );
  console.log(`statement time ${(total / 1000).toFixed(1)} s; the rest is building rows in Node and committing\n`);
  for (const [name, s] of [...stats].sort((a, b) => b[1].ms - a[1].ms)) {
    console.log(
      `${name.padEnd(24)} ${String(s.calls).padStart(5)} calls ${String(s.rows).padStart(8)} rows ${(s.ms / 1000).toFixed(1).padStart(7)} s ${((100 * s.ms) / total).toFixed(0).padStart(3)}%`,
    );
    for (const p of s.profiles) console.log(`    PROFILE (${p.phase}): ${p.dbHits.toLocaleString('en-US')} db hits; ${p.top.join(', ')}`);
  }
} finally {
  await db.close();
}
