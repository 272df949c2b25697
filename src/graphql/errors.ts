/**
 * The API's error contract: every error a client sees has `extensions.code`. Expected ones are thrown
 * as these classes; anything else is masked to INTERNAL_SERVER_ERROR by `maskError`, never a stack.
 */
import { GraphQLError } from 'graphql';
import { DatabaseUnavailableError } from '../db/database.js';

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

interface Located {
  message?: string;
  originalError?: unknown;
  extensions?: Record<string, unknown>;
  nodes?: GraphQLError['nodes'];
  path?: GraphQLError['path'];
}

/**
 * Yoga's `maskedErrors.maskError`: keep errors that carry a code, translate database outages, hide
 * the rest. Checks shapes rather than classes, since Yoga and this code may load separate copies of graphql-js.
 */
export function maskError(error: unknown, message: string): Error {
  const located = (error ?? {}) as Located;
  const original = (located.originalError ?? error) as Located & Error;
  const where = { nodes: located.nodes, path: located.path };
  if (original instanceof DatabaseUnavailableError) {
    return new GraphQLError('The database is unavailable; try again shortly', { ...where, extensions: { code: 'DATABASE_UNAVAILABLE' } });
  }
  if (typeof original.extensions?.code === 'string') return new GraphQLError(original.message, { ...where, extensions: original.extensions });
  return new GraphQLError(message, { ...where, extensions: { code: 'INTERNAL_SERVER_ERROR' } });
}
