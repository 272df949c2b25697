/** Keyset paging without a database: page arguments, cursors and page info, over a list held in memory. */
import { describe, expect, it } from 'vitest';
import { BadUserInputError } from '../../src/errors.js';
import { LIMITS } from '../../src/bounds.js';
import { KEY_MAX, KEY_MIN, type KeysetBounds, keysetConnection, keysetPage, pageOf } from '../../src/data/paging.js';

const LIST: KeysetBounds = { list: 'letters', after: [KEY_MIN], before: [KEY_MAX] };
const OTHER: KeysetBounds = { list: 'numbers', after: [KEY_MIN], before: [KEY_MAX] };
const ITEMS = [...'abcdefghij'];
const key = (x: string) => [x];
const page = (args: Parameters<typeof keysetPage>[0]) => keysetConnection(args, key, LIST, (p) => pageOf(ITEMS, key, p));
const nodes = (c: Awaited<ReturnType<typeof page>>) => c.edges.map((e) => e.node).join('');

describe('keyset pages', () => {
  it('reads the default page size forward, fetching one more to tell whether more follow', () => {
    expect(keysetPage({}, LIST)).toEqual({ after: [KEY_MIN], before: [KEY_MAX], limit: LIMITS.defaultPageSize + 1, direction: 'forward' });
    expect(keysetPage({ last: 3 }, LIST)).toMatchObject({ limit: 4, direction: 'backward' });
  });

  it('walks a list forward and backward with the cursors it hands out, each item once', async () => {
    const forward: string[] = [];
    let after: string | null | undefined;
    for (;;) {
      const c = await page({ first: 3, after });
      forward.push(nodes(c));
      if (!c.pageInfo.hasNextPage) break;
      after = c.pageInfo.endCursor;
    }
    expect(forward).toEqual(['abc', 'def', 'ghi', 'j']);

    const backward: string[] = [];
    let before: string | null | undefined;
    for (;;) {
      const c = await page({ last: 4, before });
      backward.push(nodes(c));
      if (!c.pageInfo.hasPreviousPage) break;
      before = c.pageInfo.startCursor;
    }
    expect(backward).toEqual(['ghij', 'cdef', 'ab']);
  });

  it('reads the window between two cursors, from either end', async () => {
    const all = await page({ first: 10 });
    const cursorOf = (x: string) => all.edges.find((e) => e.node === x)!.cursor;
    expect(nodes(await page({ after: cursorOf('b'), before: cursorOf('g') }))).toBe('cdef');
    expect(nodes(await page({ last: 2, after: cursorOf('b'), before: cursorOf('g') }))).toBe('ef');
    const first = await page({ first: 2, after: cursorOf('b') });
    expect(first.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: true });
  });

  it('an empty page has no cursors', async () => {
    const all = await page({ first: 10 });
    const empty = await page({ after: all.pageInfo.endCursor });
    expect(empty.edges).toEqual([]);
    expect(empty.pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: true, startCursor: null, endCursor: null });
  });

  it.each([
    [{ first: 0 }, 'first', /between 1 and 100/],
    [{ first: LIMITS.pageSize + 1 }, 'first', /between 1 and 100/],
    [{ last: -1 }, 'last', /between 1 and 100/],
    [{ first: 2, last: 2 }, 'last', /not both/],
    [{ after: 'not-a-cursor' }, 'after', /not a cursor of this list/],
    [{ before: 'x'.repeat(5000) }, 'before', /not a cursor of this list/],
  ])('%o is BAD_USER_INPUT naming %s', (args, argument, message) => {
    const thrown = (() => {
      try {
        keysetPage(args, LIST);
      } catch (e) {
        return e;
      }
    })();
    expect(thrown).toBeInstanceOf(BadUserInputError);
    expect((thrown as BadUserInputError).extensions).toEqual({ code: 'BAD_USER_INPUT', argument });
    expect((thrown as BadUserInputError).message).toMatch(message);
  });

  it("refuses a cursor of another list, and one whose key does not fit the list's", async () => {
    const numbers = await keysetConnection(
      { first: 1 },
      (n: string) => [n],
      OTHER,
      () => ['1'],
    );
    expect(() => keysetPage({ after: numbers.pageInfo.endCursor }, LIST)).toThrow(/not a cursor of this list/);
    const twoPart: KeysetBounds = { list: 'letters', after: [KEY_MIN, KEY_MIN], before: [KEY_MAX, KEY_MAX] };
    const letters = await page({ first: 1 });
    expect(() => keysetPage({ after: letters.pageInfo.endCursor }, twoPart)).toThrow(/not a cursor of this list/);
    const valid: KeysetBounds = { ...LIST, valid: ([k]) => k !== 'a' };
    expect(() => keysetPage({ after: letters.pageInfo.endCursor }, valid)).toThrow(/not a cursor of this list/);
  });
});
