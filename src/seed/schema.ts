/**
 * The single definition of the seed format (seeds/*.json). The loader validates every file against
 * these schemas, then checks what a schema cannot (dangling ids, excerpts present in their article,
 * kinds allowed at each end of a relation) before it writes anything.
 */
import { z } from 'zod';
import { DERIVED_RELATION_TYPES, KIND_NAMES, RELATION_TYPE_NAMES } from '../ontology.js';

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be an ISO date (YYYY-MM-DD)')
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), 'is not a real calendar date');

const isoDateTime = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?([+-]\d{2}:\d{2}|Z)$/, 'must be an ISO date-time with offset (YYYY-MM-DDTHH:MM[:SS]±HH:MM)')
  .refine((s) => !Number.isNaN(Date.parse(s)), 'is not a real date-time');

const id = z.string().regex(/^[a-z]+:[a-z0-9][a-z0-9-]*$/, 'must look like "kind:slug" (lower-case, digits, hyphens)');

/** One piece of evidence: an article id and an exact quote from its text (one or two sentences). */
export const Source = z.strictObject({
  article: id,
  excerpt: z.string().min(3).max(600),
});

/**
 * When a fact carries a date. A relative phrase ("on Monday", "last Wednesday") is resolved against the
 * article's own date: `dateResolvedFrom` holds the phrase and `dateAnchor` the article date used.
 */
const Dated = {
  date: isoDate.optional(),
  dateText: z.string().min(1).optional(),
  dateResolvedFrom: z.string().min(1).optional(),
  dateAnchor: isoDate.optional(),
};

const requireAnchorWithResolution = (v: { dateResolvedFrom?: string | undefined; dateAnchor?: string | undefined; date?: string | undefined }) =>
  !v.dateResolvedFrom || (v.dateAnchor !== undefined && v.date !== undefined);
const anchorMessage = { message: 'dateResolvedFrom needs both date (the resolved date) and dateAnchor (the article date it was resolved against)' };

export const Entity = z
  .strictObject({
    id,
    kind: z.enum(KIND_NAMES).exclude(['Article']),
    name: z.string().min(1),
    aliases: z.array(z.string().min(1)).default([]),
    description: z.string().min(1),
    /** Statements: the quoted words. */
    text: z.string().min(1).optional(),
    /** Statements: how it was made (statement, tweet, email to press, interview). */
    medium: z.string().min(1).optional(),
    /** Statements: the speaker as the article names them ("a WhatsApp spokeswoman"). */
    speaker: z.string().min(1).optional(),
    /** Reports: the period covered. */
    periodStart: isoDate.optional(),
    periodEnd: isoDate.optional(),
    url: z.url().optional(),
    /** Groups facts that answer the same question, so disagreeing claims stand side by side. */
    topic: z.string().min(1).optional(),
    ...Dated,
    sources: z.array(Source).min(1, 'every entity needs at least one source'),
  })
  .refine(requireAnchorWithResolution, anchorMessage);

export const Relation = z
  .strictObject({
    id: z.string().regex(/^rel:[a-z0-9][a-z0-9:-]*$/, 'must look like "rel:slug"'),
    type: z.enum(RELATION_TYPE_NAMES).exclude([...DERIVED_RELATION_TYPES]),
    from: id,
    to: id,
    /** Free-text properties; each optional, each typed. */
    status: z.string().min(1).optional(),
    reason: z.string().min(1).optional(),
    condition: z.string().min(1).optional(),
    title: z.string().min(1).optional(),
    role: z.string().min(1).optional(),
    description: z.string().min(1).optional(),
    topic: z.string().min(1).optional(),
    ...Dated,
    startDate: isoDate.optional(),
    endDate: isoDate.optional(),
    /** Figures (transparency reports, penalties). */
    periodStart: isoDate.optional(),
    periodEnd: isoDate.optional(),
    count: z.number().int().nonnegative().optional(),
    accountCount: z.number().int().nonnegative().optional(),
    percentProduced: z.number().min(0).max(100).optional(),
    amount: z.number().nonnegative().optional(),
    currency: z.string().length(3).optional(),
    sources: z.array(Source).min(1, 'every relation needs at least one source'),
  })
  .refine(requireAnchorWithResolution, anchorMessage);

export const Article = z
  .strictObject({
    id,
    /** The article's text file, relative to seeds/articles/. */
    file: z.string().regex(/^[\w.-]+\.txt$/),
    title: z.string().min(1),
    /** Outlet entity id; absent when the text does not identify the outlet (never guessed). */
    outlet: id.optional(),
    /** How the outlet was identified from the text. */
    outletEvidence: z.string().min(1).optional(),
    publishedAt: z.union([isoDateTime, isoDate]).optional(),
    updatedAt: z.union([isoDateTime, isoDate]).optional(),
    /** The date relative phrases in this article are resolved against. */
    date: isoDate.optional(),
    byline: z.string().min(1).optional(),
    url: z.url().optional(),
    description: z.string().min(1),
    aliases: z.array(z.string().min(1)).default([]),
  })
  .refine((a) => !a.outlet || a.outletEvidence, { message: 'outlet needs outletEvidence (an exact excerpt that identifies it)' });

export const EntitiesFile = z.array(Entity);
export const RelationsFile = z.array(Relation);
export const ArticlesFile = z.array(Article);

export type SeedSource = z.infer<typeof Source>;
export type SeedEntity = z.infer<typeof Entity>;
export type SeedRelation = z.infer<typeof Relation>;
export type SeedArticle = z.infer<typeof Article>;
