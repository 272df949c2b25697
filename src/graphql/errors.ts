/**
 * The API's error contract: every error a client sees has `extensions.code`. Expected ones are thrown
 * as these classes; anything else is masked to INTERNAL_SERVER_ERROR by `maskError`, never a stack.
 */
import { GraphQLError } from 'graphql';
import { DatabaseUnavailableError } from '../db/database.js';

export type ErrorCode = 'NOT_FOUND' | 'BAD_USER_INPUT' | 'DATABASE_UNAVAILABLE' | 'INTERNAL_SERVER_ERROR';

export class NotFoundError extends GraphQLError {
  constructor(what: string, id: string) {
    super(`${what} "${id}" was not found`, { extensions: { code: 'NOT_FOUND', id } });
  }
}

export class BadUserInputError extends GraphQLError {
  constructor(message: string, argument: string) {
    super(message, { extensions: { code: 'BAD_USER_INPUT', argument } });
  }
}

export class DatabaseUnavailableGraphQLError extends GraphQLError {
  constructor() {
    super('The database is unavailable; try again shortly', { extensions: { code: 'DATABASE_UNAVAILABLE' } });
  }
}

/** Yoga's `maskedErrors.maskError`: keep typed errors, translate database outages, hide the rest. */
export function maskError(error: unknown, message: string): Error {
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  if (original instanceof DatabaseUnavailableError) return withPath(new DatabaseUnavailableGraphQLError(), error);
  if (original instanceof GraphQLError && typeof original.extensions.code === 'string') return error instanceof GraphQLError && error !== original ? withPath(original, error) : original;
  return new GraphQLError(message, { extensions: { code: 'INTERNAL_SERVER_ERROR' }, ...(error instanceof GraphQLError ? { nodes: error.nodes, path: error.path } : {}) });
}

function withPath(target: GraphQLError, located: unknown): GraphQLError {
  if (!(located instanceof GraphQLError) || !located.path) return target;
  return new GraphQLError(target.message, { nodes: located.nodes, path: located.path, extensions: target.extensions });
}
