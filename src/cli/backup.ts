/**
 * `npm run backup [-- --out FILE] [--logical]`: a backup of the configured database. The local Neo4j
 * (NEO4J_URI unset, or naming it) gets a physical dump (neo4j-admin; the instance is stopped meanwhile);
 * any other database, or `--logical`, a logical export through the driver (gzipped JSON Lines). Restore
 * either with `npm run restore -- FILE`.
 */
import { parseArgs } from 'node:util';
import { statSync } from 'node:fs';
import { start as startLocalNeo4j } from '../../neo4j/neo4j.mjs';
import { ConfigError, loadConfig, loadDotEnv } from '../config/config.js';
import { backupDriver, exportLogical } from '../backup/logical.js';
import { dumpLocal, isLocalInstance } from '../backup/physical.js';
import { messageOf } from '../shape.js';

const USAGE = 'usage: npm run backup [-- --out FILE] [--logical]';

try {
  const { values } = parseArgs({ options: { out: { type: 'string' }, logical: { type: 'boolean', default: false } } });
  loadDotEnv();
  const config = loadConfig();
  const physical = !values.logical && isLocalInstance(config.NEO4J_URI);
  const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\..*/, '');
  const file = values.out ?? `backups/${config.NEO4J_DATABASE}-${stamp}.${physical ? 'dump' : 'jsonl.gz'}`;
  const started = performance.now();
  let what: string;
  if (physical) {
    await dumpLocal(config.NEO4J_DATABASE, file);
    what = `dump of database ${config.NEO4J_DATABASE} of the local Neo4j`;
  } else {
    if (config.managedNeo4j) await startLocalNeo4j({ quiet: true });
    const driver = backupDriver({ uri: config.neo4jUri, user: config.NEO4J_USER, password: config.NEO4J_PASSWORD });
    try {
      const { nodes, relationships } = await exportLogical(driver, config.NEO4J_DATABASE, file);
      what = `logical backup of ${config.neo4jUri} (${nodes} nodes, ${relationships} relationships)`;
    } finally {
      await driver.close();
    }
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  process.stdout.write(`${what} written to ${file} (${(statSync(file).size / 1e6).toFixed(1)} MB) in ${seconds} s\n`);
} catch (error) {
  const usage = error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS') ? `\n${USAGE}` : '';
  process.stderr.write(`${error instanceof ConfigError ? '' : 'backup failed: '}${messageOf(error)}${usage}\n`);
  process.exitCode = 1;
}
