/**
 * The raw-driver floor: each question as one hand-written Cypher statement (bench/scale/floor/*.cypher),
 * sent with neo4j-driver from this process, no HTTP and no GraphQL. It is what a hand-writer who knows
 * the storage model would send, so it bounds from below what any GraphQL layer over the same database
 * can do. Same driver version, same TCP_NODELAY fix and same auto-commit read (one Bolt round trip)
 * as our API.
 */
import { readFileSync } from 'node:fs';
import neo4j, { type Driver } from 'neo4j-driver';
import '../../src/db/tcp-nodelay.js';

export function floorCypher(name: string): string {
  return readFileSync(new URL(`./floor/${name}.cypher`, import.meta.url), 'utf8');
}

export function floorDriver(uri: string, user: string, password: string): Driver {
  return neo4j.driver(uri, neo4j.auth.basic(user, password), {
    disableLosslessIntegers: true,
    notificationFilter: { minimumSeverityLevel: 'OFF' },
    userAgent: 'kg-bench-floor',
  });
}

/** JavaScript numbers go to Bolt as floats; whole-number parameters (LIMIT, skip) must be integers. */
const boltParams = (params: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Number.isInteger(v) ? neo4j.int(v as number) : v]));

/** Runs one statement as an auto-commit read and returns its rows as plain objects. */
export async function floorRun(
  driver: Driver,
  database: string,
  text: string,
  params: Record<string, unknown>,
  timeoutMs = 30_000,
): Promise<Record<string, unknown>[]> {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  try {
    const result = await session.run(text, boltParams(params), { timeout: timeoutMs });
    return result.records.map((r) => r.toObject());
  } finally {
    await session.close();
  }
}

/** PROFILE of a statement: the plan's operators with rows and db hits, the total db hits, and the size of
 * its result as JSON (what the database sends back, roughly). */
export async function profile(driver: Driver, database: string, text: string, params: Record<string, unknown>) {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  try {
    const result = await session.run(`PROFILE ${text}`, boltParams(params));
    const operators: { operator: string; details: string; rows: number; dbHits: number }[] = [];
    const walk = (p: any): void => {
      operators.push({
        operator: String(p.operatorType).replace(/@neo4j$/, ''),
        details: String(p.arguments?.Details ?? '').slice(0, 160),
        rows: Number(p.rows),
        dbHits: Number(p.dbHits),
      });
      for (const c of p.children ?? []) walk(c);
    };
    walk(result.summary.profile);
    const chars = JSON.stringify(result.records.map((r) => r.toObject())).length;
    return { dbHits: operators.reduce((n, o) => n + o.dbHits, 0), rows: result.records.length, chars, operators };
  } finally {
    await session.close();
  }
}
