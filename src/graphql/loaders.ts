/**
 * Per-request DataLoaders. Every field that needs data by id goes through one of these, so a request
 * issues one Cypher query per loader and field shape, however long its lists are.
 */
import { createContextCache } from '@pothos/core';
import DataLoader from 'dataloader';
import { cypher } from '../db/cypher.js';
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

const entityCache = createContextCache((ctx: Context) =>
  new DataLoader<string, EntityRecord | null>(async (ids) => {
    const rows = await ctx.db.read(BY_IDS, { ids: [...ids] });
    const byId = new Map(rows.map((r) => [(r.entity as EntityRecord).id, r.entity as EntityRecord]));
    return ids.map((id) => byId.get(id) ?? null);
  }),
);

/** An entity by id, or null. */
export const loadEntity = (ctx: Context, id: string) => entityCache(ctx).load(id);

/**
 * The full record of an entity that a traversal returned in its short projection (id, kind, name ...):
 * kind-specific fields such as a statement's text need every property. Batched like any load.
 */
export const fullEntity = async (ctx: Context, e: EntityRecord): Promise<EntityRecord> => (await loadEntity(ctx, e.id)) ?? e;

/** An entity by id; NOT_FOUND when it does not exist. */
export async function requireEntity(ctx: Context, id: string): Promise<EntityRecord> {
  const e = await loadEntity(ctx, id);
  if (!e) throw new NotFoundError('Entity', id);
  return e;
}

const refCache = createContextCache((ctx: Context) =>
  new DataLoader<string, string | null>(async (refs) => {
    const rows = await ctx.db.read(RESOLVE, { refs: [...refs] });
    const byRef = new Map(rows.map((r) => [r.ref as string, (r.id as string | null) ?? null]));
    return refs.map((ref) => byRef.get(ref) ?? null);
  }),
);

/** Resolves what a user typed (id, name or alias, any case) to an entity id; NOT_FOUND otherwise. */
export async function resolveRef(ctx: Context, ref: string, argument = 'entity'): Promise<string> {
  const id = await refCache(ctx).load(ref.trim());
  if (!id) throw new NotFoundError(`Entity (argument "${argument}")`, ref);
  return id;
}

type Direction = 'OUT' | 'IN' | 'BOTH';

/** One loader per (direction, types) shape of relation field, per request. */
const relationLoaders = createContextCache((ctx: Context) => {
  const loaders = new Map<string, DataLoader<string, RelationRecord[]>>();
  return (direction: Direction, types: readonly RelationType[]) => {
    const key = `${direction}:${[...types].sort().join(',')}`;
    let loader = loaders.get(key);
    if (!loader) {
      loader = new DataLoader<string, RelationRecord[]>(async (ids) => {
        const rows = await ctx.db.read(RELATIONS_OF, { ids: [...ids], types: [...types], direction, limit: LIMITS.relationsPerField });
        const byId = new Map(rows.map((r) => [r.id as string, (r.relations as RawRelation[]).map((raw) => toRelation(raw, r.id as string))]));
        return ids.map((id) => byId.get(id) ?? []);
      });
      loaders.set(key, loader);
    }
    return loader;
  };
});

/** Relations of an entity of the given types (empty = all) and direction, batched across entities. */
export const loadRelations = (ctx: Context, id: string, types: readonly RelationType[], direction: Direction) => relationLoaders(ctx)(direction, types).load(id);

const sourcedByCache = createContextCache((ctx: Context) =>
  new DataLoader<string, RelationRecord[]>(async (ids) => {
    const rows = await ctx.db.read(SOURCED_BY, { ids: [...ids], limit: LIMITS.relationsPerField });
    const byId = new Map(rows.map((r) => [r.id as string, (r.relations as RawRelation[]).map((raw) => toRelation(raw))]));
    return ids.map((id) => byId.get(id) ?? []);
  }),
);

/** The relations an article is a source of. */
export const loadRelationsSourcedBy = (ctx: Context, articleId: string) => sourcedByCache(ctx).load(articleId);

const textCache = createContextCache((ctx: Context) =>
  new DataLoader<string, string>(async (ids) => {
    const rows = await ctx.db.read(ARTICLE_TEXT, { ids: [...ids] });
    const byId = new Map(rows.map((r) => [r.id as string, r.text as string]));
    return ids.map((id) => byId.get(id) ?? '');
  }),
);

export const loadArticleText = (ctx: Context, id: string) => textCache(ctx).load(id);
