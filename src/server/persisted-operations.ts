/**
 * Persisted operations (PERSISTED_OPERATIONS_FILE, PERSISTED_OPERATIONS_ONLY): Yoga's
 * `@graphql-yoga/plugin-persisted-operations` over the operations of a JSON file, read once at start-up.
 *
 * A client sends the hash of an operation instead of its text, as Apollo Client's persisted-query link
 * and urql's persisted exchange do (`extensions.persistedQuery.sha256Hash`), or as `documentId` (the
 * GraphQL-over-HTTP draft; a `sha256:` prefix is ignored) or `doc_id` (Relay). Typed errors:
 *   - PERSISTED_QUERY_NOT_FOUND: no operation has that hash;
 *   - PERSISTED_QUERY_ONLY: a document was sent while only persisted operations are allowed;
 *   - BAD_REQUEST: neither a document nor a hash.
 * Every operation of the file is validated against the schema at start-up, so a front-end build whose
 * operations no longer fit the API stops the start with one line instead of failing request by request.
 */
import { parse, validate, type GraphQLSchema } from 'graphql';
import { usePersistedOperations } from '@graphql-yoga/plugin-persisted-operations';
import type { GraphQLParams, Plugin } from 'graphql-yoga';
import { ConfigError } from '../config/config.js';
import { readPersistedOperations, type PersistedOperations } from '../config/persisted-operations-file.js';
import { fieldOf, messageOf } from '../shape.js';

/** Request fields besides Yoga's four that may carry a hash (Yoga refuses unknown fields unless named). */
export const PERSISTED_ID_PARAMS = ['documentId', 'doc_id'];

/** The hash a request names, or null. */
export function persistedOperationId(params: GraphQLParams): string | null {
  const hash = fieldOf(fieldOf(params.extensions, 'persistedQuery'), 'sha256Hash');
  if (typeof hash === 'string') return hash;
  for (const name of PERSISTED_ID_PARAMS) {
    const id = fieldOf(params, name);
    if (typeof id === 'string') return id;
  }
  return null;
}

/** Reads the file and checks every operation against the schema; a problem is a one-line ConfigError. */
export function loadPersistedOperations(path: string, schema: GraphQLSchema): PersistedOperations {
  const fail = (problem: string) => new ConfigError(`invalid configuration: PERSISTED_OPERATIONS_FILE ${problem} (got "${path}")`);
  let operations: PersistedOperations;
  try {
    operations = readPersistedOperations(path);
  } catch (error) {
    throw fail(messageOf(error));
  }
  const invalid = [...operations].flatMap(([hash, document]) => {
    const errors = validate(schema, parse(document));
    return errors.length > 0 ? [`${hash}: ${errors[0]!.message.replace(/\.$/, '')}`] : [];
  });
  if (invalid.length > 0) {
    const more = invalid.length > 1 ? ` (and ${invalid.length - 1} more of ${operations.size})` : '';
    throw fail(`holds operations that do not fit the API's schema: ${invalid[0]}${more}; regenerate it from the current schema`);
  }
  return operations;
}

export function usePersistedOperationsFile(operations: PersistedOperations, only: boolean): Plugin {
  return usePersistedOperations({
    getPersistedOperation: (id) => operations.get(id) ?? operations.get(id.replace(/^sha256:/, '')) ?? null,
    allowArbitraryOperations: !only,
    extractPersistedOperationId: persistedOperationId,
    customErrors: {
      notFound: {
        message: 'PersistedQueryNotFound: no persisted operation has this hash; the front-end and the API were built from different operations',
        extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' },
      },
      persistedQueryOnly: {
        message:
          'This API runs only persisted operations: send the hash of one (extensions.persistedQuery.sha256Hash, or documentId) instead of a query document',
        extensions: { code: 'PERSISTED_QUERY_ONLY' },
      },
      keyNotFound: {
        message: only
          ? 'Must provide the hash of a persisted operation (extensions.persistedQuery.sha256Hash, or documentId).'
          : 'Must provide query string, or the hash of a persisted operation (extensions.persistedQuery.sha256Hash, or documentId).',
        extensions: { code: 'BAD_REQUEST', http: { status: 400 } },
      },
    },
  }) as Plugin;
}
