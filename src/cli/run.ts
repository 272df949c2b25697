/** Shared frame for the command-line tools: config, logger, database, one clear line on failure. */
import { ConfigError, loadConfig, loadDotEnv, type Config } from '../config/config.js';
import { createLogger, type Logger } from '../config/logger.js';
import { connect } from '../db/connect.js';
import type { Database } from '../db/database.js';
import { messageOf } from '../shape.js';

export async function withDatabase(task: (db: Database, config: Config, log: Logger) => Promise<void>): Promise<void> {
  let db: Database | undefined;
  try {
    loadDotEnv();
    const config = loadConfig();
    const log = createLogger(process.env.LOG_LEVEL ?? 'warn');
    db = await connect(config, log);
    await task(db, config, log);
  } catch (error) {
    process.stderr.write(`${error instanceof ConfigError ? '' : 'failed: '}${messageOf(error)}\n`);
    process.exitCode = 1;
  } finally {
    await db?.close();
  }
}
