/**
 * The API's error contract: every error a client sees has `extensions.code`. Expected ones are thrown
 * as these classes; anything else is masked to INTERNAL_SERVER_ERROR by `maskError`, never a stack.
 */
import { GraphQLError } from 'graphql';
import { DatabaseUnavailableError } from './db/database.js';
import { fieldOf, isRecord } from './shape.js';
import { ROW_BYTES_PER_ANSWER_BYTE } from './db/budget.js';

/** NOT_FOUND: `ref` is what was asked for, `argument` the argument that asked (when one did). */
export class NotFoundError extends GraphQLError {
  constructor(ref: string, argument?: string) {
    super(`No entity matches "${ref}"${argument ? ` (argument "${argument}")` : ''}`, {
      extensions: { code: 'NOT_FOUND', ref, ...(argument ? { argument } : {}) },
    });
  }
}

/**
 * AMBIGUOUS: `ref` is an identifier ("scheme:id") several entities hold; `candidates` are their ids (in id
 * order, at most 20), any of which the caller can pass instead.
 */
export class AmbiguousError extends GraphQLError {
  constructor(ref: string, argument: string, candidates: readonly string[]) {
    super(`"${ref}" identifies ${candidates.length} entities (${candidates.join(', ')}); pass the id of the one you mean (argument "${argument}")`, {
      extensions: { code: 'AMBIGUOUS', ref, argument, candidates },
    });
  }
}

export class BadUserInputError extends GraphQLError {
  constructor(message: string, argument: string) {
    super(message, { extensions: { code: 'BAD_USER_INPUT', argument } });
  }
}

/**
 * BAD_USER_INPUT for an operation over its breadth bound (argument "query"). The
 * check runs before each root field, so the server answers it once for the whole operation.
 */
export class OperationTooLargeError extends BadUserInputError {
  constructor(message: string) {
    super(message, 'query');
  }
}

/** LIMIT_EXCEEDED: a request within the schema's bounds that would still cost too much (`limit` names which). */
export class LimitExceededError extends GraphQLError {
  constructor(message: string, limit: string, extra: Record<string, unknown> = {}) {
    super(message, { extensions: { code: 'LIMIT_EXCEEDED', limit, ...extra } });
  }
}

/**
 * LIMIT_EXCEEDED (`limit: "estimatedBytes"`) for an operation whose answer could be larger than allowed
 * (MAX_COMPLEXITY): `estimate` is the bytes the cost model (src/graphql/cost.ts) gives it at most. The
 * check runs before each root field, before any statement, so the server answers it once for the whole operation.
 */
export class AnswerTooLargeError extends LimitExceededError {
  constructor(estimate: number, allowed: number) {
    super(
      `The answer could take up to ${estimate} bytes; operations whose worst case is over ${allowed} bytes are refused (each list counts as many items as its first/limit or its bound allows, and nested lists multiply). Ask for smaller pages, fewer nested lists or fewer fields`,
      'estimatedBytes',
      { estimate, allowed },
    );
  }
}

/**
 * LIMIT_EXCEEDED (`limit: "responseBytes"`): the answer passed MAX_RESPONSE_BYTES (`allowed`) while it
 * was built (its rows are counted as they arrive from the database), and the request was stopped there.
 */
export class ResponseTooLargeError extends LimitExceededError {
  /** `stage`: while it was built (the rows read for it, counted against ROW_BYTES_PER_ANSWER_BYTE × `allowed`), or once complete. */
  constructor(allowed: number, stage: 'built' | 'complete' = 'built') {
    super(
      stage === 'built'
        ? `The rows read for the answer passed ${ROW_BYTES_PER_ANSWER_BYTE * allowed} bytes while it was built, so it was stopped; answers of at most ${allowed} bytes are sent. Ask for smaller pages or fewer fields`
        : `The answer is more than ${allowed} bytes; at most ${allowed} are sent. Ask for smaller pages or fewer fields`,
      'responseBytes',
      { allowed },
    );
  }
}

/**
 * OVERLOADED: the server already runs as many heavy executions as it allows and this one waited its
 * turn as long as it may (or found the queue full). Answered as HTTP 503 with `Retry-After`; the
 * `http` extension is Yoga's and is not sent in the body.
 */
export class OverloadedError extends GraphQLError {
  constructor(message: string, retryAfterSeconds: number) {
    super(message, {
      extensions: { code: 'OVERLOADED', retryAfter: retryAfterSeconds, http: { status: 503, headers: { 'retry-after': String(retryAfterSeconds) } } },
    });
  }
}

/** TIMEOUT: the request ran past its time (its Cypher is cancelled by the driver's transaction timeout). */
export class TimeoutError extends GraphQLError {
  constructor(message = 'The request took too long and was cancelled; ask for less (fewer hops, smaller pages) or try again') {
    super(message, { extensions: { code: 'TIMEOUT' } });
  }
}

/**
 * UNAUTHENTICATED: no valid identity. From the request's `Authorization` header (a token that does not verify,
 * or none where AUTH_READS=required) it answers the whole request with HTTP 401 and `WWW-Authenticate`
 * (`challenge`: RFC 6750's `error`, none when no token was sent); from `requireRole` in a resolver, where only
 * that field fails, `challenge` is left out and the status stays Yoga's.
 */
export class UnauthenticatedError extends GraphQLError {
  constructor(message: string, challenge?: 'invalid_token' | 'invalid_request' | 'none') {
    const header = challenge === undefined ? undefined : challenge === 'none' ? 'Bearer' : `Bearer error="${challenge}"`;
    super(message, {
      extensions: { code: 'UNAUTHENTICATED', ...(header ? { http: { status: 401, headers: { 'www-authenticate': header } } } : {}) },
    });
  }
}

/** FORBIDDEN: the viewer lacks the role an operation needs (`required`). */
export class ForbiddenError extends GraphQLError {
  constructor(required: string) {
    super(`This needs the role "${required}", which the token does not grant`, { extensions: { code: 'FORBIDDEN', required } });
  }
}

/** FORBIDDEN (`reason: AUTH_NOT_CONFIGURED`): an operation needs a role, but the API verifies no tokens at all. */
export class AuthNotConfiguredError extends GraphQLError {
  constructor() {
    super(
      "Authentication is not configured on this API, so nothing that needs a role can run: set AUTH_JWT_SECRET (32 bytes or more; then `npm run -s token -- --role editor --sub NAME` prints a token) or AUTH_JWKS_URL (your identity provider's keys), and restart",
      { extensions: { code: 'FORBIDDEN', reason: 'AUTH_NOT_CONFIGURED' } },
    );
  }
}

/** AUTH_UNAVAILABLE: the identity provider's keys (AUTH_JWKS_URL) could not be fetched, so no token could be checked; HTTP 503. */
export class AuthUnavailableError extends GraphQLError {
  /** `cause`: why the keys could not be fetched, for the log (never sent). */
  constructor(cause?: Error) {
    super("The identity provider's keys could not be fetched, so the token could not be checked; try again shortly", {
      originalError: cause,
      extensions: { code: 'AUTH_UNAVAILABLE', http: { status: 503, headers: { 'retry-after': '5' } } },
    });
  }
}

/** Neo4j's codes for a query cancelled by its timeout, and for one refused by a memory limit. */
const isNeo4jTimeout = (code: string) =>
  code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut') || code === 'Neo.TransientError.Transaction.LockClientStopped';
const isNeo4jMemory = (code: string) =>
  code === 'Neo.TransientError.General.MemoryPoolOutOfMemoryError' ||
  code === 'Neo.TransientError.General.TransactionOutOfMemoryError' ||
  /OutOfMemory|MemoryLimit/.test(code);

/** A GraphQLError of any copy of graphql-js (Yoga and this code may load separate ones), checked by its tag. */
const isGraphQLError = (v: unknown): v is GraphQLError => Object.prototype.toString.call(v) === '[object GraphQLError]';

/**
 * Yoga's `maskedErrors.maskError`: keep errors that carry a code, translate database outages, hide
 * the rest. Checks shapes rather than classes, since Yoga and this code may load separate copies of graphql-js.
 */
export function maskError(error: unknown, message: string): Error {
  const located = isGraphQLError(error) ? error : undefined;
  const original: unknown = located?.originalError ?? error;
  const where = { nodes: located?.nodes, path: located?.path };
  if (original instanceof DatabaseUnavailableError) {
    return new GraphQLError('The database is unavailable; try again shortly', { ...where, extensions: { code: 'DATABASE_UNAVAILABLE' } });
  }
  const neo4jCode = String(fieldOf(original, 'code') ?? '');
  if (neo4jCode.startsWith('Neo.') && isNeo4jTimeout(neo4jCode))
    return new GraphQLError(new TimeoutError().message, { ...where, extensions: { code: 'TIMEOUT' } });
  if (neo4jCode.startsWith('Neo.') && isNeo4jMemory(neo4jCode)) {
    const message = 'The database ran out of memory for this request; ask for less (fewer hops, smaller pages) or try again';
    return new GraphQLError(message, { ...where, extensions: { code: 'LIMIT_EXCEEDED', limit: 'memory' } });
  }
  // An expected error that already carries its code goes out as it is (Yoga logs only what was changed).
  if (typeof located?.extensions?.code === 'string') return located;
  const extensions = fieldOf(original, 'extensions');
  if (isRecord(extensions) && typeof extensions.code === 'string')
    return new GraphQLError(String(fieldOf(original, 'message') ?? message), { ...where, extensions });
  // A GraphQL error outside any field (a variable that does not coerce) is about the request: its
  // message is graphql-js's own and safe to show.
  if (located && located.path === undefined)
    return new GraphQLError(located.message, {
      nodes: located.nodes,
      source: located.source,
      positions: located.positions,
      originalError: located.originalError,
      extensions: { ...located.extensions, code: 'BAD_USER_INPUT' },
    });
  return new GraphQLError(message, { ...where, extensions: { code: 'INTERNAL_SERVER_ERROR' } });
}

/** The first reference argument that matched nothing (`given`: each reference argument's value), as NOT_FOUND. */
export function notFound(missing: readonly string[], given: Record<string, string | null | undefined>): NotFoundError | null {
  const [argument] = missing;
  return argument ? new NotFoundError(String(given[argument] ?? ''), argument) : null;
}
