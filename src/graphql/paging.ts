/**
 * Connection arguments and pages. Offset pages (`pageArgs`) for short lists; keyset pages
 * (`keysetConnection`) for lists that can be large, whose opaque cursors hold the sort key of the last
 * item, so a page reads from an index where the previous one stopped and survives inserts.
 */
import type { DefaultConnectionArguments } from '@pothos/plugin-relay';
import { BadUserInputError } from './errors.js';
import { LIMITS } from './limits.js';

function checkSize(args: DefaultConnectionArguments) {
  for (const name of ['first', 'last'] as const) {
    const v = args[name];
    if (v !== null && v !== undefined && (v < 1 || v > LIMITS.pageSize))
      throw new BadUserInputError(`Argument "${name}" must be between 1 and ${LIMITS.pageSize} (got ${v})`, name);
  }
}

/** Offset cursors are Pothos's base64 of "OffsetConnection:<n>"; anything else is the client's mistake, not a NaN offset. */
/** Pothos's own test before it decodes (a cursor failing it would be its internal error). */
const BASE64 = /^(?:[\d+/A-Za-z]{4})*(?:[\d+/A-Za-z]{2}==|[\d+/A-Za-z]{3}=)?$/;
const OFFSET_CURSOR = /^OffsetConnection:(\d{1,9})$/;

function checkOffsetCursor(args: DefaultConnectionArguments, name: 'after' | 'before') {
  const cursor = args[name];
  if (cursor === null || cursor === undefined) return;
  if (cursor.length > 64 || !BASE64.test(cursor) || !OFFSET_CURSOR.test(Buffer.from(cursor, 'base64').toString('utf8'))) {
    throw new BadUserInputError(`Argument "${name}" is not a cursor of this list (pass a cursor from pageInfo or an edge of a previous page)`, name);
  }
}

export function pageArgs(args: DefaultConnectionArguments) {
  checkSize(args);
  checkOffsetCursor(args, 'after');
  checkOffsetCursor(args, 'before');
  if (args.last != null && args.before == null && args.first == null)
    throw new BadUserInputError('Argument "last" needs "before" here (the cursor of the item to page back from)', 'last');
  return { args, defaultSize: LIMITS.defaultPageSize, maxSize: LIMITS.pageSize };
}

const encodeCursor = (key: readonly unknown[]) => Buffer.from(JSON.stringify(key)).toString('base64url');

function decodeCursor(cursor: string, length: number): unknown[] {
  try {
    const key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(key) && key.length === length && key.every((k) => typeof k === 'string')) return key;
  } catch {
    // falls through to the error below
  }
  throw new BadUserInputError('Argument "after" is not a cursor of this list (pass pageInfo.endCursor of a previous page)', 'after');
}

/**
 * A forward keyset page: `fetch(after, limit)` returns up to `limit` items after the key `after`
 * (null: from the start) in key order; one extra item is fetched to tell whether more follow.
 */
export async function keysetConnection<T>(
  args: DefaultConnectionArguments,
  key: (item: T) => string[],
  first: readonly string[],
  fetch: (after: string[], limit: number) => Promise<T[]>,
) {
  checkSize(args);
  if (args.last != null || args.before != null) {
    const argument = args.last != null ? 'last' : 'before';
    throw new BadUserInputError(`Argument "${argument}" is not supported here: this list pages forward, use "first" and "after"`, argument);
  }
  const size = args.first ?? LIMITS.defaultPageSize;
  const after = args.after ? (decodeCursor(args.after, first.length) as string[]) : [...first];
  const rows = await fetch(after, size + 1);
  const edges = rows.slice(0, size).map((node) => ({ cursor: encodeCursor(key(node)), node }));
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > size,
      hasPreviousPage: args.after != null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
