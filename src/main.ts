/** `npm start`: configuration → (local Neo4j) → API. Errors at start-up are one line, never a stack. */
import { ConfigError, loadConfig, loadDotEnv } from './config/config.js';
import { createLogger } from './config/logger.js';
import { connect } from './db/connect.js';
import { startApi } from './app.js';
import { messageOf } from './shape.js';

async function main(): Promise<void> {
  loadDotEnv();
  const config = loadConfig();
  const log = createLogger(config.LOG_LEVEL);
  const db = await connect(config, log);
  const api = await startApi(config, db, log);

  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info(`${signal}: draining requests and closing the database connection`);
    api.stop().then(
      () => process.exit(0),
      (e: unknown) => {
        log.error(`shutdown failed: ${messageOf(e)}`);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  const message = error instanceof ConfigError ? error.message : `start-up failed: ${messageOf(error)}`;
  process.stderr.write(`${message}\n`);
  process.exit(1);
});
