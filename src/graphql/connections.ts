/** What every connection of the schema shares: a lazy, capped count of its whole list (`totalCount`). */
import { COUNT_CAP } from '../data/paging.js';
import type { FieldsOf } from './builder.js';

/**
 * The count of each page `counted` built, kept beside the page (Pothos types a connection's parent as its
 * page shape alone): computed only when asked for, once for both count fields.
 */
const counts = new WeakMap<object, () => Promise<{ total: number; capped: boolean }>>();

/** `page`, with a lazy, capped count of its whole list; `count` gets the limit to stop at (COUNT_CAP + 1). */
export function counted<P extends object>(page: P, count: (countLimit: number) => number | Promise<number>): P {
  let answer: Promise<{ total: number; capped: boolean }> | undefined;
  const run = async () => {
    const n = await count(COUNT_CAP + 1);
    return { total: Math.min(n, COUNT_CAP), capped: n > COUNT_CAP };
  };
  counts.set(page, () => (answer ??= run()));
  return page;
}

function countOf(page: object) {
  const count = counts.get(page);
  if (!count) throw new Error('a connection page was built without counted()');
  return count();
}

/** `totalCount` and `totalCountCapped` of a connection object whose resolvers return `counted(...)` pages. */
export const countFields = <P extends object>(c: FieldsOf<P, 'Object'>, items: string) => ({
  totalCount: c.int({
    description: `How many ${items} the list holds (all pages), counted up to ${COUNT_CAP.toLocaleString('en')} by an index-backed read, only when asked for: when more, this is ${COUNT_CAP.toLocaleString('en')} and \`totalCountCapped\` is true.`,
    resolve: async (conn) => (await countOf(conn)).total,
  }),
  totalCountCapped: c.boolean({
    description: `True when the list holds more than ${COUNT_CAP.toLocaleString('en')} ${items}, so \`totalCount\` stopped counting.`,
    resolve: async (conn) => (await countOf(conn)).capped,
  }),
});
