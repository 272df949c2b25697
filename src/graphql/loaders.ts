/**
 * Per-request DataLoaders. Every field that needs data by id goes through one of these, so a request
 * issues one Cypher query per loader and argument shape, however long its lists are.
 */
import { createContextCache } from '@pothos/core';
import DataLoader from 'dataloader';
import { cypher, directions } from '../db/cypher.js';
import type { Row } from '../db/database.js';
import { nameKey, type RelationType, type Support } from '../ontology.js';
import type { Context } from './context.js';
import { NotFoundError } from './errors.js';
import { LIMITS } from './limits.js';
import { KEY_MAX, KEY_MIN, type KeysetBounds, type KeysetPage } from './paging.js';
import { toRelation, type EntityRecord, type RawRelation, type RelationRecord, type SourceRecord } from './records.js';

const BY_IDS = cypher('entities/by-ids');
const RESOLVE = cypher('entities/resolve');
const RELATIONS_OF = cypher('relations/of-entities');
const RELATION_PAGES = directions(cypher('relations/page-of-entities'));
const RELATION_COUNTS = cypher('relations/count-of-entities');
const RELATIONS_BY_IDS = cypher('relations/by-ids');
const SOURCES_OF = cypher('evidence/of-facts');
const MENTION_EVIDENCE = cypher('evidence/mentions');
const ARTICLE_EVIDENCE = cypher('evidence/by-article');
const ARTICLE_TEXT = cypher('articles/text');
const MENTIONING = cypher('articles/mentioning');
const COUNT_MENTIONING = cypher('articles/count-mentioning');
const ARTICLE_UPDATES = cypher('articles/updates');
const REPORTED_BY = directions(cypher('articles/reported-by'));
const COUNT_REPORTED_BY = cypher('articles/count-reported-by');

/**
 * Loaders per request and per argument shape (`shape` is e.g. a direction and relation types):
 * each batches the keys asked for in one tick into one call of `batch`, which returns rows keyed by id.
 */
function loaders<S extends unknown[], V, K = string>(
  batch: (ctx: Context, keys: K[], ...shape: S) => Promise<Row[]>,
  key: string,
  value: (row: Row, ...shape: S) => V,
  missing: V,
  keyOf: (k: K) => string = String,
) {
  return createContextCache((ctx: Context) => {
    const byShape = new Map<string, DataLoader<K, V, string>>();
    return (...shape: S): DataLoader<K, V, string> => {
      const shapeKey = JSON.stringify(shape);
      let loader = byShape.get(shapeKey);
      if (!loader) {
        loader = new DataLoader<K, V, string>(
          async (keys) => {
            const rows = await batch(ctx, [...keys], ...shape);
            const found = new Map(rows.map((r) => [r[key] as string, value(r, ...shape)]));
            return keys.map((k) => found.get(keyOf(k)) ?? missing);
          },
          { cacheKeyFn: keyOf },
        );
        byShape.set(shapeKey, loader);
      }
      return loader;
    };
  });
}

const entities = loaders(
  (ctx, ids: string[]) => ctx.db.read(BY_IDS, { ids }),
  'id',
  (r) => r.entity as EntityRecord,
  null,
);

/** An entity by id, or null. */
export const loadEntity = (ctx: Context, id: string) => entities(ctx)().load(id);

/** An entity by id; NOT_FOUND when it does not exist. */
export async function requireEntity(ctx: Context, id: string, argument?: string): Promise<EntityRecord> {
  const e = await loadEntity(ctx, id);
  if (!e) throw new NotFoundError(id, argument);
  return e;
}

const refs = loaders(
  async (ctx, texts: string[]) => {
    const rows = await ctx.db.read(RESOLVE, { refs: texts.map((text) => ({ text, key: nameKey(text) })) });
    // The resolved entities come along: later loads of them by id need no query.
    for (const r of rows) if (r.entity) entities(ctx)().prime(r.id as string, r.entity as EntityRecord);
    return rows;
  },
  'ref',
  (r) => (r.id as string | null) ?? null,
  null,
);

/** Resolves what a user typed (id, name or alias, any case) to an entity id; NOT_FOUND otherwise. */
export async function resolveRef(ctx: Context, ref: string, argument = 'entity'): Promise<string> {
  const id = await refs(ctx)().load(ref.trim());
  if (!id) throw new NotFoundError(ref, argument);
  return id;
}

type Direction = 'OUT' | 'IN' | 'BOTH';

const relationsOf = loaders(
  (ctx, ids: string[], direction: Direction, types: readonly RelationType[], supports: readonly Support[]) =>
    ctx.db.read(RELATIONS_OF, { ids, types: [...types], direction, supports: [...supports], limit: LIMITS.relationsPerField }),
  'id',
  (r) => (r.relations as RawRelation[]).map((raw) => toRelation(raw)),
  [] as RelationRecord[],
);

/** Relations of an entity of the given types (empty = all), direction and support levels, batched across entities. */
export const loadRelations = (ctx: Context, id: string, types: readonly RelationType[], direction: Direction, supports: readonly Support[]) =>
  relationsOf(ctx)(...relationShape(direction, types, supports)).load(id);

/** The loader shape of an entity's relation filter: the same filter in any order is the same loader (one query). */
const relationShape = (direction: Direction, types: readonly RelationType[], supports: readonly Support[]) =>
  [direction, [...types].sort(), [...supports].sort()] as const;

/** A relation as listed from one entity (`relationsConnection`): the relation, its sort key (the cursor) and its far end. */
export interface EntityRelationEdge {
  relation: RelationRecord;
  key: string[];
  direction: 'OUT' | 'IN';
  other: EntityRecord;
}

const relationPages = loaders(
  (ctx, ids: string[], direction: Direction, types: readonly RelationType[], supports: readonly Support[], page: KeysetPage) =>
    ctx.db.read(RELATION_PAGES[page.direction], {
      ids,
      types: [...types],
      direction,
      supports: [...supports],
      after: page.after,
      before: page.before,
      limit: page.limit,
    }),
  'id',
  (r) =>
    (r.relations as { relation: RawRelation; key: string[] }[]).map(({ relation, key }): EntityRelationEdge => {
      const out = relation.from.id === r.id;
      return { relation: toRelation(relation), key, direction: out ? 'OUT' : 'IN', other: out ? relation.to : relation.from };
    }),
  [] as EntityRelationEdge[],
);

/** One keyset page of an entity's relations (types, direction, support), batched across entities asking for the same page. */
export const loadRelationPage = (
  ctx: Context,
  id: string,
  types: readonly RelationType[],
  direction: Direction,
  supports: readonly Support[],
  page: KeysetPage,
) => relationPages(ctx)(...relationShape(direction, types, supports), page).load(id);

const relationCounts = loaders(
  (ctx, ids: string[], direction: Direction, types: readonly RelationType[], supports: readonly Support[], countLimit: number) =>
    ctx.db.read(RELATION_COUNTS, { ids, types: [...types], direction, supports: [...supports], countLimit }),
  'id',
  (r) => Number(r.total),
  0,
);

/** How many relations an entity has (types, direction, support), up to `countLimit`; batched across entities. */
export const countRelations = (
  ctx: Context,
  id: string,
  types: readonly RelationType[],
  direction: Direction,
  supports: readonly Support[],
  countLimit: number,
) => relationCounts(ctx)(...relationShape(direction, types, supports), countLimit).load(id);

interface RelationKey {
  id: string;
  from: string;
}
const relationsById = loaders(
  (ctx, refs: RelationKey[]) => ctx.db.read(RELATIONS_BY_IDS, { refs }),
  'id',
  (r) => toRelation(r.relation as RawRelation),
  null as RelationRecord | null,
  (k: RelationKey) => k.id,
);

/** A relation by id and start entity (a source names both), or null. */
export const loadRelation = (ctx: Context, id: string, from: string) => relationsById(ctx)().load({ id, from });

const sourcesOf = loaders(
  (ctx, facts: string[]) => ctx.db.read(SOURCES_OF, { facts }),
  'fact',
  (r) => r.sources as SourceRecord[],
  [] as SourceRecord[],
);

/** The sources of a fact (an entity or relation id), in their recorded order, with their articles. */
export const loadSources = (ctx: Context, fact: string) => sourcesOf(ctx)().load(fact);

interface MentionKey {
  article: string;
  entity: string;
}
const mentionEvidence = loaders(
  (ctx, pairs: MentionKey[]) => ctx.db.read(MENTION_EVIDENCE, { pairs: pairs.map((p) => ({ ...p, key: `${p.article}|${p.entity}` })) }),
  'key',
  (r) => r.sources as SourceRecord[],
  [] as SourceRecord[],
  (k: MentionKey) => `${k.article}|${k.entity}`,
);

/** The evidence of a derived MENTIONS edge: the article's sources of facts involving the entity (at most 50). */
export const loadMentionEvidence = (ctx: Context, article: string, entity: string) => mentionEvidence(ctx)().load({ article, entity });

const articleEvidence = loaders(
  (ctx, ids: string[]) => ctx.db.read(ARTICLE_EVIDENCE, { ids, limit: LIMITS.relationsPerField }),
  'id',
  (r) => r.sources as SourceRecord[],
  [] as SourceRecord[],
);

/** What an article says: its sources, in text order. */
export const loadArticleEvidence = (ctx: Context, articleId: string) => articleEvidence(ctx)().load(articleId);

const texts = loaders(
  (ctx, ids: string[]) => ctx.db.read(ARTICLE_TEXT, { ids }),
  'id',
  (r) => ({ text: r.text as string, hash: r.hash as string }),
  null as { text: string; hash: string } | null,
);

/** An article's stored text and its SHA-256, or null. */
export const loadArticleText = (ctx: Context, id: string) => texts(ctx)().load(id);

/** The first and last day a date filter or article cursor can name (Cypher's date range). */
const FIRST_DAY = '0001-01-01';
const LAST_DAY = '9999-12-31';

/** Keyset bounds of article lists (newest first, ties by id): cursors hold [date, id]. */
export const ARTICLE_BOUNDS: KeysetBounds = {
  list: 'articles',
  after: [LAST_DAY, KEY_MIN],
  before: [FIRST_DAY, KEY_MAX],
  // A real calendar day (2024-02-30 parses in JavaScript but not in Cypher's date()).
  valid: ([date]) => /^\d{4}-\d{2}-\d{2}$/.test(date!) && !Number.isNaN(Date.parse(date!)) && new Date(`${date}T00:00:00Z`).toISOString().startsWith(date!),
};

/** The dates [low, high] of an article list's `since`/`until` filter (null: open), as the article queries take them. */
export const articleDates = (since: string | null, until: string | null) => ({ low: since ?? FIRST_DAY, high: until ?? LAST_DAY });

/** The parameters of an article page query (articles/*): its cursors, and its date range narrowed by them. */
export function articlePageParams(page: KeysetPage, since: string | null, until: string | null) {
  const dates = articleDates(since, until);
  const low = [dates.low, page.before[0]!].sort()[1]!;
  const high = [dates.high, page.after[0]!].sort()[0]!;
  const [afterDate, afterId] = page.after;
  const [beforeDate, beforeId] = page.before;
  return { low, high, afterDate, afterId, beforeDate, beforeId, limit: page.limit };
}

const MENTIONING_QUERIES = directions(MENTIONING);
const mentioning = loaders(
  (ctx, ids: string[], page: KeysetPage) => ctx.db.read(MENTIONING_QUERIES[page.direction], { ids, ...articlePageParams(page, null, null) }),
  'id',
  (r) => r.articles as EntityRecord[],
  [] as EntityRecord[],
);

/** One keyset page of the articles mentioning an entity (newest first); batched across entities asking for the same page. */
export const loadArticlesMentioning = (ctx: Context, id: string, page: KeysetPage) => mentioning(ctx)(page).load(id);

const mentioningCounts = loaders(
  (ctx, ids: string[]) => ctx.db.read(COUNT_MENTIONING, { ids }),
  'id',
  (r) => Number(r.total),
  0,
);

/** How many articles mention an entity; batched across entities. */
export const countArticlesMentioning = (ctx: Context, id: string) => mentioningCounts(ctx)().load(id);

/** Keyset bounds of `reportedBy` (newest first, undated last, ties by id): cursors hold [date complement or '~', id]. */
export const REPORTED_BY_BOUNDS: KeysetBounds = {
  list: 'reported-by',
  after: [KEY_MIN, KEY_MIN],
  before: [KEY_MAX, KEY_MAX],
  valid: ([k]) => /^(\d{9}|~)$/.test(k!),
};

/** An article as `reportedBy` lists it, with its sort key (the cursor). */
export interface ReportingArticle {
  article: EntityRecord;
  key: string[];
}

const reportedBy = loaders(
  (ctx, facts: string[], page: KeysetPage) => ctx.db.read(REPORTED_BY[page.direction], { facts, after: page.after, before: page.before, limit: page.limit }),
  'id',
  (r) => r.articles as ReportingArticle[],
  [] as ReportingArticle[],
);

/** One keyset page of the articles that reported a fact (an entity or relation id); batched across facts asking for the same page. */
export const loadReportedBy = (ctx: Context, fact: string, page: KeysetPage) => reportedBy(ctx)(page).load(fact);

const reportedByCounts = loaders(
  (ctx, facts: string[]) => ctx.db.read(COUNT_REPORTED_BY, { facts }),
  'id',
  (r) => Number(r.total),
  0,
);

/** How many articles reported a fact; batched across facts. */
export const countReportedBy = (ctx: Context, fact: string) => reportedByCounts(ctx)().load(fact);

/** An article update note as stored (see src/store/rows.ts). */
export interface ArticleUpdateRecord {
  at: string;
  atText: string;
  atNote?: string;
  note: string;
  excerpt: string;
  start: number;
  end: number;
}

const articleUpdates = loaders(
  (ctx, ids: string[]) => ctx.db.read(ARTICLE_UPDATES, { ids }),
  'id',
  (r) => r.updates as ArticleUpdateRecord[],
  [] as ArticleUpdateRecord[],
);

/** An article's update notes, oldest first; batched across articles. */
export const loadArticleUpdates = (ctx: Context, id: string) => articleUpdates(ctx)().load(id);
