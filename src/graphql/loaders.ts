/**
 * Per-request DataLoaders. Every field that needs data by id goes through one of these, so a request
 * issues one Cypher query per loader and argument shape, however long its lists are.
 */
import { createContextCache } from '@pothos/core';
import DataLoader from 'dataloader';
import { cypher } from '../db/cypher.js';
import type { Row } from '../db/database.js';
import type { RelationType } from '../ontology.js';
import type { Context } from './context.js';
import { NotFoundError } from './errors.js';
import { LIMITS } from './limits.js';
import { toRelation, type EntityRecord, type RawRelation, type RelationRecord } from './records.js';

const BY_IDS = cypher('entities/by-ids');
const RESOLVE = cypher('entities/resolve');
const RELATIONS_OF = cypher('relations/of-entities');
const SOURCED_BY = cypher('relations/sourced-by');
const ARTICLE_TEXT = cypher('articles/text');
const MENTIONING = cypher('articles/mentioning');

/**
 * Loaders per request and per argument shape (`shape` is e.g. a direction and relation types):
 * each batches the keys asked for in one tick into one call of `batch`, which returns rows keyed by id.
 */
function loaders<S extends unknown[], V>(batch: (ctx: Context, keys: string[], ...shape: S) => Promise<Row[]>, key: string, value: (row: Row, ...shape: S) => V, missing: V) {
  return createContextCache((ctx: Context) => {
    const byShape = new Map<string, DataLoader<string, V>>();
    return (...shape: S): DataLoader<string, V> => {
      const shapeKey = JSON.stringify(shape);
      let loader = byShape.get(shapeKey);
      if (!loader) {
        loader = new DataLoader<string, V>(async (keys) => {
          const rows = await batch(ctx, [...keys], ...shape);
          const found = new Map(rows.map((r) => [r[key] as string, value(r, ...shape)]));
          return keys.map((k) => found.get(k) ?? missing);
        });
        byShape.set(shapeKey, loader);
      }
      return loader;
    };
  });
}

const entities = loaders((ctx, ids) => ctx.db.read(BY_IDS, { ids }), 'id', (r) => r.entity as EntityRecord, null);

/** An entity by id, or null. */
export const loadEntity = (ctx: Context, id: string) => entities(ctx)().load(id);

/** An entity by id; NOT_FOUND when it does not exist. */
export async function requireEntity(ctx: Context, id: string, argument?: string): Promise<EntityRecord> {
  const e = await loadEntity(ctx, id);
  if (!e) throw new NotFoundError(id, argument);
  return e;
}

const refs = loaders(
  async (ctx, keys) => {
    const rows = await ctx.db.read(RESOLVE, { refs: keys });
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
  (ctx, ids, direction: Direction, types: readonly RelationType[]) => ctx.db.read(RELATIONS_OF, { ids, types: [...types], direction, limit: LIMITS.relationsPerField }),
  'id',
  (r) => (r.relations as RawRelation[]).map((raw) => toRelation(raw, r.id as string)),
  [] as RelationRecord[],
);

/** Relations of an entity of the given types (empty = all) and direction, batched across entities. */
export const loadRelations = (ctx: Context, id: string, types: readonly RelationType[], direction: Direction) => relationsOf(ctx)(direction, [...types].sort()).load(id);

const sourcedBy = loaders(
  (ctx, ids) => ctx.db.read(SOURCED_BY, { ids, limit: LIMITS.relationsPerField }),
  'id',
  (r) => (r.relations as RawRelation[]).map((raw) => toRelation(raw)),
  [] as RelationRecord[],
);

/** The relations an article is a source of. */
export const loadRelationsSourcedBy = (ctx: Context, articleId: string) => sourcedBy(ctx)().load(articleId);

const texts = loaders((ctx, ids) => ctx.db.read(ARTICLE_TEXT, { ids }), 'id', (r) => r.text as string, '');

export const loadArticleText = (ctx: Context, id: string) => texts(ctx)().load(id);

const mentioning = loaders((ctx, ids, offset: number, limit: number) => ctx.db.read(MENTIONING, { ids, offset, limit }), 'id', (r) => r.articles as EntityRecord[], [] as EntityRecord[]);

/** One page (offset, limit) of the articles mentioning an entity, newest first; batched across entities. */
export const loadArticlesMentioning = (ctx: Context, id: string, offset: number, limit: number) => mentioning(ctx)(offset, limit).load(id);
