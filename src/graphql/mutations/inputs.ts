/**
 * The mutations' input types, each `<Mutation>Input`. Their fields' checks are the zod schemas of
 * src/store/curation/inputs.ts (attached where each mutation takes its `input`); citation attributes and
 * fact properties are generated from the ontology's tables, like the seed format's.
 */
import { FACT_PROPERTIES, SOURCE_ATTRIBUTES, type ValueType } from '../../ontology.js';
import { builder, type Types } from '../builder.js';
import { GRAPHQL_TYPE } from '../types/ontology-fields.js';
import { KindEnum, RelationTypeEnum, SupportEnum } from '../refs.js';

const idempotencyKey = {
  description:
    'Any unique string (a UUID) naming this change: a retry with the same key and input returns the first result (`replayed: true`) and writes nothing; the same key with another input is a ValidationError.',
};
const expectedVersion = {
  description:
    'The version the client read: if it is not the current version, nothing is written and a ConflictError says the current one. Leave it out to accept any. 0: must not exist yet.',
};

/** The input type of a source attribute of the ontology. */
const attributeType = (type: ValueType) => (type === 'support' ? SupportEnum : GRAPHQL_TYPE[type]);

/** The fields of a citation: the article, the excerpt, its support and note, and the attributes the ontology gives sources. */
const citationFields = (t: PothosSchemaTypes.InputFieldBuilder<Types, 'InputObject'>) => ({
  article: t.string({ required: true, description: 'The article: its id, or its title.' }),
  excerpt: t.string({ required: true, description: 'Words of the article, verbatim (3–600 characters).' }),
  support: t.field({ type: SupportEnum, defaultValue: 'STATED', description: 'How strongly the excerpt supports the fact (default STATED).' }),
  note: t.string({ description: 'Why an INFERRED or BACKGROUND citation supports the fact as it does (required for those).' }),
  ...Object.fromEntries(
    Object.entries(SOURCE_ATTRIBUTES).map(([name, spec]) => [name, t.field({ type: attributeType(spec.type), description: spec.description })]),
  ),
});

export const CitationInput = builder.inputType('CitationInput', {
  description:
    "One citation: an article of the graph, an exact excerpt of its stored text (offsets are computed, never taken from the client), how strongly it supports the fact, and the date and figures it gives (only those the fact's type takes).",
  fields: (t) => ({
    ...citationFields(t),
  }),
});

export const FactPropertiesInput = builder.inputType('FactPropertiesInput', {
  description:
    "A fact's own text properties; each relation type takes only some (see the ontology), others are refused. Figures, flags and dates of ownership come from dataset imports only.",
  fields: (t) =>
    Object.fromEntries(
      Object.entries(FACT_PROPERTIES)
        .filter(([, spec]) => spec.type === 'string')
        .map(([name, spec]) => [name, t.string({ description: spec.description })]),
    ),
});

export const AddArticleInput = builder.inputType('AddArticleInput', {
  description: 'A new article: its text is stored and hashed, and every known name and alias in it becomes a MENTIONS edge with its evidence.',
  fields: (t) => ({
    title: t.string({ required: true, description: 'The headline.' }),
    publishedAt: t.string({ required: true, description: 'When it was published: an ISO date-time with offset, or an ISO date.' }),
    text: t.string({ required: true, description: 'The full text (at most MAX_ARTICLE_CHARS characters); citations quote it.' }),
    url: t.string({ description: 'Its web address.' }),
    outlet: t.string({ description: 'The outlet that published it: an Outlet id or name.' }),
    author: t.string({ description: 'The author or byline, as printed.' }),
    idempotencyKey: t.string(idempotencyKey),
  }),
});

export const UpsertEntityInput = builder.inputType('UpsertEntityInput', {
  description:
    'An entity to create or update: the one with `id`, else the one of this kind whose name is `name`, else a new one (which needs a description and at least one citation: a fact without evidence is not stored).',
  fields: (t) => ({
    id: t.string({ description: 'The entity to update (an id or a name); without it, the entity of this kind named `name`, if any.' }),
    kind: t.field({
      type: KindEnum,
      required: true,
      description: "Its kind (not ARTICLE: articles come through `addArticle`); an entity's kind does not change.",
    }),
    name: t.string({ required: true, description: 'Its name.' }),
    aliases: t.stringList({ description: 'Other names it goes by (replacing the ones it has).' }),
    description: t.string({ description: 'What it is, in one sentence (required for a new entity).' }),
    url: t.string({ description: 'Its web address.' }),
    properties: t.field({
      type: FactPropertiesInput,
      description: 'Its properties (only those its kind takes: a Statement its `text`, `speaker` …), set as given.',
    }),
    citations: t.field({ type: [CitationInput], description: 'Evidence that it exists as described (required for a new entity; added to an existing one).' }),
    expectedVersion: t.int(expectedVersion),
    idempotencyKey: t.string(idempotencyKey),
  }),
});

export const AssertFactInput = builder.inputType('AssertFactInput', {
  description:
    'A fact: a relation of a type from one entity to another, with at least one citation. A standing fact of that type between the same ends is restated: its properties updated and the new citations added.',
  fields: (t) => ({
    type: t.field({ type: RelationTypeEnum, required: true, description: 'The relation type; its ends must be of the kinds the ontology allows.' }),
    from: t.string({ required: true, description: 'Where it starts: an entity id or name.' }),
    to: t.string({ required: true, description: 'Where it ends: an entity id or name.' }),
    properties: t.field({ type: FactPropertiesInput, description: 'Its properties (only those its type takes).' }),
    citations: t.field({ type: [CitationInput], required: true, description: 'Its evidence: at least one citation.' }),
    expectedVersion: t.int(expectedVersion),
    idempotencyKey: t.string(idempotencyKey),
  }),
});

export const AddCitationInput = builder.inputType('AddCitationInput', {
  description: 'One more citation of a standing fact.',
  fields: (t) => ({
    fact: t.string({ required: true, description: 'The fact (relation) id.' }),
    ...citationFields(t),
    expectedVersion: t.int(expectedVersion),
    idempotencyKey: t.string(idempotencyKey),
  }),
});

export const RetractFactInput = builder.inputType('RetractFactInput', {
  description:
    'A fact to retract: it is kept, marked with who retracted it, when and why, and left out of traversals and lists unless they ask for `includeRetracted`.',
  fields: (t) => ({
    fact: t.string({ required: true, description: 'The fact (relation) id.' }),
    reason: t.string({ required: true, description: 'Why it is retracted.' }),
    expectedVersion: t.int(expectedVersion),
    idempotencyKey: t.string(idempotencyKey),
  }),
});

export const RetractCitationInput = builder.inputType('RetractCitationInput', {
  description:
    "A citation to retract: kept, marked with who, when and why; it no longer backs its fact. A standing fact's last standing citation cannot be retracted (retract the fact).",
  fields: (t) => ({
    citation: t.string({ required: true, description: 'The citation (Source) id.' }),
    reason: t.string({ required: true, description: 'Why it is retracted.' }),
    expectedVersion: t.int({ description: `The version of its fact the client read. ${expectedVersion.description}` }),
    idempotencyKey: t.string(idempotencyKey),
  }),
});

export const MergeEntitiesInput = builder.inputType('MergeEntitiesInput', {
  description:
    "Two entities of one kind that are the same: relations, evidence, names and aliases of `merge` move to `keep`, and `merge`'s id keeps resolving to `keep`. A relation between the two is dropped (it would be a loop).",
  fields: (t) => ({
    keep: t.string({ required: true, description: 'The entity kept (an id or a name).' }),
    merge: t.string({ required: true, description: 'The entity merged into it (an id or a name).' }),
    reason: t.string({ required: true, description: 'Why they are the same.' }),
    idempotencyKey: t.string(idempotencyKey),
  }),
});
