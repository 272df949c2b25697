import type { Logger } from '../config/logger.js';

/**
 * Per-request context: a request-scoped logger and the operation bounds. Its database handle is bound to it
 * by the server (src/data/request.ts) and reached only through the data layer, never by a resolver.
 */
export interface Context {
  log: Logger;
  requestId: string;
  /** The operation bounds the complexity plugin checks before any resolver runs (MAX_DEPTH, MAX_BREADTH, MAX_COMPLEXITY). */
  operationLimits: { depth: number; breadth: number; complexity: number };
}
