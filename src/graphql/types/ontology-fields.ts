/** Fields generated from the ontology's tables of properties and attributes, for entity kinds, relation types and sources. */
import type { GraphQLResolveInfo } from 'graphql';
import { type ArticlePropertySpec, type ArticleValueType, isSupport, keysOf, type SourceAttribute, type ValueType } from '../../ontology.js';
import type { FieldsOf } from '../builder.js';
import { SupportEnum } from '../refs.js';
import type { Context } from '../../data/request.js';
import { mapMaybe } from '../../plan/index.js';

/** GraphQL type of each ontology value type (outputs, and the inputs of mutations). */
export const GRAPHQL_TYPE: Record<Exclude<ValueType, 'support'>, 'String' | 'Int' | 'Float' | 'Date' | 'Boolean'> = {
  string: 'String',
  boolean: 'Boolean',
  int: 'Int',
  float: 'Float',
  percent: 'Float',
  date: 'Date',
  currency: 'String',
};

/** Source attributes a relation or kind shows as its own fields: all but `date`, which is a field of its own everywhere. */
export const notDate = (a: SourceAttribute): a is Exclude<SourceAttribute, 'date'> => a !== 'date';

const scalar = (v: unknown): string | number | null => (typeof v === 'string' || typeof v === 'number' ? v : null);
/** An ontology value as GraphQL shows it: a scalar, or a flag (a dataset's `beneficialOwnershipOrControl`). */
const ontologyValue = (v: unknown): string | number | boolean | null => (typeof v === 'boolean' ? v : scalar(v));

/** A nullable field per key of an ontology table, its value read by `read` (generated, so the ontology is the only list). */
export function ontologyFields<P, K extends string>(
  t: FieldsOf<P, 'Object'>,
  keys: readonly K[],
  table: Readonly<Record<K, { type: ValueType; description: string }>>,
  read: (parent: P, key: K, ctx: Context, info: GraphQLResolveInfo) => unknown,
  note = '',
) {
  return Object.fromEntries(
    keys.map((key) => {
      const { type, description } = table[key];
      // A support level is the Support enum, not a scalar.
      const field =
        type === 'support'
          ? t.field({
              type: SupportEnum,
              nullable: true,
              description: `${description}${note}`,
              resolve: (parent, _args, ctx, info) => mapMaybe(read(parent, key, ctx, info), supportOf),
            })
          : t.field({
              type: GRAPHQL_TYPE[type],
              nullable: true,
              description: `${description}${note}`,
              resolve: (parent, _args, ctx, info) => mapMaybe(read(parent, key, ctx, info), ontologyValue),
            });
      return [key, field];
    }),
  );
}

/** GraphQL scalar of each article value type that GraphQL shows as stored (`support` is the Support enum). */
const ARTICLE_SCALAR: Partial<Record<ArticleValueType, 'String' | 'Int' | 'Date'>> = {
  string: 'String',
  date: 'Date',
  url: 'String',
  excerpt: 'String',
  hash: 'String',
  offset: 'Int',
};

/**
 * A field per property of an article table (ARTICLE_PROPERTIES, ARTICLE_UPDATE_PROPERTIES) that GraphQL
 * shows as stored, its value read by `read`: non-null where the ontology requires it (or, for a support
 * level, gives a default). The others (an outlet id, a date-time that may be a day) are fields of their
 * own, written by hand.
 */
export function articlePropertyFields<P, K extends string>(
  t: FieldsOf<P, 'Object'>,
  table: Readonly<Record<K, ArticlePropertySpec>>,
  read: (parent: P, key: K) => unknown,
) {
  return Object.fromEntries(
    keysOf(table).flatMap((key) => {
      const spec: ArticlePropertySpec = table[key];
      if (spec.type === 'support' || spec.type === 'evidence-support') {
        // An enum has no empty value: a support property is non-null through its default only.
        const fallback = spec.default;
        if (spec.required && !fallback) throw new Error(`the required support property ${key} needs a default`);
        const field = fallback
          ? t.field({ type: SupportEnum, description: spec.description, resolve: (p) => supportOf(read(p, key)) ?? fallback })
          : t.field({ type: SupportEnum, nullable: true, description: spec.description, resolve: (p) => supportOf(read(p, key)) });
        return [[key, field]];
      }
      const type = ARTICLE_SCALAR[spec.type];
      if (!type) return [];
      const empty = type === 'Int' ? 0 : '';
      const field = spec.required
        ? t.field({ type, description: spec.description, resolve: (p) => scalar(read(p, key)) ?? empty })
        : t.field({ type, nullable: true, description: spec.description, resolve: (p) => scalar(read(p, key)) });
      return [[key, field]];
    }),
  );
}

const supportOf = (v: unknown) => (isSupport(v) ? v : null);
