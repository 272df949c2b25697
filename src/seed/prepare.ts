/** What the API does each time the database comes up: migrations, then the seed graph if the database is empty. */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Logger } from '../config/logger.js';
import { cypher } from '../db/cypher.js';
import type { Database } from '../db/database.js';
import { migrate } from '../db/migrate.js';
import { loadSeeds, type LoadReport } from './load.js';
import { readSeeds } from './validate.js';

export const SEEDS_DIR = join(fileURLToPath(new URL('.', import.meta.url)), '..', '..', 'seeds');
const GRAPH_STATS = cypher('admin/graph-stats');

export async function prepareDatabase(db: Database, log: Logger, seedWhenEmpty: boolean): Promise<void> {
  const report = await migrate(db);
  log.info(`applied ${report.schema} schema migration statements`);
  for (const id of report.applied) log.info(`applied data migration ${id}`);
  if (!seedWhenEmpty) return;
  const [stats] = await db.read(GRAPH_STATS);
  if (Number(stats?.entities ?? 0) > 0) return;
  const loaded = await loadSeeds(db, readSeeds(SEEDS_DIR));
  log.info(`database was empty: loaded the seed graph (${describeLoad(loaded)})`);
}

export function describeLoad(r: LoadReport): string {
  const t = (x: LoadReport['nodes']) => `${x.created} created, ${x.updated} updated, ${x.unchanged} unchanged`;
  return `nodes: ${t(r.nodes)}; relations: ${t(r.relations)}; sources written: ${r.sources}`;
}
