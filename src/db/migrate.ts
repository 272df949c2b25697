/**
 * Migrations. Schema statements (cypher/migrations/*.cypher) are idempotent (`IF NOT EXISTS`) and run
 * at every start-up, in file order. Data migrations (cypher/migrations/data/*.cypher) change what an
 * existing database holds; each runs once per database, in file order, statement by statement in
 * auto-commit transactions (so they may batch with `CALL { … } IN TRANSACTIONS`), and is then recorded
 * in the ledger (`(:Migration {id})`), which the next start-up reads first.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CYPHER_DIR, statements, type CypherQuery } from './cypher.js';
import type { Database } from './database.js';
import { KIND_NAMES, RELATION_TYPE_NAMES } from '../ontology.js';

const MIGRATIONS_DIR = join(CYPHER_DIR, 'migrations');
const DATA_DIR = join(MIGRATIONS_DIR, 'data');

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

/**
 * Indexes on `id` and `name` per kind of the ontology, so the Cypher an analyst writes with a kind's label
 * (`MATCH (:Company {name: 'Google'})`, `MATCH (a:Article {id: $id})`) seeks an index instead of scanning the
 * label (the :Entity indexes serve only patterns that name :Entity). Generated like the relation indexes.
 */
function kindIndexes(): CypherQuery[] {
  return KIND_NAMES.flatMap((kind) =>
    ['id', 'name'].map((property) => ({
      name: `migrations/kind-${property}#${kind}`,
      text: `CREATE INDEX ${kind.toLowerCase()}_${property} IF NOT EXISTS FOR (n:${kind}) ON (n.${property})`,
    })),
  );
}

const cypherFiles = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.cypher'))
    .sort();

/** A migration file's statements, named `<prefix><file>#<n>`. */
const fileStatements = (dir: string, prefix: string, file: string): CypherQuery[] =>
  statements(readFileSync(join(dir, file), 'utf8')).map((text, i) => ({ name: `${prefix}${file}#${i + 1}`, text }));

function schemaStatements(): CypherQuery[] {
  return [...cypherFiles(MIGRATIONS_DIR).flatMap((file) => fileStatements(MIGRATIONS_DIR, 'migrations/', file)), ...relationIdIndexes(), ...kindIndexes()];
}

/** The data migrations, in order: id (the file name without extension) and statements. */
export function dataMigrations(): { id: string; statements: CypherQuery[] }[] {
  return cypherFiles(DATA_DIR).map((file) => ({ id: file.replace(/\.cypher$/, ''), statements: fileStatements(DATA_DIR, 'migrations/data/', file) }));
}

/** How long a migration waits for its indexes to come online, by default (a bulk-loaded graph may ask for longer). */
const AWAIT_INDEXES_S = 300;
const awaitIndexes = (seconds: number): CypherQuery => ({ name: 'migrations/await-indexes', text: `CALL db.awaitIndexes(${Math.round(seconds)})` });
const APPLIED: CypherQuery = { name: 'migrations/applied', text: 'MATCH (m:Migration) WHERE m.id IN $ids RETURN m.id AS id' };
const RECORD: CypherQuery = { name: 'migrations/record', text: 'MERGE (m:Migration {id: $id}) SET m.appliedAt = datetime()' };

/** A data migration may move every record of a large graph: it gets an hour, not a request's timeout. */
const DATA_MIGRATION_TIMEOUT_MS = 3_600_000;

export interface MigrationReport {
  /** Schema statements run (every one, every time). */
  schema: number;
  /** Data migrations applied by this call (those the ledger did not list yet). */
  applied: string[];
}

/**
 * Applies every schema statement, waits for the indexes (`awaitIndexesSeconds`, default 300), then applies
 * the data migrations this database has not had yet.
 */
export async function migrate(db: Database, { awaitIndexesSeconds = AWAIT_INDEXES_S } = {}): Promise<MigrationReport> {
  const schema = schemaStatements();
  for (const q of schema) await db.write(q);
  await db.read(awaitIndexes(awaitIndexesSeconds));
  const pending = dataMigrations();
  const done = new Set((await db.read(APPLIED, { ids: pending.map((m) => m.id) })).map((r) => String(r.id)));
  const applied: string[] = [];
  for (const migration of pending.filter((m) => !done.has(m.id))) {
    for (const q of migration.statements) await db.autoCommit(q, {}, DATA_MIGRATION_TIMEOUT_MS);
    await db.write(RECORD, { id: migration.id });
    applied.push(migration.id);
  }
  if (applied.length > 0) await db.read(awaitIndexes(awaitIndexesSeconds));
  return { schema: schema.length, applied };
}

/**
 * Records every data migration as applied without running it: for a database whose data was written in
 * the current form outside the write path (the generator's bulk load), where they would find nothing to do.
 */
export async function recordDataMigrations(db: Database): Promise<void> {
  for (const migration of dataMigrations()) await db.write(RECORD, { id: migration.id });
}
