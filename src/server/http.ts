/** Serves the Yoga app over node:http, and drains it on shutdown. */
import { createServer, type Server } from 'node:http';
import type { ServerLimits } from './request-limits.js';
import type { App } from './yoga.js';

/**
 * Slow clients cannot hold a connection: the headers must arrive within HTTP_HEADERS_TIMEOUT_MS and
 * the whole request (headers and body) within HTTP_REQUEST_TIMEOUT_MS, checked every second; idle
 * keep-alive sockets close after HTTP_KEEP_ALIVE_TIMEOUT_MS.
 */
export function listen(
  app: App,
  port: number,
  host: string,
  limits?: Pick<ServerLimits, 'headersTimeoutMs' | 'requestTimeoutMs' | 'keepAliveTimeoutMs'>,
): Promise<Server> {
  const requestTimeout = limits?.requestTimeoutMs ?? 10_000;
  const server = createServer(
    {
      requestTimeout,
      headersTimeout: Math.min(limits?.headersTimeoutMs ?? 10_000, requestTimeout),
      keepAliveTimeout: limits?.keepAliveTimeoutMs ?? 5_000,
      connectionsCheckingInterval: 1_000,
    },
    app,
  );
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve(server);
    });
  });
}

/** Stops accepting connections, lets in-flight requests finish within `graceMs`, then cuts the rest. */
export function drain(server: Server, graceMs: number): Promise<void> {
  return new Promise((resolve) => {
    const force = setTimeout(() => server.closeAllConnections(), graceMs);
    force.unref();
    server.close(() => {
      clearTimeout(force);
      resolve();
    });
    server.closeIdleConnections();
  });
}
