/**
 * The seed format (seeds/*.json), derived from the ontology: which properties a kind or relation type
 * may carry and which attributes its sources may give come from src/ontology.ts, so a Company with a
 * `periodStart`, or an OWNS source with a `count`, is refused. The loader validates every file against
 * these schemas, then checks what a schema cannot (dangling ids, excerpts verbatim in their article,
 * kinds allowed at each end) before it writes anything.
 */
import { z } from 'zod';
import {
  allowedFields,
  ARTICLE_PROPERTIES,
  ARTICLE_UPDATE_PROPERTIES,
  type ArticlePropertySpec,
  type ArticleValueType,
  DERIVED_RELATION_TYPES,
  FACT_PROPERTIES,
  keysOf,
  KIND_NAMES,
  RELATION_TYPE_NAMES,
  SOURCE_ATTRIBUTES,
  SUPPORT_NAMES,
  type Kind,
  type RelationType,
  type ValueType,
} from '../ontology.js';

export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be an ISO date (YYYY-MM-DD)')
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), 'is not a real calendar date');

export const isoDateTime = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?([+-]\d{2}:\d{2}|Z)$/, 'must be an ISO date-time with offset (YYYY-MM-DDTHH:MM[:SS]±HH:MM)')
  .refine((s) => !Number.isNaN(Date.parse(s)), 'is not a real date-time');

/** A wall-clock date and time with no zone: what a text gives when it names no time zone. */
const isoLocalDateTime = z
  .string()
  .regex(
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/,
    'must be an ISO local date-time (YYYY-MM-DDTHH:MM[:SS]), or one with an offset when the text gives the zone',
  )
  .refine((s) => !Number.isNaN(Date.parse(`${s}Z`)) && new Date(`${s}Z`).toISOString().startsWith(s.slice(0, 10)), 'is not a real date-time');

const VALUE: Record<ValueType, z.ZodType> = {
  string: z.string().min(1),
  int: z.number().int().nonnegative(),
  float: z.number().nonnegative(),
  percent: z.number().min(0).max(100),
  date: isoDate,
  currency: z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code (e.g. "USD")'),
  boolean: z.boolean(),
  // A date is stated or worked out; outside knowledge of a date is a BACKGROUND source of its own.
  support: z.enum(SUPPORT_NAMES).exclude(['BACKGROUND']),
};

export const optionalShape = <K extends string>(table: Record<K, { type: ValueType }>) =>
  Object.fromEntries(Object.entries<{ type: ValueType }>(table).map(([k, v]) => [k, VALUE[v.type].optional()])) as Record<K, z.ZodOptional<z.ZodType>>;

const id = z.string().regex(/^[a-z]+:[a-z0-9][a-z0-9-]*$/, 'must look like "kind:slug" (lower-case, digits, hyphens)');

/**
 * One piece of evidence: an article, an exact quote from its text, how strongly it supports the fact
 * and the attributes (date, figures) as this article gives them.
 */
export const Source = z
  .strictObject({
    article: id,
    excerpt: z.string().min(3).max(600),
    support: z.enum(SUPPORT_NAMES).default('STATED'),
    /** Why an INFERRED or BACKGROUND source supports the fact as it does. */
    note: z.string().min(1).optional(),
    ...optionalShape(SOURCE_ATTRIBUTES),
  })
  .refine((s) => s.support === 'STATED' || s.note !== undefined, { message: 'an INFERRED or BACKGROUND source needs a `note` saying why', path: ['note'] })
  .refine((s) => s.dateSupport !== 'INFERRED' || (s.dateNote !== undefined && s.date !== undefined), {
    message: 'an INFERRED date needs date and a dateNote saying how it was worked out',
    path: ['dateNote'],
  })
  .refine((s) => (s.dateSupport === undefined && s.dateNote === undefined) || s.date !== undefined, {
    message: 'dateSupport and dateNote need a date',
    path: ['date'],
  })
  .refine((s) => !s.dateResolvedFrom || (s.dateAnchor !== undefined && s.date !== undefined), {
    message: 'dateResolvedFrom needs both date (the resolved date) and dateAnchor (the day it was resolved against)',
    path: ['dateResolvedFrom'],
  });

/** Refuses properties and source attributes the ontology does not give this kind or relation type. */
function checkAllowed(
  record: Record<string, unknown> & { sources: Record<string, unknown>[] },
  owner: { kind: Kind } | { type: RelationType },
  ctx: z.RefinementCtx,
) {
  const { properties, attributes } = allowedFields(owner);
  const what = 'kind' in owner ? `a ${owner.kind}` : owner.type;
  for (const key of keysOf(FACT_PROPERTIES)) {
    if (record[key] !== undefined && !properties.includes(key) && !('kind' in owner && key === 'description'))
      ctx.addIssue({ code: 'custom', path: [key], message: `${what} has no property "${key}" (allowed: ${properties.join(', ') || 'none'})` });
  }
  record.sources.forEach((s, i) => {
    for (const key of keysOf(SOURCE_ATTRIBUTES)) {
      if (s[key] !== undefined && !attributes.includes(key))
        ctx.addIssue({
          code: 'custom',
          path: ['sources', i, key],
          message: `sources of ${what} give no "${key}" (allowed: ${attributes.join(', ') || 'none'})`,
        });
    }
  });
}

export const Entity = z
  .strictObject({
    id,
    kind: z.enum(KIND_NAMES).exclude(['Article']),
    name: z.string().min(1),
    aliases: z.array(z.string().min(1)).default([]),
    ...optionalShape(FACT_PROPERTIES),
    /** Every entity says in one sentence what it is. */
    description: z.string().min(1),
    url: z.url().optional(),
    sources: z.array(Source).min(1, 'every entity needs at least one source'),
  })
  .superRefine((e, ctx) => checkAllowed(e, { kind: e.kind }, ctx));

export const Relation = z
  .strictObject({
    id: z.string().regex(/^rel:[a-z0-9][a-z0-9:-]*$/, 'must look like "rel:slug"'),
    type: z.enum(RELATION_TYPE_NAMES).exclude([...DERIVED_RELATION_TYPES]),
    from: id,
    to: id,
    ...optionalShape(FACT_PROPERTIES),
    sources: z.array(Source).min(1, 'every relation needs at least one source'),
  })
  .superRefine((r, ctx) => checkAllowed(r, { type: r.type }, ctx));

/** The seed check of each article value type (those the loader writes are never in seed files). */
const ARTICLE_VALUE = {
  string: z.string().min(1),
  date: isoDate,
  url: z.url(),
  support: z.enum(SUPPORT_NAMES).exclude(['BACKGROUND']),
  'evidence-support': z.enum(SUPPORT_NAMES),
  'entity-id': id,
  file: z.string().regex(/^[\w.-]+\.txt$/),
  'datetime-or-date': z.union([isoDateTime, isoDate]),
  'datetime-or-local': z.union([isoDateTime, isoLocalDateTime]),
  excerpt: z.string().min(3).max(600),
} as const satisfies Partial<Record<ArticleValueType, z.ZodType>>;

type SeedValues = typeof ARTICLE_VALUE & { updates: z.ZodArray<typeof ArticleUpdate> };
/** The seed fields of an article table: every property but those the loader writes, the optional ones optional. */
type SeedShape<T extends Record<string, ArticlePropertySpec>> = {
  -readonly [K in keyof T as T[K] extends { loader: true } ? never : K]: T[K] extends { required: true }
    ? SeedValues[T[K]['type'] & keyof SeedValues]
    : z.ZodOptional<SeedValues[T[K]['type'] & keyof SeedValues]>;
};
function seedShape<T extends Record<string, ArticlePropertySpec>>(table: T, values: Partial<Record<ArticleValueType, z.ZodType>>): SeedShape<T> {
  const fields = Object.entries<ArticlePropertySpec>(table).flatMap(([key, spec]) => {
    if (spec.loader) return [];
    const value = values[spec.type];
    if (!value) throw new Error(`no seed check for the article value type ${spec.type} (${key})`);
    return [[key, spec.required ? value : value.optional()]];
  });
  return Object.fromEntries(fields);
}

/**
 * One update note of an article ("Update (July 8, 2020 11:01 am): Updated with Twitter's response"),
 * its fields from the ontology (ARTICLE_UPDATE_PROPERTIES). `at` carries an offset only when the text
 * gives the time zone; otherwise it is the local time as printed. The loader checks that `excerpt` is
 * verbatim in the article text.
 */
export const ArticleUpdate = z
  .strictObject(seedShape(ARTICLE_UPDATE_PROPERTIES, ARTICLE_VALUE))
  .refine((u) => u.excerpt.includes(u.atText), { message: 'atText must be words of the excerpt', path: ['atText'] });

const { updates, ...articleFields } = seedShape(ARTICLE_PROPERTIES, { ...ARTICLE_VALUE, updates: z.array(ArticleUpdate) });

/** An article: an entity's id, description and aliases, and its own fields from the ontology (ARTICLE_PROPERTIES). */
export const Article = z
  .strictObject({
    id,
    ...articleFields,
    description: z.string().min(1),
    aliases: z.array(z.string().min(1)).default([]),
    updates,
  })
  .refine((a) => !a.outlet || a.outletEvidence, { message: 'outlet needs outletEvidence (an exact excerpt that identifies it)' })
  .refine((a) => !a.outlet || a.outletSupport, { message: 'outlet needs outletSupport (how its evidence supports it)', path: ['outletSupport'] })
  .refine((a) => a.outlet || (!a.outletSupport && !a.outletNote), { message: 'outletSupport and outletNote need an outlet', path: ['outlet'] })
  .refine((a) => !a.outletSupport || a.outletSupport === 'STATED' || a.outletNote, {
    message: 'an INFERRED or BACKGROUND outlet needs an outletNote saying why',
    path: ['outletNote'],
  })
  .refine((a) => a.dateSupport !== 'INFERRED' || a.dateNote, { message: 'an INFERRED date needs a dateNote saying how it was inferred', path: ['dateNote'] });

export const EntitiesFile = z.array(Entity);
export const RelationsFile = z.array(Relation);
export const ArticlesFile = z.array(Article);

export type SeedSource = z.infer<typeof Source>;
export type SeedEntity = z.infer<typeof Entity>;
export type SeedRelation = z.infer<typeof Relation>;
export type SeedArticle = z.infer<typeof Article>;
export type SeedArticleUpdate = z.infer<typeof ArticleUpdate>;
