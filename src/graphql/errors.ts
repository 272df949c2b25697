/**
 * The API's error contract: every error a client sees has `extensions.code`. Expected ones are thrown
 * as these classes; anything else is masked to INTERNAL_SERVER_ERROR by `maskError`, never a stack.
 */
import { GraphQLError } from 'graphql';
import { DatabaseUnavailableError } from '../db/database.js';

/** NOT_FOUND: `ref` is what was asked for, `argument` the argument that asked (when one did). */
export class NotFoundError extends GraphQLError {
  constructor(ref: string, argument?: string) {
    super(`No entity matches "${ref}"${argument ? ` (argument "${argument}")` : ''}`, { extensions: { code: 'NOT_FOUND', ref, ...(argument ? { argument } : {}) } });
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
  const isGraphQLError = Object.prototype.toString.call(error) === '[object GraphQLError]';
  // An expected error that already carries its code goes out as it is (Yoga logs only what was changed).
  if (isGraphQLError && typeof located.extensions?.code === 'string') return error as GraphQLError;
  if (typeof original.extensions?.code === 'string') return new GraphQLError(original.message, { ...where, extensions: original.extensions });
  // A GraphQL error outside any field (a variable that does not coerce) is about the request: its
  // message is graphql-js's own and safe to show.
  if (isGraphQLError && located.path === undefined) {
    located.extensions = { ...located.extensions, code: 'BAD_USER_INPUT' };
    return error as GraphQLError;
  }
  return new GraphQLError(message, { ...where, extensions: { code: 'INTERNAL_SERVER_ERROR' } });
}
