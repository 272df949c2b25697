/**
 * Schema migrations: every statement in cypher/migrations/*.cypher, in file order. Each statement is
 * idempotent (`IF NOT EXISTS`), so applying them at every start-up is safe and cheap.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CYPHER_DIR, statements, type CypherQuery } from './cypher.js';
import type { Database } from './database.js';
import { RELATION_TYPE_NAMES } from '../ontology.js';

const MIGRATIONS_DIR = join(CYPHER_DIR, 'migrations');

/**
 * One relationship index on `id` per relation type of the ontology: lists of a type page in id order
 * from it (cypher/relations/of-type). Generated, so a new relation type gets its index with no edit here.
 * Type names come from the ontology's allow-list, never from a request.
 */
function relationIdIndexes(): CypherQuery[] {
  return RELATION_TYPE_NAMES.map((type) => ({
    name: `migrations/relation-id#${type}`,
    text: `CREATE INDEX rel_id_${type.toLowerCase()} IF NOT EXISTS FOR ()-[r:${type}]-() ON (r.id)`,
  }));
}

function migrationStatements(): CypherQuery[] {
  const files = readdirSync(MIGRATIONS_DIR)
    .filter((f) => f.endsWith('.cypher'))
    .sort()
    .flatMap((file) => statements(readFileSync(join(MIGRATIONS_DIR, file), 'utf8')).map((text, i) => ({ name: `migrations/${file}#${i + 1}`, text })));
  return [...files, ...relationIdIndexes()];
}

const AWAIT_INDEXES: CypherQuery = { name: 'migrations/await-indexes', text: 'CALL db.awaitIndexes(120)' };

/** Applies every migration statement, then waits until all indexes are online. Returns how many statements ran. */
export async function migrate(db: Database): Promise<number> {
  const all = migrationStatements();
  for (const q of all) await db.write(q);
  await db.read(AWAIT_INDEXES);
  return all.length;
}
