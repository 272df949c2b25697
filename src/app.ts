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
import { serverLimits } from './server/request-limits.js';
import { Metrics, serveMetrics } from './server/metrics.js';
import { DatabaseMonitor } from './server/monitor.js';
import { serveProbes } from './server/probes.js';
import { frontEndSettings } from './server/front-end.js';
import { authOptions } from './server/auth.js';
import { createApp, type AppOptions } from './server/yoga.js';

/** The port a listening server got (the configured one, or the free one the system picked for 0). */
const portOf = (address: string | AddressInfo | null): number => (address !== null && typeof address === 'object' ? address.port : 0);

export interface RunningApi {
  server: Server;
  url: string;
  /** Where `/health` and `/ready` are also served by their own thread (HEALTH_PORT set), else null. */
  probesUrl: string | null;
  /** Where the Prometheus metrics are served (METRICS_PORT set), else null. */
  metricsUrl: string | null;
  monitor: DatabaseMonitor;
  stop: () => Promise<void>;
}

export async function startApi(
  config: Pick<Config, 'PORT' | 'HOST' | 'SEED_ON_START' | 'SHUTDOWN_GRACE_MS'> & Partial<Config>,
  db: Database,
  log: Logger,
  extra: Pick<AppOptions, 'onQueries' | 'nestedPlans'> & { retryMs?: number } = {},
): Promise<RunningApi> {
  const monitor = new DatabaseMonitor(db, log, { prepare: () => prepareDatabase(db, log, config.SEED_ON_START), retryMs: extra.retryMs });
  const limits = serverLimits(config);
  const metrics = config.METRICS_PORT === undefined ? undefined : new Metrics();
  const metricsServer =
    metrics && config.METRICS_PORT !== undefined ? await serveMetrics(metrics, config.METRICS_PORT, config.METRICS_HOST ?? config.HOST) : null;
  const app = createApp({
    db,
    log,
    isReady: () => monitor.ready,
    onDatabaseUnavailable: () => monitor.reportUnavailable(),
    onQueries: extra.onQueries,
    nestedPlans: extra.nestedPlans,
    metrics,
    limits,
    frontEnd: frontEndSettings(config),
    auth: authOptions(config),
  });
  // /health and /ready are answered before Yoga, from the monitor's state (http.ts).
  const server = await listen(app, config.PORT, config.HOST, limits, { ready: () => monitor.ready });
  const probes = config.HEALTH_PORT === undefined ? null : await serveProbes(config.HEALTH_PORT, config.HOST, () => monitor.ready);
  const probesUrl = probes ? `http://${config.HOST}:${probes.port}` : null;
  if (probesUrl) log.info({ url: probesUrl }, `probes also on ${probesUrl}/health and /ready`);
  const port = portOf(server.address());
  const url = `http://${config.HOST}:${port}`;
  log.info({ url }, `API listening on ${url}/graphql (GraphiQL in a browser; /health, /ready)`);
  let metricsUrl: string | null = null;
  if (metricsServer) {
    metricsUrl = `http://${config.METRICS_HOST ?? config.HOST}:${portOf(metricsServer.address())}/metrics`;
    log.info({ url: metricsUrl }, `Prometheus metrics on ${metricsUrl}`);
  }
  await monitor.start();
  return {
    server,
    url,
    probesUrl,
    metricsUrl,
    monitor,
    stop: async () => {
      monitor.stop();
      await drain(server, config.SHUTDOWN_GRACE_MS);
      await probes?.stop();
      if (metricsServer) await drain(metricsServer, 1_000);
      await db.close();
    },
  };
}
