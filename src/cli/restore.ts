/**
 * `npm run restore -- FILE [--force]`: restores a backup of `npm run backup` into the configured database,
 * which must be empty unless `--force` (then it is replaced), and applies the migrations. A dump loads
 * only into the local Neo4j (stopped meanwhile); a logical backup into any database.
 */
import { parseArgs } from 'node:util';
import { existsSync } from 'node:fs';
import { start as startLocalNeo4j } from '../../neo4j/neo4j.mjs';
import { ConfigError, loadConfig, loadDotEnv } from '../config/config.js';
import { createLogger } from '../config/logger.js';
import { connect } from '../db/connect.js';
import { migrate } from '../db/migrate.js';
import { detectFormat } from '../backup/format.js';
import { backupDriver, ensureEmpty, restoreLogical, RestoreRefused } from '../backup/logical.js';
import { isLocalInstance, loadLocal } from '../backup/physical.js';
import { messageOf } from '../shape.js';

const USAGE = 'usage: npm run restore -- FILE [--force]';

try {
  const { values, positionals } = parseArgs({ options: { force: { type: 'boolean', default: false } }, allowPositionals: true });
  const file = positionals[0];
  if (positionals.length !== 1 || !file) throw new RestoreRefused(USAGE);
  if (!existsSync(file)) throw new RestoreRefused(`${file}: no such file`);
  loadDotEnv();
  const config = loadConfig();
  const format = detectFormat(file);
  const database = config.NEO4J_DATABASE;
  if (format === 'dump' && !isLocalInstance(config.NEO4J_URI))
    throw new RestoreRefused(
      `${file} is a Neo4j dump, which loads only into the local Neo4j; restore a logical backup (npm run backup -- --logical) into ${config.neo4jUri}`,
    );
  const started = performance.now();
  if (config.managedNeo4j) await startLocalNeo4j({ quiet: true });
  const driver = backupDriver({ uri: config.neo4jUri, user: config.NEO4J_USER, password: config.NEO4J_PASSWORD });
  let what: string;
  try {
    if (format === 'dump') {
      // The dump replaces the database whole (the load overwrites it): a non-empty one is refused, not wiped.
      if (!values.force) await ensureEmpty(driver, database, false);
      what = `dump ${file} loaded into database ${database} of the local Neo4j`;
    } else {
      const { nodes, relationships } = await restoreLogical(driver, database, file, values.force);
      what = `logical backup ${file} restored into ${config.neo4jUri} (${nodes} nodes, ${relationships} relationships)`;
    }
  } finally {
    await driver.close();
  }
  // The driver is closed first: the load stops the instance under it.
  if (format === 'dump') await loadLocal(database, file);
  const db = await connect(config, createLogger(process.env.LOG_LEVEL ?? 'warn'));
  try {
    const { applied } = await migrate(db);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    process.stdout.write(`${what}; migrations applied${applied.length ? ` (data: ${applied.join(', ')})` : ''}; ${seconds} s\n`);
  } finally {
    await db.close();
  }
} catch (error) {
  const usage = error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS') ? `\n${USAGE}` : '';
  process.stderr.write(`${error instanceof ConfigError || error instanceof RestoreRefused ? '' : 'restore failed: '}${messageOf(error)}${usage}\n`);
  process.exitCode = 1;
}
