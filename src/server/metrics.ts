/**
 * Prometheus metrics (prom-client), served as text on their own port (METRICS_PORT; nothing is served
 * when it is unset), never on the API's: request durations and Cypher statements by operation, time in
 * Neo4j by statement, GraphQL errors by code, response-cache hits and misses, requests in flight, and the
 * process's own (CPU, memory, event-loop lag, handles). Operation names come from clients, so only
 * well-formed names label a series, and at most MAX_OPERATIONS of them; the rest count as "other".
 */
import { createServer, type Server } from 'node:http';
import type { Plugin } from 'graphql-yoga';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { isMap } from '../data/records.js';

/** Distinct operation names that get series of their own; later names count as "other". */
const MAX_OPERATIONS = 200;
const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

/** What the server reports of one GraphQL request when it is answered. */
export interface RequestReport {
  operation: string | null;
  seconds: number;
  /** Each Cypher statement it sent: its name and how long Neo4j took, in seconds. */
  statements: { name: string; seconds: number }[];
}

export class Metrics {
  readonly registry = new Registry();
  private readonly operations = new Set<string>();

  private readonly duration = new Histogram({
    name: 'kg_graphql_request_duration_seconds',
    help: 'GraphQL requests by operation name: time from the request to its answer.',
    labelNames: ['operation'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers: [this.registry],
  });
  private readonly statements = new Counter({
    name: 'kg_cypher_statements_total',
    help: 'Cypher statements sent to Neo4j, by the GraphQL operation that sent them.',
    labelNames: ['operation'],
    registers: [this.registry],
  });
  private readonly neo4j = new Histogram({
    name: 'kg_cypher_statement_duration_seconds',
    help: 'Time Neo4j took per Cypher statement (network included), by statement: a planned root field (plan/<field>) or a loader (its Cypher file).',
    labelNames: ['statement'],
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 5, 15],
    registers: [this.registry],
  });
  private readonly neo4jPerRequest = new Histogram({
    name: 'kg_graphql_request_neo4j_seconds',
    help: 'Time a GraphQL request spent waiting on Neo4j in all, by operation name.',
    labelNames: ['operation'],
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 5, 15],
    registers: [this.registry],
  });
  private readonly errors = new Counter({
    name: 'kg_graphql_errors_total',
    help: 'Errors in GraphQL answers, by extensions.code (BAD_USER_INPUT, NOT_FOUND, TIMEOUT, ...).',
    labelNames: ['code'],
    registers: [this.registry],
  });
  private readonly cache = new Counter({
    name: 'kg_response_cache_requests_total',
    help: 'Requests the response cache looked up (RESPONSE_CACHE_TTL_MS > 0), by outcome: hit or miss.',
    labelNames: ['outcome'],
    registers: [this.registry],
  });
  private readonly inFlight = new Gauge({
    name: 'kg_graphql_requests_in_flight',
    help: 'GraphQL requests being answered now.',
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry, prefix: 'kg_' });
  }

  /** The label of an operation name: itself while well-formed and among the first MAX_OPERATIONS, else "other". */
  private operation(name: string | null): string {
    if (!name) return 'anonymous';
    if (!OPERATION_NAME.test(name)) return 'other';
    if (!this.operations.has(name)) {
      if (this.operations.size >= MAX_OPERATIONS) return 'other';
      this.operations.add(name);
    }
    return name;
  }

  started(): void {
    this.inFlight.inc();
  }

  answered(report: RequestReport): void {
    const operation = this.operation(report.operation);
    this.inFlight.dec();
    this.duration.observe({ operation }, report.seconds);
    this.statements.inc({ operation }, report.statements.length);
    this.neo4jPerRequest.observe(
      { operation },
      report.statements.reduce((sum, s) => sum + s.seconds, 0),
    );
    for (const s of report.statements) this.neo4j.observe({ statement: s.name }, s.seconds);
  }

  /** Counts the error codes and the response-cache outcome of one GraphQL result. */
  result(result: unknown): void {
    if (!isMap(result)) return;
    for (const error of Array.isArray(result.errors) ? result.errors : []) {
      const code = isMap(error) && isMap(error.extensions) ? error.extensions.code : undefined;
      this.errors.inc({ code: typeof code === 'string' ? code : 'UNKNOWN' });
    }
    const cached = isMap(result.extensions) && isMap(result.extensions.responseCache) ? result.extensions.responseCache.hit : undefined;
    if (typeof cached === 'boolean') this.cache.inc({ outcome: cached ? 'hit' : 'miss' });
  }

  /** The Yoga plugin that reports error codes and cache outcomes (requests themselves are reported by the server, see yoga.ts). */
  plugin(): Plugin {
    return {
      onResultProcess: ({ result }) => {
        for (const r of Array.isArray(result) ? result : [result]) this.result(r);
      },
    };
  }
}

/** Serves `GET /metrics` of `metrics` on its own port; anything else is 404. */
export function serveMetrics(metrics: Metrics, port: number, host: string): Promise<Server> {
  const server = createServer((req, res) => {
    if (req.method !== 'GET' || req.url?.split('?')[0] !== '/metrics') {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found\n');
      return;
    }
    metrics.registry.metrics().then(
      (text) => res.writeHead(200, { 'content-type': metrics.registry.contentType }).end(text),
      () => res.writeHead(500, { 'content-type': 'text/plain' }).end('metrics unavailable\n'),
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
