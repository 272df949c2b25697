/**
 * The Yoga app: schema, GraphiQL with ready examples (served with all its assets by this API), the
 * explorer page at `/explore`, masked errors with codes, request ids, `/health` (liveness, built in) and
 * `/ready` (readiness: the database answers). Optionally persisted operations and a response cache of
 * reads (front-end.ts).
 */
import { randomUUID } from 'node:crypto';
import type { ExecutionResult } from 'graphql';
import { createYoga, isAsyncIterable, useReadinessCheck, type Plugin, type YogaServerInstance } from 'graphql-yoga';
import type { Logger } from '../config/logger.js';
import { type AuthOptions, authOptions, requestAuth } from './auth.js';
import { ByteBudget, ROW_BYTES_PER_ANSWER_BYTE } from '../db/budget.js';
import type { Database } from '../db/database.js';
import type { Context } from '../data/request.js';
import { withDatabase } from '../data/request.js';
import { maskError, ResponseTooLargeError } from '../errors.js';
import { schema } from '../graphql/schema.js';
import { readGraphVersion } from '../data/stats.js';
import { exploreFiles } from './explore.js';
import { frontEndSettings, type FrontEndSettings } from './front-end.js';
import { graphiqlFiles, graphiqlOptions, renderGraphiQLPage } from './graphiql.js';
import { serverLimits, useBodyGuard, useDocumentLimits, useExecutionLimits, useGetParams, type ServerLimits } from './request-limits.js';
import { loadPersistedOperations, PERSISTED_ID_PARAMS, usePersistedOperationsFile } from './persisted-operations.js';
import type { Metrics } from './metrics.js';
import { graphResponseCache } from './response-cache.js';
import { CSRF_HEADERS, requestIdFrom, useCsrfPrevention, useSecurityHeaders } from './security.js';
import { useStaticFiles } from './static.js';

export interface AppOptions {
  db: Database;
  log: Logger;
  /** Readiness: true while the database answers and is prepared. */
  isReady: () => boolean | Promise<boolean>;
  /** Called when a request found the database unavailable (the monitor then probes again at once). */
  onDatabaseUnavailable?: () => void;
  /** Called after each GraphQL request with the names of the Cypher queries it ran (tests count them). */
  onQueries?: (names: string[]) => void;
  /** false: plans resolve root fields only, nested fields load theirs (tests compare both ways). @default true */
  nestedPlans?: boolean;
  /** Prometheus metrics to report to (served apart, see metrics.ts); none when absent. */
  metrics?: Metrics;
  /** Request limits (config.ts; defaults when absent). */
  limits?: ServerLimits;
  /** Persisted operations and response cache (config.ts; both off when absent). */
  frontEnd?: FrontEndSettings;
  /** Token verification and AUTH_READS (config.ts; when absent, none configured and reads public). */
  auth?: AuthOptions;
}

export type App = YogaServerInstance<Record<string, unknown>, Context>;

export function createApp({
  db,
  log,
  isReady,
  onDatabaseUnavailable,
  onQueries,
  nestedPlans = true,
  metrics,
  limits = serverLimits(),
  frontEnd = frontEndSettings(),
  auth = authOptions(),
}: AppOptions): App {
  const requestAuthentication = requestAuth(auth, log);
  const persisted = frontEnd.persistedOperationsFile ? loadPersistedOperations(frontEnd.persistedOperationsFile, schema) : undefined;
  // Only persisted operations: GraphiQL and the explorer would send documents that are refused, so they are off.
  const browserPages = !(persisted && frontEnd.persistedOperationsOnly);
  const cache =
    frontEnd.responseCacheTtlMs > 0
      ? graphResponseCache({ ttlMs: frontEnd.responseCacheTtlMs, maxBytes: frontEnd.responseCacheMaxBytes, readVersion: () => readGraphVersion(db), log })
      : undefined;
  const operationLimits = { depth: limits.maxDepth, breadth: limits.maxBreadth, complexity: limits.maxComplexity };
  const requestIds = new WeakMap<Request, string>();
  /**
   * Per request: when it arrived, its operation name, the statements it sent (name, seconds in Neo4j),
   * whether it was a GraphQL request (its parameters were read) and whether it was executed (not refused
   * before, nor answered from the cache).
   */
  const requests = new WeakMap<
    Request,
    { started: number; operation: string | null; statements: { name: string; seconds: number }[]; graphql: boolean; executed: boolean }
  >();

  const useRequestId: Plugin = {
    onRequest({ request }) {
      requestIds.set(request, requestIdFrom(request.headers.get('x-request-id')));
      requests.set(request, { started: performance.now(), operation: null, statements: [], graphql: false, executed: false });
    },
    onParams({ request, params }) {
      const seen = requests.get(request);
      if (!seen || seen.graphql) return;
      seen.operation = params.operationName ?? null;
      seen.graphql = true;
      metrics?.started();
    },
    onExecutionResult({ result }) {
      if (!onDatabaseUnavailable || !result || isAsyncIterable(result)) return;
      const results: readonly ExecutionResult[] = Array.isArray(result) ? result : [result];
      if (results.some((r) => r.errors?.some((e) => e.extensions?.code === 'DATABASE_UNAVAILABLE'))) onDatabaseUnavailable();
    },
    onResponse({ request, response }) {
      const id = requestIds.get(request);
      if (id) response.headers.set('x-request-id', id);
      const seen = requests.get(request);
      if (seen?.executed) {
        const names = seen.statements.map((s) => s.name);
        log.debug({ requestId: id, queries: names.length }, 'graphql request done');
        onQueries?.(names);
      }
      if (seen?.graphql) {
        metrics?.answered({ operation: seen.operation, seconds: (performance.now() - seen.started) / 1000, statements: seen.statements });
      }
    },
  };

  return createYoga<Record<string, unknown>, Context>({
    schema,
    graphqlEndpoint: '/graphql',
    healthCheckEndpoint: '/health',
    landingPage: false,
    graphiql: browserPages ? graphiqlOptions : false,
    // Hashes may also come as `documentId` or `doc_id` (persisted-operations.ts).
    extraParamNames: persisted ? PERSISTED_ID_PARAMS : [],
    renderGraphiQL: renderGraphiQLPage,
    maskedErrors: { maskError },
    // Cross-origin access only for the configured origins (CORS_ORIGINS); none by default.
    cors: (request) => {
      const origin = request.headers.get('origin');
      if (!origin || !limits.corsOrigins.includes(origin)) return false;
      return {
        origin: [origin],
        credentials: limits.corsCredentials,
        methods: ['GET', 'POST'],
        allowedHeaders: ['content-type', 'accept', 'authorization', 'x-request-id', ...CSRF_HEADERS],
        exposedHeaders: ['x-request-id', 'www-authenticate', 'retry-after'],
      };
    },
    logging: {
      // Yoga's own step-by-step lines are trace: LOG_LEVEL=debug is one line per request (requestId, queries).
      debug: (...args) => {
        if (log.isLevelEnabled('trace')) log.trace(args.map(String).join(' '));
      },
      info: (...args) => log.info(args.map(String).join(' ')),
      warn: (...args) => log.warn(args.map(String).join(' ')),
      error: (...args) => log.error(args.map((a) => (a instanceof Error ? a.message : String(a))).join(' ')),
    },
    context: ({ request }): Context => {
      const requestId = requestIds.get(request) ?? randomUUID();
      const seen = requests.get(request);
      if (seen) seen.executed = true;
      const ctx: Context = {
        log: log.child({ requestId }),
        requestId,
        operationLimits,
        maxArticleChars: limits.maxArticleChars,
        ...requestAuthentication.contextOf(request),
      };
      // The rows read for the answer, charged by the request's database handle as they arrive; useExecutionLimits
      // aborts past the budget. Rows carry a little more than the answer shows (both ends' kind and id of a
      // relation, whatever is selected: up to about twice the answer), so they get ROW_BYTES_PER_ANSWER_BYTE
      // times the cap, and the answer itself is measured against the cap when it is complete.
      const budget = new ByteBudget(limits.maxResponseBytes * ROW_BYTES_PER_ANSWER_BYTE, () => new ResponseTooLargeError(limits.maxResponseBytes));
      return withDatabase(ctx, db.observed({ requestId, budget, onStatement: (name, ms) => seen?.statements.push({ name, seconds: ms / 1000 }) }), nestedPlans);
    },
    plugins: [
      useRequestId,
      ...(metrics ? [metrics.plugin()] : []),
      useSecurityHeaders('/graphql'),
      useBodyGuard(limits, '/graphql'),
      useGetParams(persisted ? PERSISTED_ID_PARAMS : []),
      // Before persisted operations, which put the document of a hash into the parameters.
      useCsrfPrevention(),
      // Before anything that runs or answers an operation (persisted operations, the response cache).
      requestAuthentication.plugin,
      // Before the response cache: a document refused here is never answered from the cache.
      ...(persisted ? [usePersistedOperationsFile(persisted, frontEnd.persistedOperationsOnly)] : []),
      useDocumentLimits(limits),
      useExecutionLimits(limits, log),
      // After the execution limits, so it sees (and does not cache) their errors.
      ...(cache?.plugins ?? []),
      useReadinessCheck({ endpoint: '/ready', check: isReady }),
      useStaticFiles(new Map(browserPages ? [...graphiqlFiles, ...exploreFiles] : [])),
    ],
  });
}
