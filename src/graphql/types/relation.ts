/**
 * Relations (edges) and their evidence. `Relation` is an interface with one object type per relation
 * type, generated from the ontology with only that type's properties; every relation has its sources: Source records, each with the article (title, outlet, date), the exact
 * excerpt, its offsets in the stored text, its support and the date and figures as that source gives them.
 */
import { cypher, directions, variants } from '../../db/cypher.js';
import {
  FACT_PROPERTIES,
  RELATION_TYPE_NAMES,
  RELATION_TYPES,
  SOURCE_ATTRIBUTES,
  type FactProperty,
  type RelationType,
  type SourceAttribute,
  type Support,
  type ValueType,
} from '../../ontology.js';
import { builder } from '../builder.js';
import type { Context } from '../context.js';
import { LIMITS } from '../limits.js';
import { loadEntity, loadMentionEvidence, loadRelation, loadSources, resolveRef } from '../loaders.js';
import { counted, KEY_MAX, KEY_MIN, keysetConnection } from '../paging.js';
import { toRelation, type RawRelation, type RelationRecord, type SourceRecord } from '../records.js';
import { EntityRef, RelationRef, RelationTypeEnum, SourceRef, SupportEnum, supportArg, supportsOf } from '../refs.js';
import { ArticleRef, reportedByField } from './entity.js';
import { countFacts, factFilter, RelationConnection } from './facts.js';

const OF_TYPE = new Map([...variants('relations/of-type', 'REL_TYPE', RELATION_TYPE_NAMES)].map(([type, q]) => [type, directions(q)]));
const FROM = directions(cypher('relations/from'));
const TO = directions(cypher('relations/to'));
/** Relation lists are in id order: cursors hold [id], tagged with the list's type. */
const RELATION_BOUNDS = { list: 'relations', after: [KEY_MIN], before: [KEY_MAX] };
const PARTS = cypher('relations/parts');

/** GraphQL output type of each ontology value type. */
const GRAPHQL_TYPE: Record<ValueType, 'String' | 'Int' | 'Float' | 'Date'> = {
  string: 'String',
  int: 'Int',
  float: 'Float',
  percent: 'Float',
  date: 'Date',
  currency: 'String',
};

/** A nullable field per ontology property, read by `read` (generated, so the ontology is the only list). */
export const ontologyFields = <R, K extends string>(
  // biome-ignore lint/suspicious/noExplicitAny: shared by the field builders of many Pothos object types, whose generic type has no one name
  t: any,
  table: Record<K, { type: ValueType; description: string }>,
  read: (r: R, key: K, ctx: Context) => unknown,
  note = '',
) =>
  Object.fromEntries(
    (Object.keys(table) as K[]).map((key) => [
      key,
      t.field({
        type: GRAPHQL_TYPE[table[key].type],
        nullable: true,
        description: `${table[key].description}${note}`,
        resolve: async (r: R, _a: unknown, ctx: Context) => (await read(r, key, ctx)) ?? null,
      }),
    ]),
  );

SourceRef.implement({
  description:
    'One piece of evidence: the article that states a fact, the exact excerpt, where it stands in the stored article text, how strongly it supports the fact, and the date and figures as this source gives them (sources may disagree).',
  fields: (t) => ({
    id: t.id({ description: 'Stable id of this evidence record.', resolve: (s) => s.id }),
    article: t.field({
      type: ArticleRef,
      description: 'The article that reported the fact (title, outlet, date).',
      resolve: async (s, _a, ctx) => s.articleRecord ?? (await loadEntity(ctx, s.article))!,
    }),
    excerpt: t.string({ resolve: (s) => s.excerpt, description: 'An exact quote from the article (at most one or two sentences) stating the fact.' }),
    start: t.int({
      resolve: (s) => s.start,
      description: 'Offset of the excerpt in the article text (UTF-16 code units, as JavaScript string indices): text.slice(start, end) === excerpt.',
    }),
    end: t.int({ resolve: (s) => s.end, description: 'Offset just past the excerpt in the article text (UTF-16 code units).' }),
    textHash: t.string({
      resolve: (s) => s.textHash,
      description: 'SHA-256 (hex) of the article text the offsets refer to; compare with Article.textHash to detect an edited text.',
    }),
    support: t.field({ type: SupportEnum, description: 'How strongly this source backs the fact.', resolve: (s) => s.support }),
    note: t.string({
      nullable: true,
      description: 'For INFERRED and BACKGROUND support: how the fact follows, or why it is background.',
      resolve: (s) => s.note ?? null,
    }),
    dateResolved: t.boolean({
      description: 'True when `date` was resolved from a relative phrase ("last Wednesday") against `dateAnchor`.',
      resolve: (s) => s.dateResolvedFrom != null,
    }),
    ...ontologyFields<SourceRecord, SourceAttribute>(t, SOURCE_ATTRIBUTES, (s, k) => s[k], ' Null when this source does not give it.'),
    entity: t.field({
      type: EntityRef,
      nullable: true,
      description: 'The entity this source supports, when the fact is an entity (an event, a statement ...).',
      resolve: (s, _a, ctx) => (s.from ? null : loadEntity(ctx, s.fact)),
    }),
    relation: t.field({
      type: RelationRef,
      nullable: true,
      description: 'The relation this source supports, when the fact is a relation.',
      resolve: (s, _a, ctx) => (s.from ? loadRelation(ctx, s.fact, s.from) : null),
    }),
  }),
});

/** The evidence of a relation; a derived MENTIONS edge shows the sources of the facts that made it. */
const relationSources = (ctx: Context, r: RelationRecord) => (r.type === 'MENTIONS' ? loadMentionEvidence(ctx, r.from.id, r.to.id) : loadSources(ctx, r.id));

/** The first source's value of an attribute: what a relation shows when asked without reading its sources. */
const firstGiven = async (ctx: Context, r: RelationRecord, key: SourceAttribute) => (await relationSources(ctx, r)).find((s) => s[key] != null)?.[key] ?? null;

/** `PAUSED_REQUESTS_FROM` → `PausedRequestsFromRelation`: the object type of one relation type. */
export const relationTypeName = (type: RelationType) =>
  `${type
    .toLowerCase()
    .split('_')
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join('')}Relation`;

/** Source attributes a relation or kind shows as its own fields: all but `date`, which is a field of its own everywhere. */
export const notDate = (a: SourceAttribute): a is Exclude<SourceAttribute, 'date'> => a !== 'date';

/** A relation's properties and first-given attributes with a value, as text: for generic clients (graph views). */
async function propertyValues(ctx: Context, r: RelationRecord) {
  const { properties, attributes } = RELATION_TYPES[r.type];
  const own = properties.map((name) => ({ name, value: r.props[name] }));
  const given = await Promise.all(attributes.filter(notDate).map(async (name) => ({ name, value: await firstGiven(ctx, r, name) })));
  return [...own, ...given].filter((p) => p.value != null).map((p) => ({ name: p.name, value: String(p.value) }));
}

const PropertyValueRef = builder.simpleObject('PropertyValue', {
  description: 'One property of a relation as a name and its value written as text (numbers and dates in their usual text form).',
  fields: (t) => ({
    name: t.string({ description: 'The property name, as the field of the relation\'s own type is named (e.g. "status").' }),
    value: t.string({ description: 'Its value, as text.' }),
  }),
});

RelationRef.implement({
  description:
    'A typed, directed relation between two entities, with its sources. Each relation type is its own object type implementing this interface (`OwnsRelation`, `PausedRequestsFromRelation` ...), carrying only the properties that type has (from the ontology); select them with `... on PausedRequestsFromRelation { status reason }`, or read `properties` generically.',
  resolveType: (r) => relationTypeName(r.type),
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Stable id of the relation, e.g. "rel:owns:facebook:whatsapp".' }),
    type: t.field({ type: RelationTypeEnum, description: 'The relation type.', resolve: (r) => r.type }),
    from: t.field({ type: EntityRef, description: 'The entity the relation starts at (the owner in OWNS).', resolve: (r) => r.from }),
    to: t.field({ type: EntityRef, description: 'The entity the relation points to (the owned in OWNS).', resolve: (r) => r.to }),
    fromId: t.id({ description: 'Id of `from`, for graph views.', resolve: (r) => r.from.id }),
    toId: t.id({ description: 'Id of `to`, for graph views.', resolve: (r) => r.to.id }),
    sources: t.field({
      type: [SourceRef],
      description:
        'The evidence: each article that reports this relation, with its exact excerpt, offsets, support and the date and figures it gives. Never empty, except for derived MENTIONS edges with no fact left in the article.',
      resolve: (r, _a, ctx) => relationSources(ctx, r),
    }),
    support: t.field({ type: SupportEnum, description: 'The strongest support among its sources.', resolve: (r) => (r.props.support as 'STATED') ?? 'STATED' }),
    date: t.field({
      type: 'Date',
      nullable: true,
      description: "The earliest date its sources give (ISO); each source's own is on `sources`.",
      resolve: (r) => (r.props.date as string | undefined) ?? null,
    }),
    dateResolved: t.boolean({
      description: 'True when the first source giving a date resolved it from a relative phrase.',
      resolve: async (r, _a, ctx) => (await firstGiven(ctx, r, 'dateResolvedFrom')) !== null,
    }),
    reportedBy: reportedByField<RelationRecord>(t, (r) => (r.type === 'MENTIONS' ? { id: r.id, derived: r.from } : { id: r.id })),
    properties: t.field({
      type: [PropertyValueRef],
      description: "Every property this relation has a value for (its type's fields below, as text), for clients that show any relation the same way.",
      resolve: (r, _a, ctx) => propertyValues(ctx, r),
    }),
  }),
});

/** One object type per relation type, generated from the ontology: the shared fields and only its own properties. */
export const RELATION_TYPE_REFS = Object.fromEntries(
  RELATION_TYPE_NAMES.map((type) => {
    const { properties, attributes, description } = RELATION_TYPES[type];
    const own = Object.fromEntries(properties.map((p) => [p, FACT_PROPERTIES[p]])) as Record<FactProperty, { type: ValueType; description: string }>;
    const given = Object.fromEntries(attributes.filter(notDate).map((a) => [a, SOURCE_ATTRIBUTES[a]])) as Record<
      Exclude<SourceAttribute, 'date'>,
      { type: ValueType; description: string }
    >;
    const ref = builder.objectRef<RelationRecord>(relationTypeName(type)).implement({
      description: `${type}: ${description}`,
      interfaces: [RelationRef],
      isTypeOf: (r) => (r as RelationRecord).type === type,
      fields: (t) => ({
        ...ontologyFields<RelationRecord, FactProperty>(t, own, (r, k) => r.props[k]),
        ...ontologyFields<RelationRecord, Exclude<SourceAttribute, 'date'>>(
          t,
          given,
          (r, k, ctx) => firstGiven(ctx, r, k),
          " As given by the first of its sources that gives it; see `sources` for each source's own.",
        ),
      }),
    });
    return [type, ref];
  }),
) as Record<RelationType, ReturnType<typeof builder.objectRef<RelationRecord>>>;

builder.queryFields((t) => ({
  relations: t.connection(
    {
      nullable: true,
      type: RelationRef,
      description: `Relations of one type, optionally only those from and/or to given entities, e.g. everyone who paused requests from any Hong Kong body: relations(type: PAUSED_REQUESTS_FROM, to: "Hong Kong authorities", includeParts: true). In id order, read from an index or anchored at the given entity; at most ${LIMITS.pageSize} per page, both ways (first/after, last/before).`,
      args: {
        type: t.arg({ type: RelationTypeEnum, required: true, description: 'The relation type.' }),
        from: t.arg.string({ description: 'Only relations starting at this entity (id, name or alias).' }),
        to: t.arg.string({ description: 'Only relations ending at this entity (id, name or alias).' }),
        includeParts: t.arg.boolean({
          defaultValue: false,
          description:
            'With `to`: also relations ending at any body PART_OF it, up to 3 levels down and 200 bodies (e.g. the Hong Kong police as part of the Hong Kong authorities).',
        }),
        support: supportArg(t),
      },
      resolve: async (_root, args, ctx) => {
        const from = args.from ? await resolveRef(ctx, args.from, 'from') : null;
        const to = args.to ? await resolveRef(ctx, args.to, 'to') : null;
        const targets = to === null ? null : args.includeParts ? ((await ctx.db.read(PARTS, { id: to }))[0]?.ids as string[]) : [to];
        const supports = supportsOf(args.support as Support[] | null);
        const page = await keysetConnection(
          args,
          (r: RelationRecord) => [r.id],
          { ...RELATION_BOUNDS, list: `relations:${args.type}` },
          async ({ after, before, limit, direction }) => {
            const params = { type: args.type, targets, from, after: after[0], before: before[0], limit, supports };
            const query = (from !== null ? FROM : targets !== null ? TO : OF_TYPE.get(args.type)!)[direction];
            return (await ctx.db.read(query, params)).map((r) => toRelation(r.relation as RawRelation));
          },
        );
        // Counted like `facts` with the same filters, from the same anchor.
        const filter = factFilter({ types: [args.type], from, targets, supports, articles: null, since: null, until: null, topic: null });
        return counted(page, (countLimit) => countFacts(ctx, filter, countLimit));
      },
    },
    RelationConnection,
  ),
}));
