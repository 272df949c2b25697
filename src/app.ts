/**
 * Composition: database → monitor → Yoga → HTTP, and the reverse on shutdown. Used by main.ts and by
 * the HTTP-level tests, which start the real server on a free port.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Config } from './config/config.js';
import type { Logger } from './config/logger.js';
import type { Database } from './db/database.js';
import { prepareDatabase } from './seed/prepare.js';
import { drain, listen } from './server/http.js';
import { serverLimits } from './server/limits.js';
import { DatabaseMonitor } from './server/monitor.js';
import { frontEndSettings } from './server/front-end.js';
import { createApp, type AppOptions } from './server/yoga.js';

export interface RunningApi {
  server: Server;
  url: string;
  monitor: DatabaseMonitor;
  stop: () => Promise<void>;
}

export async function startApi(
  config: Pick<Config, 'PORT' | 'HOST' | 'SEED_ON_START' | 'SHUTDOWN_GRACE_MS'> & Partial<Config>,
  db: Database,
  log: Logger,
  extra: Pick<AppOptions, 'onQueries'> & { retryMs?: number } = {},
): Promise<RunningApi> {
  const monitor = new DatabaseMonitor(db, log, { prepare: () => prepareDatabase(db, log, config.SEED_ON_START), retryMs: extra.retryMs });
  const limits = serverLimits(config);
  const app = createApp({ db, log, isReady: () => monitor.isReady(), onQueries: extra.onQueries, limits, frontEnd: frontEndSettings(config) });
  const server = await listen(app, config.PORT, config.HOST, limits);
  const { port } = server.address() as AddressInfo;
  const url = `http://${config.HOST}:${port}`;
  log.info({ url }, `API listening on ${url}/graphql (GraphiQL in a browser; /health, /ready)`);
  await monitor.start();
  return {
    server,
    url,
    monitor,
    stop: async () => {
      monitor.stop();
      await drain(server, config.SHUTDOWN_GRACE_MS);
      await db.close();
    },
  };
}
