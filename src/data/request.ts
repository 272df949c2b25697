/**
 * The database handle of one GraphQL request (counting its statements), kept out of what resolvers see:
 * it sits on the context under a symbol only the data layer (src/data/, src/plan/) reads, through
 * `database(ctx)`. A symbol-keyed property survives the copies Yoga makes of a context object.
 */
import type { AuthContext } from '../auth/roles.js';
import type { ByteBudget } from '../db/budget.js';
import { Database } from '../db/database.js';
import type { Logger } from '../config/logger.js';

/**
 * Per-request context: a request-scoped logger, the operation bounds and the viewer (`viewer`, `auth`: see
 * src/auth/roles.ts, `requireRole`). Its database handle is bound to it by the server (`withDatabase` below)
 * and reached only through the data layer, never by a resolver.
 */
export interface Context extends AuthContext {
  log: Logger;
  requestId: string;
  /** The operation bounds the complexity plugin checks before any resolver runs (MAX_DEPTH, MAX_BREADTH, MAX_COMPLEXITY). */
  operationLimits: { depth: number; breadth: number; complexity: number };
  /** Longest article text `addArticle` stores (MAX_ARTICLE_CHARS). */
  maxArticleChars: number;
}

const DATABASE = Symbol('database');
const NESTED = Symbol('nested plans');

/**
 * `ctx` with its request's database handle (the server does this when it builds a context). With
 * `nestedPlans` false, plans resolve their root fields only and every nested field loads what it needs
 * (the loaders' path, which tests compare planned answers with).
 */
export function withDatabase<C extends object>(ctx: C, db: Database, nestedPlans = true): C {
  return Object.assign(ctx, { [DATABASE]: db, [NESTED]: nestedPlans });
}

/** Whether plans of this request project nested fields (see `withDatabase`). */
export const nestedPlans = (ctx: object): boolean => !(NESTED in ctx && ctx[NESTED] === false);

/** The answer budget of a request's context (MAX_RESPONSE_BYTES), which its database handle charges; none without a handle. */
export function answerBudget(ctx: object): ByteBudget | undefined {
  const db = DATABASE in ctx ? ctx[DATABASE] : undefined;
  return db instanceof Database ? db.budget : undefined;
}

/** The database handle of a request's context. */
export function database(ctx: object): Database {
  const db = DATABASE in ctx ? ctx[DATABASE] : undefined;
  if (!(db instanceof Database)) throw new Error('no database bound to this request');
  return db;
}
