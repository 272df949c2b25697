/**
 * `npm run migrate`: applies the schema migrations (cypher/migrations/*.cypher, idempotent) and the data
 * migrations this database has not had yet (cypher/migrations/data/*.cypher) to the configured database.
 */
import { migrate } from '../db/migrate.js';
import { withDatabase } from './run.js';

await withDatabase(async (db) => {
  const started = performance.now();
  const { schema, applied } = await migrate(db);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const data = applied.length ? `data migrations ${applied.join(', ')}` : 'no data migration pending';
  process.stdout.write(`applied ${schema} schema statements and ${data} to ${db.uri} in ${seconds} s; all indexes online\n`);
});
