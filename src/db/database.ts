/**
 * The one door to Neo4j, and the only holder of the driver. Every statement is a named query (a file of
 * cypher/, or a plan compiled from one) plus parameters. Reads run in READ-mode auto-commit transactions
 * whose metadata names the query and the request, so Neo4j's query log says what ran for whom; one
 * round trip each (a managed `executeRead` adds the COMMIT's: 1.2 ms against 0.6 ms per statement on
 * loopback, measured), retried once on a transient error since reads are idempotent. Results come back as plain JSON values (numbers, ISO
 * strings), and a typed statement (`Read`) decodes its rows here, once. Unreachable or unauthorised
 * databases surface as `DatabaseUnavailableError`, which the API turns into `DATABASE_UNAVAILABLE`.
 */
import neo4j, { type Driver, type ManagedTransaction, type QueryResult, type Result } from 'neo4j-driver';
import './tcp-nodelay.js';
import { type ByteBudget, jsonBytes } from './budget.js';
import type { CypherQuery } from './cypher.js';
import { messageOf } from '../shape.js';
import { toParams, toPlain } from './values.js';

export type Row = Record<string, unknown>;
export type Params = Record<string, unknown>;

/** A read statement whose rows decode into `R` (a row `decode` refuses, returning null, is left out). */
export interface Read<R> extends CypherQuery {
  decode: (row: Row) => R | null;
}

/** `query` with the decoder of its rows: what a data module declares once per statement. */
export const typed = <R>(query: CypherQuery, decode: (row: Row) => R | null): Read<R> => ({ ...query, decode });

const PING: CypherQuery = { name: 'ping', text: 'RETURN 1' };

export class DatabaseUnavailableError extends Error {
  override name = 'DatabaseUnavailableError';
}

const UNAVAILABLE_CODES = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'Neo.TransientError.General.DatabaseUnavailable',
  // NEO4J_DATABASE names a database the server does not have: a configuration problem, not a bug.
  'Neo.ClientError.Database.DatabaseNotFound',
]);

const codeOf = (error: unknown): string => {
  const code = error instanceof Error && 'code' in error ? error.code : undefined;
  return typeof code === 'string' ? code : '';
};

const isRetriable = (error: unknown) => error instanceof Error && 'retriable' in error && error.retriable === true;

/** True for errors that mean "the database cannot be reached or refuses our credentials". */
export function isUnavailable(error: unknown): boolean {
  const code = codeOf(error);
  return UNAVAILABLE_CODES.has(code) || code.startsWith('Neo.ClientError.Security.');
}

/** One clear sentence for logs: what is wrong with the database connection. */
export function describeUnavailable(error: unknown, uri: string): string {
  const code = codeOf(error);
  if (code === 'Neo.ClientError.Security.Unauthorized') return `Neo4j at ${uri} rejected the credentials (check NEO4J_USER / NEO4J_PASSWORD)`;
  if (code === 'Neo.ClientError.Security.AuthenticationRateLimit')
    return `Neo4j at ${uri} is rate-limiting logins after failed attempts (check NEO4J_PASSWORD)`;
  if (code.startsWith('Neo.ClientError.Security.')) return `Neo4j at ${uri} refused access: ${messageOf(error)}`;
  if (code === 'Neo.ClientError.Database.DatabaseNotFound') return `Neo4j at ${uri} has no such database (check NEO4J_DATABASE): ${messageOf(error)}`;
  return `Neo4j at ${uri} is unreachable: ${messageOf(error).split('\n')[0]}`;
}

export interface DatabaseOptions {
  uri: string;
  user: string;
  password: string;
  database: string;
  queryTimeoutMs: number;
}

export function createDriver(o: DatabaseOptions): Driver {
  return neo4j.driver(o.uri, neo4j.auth.basic(o.user, o.password), {
    disableLosslessIntegers: true,
    // Fail fast while the database is down instead of retrying for 30 s per request.
    maxTransactionRetryTime: 2_000,
    connectionAcquisitionTimeout: 5_000,
    connectionTimeout: 3_000,
    // Sockets left from before a database restart are checked before reuse.
    connectionLivenessCheckTimeout: 30_000,
    notificationFilter: { minimumSeverityLevel: 'OFF' },
    userAgent: 'kg-graphql',
  });
}

/**
 * What a request's handle reports of each statement it sends: its name, how long Neo4j took (ms) and how
 * many rows were read (all of them, or those read before the answer's budget ran out); and the budget of
 * the request's answer, which every row read is charged to as it arrives.
 */
export interface StatementObserver {
  requestId?: string;
  onStatement: (name: string, ms: number, rows: number) => void;
  budget?: ByteBudget;
}

const plain = (result: QueryResult): Row[] => result.records.map((r) => toPlainRow(r.toObject()));
function toPlainRow(row: Record<string, unknown>): Row {
  return Object.fromEntries(Object.entries(row).map(([k, v]) => [k, toPlain(v)]));
}

/** The budget's error, with the rows read before it (the read reports them). */
class BudgetStop extends Error {
  constructor(
    readonly error: Error,
    readonly rows: number,
  ) {
    super(error.message);
  }
}

/**
 * The rows of `result`, each charged to `budget` as it arrives: past the cap, the stream is left (the
 * driver discards the rest of the result on the server and stops fetching) and the budget's error thrown.
 */
async function charged(result: Result, budget: ByteBudget): Promise<Row[]> {
  const rows: Row[] = [];
  for await (const record of result) {
    const row = toPlainRow(record.toObject());
    try {
      budget.charge(jsonBytes(row));
    } catch (error) {
      throw new BudgetStop(error as Error, rows.length + 1);
    }
    rows.push(row);
  }
  return rows;
}

/**
 * neo4j-driver captures a stack trace for every result it creates (`new Error().stack`, which source
 * maps make costly under tsx), only to add the caller's frames to an error's stack later; this module
 * translates errors itself. The capture happens while the result is created, synchronously, so it is
 * turned off for that moment only.
 */
function withoutStackTrace<T>(create: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return create();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

export class Database {
  readonly #driver: Driver;

  constructor(
    driver: Driver,
    private readonly options: Pick<DatabaseOptions, 'database' | 'queryTimeoutMs' | 'uri'>,
    private readonly observer?: StatementObserver,
  ) {
    this.#driver = driver;
  }

  get uri(): string {
    return this.options.uri;
  }

  /** The same connection pool, with another per-statement timeout (`npm run generate`'s batches wait on one another). */
  withTimeout(queryTimeoutMs: number): Database {
    return new Database(this.#driver, { ...this.options, queryTimeoutMs }, this.observer);
  }

  /** The same connection pool, with another observer (one per GraphQL request). */
  observed(observer: StatementObserver): Database {
    return new Database(this.#driver, this.options, observer);
  }

  /** The answer budget of this request's handle, if it has one. */
  get budget(): ByteBudget | undefined {
    return this.observer?.budget;
  }

  /**
   * Charges `value` to the request's answer budget (a value handed out once more, e.g. from a loader's
   * cache); throws the budget's error past its cap. Without a budget, nothing.
   */
  charge(value: unknown): void {
    this.observer?.budget?.charge(jsonBytes(value));
  }

  /** A read transaction: decoded rows of a typed statement, or plain rows of any other query. */
  read<R>(query: Read<R>, params?: Params): Promise<R[]>;
  read(query: CypherQuery, params?: Params): Promise<Row[]>;
  async read<R>(query: CypherQuery | Read<R>, params: Params = {}): Promise<(R | Row)[]> {
    const started = performance.now();
    const config = {
      timeout: this.options.queryTimeoutMs,
      metadata: { query: query.name, ...(this.observer?.requestId ? { request: this.observer.requestId } : {}) },
    };
    const budget = this.observer?.budget;
    let count = 0;
    try {
      budget?.check();
      for (let attempt = 1; ; attempt++) {
        const session = this.#driver.session({ database: this.options.database, defaultAccessMode: neo4j.session.READ });
        try {
          const result = withoutStackTrace(() => session.run(query.text, toParams(params), config));
          const rows = budget ? await charged(result, budget) : plain(await result);
          count = rows.length;
          if (!('decode' in query)) return rows;
          return rows.map(query.decode).filter((r): r is R => r !== null);
        } catch (error) {
          if (error instanceof BudgetStop) {
            count = error.rows;
            throw error.error;
          }
          if (attempt === 1 && isRetriable(error) && !isUnavailable(error)) continue;
          throw this.translate(error);
        } finally {
          await session.close();
        }
      }
    } finally {
      this.observer?.onStatement(query.name, performance.now() - started, count);
    }
  }

  write(query: CypherQuery, params: Params = {}): Promise<Row[]> {
    return this.writeTransaction(async (run) => plain(await run(query, params)));
  }

  /** Runs `work` in one write transaction: all of it commits, or none of it does. Must be idempotent (it may be retried). */
  async writeTransaction<T>(work: (run: (query: CypherQuery, params?: Params) => Promise<QueryResult>) => Promise<T>): Promise<T> {
    const session = this.#driver.session({ database: this.options.database, defaultAccessMode: neo4j.session.WRITE });
    const run =
      (tx: ManagedTransaction) =>
      async (query: CypherQuery, params: Params = {}) => {
        const started = performance.now();
        try {
          return await tx.run(query.text, toParams(params));
        } finally {
          this.observer?.onStatement(query.name, performance.now() - started, 0);
        }
      };
    try {
      return await session.executeWrite((tx) => work(run(tx)), { timeout: this.options.queryTimeoutMs });
    } catch (error) {
      throw this.translate(error);
    } finally {
      await session.close();
    }
  }

  /**
   * One statement in an auto-commit transaction of its own, for the statements that manage their own
   * transactions (`CALL { … } IN TRANSACTIONS`: migrations of existing data, `npm run generate -- --reset`),
   * which Neo4j runs in no other kind. `timeoutMs` replaces the per-query timeout: such a statement
   * lasts as long as all its inner transactions together.
   */
  async autoCommit(query: CypherQuery, params: Params = {}, timeoutMs = this.options.queryTimeoutMs): Promise<Row[]> {
    const started = performance.now();
    const session = this.#driver.session({ database: this.options.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      return plain(await session.run(query.text, toParams(params), { timeout: timeoutMs }));
    } catch (error) {
      throw this.translate(error);
    } finally {
      this.observer?.onStatement(query.name, performance.now() - started, 0);
      await session.close();
    }
  }

  /** Throws `DatabaseUnavailableError` unless the database answers a trivial query with our credentials. */
  async ping(): Promise<void> {
    await this.read(PING);
  }

  close(): Promise<void> {
    return this.#driver.close();
  }

  private translate(error: unknown): unknown {
    return isUnavailable(error) ? new DatabaseUnavailableError(describeUnavailable(error, this.options.uri), { cause: error }) : error;
  }
}
