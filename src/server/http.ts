/** Serves the Yoga app over node:http, and drains it on shutdown. */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import type { ServerLimits } from './request-limits.js';
import type { App } from './yoga.js';

/** A host name, IPv4 address or bracketed IPv6 address, with an optional port (RFC 9110 `Host`). */
const HOST = /^(?:[A-Za-z0-9_.-]+|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;

/**
 * Why the request line's target or the Host header cannot be served, or null when they can. Only the
 * origin form (`/path?query`) is served: the asterisk form (`OPTIONS *`), the absolute form a proxy
 * sends (`GET http://host/…`) and the authority form (`CONNECT host:443`) are refused, as are
 * malformed percent-encoding (`%E0%A4%A`) and a Host that is not a host name (Yoga would otherwise
 * fail to build the request's URL and answer 500 with a stack trace).
 */
export function requestTargetProblem(target: string | undefined, host: string | undefined): string | null {
  if (!target?.startsWith('/')) return 'The request target must be a path (origin form, "/graphql"), not a URL, "*" or an authority';
  if (host !== undefined && host !== '' && !HOST.test(host)) return 'The Host header must be a host name or address, with an optional port';
  try {
    decodeURIComponent(target);
  } catch {
    return 'The request target has malformed percent-encoding';
  }
  try {
    new URL(target, `http://${host || 'localhost'}`);
  } catch {
    return 'The request target is not a valid URL path';
  }
  return null;
}

function refuse(res: ServerResponse, message: string): void {
  const body = JSON.stringify({ errors: [{ message, extensions: { code: 'BAD_REQUEST' } }] });
  // A body the request may carry is left unread: the connection cannot carry another request.
  res.writeHead(400, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body), connection: 'close' });
  res.end(body);
}

/**
 * Cuts a connection whose client does not take its answer: once the response's headers are written,
 * the whole response must reach the operating system within `ms` (node:http buffers what the client
 * does not read in the socket, in this process's memory), else the socket is destroyed and what it
 * buffered is freed. A client that never reads (or reads a byte now and then) cannot hold a
 * multi-megabyte answer.
 */
function armWriteTimeout(req: IncomingMessage, res: ServerResponse, ms: number): void {
  const socket = req.socket;
  const writeHead = res.writeHead;
  let timer: NodeJS.Timeout | undefined;
  const done = () => {
    clearTimeout(timer);
    socket.off('drain', done);
    socket.off('close', done);
  };
  res.writeHead = function (this: ServerResponse, ...args: Parameters<ServerResponse['writeHead']>) {
    timer ??= setTimeout(() => {
      done();
      socket.destroy();
    }, ms).unref();
    return writeHead.apply(this, args);
  } as ServerResponse['writeHead'];
  // The response is written when node:http has handed it to the socket, and taken when the socket's buffer is empty.
  res.once('finish', () => {
    if (socket.writableLength === 0) done();
    else socket.once('drain', done);
  });
  socket.once('close', done);
}

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
 * keep-alive sockets close after HTTP_KEEP_ALIVE_TIMEOUT_MS; an answer must be taken within
 * RESPONSE_WRITE_TIMEOUT_MS. A request target or Host header Yoga could not parse is a 400 here.
 */
export function listen(
  app: App,
  port: number,
  host: string,
  limits?: Pick<ServerLimits, 'headersTimeoutMs' | 'requestTimeoutMs' | 'keepAliveTimeoutMs' | 'responseWriteTimeoutMs'>,
  probes?: Probes,
): Promise<Server> {
  const requestTimeout = limits?.requestTimeoutMs ?? 10_000;
  const writeTimeout = limits?.responseWriteTimeoutMs ?? 30_000;
  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const problem = requestTargetProblem(req.url, req.headers.host);
    if (problem) {
      refuse(res, problem);
      return;
    }
    const probe = probes ? probePath(req) : null;
    if (probe === '/health') return answerProbe(res, 200);
    if (probe === '/ready') return answerProbe(res, probes?.ready() ? 200 : 503);
    armWriteTimeout(req, res, writeTimeout);
    app(req, res);
  };
  const server = createServer(
    {
      requestTimeout,
      headersTimeout: Math.min(limits?.headersTimeoutMs ?? 10_000, requestTimeout),
      keepAliveTimeout: limits?.keepAliveTimeoutMs ?? 5_000,
      connectionsCheckingInterval: 1_000,
    },
    handle,
  );
  // CONNECT (the authority form, `CONNECT host:443`): this is no proxy.
  server.on('connect', (_req: IncomingMessage, socket: Duplex) => {
    const body = JSON.stringify({ errors: [{ message: 'This server is not a proxy: CONNECT is not served', extensions: { code: 'BAD_REQUEST' } }] });
    socket.end(
      `HTTP/1.1 400 Bad Request\r\ncontent-type: application/json; charset=utf-8\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`,
    );
  });
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
