/**
 * `npm run seed`: validates every file in seeds/ (refusing the whole load on any problem, each named
 * by file, record and field), then writes the graph in one transaction. Running it twice changes nothing.
 * `--check` validates only, without a database.
 */
import { migrate } from '../db/migrate.js';
import { loadSeeds } from '../seed/load.js';
import { describeLoad, SEEDS_DIR } from '../seed/prepare.js';
import { readSeeds, SeedValidationError } from '../seed/validate.js';
import { withDatabase } from './run.js';

const dir = process.argv.find((a, i) => i > 1 && !a.startsWith('--')) ?? SEEDS_DIR;

let seeds: ReturnType<typeof readSeeds>;
try {
  seeds = readSeeds(dir);
} catch (error) {
  if (!(error instanceof SeedValidationError)) throw error;
  process.stderr.write(`${error.message}\n`);
  process.exit(1);
}
const summary = `${seeds.articles.length} articles, ${seeds.entities.length} entities, ${seeds.relations.length} relations`;

if (process.argv.includes('--check')) {
  process.stdout.write(`seeds are valid: ${summary}\n`);
} else {
  await withDatabase(async (db) => {
    await migrate(db);
    const report = await loadSeeds(db, seeds);
    process.stdout.write(`loaded ${summary} into ${db.uri}\n${describeLoad(report)}\n`);
  });
}
