/** Serves the Yoga app over node:http, and drains it on shutdown. */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { ServerLimits } from './request-limits.js';
import type { App } from './yoga.js';

/** What the probes report: readiness is the database monitor's last known state (monitor.ts). */
export interface Probes {
  ready: () => boolean;
}

/** `/health` or `/ready` (a query string allowed): the path of a GET or HEAD that a probe answers. */
function probePath(req: IncomingMessage): string | null {
  if (req.method !== 'GET' && req.method !== 'HEAD') return null;
  const path = (req.url ?? '').split('?', 1)[0];
  return path === '/health' || path === '/ready' ? path : null;
}

function answerProbe(res: ServerResponse, status: number): void {
  res.writeHead(status, { 'content-length': '0', 'cache-control': 'no-store' });
  res.end();
}

/**
 * `/health` (liveness) and `/ready` (readiness) are answered here, before the request reaches Yoga,
 * so they never wait behind GraphQL work: no body to read, no plugin, no query (`/ready` reads the
 * monitor's state). Everything else goes to the Yoga app.
 *
 * Slow clients cannot hold a connection: the headers must arrive within HTTP_HEADERS_TIMEOUT_MS and
 * the whole request (headers and body) within HTTP_REQUEST_TIMEOUT_MS, checked every second; idle
 * keep-alive sockets close after HTTP_KEEP_ALIVE_TIMEOUT_MS.
 */
export function listen(
  app: App,
  port: number,
  host: string,
  limits?: Pick<ServerLimits, 'headersTimeoutMs' | 'requestTimeoutMs' | 'keepAliveTimeoutMs'>,
  probes?: Probes,
): Promise<Server> {
  const requestTimeout = limits?.requestTimeoutMs ?? 10_000;
  const server = createServer(
    {
      requestTimeout,
      headersTimeout: Math.min(limits?.headersTimeoutMs ?? 10_000, requestTimeout),
      keepAliveTimeout: limits?.keepAliveTimeoutMs ?? 5_000,
      connectionsCheckingInterval: 1_000,
    },
    (req, res) => {
      const probe = probes ? probePath(req) : null;
      if (probe === '/health') answerProbe(res, 200);
      else if (probe === '/ready') answerProbe(res, probes!.ready() ? 200 : 503);
      else void app(req, res);
    },
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
