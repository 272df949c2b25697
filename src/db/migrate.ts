/**
 * Schema migrations: every statement in cypher/migrations/*.cypher, in file order. Each statement is
 * idempotent (`IF NOT EXISTS`), so applying them at every start-up is safe and cheap.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CYPHER_DIR, statements, type CypherQuery } from './cypher.js';
import type { Database } from './database.js';

const MIGRATIONS_DIR = join(CYPHER_DIR, 'migrations');

function migrationStatements(): CypherQuery[] {
  return readdirSync(MIGRATIONS_DIR)
    .filter((f) => f.endsWith('.cypher'))
    .sort()
    .flatMap((file) => statements(readFileSync(join(MIGRATIONS_DIR, file), 'utf8')).map((text, i) => ({ name: `migrations/${file}#${i + 1}`, text })));
}

const AWAIT_INDEXES: CypherQuery = { name: 'migrations/await-indexes', text: 'CALL db.awaitIndexes(120)' };

/** Applies every migration statement, then waits until all indexes are online. Returns how many statements ran. */
export async function migrate(db: Database): Promise<number> {
  const all = migrationStatements();
  for (const q of all) await db.write(q);
  await db.read(AWAIT_INDEXES);
  return all.length;
}
