import type { Logger } from '../config/logger.js';
import type { Database } from '../db/database.js';

/** Per-request context: a database handle that counts this request's queries, and a request-scoped logger. */
export interface Context {
  db: Database;
  log: Logger;
  requestId: string;
}
