/**
 * PROFILE evidence for RESULTS.md: each question's floor statement, and the statement our API sends for it,
 * so a missed target can be explained in db hits and operators rather than guessed at. The API's statement
 * is compiled here, by the API's own planner, from the question's query executed against the same database
 * (the run has already checked its facts), and PROFILEd with the parameters it ran with.
 */
import { execute, parse } from 'graphql';
import type { Driver } from 'neo4j-driver';
import { createLogger } from '../../src/config/logger.js';
import { withDatabase } from '../../src/data/request.js';
import { createDriver, Database } from '../../src/db/database.js';
import { toParams } from '../../src/db/values.js';
import { schema } from '../../src/graphql/schema.js';
import { compiledPlans } from '../../src/plan/index.js';
import { floorCypher, profile } from './floor.js';
import type { Question } from './questions.js';

/** The planned statements the API runs for `query`: executed in this process against `db`, taken from the planner's cache. */
async function apiStatements(db: Database, { query, variables }: Question['api']): Promise<{ name: string; text: string; params: Record<string, unknown> }[]> {
  const before = Math.max(0, ...compiledPlans().map((p) => p.run));
  const ctx = withDatabase({ log: createLogger('silent'), requestId: 'profile', operationLimits: { depth: 1_000, breadth: 100_000, complexity: 1e12 } }, db);
  const result = await execute({ schema, document: parse(query), variableValues: variables, contextValue: ctx });
  if (result.errors?.length) throw new Error(`the API's query failed: ${result.errors[0]!.message}`);
  return compiledPlans()
    .filter((p) => p.run > before)
    .sort((a, b) => a.run - b.run)
    .map((p) => ({ name: `plan/${p.shape.match(/^\w+/)?.[0] ?? '?'}`, text: p.text, params: p.params }));
}

export interface StatementProfile {
  name: string;
  /** The statement itself (the API's, compiled by its planner). */
  text?: string;
  dbHits: number;
  rows: number;
  /** Size of the result as JSON, in characters. */
  chars: number;
  top: string[];
}

const summary = (name: string, p: Awaited<ReturnType<typeof profile>>): StatementProfile => ({
  name,
  dbHits: p.dbHits,
  rows: p.rows,
  chars: p.chars,
  top: [...p.operators]
    .sort((x, y) => y.dbHits - x.dbHits)
    .slice(0, 5)
    .map((o) => `${o.operator} ${o.dbHits} db hits, ${o.rows} rows${o.details ? ` (${o.details})` : ''}`),
});

export async function profileQuestion(
  driver: Driver,
  db: { uri: string; user: string; password: string; database: string },
  q: Question,
): Promise<{ floor: StatementProfile; api: StatementProfile[] }> {
  const text = floorCypher(q.floor.file);
  const floor = summary(q.floor.file, await profile(driver, db.database, text, q.floor.params));
  const options = { ...db, queryTimeoutMs: 60_000 };
  const database = new Database(createDriver(options), options);
  try {
    const api: StatementProfile[] = [];
    for (const s of await apiStatements(database, q.api))
      api.push({ ...summary(s.name, await profile(driver, db.database, s.text, toParams(s.params) as Record<string, unknown>)), text: s.text });
    return { floor, api };
  } finally {
    await database.close();
  }
}
