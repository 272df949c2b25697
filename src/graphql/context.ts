import type { Logger } from '../config/logger.js';
import type { Database } from '../db/database.js';

/** Per-request context: a database handle that counts this request's queries, and a request-scoped logger. */
export interface Context {
  db: Database;
  log: Logger;
  requestId: string;
  /** The operation bounds the complexity plugin checks before any resolver runs (MAX_DEPTH, MAX_BREADTH, MAX_COMPLEXITY). */
  operationLimits: { depth: number; breadth: number; complexity: number };
}
