/** Error masking: what a client sees for each kind of failure; codes kept, internals hidden. */
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { DatabaseUnavailableError } from '../../src/db/database.js';
import { BadUserInputError, LimitExceededError, maskError, NotFoundError } from '../../src/errors.js';

const inField = (original: Error) => new GraphQLError(original.message, { path: ['entity'], originalError: original });
const neo4jError = (code: string) => Object.assign(new Error(`${code}: internal details /var/lib/neo4j`), { code });
const masked = (error: unknown) => {
  const m = maskError(error, 'Unexpected error.');
  if (!(m instanceof GraphQLError)) throw new Error('maskError returned no GraphQLError');
  return { message: m.message, extensions: m.extensions, path: m.path };
};

describe('maskError', () => {
  it('keeps the API’s own coded errors as they are', () => {
    for (const e of [new NotFoundError('company:nope', 'id'), new BadUserInputError('Argument "first" …', 'first'), new LimitExceededError('busy', 'busy')]) {
      expect(masked(inField(e))).toEqual({ message: e.message, extensions: e.extensions, path: ['entity'] });
    }
  });

  it('an unreachable database is DATABASE_UNAVAILABLE', () => {
    expect(masked(inField(new DatabaseUnavailableError('connect ECONNREFUSED 127.0.0.1:7687')))).toEqual({
      message: 'The database is unavailable; try again shortly',
      extensions: { code: 'DATABASE_UNAVAILABLE' },
      path: ['entity'],
    });
  });

  it.each([
    ['Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration', { code: 'TIMEOUT' }],
    ['Neo.TransientError.Transaction.LockClientStopped', { code: 'TIMEOUT' }],
    ['Neo.TransientError.General.MemoryPoolOutOfMemoryError', { code: 'LIMIT_EXCEEDED', limit: 'memory' }],
    ['Neo.TransientError.General.TransactionOutOfMemoryError', { code: 'LIMIT_EXCEEDED', limit: 'memory' }],
  ])('Neo4j’s %s is %o, without the database’s message', (code, extensions) => {
    const m = masked(inField(neo4jError(code)));
    expect(m.extensions).toEqual(extensions);
    expect(m.message).not.toContain('/var/lib/neo4j');
  });

  it('anything else is INTERNAL_SERVER_ERROR with the generic message: no internal message, no stack', () => {
    for (const e of [new TypeError("Cannot read properties of undefined (reading 'id')"), neo4jError('Neo.ClientError.Statement.SyntaxError')]) {
      const m = masked(inField(e));
      expect(m).toEqual({ message: 'Unexpected error.', extensions: { code: 'INTERNAL_SERVER_ERROR' }, path: ['entity'] });
    }
  });

  it('an error outside any field (a variable that does not coerce) is the client’s: BAD_USER_INPUT with graphql-js’s message', () => {
    const m = masked(new GraphQLError('Variable "$n" got invalid value "x"; Int cannot represent non-integer value: "x"'));
    expect(m.extensions).toEqual({ code: 'BAD_USER_INPUT' });
    expect(m.message).toMatch(/^Variable "\$n" got invalid value/);
  });
});
