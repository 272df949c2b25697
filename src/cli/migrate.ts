/** `npm run migrate`: applies cypher/migrations/*.cypher to the configured database (idempotent). */
import { migrate } from '../db/migrate.js';
import { withDatabase } from './run.js';

await withDatabase(async (db) => {
  const n = await migrate(db);
  process.stdout.write(`applied ${n} migration statements to ${db.uri}; all indexes online\n`);
});
