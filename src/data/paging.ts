/**
 * Keyset (cursor) pages for every list: an opaque cursor holds the sort key of its item, so a page reads
 * from an index where the cursor points and survives inserts. `first`/`after` read forward in list
 * order; `last`/`before` read backward from the cursor (or from the end) and return the page in list
 * order, as Relay's connection spec asks.
 */
import type { DefaultConnectionArguments } from '@pothos/plugin-relay';
import type { PageDirection } from '../db/cypher.js';
import { BadUserInputError } from '../errors.js';
import { LIMITS } from '../bounds.js';

/** The smallest and the largest sort-key string: open bounds of a page are these sentinels, so every page query has both bounds as index seeks. */
export const KEY_MIN = '';
/**
 * Greater than any id, date or key compared in Cypher (which compares strings by UTF-16 code unit; U+FFFF
 * is a non-character, never in a name). Not for bounds read from a range index, which orders strings by
 * code point: entity pages leave an open upper bound out instead (`withoutBound`).
 */
export const KEY_MAX = '\uffff\uffff\uffff\uffff';

/** What a page query reads: the items strictly between `after` and `before` (list order), `limit` of them from the `direction` end. */
export interface KeysetPage {
  after: string[];
  before: string[];
  limit: number;
  direction: PageDirection;
}

const encodeCursor = (list: string, key: readonly unknown[]) => Buffer.from(JSON.stringify([list, ...key])).toString('base64url');

/** The open ends of a list (the keys before its first and after its last item), and what else its cursors' keys must satisfy. */
export interface KeysetBounds {
  /** Which list the cursors belong to (a cursor of another list is refused, not read as a wrong key). */
  list: string;
  after: string[];
  before: string[];
  valid?: (key: string[]) => boolean;
}

function decodeCursor(cursor: string, bounds: KeysetBounds, argument: 'after' | 'before'): string[] {
  if (cursor.length <= LIMITS.cursorChars) {
    try {
      const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
      const [list, ...key] = Array.isArray(parsed) ? parsed : [];
      if (list === bounds.list && key.length === bounds.after.length && key.every((k) => typeof k === 'string') && (bounds.valid?.(key) ?? true)) return key;
    } catch {
      // falls through to the error below
    }
  }
  throw new BadUserInputError(`Argument "${argument}" is not a cursor of this list (pass a cursor from pageInfo or an edge of a page of this list)`, argument);
}

function pageSize(args: DefaultConnectionArguments): { size: number; direction: PageDirection } {
  for (const name of ['first', 'last'] as const) {
    const v = args[name];
    if (v !== null && v !== undefined && (v < 1 || v > LIMITS.pageSize))
      throw new BadUserInputError(`Argument "${name}" must be between 1 and ${LIMITS.pageSize} (got ${v})`, name);
  }
  if (args.first != null && args.last != null) throw new BadUserInputError('Pass "first" (to page forward) or "last" (to page backward), not both', 'last');
  return args.last != null ? { size: args.last, direction: 'backward' } : { size: args.first ?? LIMITS.defaultPageSize, direction: 'forward' };
}

/**
 * What a page of a list with the given `bounds` reads: the items strictly between its cursors, `limit` of
 * them from the end it reads from (one more than asked for, to tell whether more follow). Throws
 * BAD_USER_INPUT for page sizes out of range, `first` with `last`, and cursors of another list.
 */
export function keysetPage(args: DefaultConnectionArguments, bounds: KeysetBounds): KeysetPage {
  const { size, direction } = pageSize(args);
  const after = args.after ? decodeCursor(args.after, bounds, 'after') : bounds.after;
  const before = args.before ? decodeCursor(args.before, bounds, 'before') : bounds.before;
  return { after, before, limit: size + 1, direction };
}

/** The page `args` asks for, or null when they are invalid (the field's resolver reports why). */
export function plannablePage(args: DefaultConnectionArguments, bounds: KeysetBounds): KeysetPage | null {
  try {
    return keysetPage(args, bounds);
  } catch {
    return null;
  }
}

/**
 * A keyset page of a list with the given `bounds`; `fetch` returns up to `limit` items strictly between `after` and `before`, in list order when
 * reading forward and in reverse when backward. One extra item is fetched to tell whether more follow.
 * Without `before`, `last: n` is the list's last n items.
 */
export async function keysetConnection<T>(
  args: DefaultConnectionArguments,
  key: (item: T) => string[],
  bounds: KeysetBounds,
  fetch: (page: KeysetPage) => Promise<T[]> | T[],
) {
  const page = keysetPage(args, bounds);
  const size = page.limit - 1;
  const rows = await fetch(page);
  const items = rows.slice(0, size);
  if (page.direction === 'backward') items.reverse();
  const edges = items.map((node) => ({ cursor: encodeCursor(bounds.list, key(node)), node }));
  const more = rows.length > size;
  return {
    edges,
    pageInfo: {
      hasNextPage: page.direction === 'forward' ? more : args.before != null,
      hasPreviousPage: page.direction === 'backward' ? more : args.after != null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

/** Lexicographic comparison of sort keys, as Cypher compares its lists of strings. */
export function compareKeys(a: readonly string[], b: readonly string[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i]! < b[i]! ? -1 : 1;
  return a.length - b.length;
}

/** A keyset page of a list held in memory: the items strictly between the cursors, `limit` of them from the page's end, as a page query returns them. */
export function pageOf<T>(items: readonly T[], key: (item: T) => string[], page: KeysetPage): T[] {
  const sign = page.direction === 'forward' ? 1 : -1;
  return items
    .filter((x) => compareKeys(key(x), page.after) > 0 && compareKeys(key(x), page.before) < 0)
    .sort((a, b) => sign * compareKeys(key(a), key(b)))
    .slice(0, page.limit);
}

/** `totalCount` counts at most this many items (and says when it stopped there), so counting a huge list stays bounded. */
export const COUNT_CAP = 10_000;
