/**
 * Per-request DataLoaders: what resolvers fetch by id when no plan computed it for them (a shape the
 * planner does not cover). Each loader batches the keys asked for in one tick into one statement per
 * argument shape, however long the lists are. Every statement is declared here once, with the decoder
 * of its rows.
 */
import { createContextCache } from '@pothos/core';
import DataLoader from 'dataloader';
import { cypher, directions, type PageDirection } from '../db/cypher.js';
import { type Database, type Read, type Row, typed } from '../db/database.js';
import {
  ARTICLE_UPDATE_PROPERTIES,
  type ArticlePropertySpec,
  type RelationDirection,
  type RelationType,
  type StoredRecord,
  type Support,
} from '../ontology.js';
import { LIMITS } from '../bounds.js';
import type { KeysetPage } from './paging.js';
import { articleKey, articlePageParams } from './lists.js';
import {
  entities as entityList,
  entityRecord,
  type EntityRecord,
  isMap,
  type JsonMap,
  num,
  relationRecord,
  type RelationRecord,
  type SourceRecord,
  sources as sourceList,
  str,
  strings,
} from './records.js';
import { database } from './request.js';
import type { View } from './view.js';

/** A row of a batched statement: the key it answers and its value. */
export interface Keyed<V> {
  key: string;
  value: V;
}

/** A batched statement: rows keyed by the `key` column, each value decoded from its row. */
export function keyed<V>(query: { name: string; text: string }, key: string, value: (row: Row) => V): Read<Keyed<V>> {
  return typed(query, (row) => {
    const k = str(row[key]);
    return k === null ? null : { key: k, value: value(row) };
  });
}

/**
 * A DataLoader that charges the request's answer budget for a value each time it hands it out again
 * from its cache (its first time, the rows it came from were charged as they arrived): one value under
 * many parents is that many times in the answer.
 */
class ChargingLoader<K, V> extends DataLoader<K, V, string> {
  readonly #given = new Set<string>();
  constructor(
    private readonly db: Database,
    batch: DataLoader.BatchLoadFn<K, V>,
    private readonly keyOf: (k: K) => string,
  ) {
    super(batch, { cacheKeyFn: keyOf });
  }

  override load(key: K): Promise<V> {
    const value = super.load(key);
    const k = this.keyOf(key);
    if (!this.#given.has(k)) {
      this.#given.add(k);
      return value;
    }
    return value.then((v) => {
      this.db.charge(v);
      return v;
    });
  }
}

/**
 * Loaders per request and per argument shape (`shape` is e.g. a direction and relation types): each
 * batches the keys asked for in one tick into one call of `batch`, which returns keyed values; a key it
 * does not answer gets `missing()`.
 */
export function loaders<S extends unknown[], V, K = string>(
  batch: (db: Database, keys: K[], ...shape: S) => Promise<Keyed<V>[]>,
  missing: () => V,
  keyOf: (k: K) => string = String,
) {
  return createContextCache((ctx: object) => {
    const byShape = new Map<string, DataLoader<K, V, string>>();
    return (...shape: S): DataLoader<K, V, string> => {
      const shapeKey = JSON.stringify(shape);
      let loader = byShape.get(shapeKey);
      if (!loader) {
        loader = new ChargingLoader<K, V>(
          database(ctx),
          async (keys) => {
            const found = new Map((await batch(database(ctx), [...keys], ...shape)).map((r) => [r.key, r.value]));
            return keys.map((k) => found.get(keyOf(k)) ?? missing());
          },
          keyOf,
        );
        byShape.set(shapeKey, loader);
      }
      return loader;
    };
  });
}

// ---------------------------------------------------------------------------------------------
// Entities

const BY_IDS = keyed(cypher('entities/by-ids'), 'id', (r) => entityRecord(r.entity));
const entities = loaders(
  (db, ids: string[]) => db.read(BY_IDS, { ids }),
  (): EntityRecord | null => null,
);

/** An entity by id, or null. */
export const loadEntity = (ctx: object, id: string) => entities(ctx)().load(id);

// ---------------------------------------------------------------------------------------------
// Relations of entities

/** The loader shape of an entity's relation filter: the same filter in any order is the same loader (one statement). */
const relationShape = (direction: RelationDirection, types: readonly RelationType[], supports: readonly Support[], view: View) =>
  [direction, [...types].sort(), [...supports].sort(), view] as const;

const RELATIONS_OF = keyed(cypher('relations/of-entities'), 'id', (r) => relationList(r.relations));
const relationsOf = loaders(
  (db, ids: string[], direction: RelationDirection, types: readonly RelationType[], supports: readonly Support[], view: View) =>
    db.read(RELATIONS_OF, { ids, types: [...types], direction, supports: [...supports], view, limit: LIMITS.relationsPerField }),
  (): RelationRecord[] => [],
);

const relationList = (v: unknown): RelationRecord[] => (Array.isArray(v) ? v.map(relationRecord).filter((r): r is RelationRecord => r !== null) : []);

/** Relations of an entity of the given types (empty = all), direction and support levels, in `view`, batched across entities. */
export const loadRelations = (
  ctx: object,
  id: string,
  types: readonly RelationType[],
  direction: RelationDirection,
  supports: readonly Support[],
  view: View,
) => relationsOf(ctx)(...relationShape(direction, types, supports, view)).load(id);

/** A relation as listed from one entity (`relationsConnection`): the relation, its sort key (the cursor) and its far end. */
export interface EntityRelationEdge {
  relation: RelationRecord;
  key: string[];
  direction: 'OUT' | 'IN';
  other: EntityRecord;
}

/** A page row of an entity's relations, `{key, out, relation, other}` (loaded or planned alike). */
export function entityRelationEdge(v: unknown): EntityRelationEdge | null {
  if (!isMap(v)) return null;
  const relation = relationRecord(v.relation);
  const other = entityRecord(v.other);
  if (!relation || !other) return null;
  return { relation, key: strings(v.key), direction: v.out === true ? 'OUT' : 'IN', other };
}

const RELATION_PAGES = directions(cypher('relations/page-of-entities'));
const relationPageReads = {
  forward: keyed(RELATION_PAGES.forward, 'id', (r) => listOf(r.relations, entityRelationEdge)),
  backward: keyed(RELATION_PAGES.backward, 'id', (r) => listOf(r.relations, entityRelationEdge)),
} satisfies Record<PageDirection, Read<Keyed<EntityRelationEdge[]>>>;

const listOf = <T>(v: unknown, decode: (x: unknown) => T | null): T[] => (Array.isArray(v) ? v.map(decode).filter((x): x is T => x !== null) : []);

const relationPages = loaders(
  (db, ids: string[], direction: RelationDirection, types: readonly RelationType[], supports: readonly Support[], view: View, page: KeysetPage) =>
    db.read(relationPageReads[page.direction], {
      ids,
      types: [...types],
      direction,
      supports: [...supports],
      view,
      after: page.after,
      before: page.before,
      limit: page.limit,
    }),
  (): EntityRelationEdge[] => [],
);

/** One keyset page of an entity's relations (types, direction, support), batched across entities asking for the same page. */
export const loadRelationPage = (
  ctx: object,
  id: string,
  types: readonly RelationType[],
  direction: RelationDirection,
  supports: readonly Support[],
  view: View,
  page: KeysetPage,
) => relationPages(ctx)(...relationShape(direction, types, supports, view), page).load(id);

const RELATION_COUNTS = keyed(cypher('relations/count-of-entities'), 'id', (r) => num(r.total));
const relationCounts = loaders(
  (db, ids: string[], direction: RelationDirection, types: readonly RelationType[], supports: readonly Support[], view: View, countLimit: number) =>
    db.read(RELATION_COUNTS, { ids, types: [...types], direction, supports: [...supports], view, countLimit }),
  () => 0,
);

/** How many relations an entity has (types, direction, support), up to `countLimit`; batched across entities. */
export const countRelations = (
  ctx: object,
  id: string,
  types: readonly RelationType[],
  direction: RelationDirection,
  supports: readonly Support[],
  view: View,
  countLimit: number,
) => relationCounts(ctx)(...relationShape(direction, types, supports, view), countLimit).load(id);

interface RelationKey {
  id: string;
  from: string;
  to: string;
}
const RELATIONS_BY_IDS = keyed(cypher('relations/by-ids'), 'id', (r) => relationRecord(r.relation));
const relationsById = loaders(
  (db, refs: RelationKey[]) => db.read(RELATIONS_BY_IDS, { refs }),
  (): RelationRecord | null => null,
  (k: RelationKey) => k.id,
);

/** A relation by id and its two ends (a source names all three), or null. */
export const loadRelation = (ctx: object, id: string, from: string, to: string) => relationsById(ctx)().load({ id, from, to });

// ---------------------------------------------------------------------------------------------
// Evidence

const SOURCES_OF = keyed(cypher('evidence/of-facts'), 'fact', (r) => sourceList(r.sources));
const sourcesOf = loaders(
  (db, facts: string[], view: View) => db.read(SOURCES_OF, { facts, view }),
  (): SourceRecord[] => [],
);

/** The sources of a fact (an entity or relation id) shown in `view`, in their recorded order, with their articles. */
export const loadSources = (ctx: object, fact: string, view: View) => sourcesOf(ctx)(view).load(fact);

interface MentionKey {
  article: string;
  entity: string;
}
const MENTION_EVIDENCE = keyed(cypher('evidence/mentions'), 'key', (r) => sourceList(r.sources));
const mentionEvidence = loaders(
  (db, pairs: MentionKey[], view: View) => db.read(MENTION_EVIDENCE, { pairs: pairs.map((p) => ({ ...p, key: `${p.article}|${p.entity}` })), view }),
  (): SourceRecord[] => [],
  (k: MentionKey) => `${k.article}|${k.entity}`,
);

/** The evidence of a derived MENTIONS edge: the article's sources of facts involving the entity (at most LIMITS.mentionEvidence, applied in its Cypher). */
export const loadMentionEvidence = (ctx: object, article: string, entity: string, view: View) => mentionEvidence(ctx)(view).load({ article, entity });

const ARTICLE_EVIDENCE = keyed(cypher('evidence/by-article'), 'id', (r) => sourceList(r.sources));
const articleEvidence = loaders(
  (db, ids: string[]) => db.read(ARTICLE_EVIDENCE, { ids, limit: LIMITS.relationsPerField }),
  (): SourceRecord[] => [],
);

/** What an article says: its sources, in text order. */
export const loadArticleEvidence = (ctx: object, articleId: string) => articleEvidence(ctx)().load(articleId);

// ---------------------------------------------------------------------------------------------
// Articles

const ARTICLE_TEXT = keyed(cypher('articles/text'), 'id', (r) => str(r.text));
const texts = loaders(
  (db, ids: string[]) => db.read(ARTICLE_TEXT, { ids }),
  (): string | null => null,
);

/** An article's stored text, or null. */
export const loadArticleText = (ctx: object, id: string) => texts(ctx)().load(id);

/** An article as an article connection lists it: the article and its sort key (the cursor). */
export interface ListedArticle {
  article: EntityRecord;
  key: string[];
}

/** A page row `{article, key}` (loaded or planned alike). */
export function listedArticle(v: unknown): ListedArticle | null {
  if (!isMap(v)) return null;
  const article = entityRecord(v.article);
  return article ? { article, key: strings(v.key) } : null;
}

const listed = (v: unknown): ListedArticle[] => (Array.isArray(v) ? entityList(v).map((a) => ({ article: a, key: articleKey(a) })) : []);

const MENTIONING = directions(cypher('articles/mentioning'));
const mentioningReads = {
  forward: keyed(MENTIONING.forward, 'id', (r) => listed(r.articles)),
  backward: keyed(MENTIONING.backward, 'id', (r) => listed(r.articles)),
} satisfies Record<PageDirection, Read<Keyed<ListedArticle[]>>>;
const mentioning = loaders(
  (db, ids: string[], page: KeysetPage) => db.read(mentioningReads[page.direction], { ids, ...articlePageParams(page, null, null) }),
  (): ListedArticle[] => [],
);

/** One keyset page of the articles mentioning an entity (newest first); batched across entities asking for the same page. */
export const loadArticlesMentioning = (ctx: object, id: string, page: KeysetPage) => mentioning(ctx)(page).load(id);

const COUNT_MENTIONING = keyed(cypher('articles/count-mentioning'), 'id', (r) => num(r.total));
const mentioningCounts = loaders(
  (db, ids: string[]) => db.read(COUNT_MENTIONING, { ids }),
  () => 0,
);

/** How many articles mention an entity; batched across entities. */
export const countArticlesMentioning = (ctx: object, id: string) => mentioningCounts(ctx)().load(id);

const REPORTED_BY = directions(cypher('articles/reported-by'));
const reportedByReads = {
  forward: keyed(REPORTED_BY.forward, 'id', (r) => listOf(r.articles, listedArticle)),
  backward: keyed(REPORTED_BY.backward, 'id', (r) => listOf(r.articles, listedArticle)),
} satisfies Record<PageDirection, Read<Keyed<ListedArticle[]>>>;
const reportedBy = loaders(
  (db, facts: string[], page: KeysetPage) => db.read(reportedByReads[page.direction], { facts, after: page.after, before: page.before, limit: page.limit }),
  (): ListedArticle[] => [],
);

/** One keyset page of the articles that reported a fact (an entity or relation id); batched across facts asking for the same page. */
export const loadReportedBy = (ctx: object, fact: string, page: KeysetPage) => reportedBy(ctx)(page).load(fact);

const COUNT_REPORTED_BY = keyed(cypher('articles/count-reported-by'), 'id', (r) => num(r.total));
const reportedByCounts = loaders(
  (db, facts: string[]) => db.read(COUNT_REPORTED_BY, { facts }),
  () => 0,
);

/** How many articles reported a fact; batched across facts. */
export const countReportedBy = (ctx: object, fact: string) => reportedByCounts(ctx)().load(fact);

/** An article update note as stored (see src/store/rows.ts): the properties the ontology gives it. */
export type ArticleUpdateRecord = StoredRecord<typeof ARTICLE_UPDATE_PROPERTIES>;

const UPDATE_SPECS: readonly [string, ArticlePropertySpec][] = Object.entries(ARTICLE_UPDATE_PROPERTIES);

/** An update note map, or null when it lacks a property the ontology requires. */
export function articleUpdate(v: unknown): ArticleUpdateRecord | null {
  if (!isMap(v)) return null;
  const update: JsonMap = {};
  for (const [key, spec] of UPDATE_SPECS) {
    const value = spec.type === 'offset' ? num(v[key]) : str(v[key]);
    if (value !== null) update[key] = value;
    else if (spec.required) return null;
  }
  // Checked above against the table the type is derived from.
  return update as ArticleUpdateRecord;
}

const ARTICLE_UPDATES = keyed(cypher('articles/updates'), 'id', (r) => listOf(r.updates, articleUpdate));
const articleUpdates = loaders(
  (db, ids: string[]) => db.read(ARTICLE_UPDATES, { ids }),
  (): ArticleUpdateRecord[] => [],
);

/** An article's update notes, oldest first; batched across articles. */
export const loadArticleUpdates = (ctx: object, id: string) => articleUpdates(ctx)().load(id);
