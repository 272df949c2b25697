/**
 * Opens the configured database. With NEO4J_URI unset, the project's own local Neo4j is started
 * first (or reused if it is running); with NEO4J_URI set, nothing is started.
 */
import type { Config } from '../config/config.js';
import type { Logger } from '../config/logger.js';
import { start as startLocalNeo4j } from '../../neo4j/neo4j.mjs';
import { createDriver, Database } from './database.js';

export async function connect(config: Config, log: Logger): Promise<Database> {
  if (config.managedNeo4j) {
    log.info('NEO4J_URI is not set: starting (or reusing) the local Neo4j; its first start fetches ~120 MB of jars with Maven');
    // neo4j.mjs reads the same NEO4J_LOCAL_PORT / NEO4J_PASSWORD variables as this config.
    await startLocalNeo4j({ quiet: true });
  }
  const options = {
    uri: config.neo4jUri,
    user: config.NEO4J_USER,
    password: config.NEO4J_PASSWORD,
    database: config.NEO4J_DATABASE,
    queryTimeoutMs: config.QUERY_TIMEOUT_MS,
  };
  return new Database(createDriver(options), options);
}
