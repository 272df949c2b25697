/**
 * The inputs of the mutations, as zod schemas: the GraphQL layer validates each mutation's `input` with
 * these (through Pothos' zod plugin), so a refused field comes back as a ValidationError naming its path.
 * What a schema cannot see (an excerpt not in its article, a relation the ontology does not allow between
 * these kinds) the operations check against the graph (src/store/curation/operations.ts).
 */
import { z } from 'zod';
import { DERIVED_RELATION_TYPES, FACT_PROPERTIES, KIND_NAMES, RELATION_TYPE_NAMES, SOURCE_ATTRIBUTES, SUPPORT_NAMES } from '../../ontology.js';
import { isoDate, isoDateTime, optionalShape } from '../schema.js';

/** GraphQL sends an explicitly null optional field as null: the same as leaving it out. */
const withoutNulls = (v: unknown): unknown =>
  Array.isArray(v)
    ? v.map(withoutNulls)
    : v && typeof v === 'object'
      ? Object.fromEntries(Object.entries(v).flatMap(([k, x]) => (x === null ? [] : [[k, withoutNulls(x)]])))
      : v;

const input = <T extends z.ZodType>(schema: T) => z.preprocess(withoutNulls, schema);

/** An entity, fact or article as a client names it: an id, or a name or alias as `lookup` takes it. */
const ref = z.string().trim().min(1, 'must not be empty').max(300);
const idempotencyKey = z.string().min(8, 'must be at least 8 characters (a UUID is a good key)').max(200).optional();
const expectedVersion = z.number().int().min(0).optional();
const reason = z.string().trim().min(3, 'must say why (at least 3 characters)').max(2_000);

/** One citation: an article, an exact excerpt of its text, how strongly it supports the fact, and what it gives of its date and figures. */
const citationFields = {
  article: ref,
  excerpt: z.string().min(3).max(600),
  support: z.enum(SUPPORT_NAMES).default('STATED'),
  note: z.string().trim().min(1).max(2_000).optional(),
  ...optionalShape(SOURCE_ATTRIBUTES),
};
const noted = (c: { support: string; note?: unknown }) => c.support === 'STATED' || c.note !== undefined;
const NOTE_NEEDED = { message: 'an INFERRED or BACKGROUND citation needs a `note` saying why', path: ['note'] };
export const Citation = z.object(citationFields).refine(noted, NOTE_NEEDED);
export type CitationInput = z.infer<typeof Citation>;

export const AddArticleInput = input(
  z.object({
    title: z.string().trim().min(1).max(500),
    publishedAt: z.union([isoDateTime, isoDate]),
    text: z.string().min(1, 'must not be empty'),
    url: z.url().optional(),
    outlet: ref.optional(),
    author: z.string().trim().min(1).max(300).optional(),
    idempotencyKey,
  }),
);
export type AddArticle = z.infer<typeof AddArticleInput>;

const properties = z.object(Object.fromEntries(Object.keys(FACT_PROPERTIES).map((k) => [k, z.string().trim().min(1).max(2_000).optional()])));

export const UpsertEntityInput = input(
  z.object({
    id: ref.optional(),
    kind: z.enum(KIND_NAMES).exclude(['Article']),
    name: z.string().trim().min(1).max(300),
    aliases: z.array(z.string().trim().min(1).max(300)).max(50).optional(),
    description: z.string().trim().min(1).max(2_000).optional(),
    url: z.url().optional(),
    properties: properties.optional(),
    citations: z.array(Citation).max(20).optional(),
    expectedVersion,
    idempotencyKey,
  }),
);
export type UpsertEntity = z.infer<typeof UpsertEntityInput>;

export const AssertFactInput = input(
  z.object({
    type: z.enum(RELATION_TYPE_NAMES).refine((t) => !DERIVED_RELATION_TYPES.includes(t), 'is written by the loader (derived), not asserted'),
    from: ref,
    to: ref,
    properties: properties.optional(),
    citations: z.array(Citation).min(1, 'a fact needs at least one citation').max(20),
    expectedVersion,
    idempotencyKey,
  }),
);
export type AssertFact = z.infer<typeof AssertFactInput>;

export const AddCitationInput = input(z.object({ fact: ref, ...citationFields, expectedVersion, idempotencyKey }).refine(noted, NOTE_NEEDED));
export type AddCitation = z.infer<typeof AddCitationInput>;

export const RetractFactInput = input(z.object({ fact: ref, reason, expectedVersion, idempotencyKey }));
export type RetractFact = z.infer<typeof RetractFactInput>;

export const RetractCitationInput = input(z.object({ citation: ref, reason, expectedVersion, idempotencyKey }));
export type RetractCitation = z.infer<typeof RetractCitationInput>;

export const MergeEntitiesInput = input(z.object({ keep: ref, merge: ref, reason, idempotencyKey }));
export type MergeEntities = z.infer<typeof MergeEntitiesInput>;
