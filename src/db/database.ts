/**
 * The one door to Neo4j. Every query is a named file from cypher/ plus parameters; results come back
 * as plain JSON values (numbers, ISO strings), never driver objects. Unreachable or unauthorised
 * databases surface as `DatabaseUnavailableError`, which the API turns into `DATABASE_UNAVAILABLE`.
 */
import neo4j, { type Driver, type ManagedTransaction, type QueryResult } from 'neo4j-driver';
import './tcp-nodelay.js';
import type { CypherQuery } from './cypher.js';
import { toParams, toPlain } from './values.js';

export type Row = Record<string, unknown>;
export type Params = Record<string, unknown>;

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

/** True for errors that mean "the database cannot be reached or refuses our credentials". */
export function isUnavailable(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && (UNAVAILABLE_CODES.has(code) || code.startsWith('Neo.ClientError.Security.'));
}

/** One clear sentence for logs: what is wrong with the database connection. */
export function describeUnavailable(error: unknown, uri: string): string {
  const code = String((error as { code?: unknown } | null)?.code ?? '');
  if (code === 'Neo.ClientError.Security.Unauthorized') return `Neo4j at ${uri} rejected the credentials (check NEO4J_USER / NEO4J_PASSWORD)`;
  if (code === 'Neo.ClientError.Security.AuthenticationRateLimit')
    return `Neo4j at ${uri} is rate-limiting logins after failed attempts (check NEO4J_PASSWORD)`;
  if (code.startsWith('Neo.ClientError.Security.')) return `Neo4j at ${uri} refused access: ${(error as Error).message}`;
  if (code === 'Neo.ClientError.Database.DatabaseNotFound') return `Neo4j at ${uri} has no such database (check NEO4J_DATABASE): ${(error as Error).message}`;
  return `Neo4j at ${uri} is unreachable: ${(error as Error).message.split('\n')[0]}`;
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

export class Database {
  constructor(
    readonly driver: Driver,
    private readonly options: Pick<DatabaseOptions, 'database' | 'queryTimeoutMs' | 'uri'>,
    /** Called once per Cypher statement sent; per-request query counting hangs off this. */
    private readonly onQuery?: (name: string) => void,
  ) {}

  get uri(): string {
    return this.options.uri;
  }

  /** The same connection pool, with another observer (one per GraphQL request). */
  observed(onQuery: (name: string) => void): Database {
    return new Database(this.driver, this.options, onQuery);
  }

  /**
   * A read in an auto-commit transaction: one network round trip instead of the three of a managed
   * transaction (BEGIN, RUN, COMMIT). Reads are idempotent, so a transient failure is retried once.
   */
  async read(query: CypherQuery, params: Params = {}): Promise<Row[]> {
    this.onQuery?.(query.name);
    for (let attempt = 1; ; attempt++) {
      const session = this.driver.session({ database: this.options.database, defaultAccessMode: neo4j.session.READ });
      try {
        const result = await session.run(query.text, toParams(params) as Params, { timeout: this.options.queryTimeoutMs });
        return result.records.map((r) => toPlain(r.toObject()) as Row);
      } catch (error) {
        if (attempt === 1 && (error as { retriable?: boolean }).retriable && !isUnavailable(error)) continue;
        throw this.translate(error);
      } finally {
        await session.close();
      }
    }
  }

  write(query: CypherQuery, params: Params = {}): Promise<Row[]> {
    return this.writeTransaction(async (run) => (await run(query, params)).records.map((r) => toPlain(r.toObject()) as Row));
  }

  /** Runs `work` in one write transaction: all of it commits, or none of it does. Must be idempotent (it may be retried). */
  async writeTransaction<T>(work: (run: (query: CypherQuery, params?: Params) => Promise<QueryResult>) => Promise<T>): Promise<T> {
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: neo4j.session.WRITE });
    const run =
      (tx: ManagedTransaction) =>
      (query: CypherQuery, params: Params = {}) => {
        this.onQuery?.(query.name);
        return tx.run(query.text, toParams(params) as Params);
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
   * transactions (`CALL { … } IN TRANSACTIONS`: migrations of existing data, the generator's wipe),
   * which Neo4j runs in no other kind. `timeoutMs` replaces the per-query timeout: such a statement
   * lasts as long as all its inner transactions together.
   */
  async autoCommit(query: CypherQuery, params: Params = {}, timeoutMs = this.options.queryTimeoutMs): Promise<Row[]> {
    this.onQuery?.(query.name);
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      const result = await session.run(query.text, toParams(params) as Params, { timeout: timeoutMs });
      return result.records.map((r) => toPlain(r.toObject()) as Row);
    } catch (error) {
      throw this.translate(error);
    } finally {
      await session.close();
    }
  }

  /** Throws `DatabaseUnavailableError` unless the database answers a trivial query with our credentials. */
  async ping(): Promise<void> {
    await this.read(PING);
  }

  close(): Promise<void> {
    return this.driver.close();
  }

  private translate(error: unknown): unknown {
    return isUnavailable(error) ? new DatabaseUnavailableError(describeUnavailable(error, this.options.uri), { cause: error }) : error;
  }
}
