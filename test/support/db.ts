/**
 * The test database (chosen by global-setup: NEO4J_URI, testcontainers, or the project's own local
 * Neo4j) and a reset that gives each test file the freshly seeded graph.
 */
import { inject } from 'vitest';
import { createLogger } from '../../src/config/logger.js';
import { createDriver, Database } from '../../src/db/database.js';
import { migrate } from '../../src/db/migrate.js';
import { loadSeeds } from '../../src/seed/load.js';
import { SEEDS_DIR } from '../../src/seed/prepare.js';
import { readSeeds } from '../../src/seed/validate.js';
import type { CypherQuery } from '../../src/db/cypher.js';

export const silentLog = createLogger('silent');

export function testDbOptions() {
  return { uri: inject('neo4jUri'), user: inject('neo4jUser'), password: inject('neo4jPassword'), database: 'neo4j', queryTimeoutMs: 30_000 };
}

export function openTestDb(onQuery?: (name: string) => void): Database {
  const o = testDbOptions();
  return new Database(createDriver(o), o, onQuery && { onStatement: (name) => onQuery(name) });
}

/** Ad-hoc Cypher for assertions; never used by the product. */
export const q = (text: string): CypherQuery => ({ name: 'test', text });

/** Empties the database, applies migrations and loads the seed graph. */
export async function resetToSeedGraph(db: Database): Promise<void> {
  await db.write(q('MATCH (n) DETACH DELETE n'));
  await migrate(db);
  await loadSeeds(db, readSeeds(SEEDS_DIR));
}

export async function counts(db: Database): Promise<{ nodes: number; relationships: number }> {
  const [row] = await db.read(
    q('CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships'),
  );
  return row as { nodes: number; relationships: number };
}

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri: string;
    neo4jUser: string;
    neo4jPassword: string;
  }
}
