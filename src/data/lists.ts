/**
 * The lists the API pages through with keyset cursors: for each, what its cursors hold (the sort key of an
 * item) and its open ends. Shared by the loaders, the planner and the connection fields, so a cursor means
 * the same wherever the list is read.
 */
import { KEY_MAX, KEY_MIN, type KeysetBounds, type KeysetPage } from './paging.js';
import type { EntityRecord } from './records.js';

/** The first and last day a date filter or article cursor can name (Cypher's date range). */
const FIRST_DAY = '0001-01-01';
const LAST_DAY = '9999-12-31';

/** Article lists, newest first (ties by id): cursors hold [date, id]. */
export const ARTICLE_LIST: KeysetBounds = {
  list: 'articles',
  after: [LAST_DAY, KEY_MIN],
  before: [FIRST_DAY, KEY_MAX],
  // A real calendar day (2024-02-30 parses in JavaScript but not in Cypher's date()).
  valid: ([date]) => /^\d{4}-\d{2}-\d{2}$/.test(date!) && !Number.isNaN(Date.parse(date!)) && new Date(`${date}T00:00:00Z`).toISOString().startsWith(date!),
};

/** An article's key in article lists. */
export const articleKey = (a: EntityRecord) => [String(a.date), a.id];

/** The dates [low, high] of an article list's `since`/`until` filter (null: open), as the article queries take them. */
export const articleDates = (since: string | null, until: string | null) => ({ low: since ?? FIRST_DAY, high: until ?? LAST_DAY });

/** The parameters of an article page query: its cursors, and its date range narrowed by them. */
export function articlePageParams(page: KeysetPage, since: string | null, until: string | null) {
  const dates = articleDates(since, until);
  const low = [dates.low, page.before[0]!].sort()[1]!;
  const high = [dates.high, page.after[0]!].sort()[0]!;
  const [afterDate, afterId] = page.after;
  const [beforeDate, beforeId] = page.before;
  return { low, high, afterDate, afterId, beforeDate, beforeId, limit: page.limit };
}

/** `reportedBy` (newest first, undated last, ties by id): cursors hold [date complement or '~', id]. */
export const REPORTED_BY_LIST: KeysetBounds = {
  list: 'reported-by',
  after: [KEY_MIN, KEY_MIN],
  before: [KEY_MAX, KEY_MAX],
  valid: ([k]) => /^(\d{9}|~)$/.test(k!),
};

/** An article's `reportedBy` key, as cypher/articles/reported-by computes it: a date's complement sorts newest first; undated last. */
export const reportingKey = (a: EntityRecord): string[] => [typeof a.date === 'string' ? String(199_999_999 - Number(a.date.replaceAll('-', ''))) : '~', a.id];

/** An entity's relations (`relationsConnection`): [type, date ('~' when undated), far end's id, relation id]. */
export const ENTITY_RELATION_LIST: KeysetBounds = {
  list: 'entity-relations',
  after: [KEY_MIN, KEY_MIN, KEY_MIN, KEY_MIN],
  before: [KEY_MAX, KEY_MAX, KEY_MAX, KEY_MAX],
};

/** Entity lists in name order (case-insensitive), ties by id: cursors hold [sortName, id]. */
export const ENTITY_LIST: KeysetBounds = { list: 'entities', after: [KEY_MIN, KEY_MIN], before: [KEY_MAX, KEY_MAX] };

/** Relations of one type in id order: cursors hold [id], tagged with the type. */
export const relationList = (type: string): KeysetBounds => ({ list: `relations:${type}`, after: [KEY_MIN], before: [KEY_MAX] });

/** The orders of `facts`: a cursor holds its list's order first, so a cursor of another order is refused. */
export const FACT_ORDERS = ['ID', 'DATE_ASC', 'DATE_DESC', 'NAME'] as const;
export type FactOrder = (typeof FACT_ORDERS)[number];

/** `facts` in one order: cursors hold [order, name or date key, type, far end's name, relation id]. */
export const factList = (order: FactOrder): KeysetBounds => ({
  list: 'facts',
  after: [order, KEY_MIN, KEY_MIN, KEY_MIN, KEY_MIN],
  before: [order, KEY_MAX, KEY_MAX, KEY_MAX, KEY_MAX],
  valid: (key) => key[0] === order,
});
