/**
 * Relations (edges) and their evidence. `Relation` is an interface with one object type per relation
 * type, generated from the ontology with only that type's properties; every relation has its sources:
 * Source records, each with the article (title, outlet, date), the exact excerpt, its offsets in the
 * stored text, its support and the date and figures as that source gives them. Nested fields read what
 * their root's plan computed and fall back to their loaders where none did.
 */
import { relationList } from '../../data/lists.js';
import { loadEntity, loadMentionEvidence, loadRelation, loadSources } from '../../data/loaders.js';
import { entityRecord, isMap, projected, relationRecord, type RelationRecord, type SourceRecord, sources, str, strings } from '../../data/records.js';
import { FACT_PROPERTIES, keysOf, RELATION_TYPE_NAMES, RELATION_TYPES, SOURCE_ATTRIBUTES, type SourceAttribute } from '../../ontology.js';
import { mapMaybe, planned, runPlan, streamedRows } from '../../plan/index.js';
import { builder } from '../builder.js';
import { type View, viewAt } from '../../data/view.js';
import { viewArgs } from '../view-args.js';
import { historyFields } from './curation-fields.js';
import { ShareRangeRef, shareOf } from './shares.js';
import type { Context } from '../../data/request.js';
import { LIMITS } from '../../bounds.js';
import { keysetConnection, keysetPage } from '../../data/paging.js';
import { counted } from '../connections.js';
import { ArticleRef, EntityRef, RelationRef, RelationTypeEnum, relationTypeName, relationTypeRef, SourceRef, SupportEnum, supportArg } from '../refs.js';
import { reportedByField } from './article-lists.js';
import { notFound } from '../../errors.js';
import { RelationConnection } from './facts.js';
import { notDate, ontologyFields } from './ontology-fields.js';

SourceRef.implement({
  description:
    'One piece of evidence: the article that states a fact, the exact excerpt, where it stands in the stored article text, how strongly it supports the fact, and the date and figures as this source gives them (sources may disagree).',
  fields: (t) => ({
    id: t.id({ description: 'Stable id of this evidence record.', resolve: (s) => s.id }),
    article: t.field({
      type: ArticleRef,
      description: 'The article that reported the fact (title, outlet, date): one hop along its REPORTED_BY edge.',
      resolve: (s, _a, ctx, info) =>
        mapMaybe(
          planned(s, info, entityRecord, () => s.articleRecord ?? (s.article ? loadEntity(ctx, s.article) : null)),
          (article) => projected(article ?? undefined, `the article of ${s.id}`),
        ),
    }),
    excerpt: t.string({
      resolve: (s) => projected(s.excerpt, 'Source.excerpt'),
      description: 'An exact quote from the article (at most one or two sentences) stating the fact.',
    }),
    start: t.int({
      resolve: (s) => projected(s.start, 'Source.start'),
      description: 'Offset of the excerpt in the article text (UTF-16 code units, as JavaScript string indices): text.slice(start, end) === excerpt.',
    }),
    end: t.int({ resolve: (s) => projected(s.end, 'Source.end'), description: 'Offset just past the excerpt in the article text (UTF-16 code units).' }),
    textHash: t.string({
      resolve: (s) => projected(s.textHash, 'Source.textHash'),
      description: 'SHA-256 (hex) of the article text the offsets refer to; compare with Article.textHash to detect an edited text.',
    }),
    support: t.field({ type: SupportEnum, description: 'How strongly this source backs the fact.', resolve: (s) => projected(s.support, 'Source.support') }),
    note: t.string({
      nullable: true,
      description: 'For INFERRED and BACKGROUND support: how the fact follows, or why it is background.',
      resolve: (s) => s.note ?? null,
    }),
    dateResolved: t.boolean({
      description: 'True when `date` was resolved from a relative phrase ("last Wednesday") against `dateAnchor`.',
      resolve: (s) => s.dateResolvedFrom != null,
    }),
    ...ontologyFields<SourceRecord, SourceAttribute>(
      t,
      keysOf(SOURCE_ATTRIBUTES),
      SOURCE_ATTRIBUTES,
      (s, k) => s[k],
      ' Null when this source does not give it.',
    ),
    ...historyFields(t, (s, key) => Reflect.get(s, key), 'source'),
    entity: t.field({
      type: EntityRef,
      nullable: true,
      description: 'The entity this source supports, when the fact is an entity (an event, a statement ...).',
      resolve: (s, _a, ctx, info) => planned(s, info, entityRecord, () => (s.from ? null : loadEntity(ctx, s.fact))),
    }),
    relation: t.field({
      type: RelationRef,
      nullable: true,
      description: 'The relation this source supports, when the fact is a relation.',
      resolve: (s, _a, ctx, info) => planned(s, info, relationRecord, () => (s.from && s.to ? loadRelation(ctx, s.fact, s.from, s.to) : null)),
    }),
  }),
});

/** The evidence of a relation; a derived MENTIONS edge shows the sources of the facts that made it. */
const relationSources = (ctx: Context, r: RelationRecord, view: View) =>
  r.type === 'MENTIONS' ? loadMentionEvidence(ctx, r.from.id, r.to.id, view) : loadSources(ctx, r.id, view);

/** The first source's value of an attribute: what a relation shows when asked without reading its sources. */
const firstGiven = async (ctx: Context, r: RelationRecord, key: SourceAttribute, view: View) =>
  (await relationSources(ctx, r, view)).find((s) => s[key] != null)?.[key] ?? null;

/** A relation's properties and first-given attributes with a value, as text: for generic clients (graph views). */
async function propertyValues(ctx: Context, r: RelationRecord, view: View) {
  const { properties, attributes } = RELATION_TYPES[r.type];
  const own = properties.map((name) => ({ name, value: r.props[name] }));
  const given = await Promise.all(attributes.filter(notDate).map(async (name) => ({ name, value: await firstGiven(ctx, r, name, view) })));
  return [...own, ...given].filter((p) => p.value != null).map((p) => ({ name: p.name, value: String(p.value) }));
}

const PropertyValueRef = builder.simpleObject('PropertyValue', {
  description: 'One property of a relation as a name and its value written as text (numbers and dates in their usual text form).',
  fields: (t) => ({
    name: t.string({ description: 'The property name, as the field of the relation\'s own type is named (e.g. "status").' }),
    value: t.string({ description: 'Its value, as text.' }),
  }),
});

const scalarValue = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? v : null);

RelationRef.implement({
  description:
    'A typed, directed relation between two entities, with its sources. Each relation type is its own object type implementing this interface (`OwnsRelation`, `PausedRequestsFromRelation` ...), carrying only the properties that type has (from the ontology); select them with `... on PausedRequestsFromRelation { status reason }`, or read `properties` generically.',
  resolveType: (r) => relationTypeName(r.type),
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Stable id of the relation, e.g. "rel:owns:facebook:whatsapp".' }),
    type: t.field({ type: RelationTypeEnum, description: 'The relation type.', resolve: (r) => r.type }),
    from: t.field({
      type: EntityRef,
      description: 'The entity the relation starts at (the owner in OWNS).',
      resolve: (r, _a, _c, info) =>
        mapMaybe(
          planned(r, info, entityRecord, () => r.from),
          (e) => e ?? r.from,
        ),
    }),
    to: t.field({
      type: EntityRef,
      description: 'The entity the relation points to (the owned in OWNS).',
      resolve: (r, _a, _c, info) =>
        mapMaybe(
          planned(r, info, entityRecord, () => r.to),
          (e) => e ?? r.to,
        ),
    }),
    fromId: t.id({ description: 'Id of `from`, for graph views.', resolve: (r) => r.from.id }),
    toId: t.id({ description: 'Id of `to`, for graph views.', resolve: (r) => r.to.id }),
    sources: t.field({
      type: [SourceRef],
      description:
        'The evidence: each article that reports this relation, with its exact excerpt, offsets, support and the date and figures it gives. Never empty, except for derived MENTIONS edges with no fact left in the article.',
      args: viewArgs(t),
      resolve: (r, _a, ctx, info) => planned(r, info, sources, () => relationSources(ctx, r, viewAt(info))),
    }),
    support: t.field({ type: SupportEnum, description: 'The strongest support among its sources.', resolve: (r) => r.props.support ?? 'STATED' }),
    date: t.field({
      type: 'Date',
      nullable: true,
      description: "The earliest date its sources give (ISO); each source's own is on `sources`.",
      resolve: (r) => r.props.date ?? null,
    }),
    dateResolved: t.boolean({
      description: 'True when the first source giving a date resolved it from a relative phrase.',
      resolve: (r, _a, ctx, info) =>
        mapMaybe(
          planned(r, info, str, () => firstGiven(ctx, r, 'dateResolvedFrom', viewAt(info))),
          (from) => from !== null,
        ),
    }),
    ...historyFields(t, (r, key) => Reflect.get(r.props, key), 'fact'),
    reportedBy: reportedByField(t, (r: RelationRecord) => (r.type === 'MENTIONS' ? { id: r.id, derived: r.from } : { id: r.id })),
    properties: t.field({
      type: [PropertyValueRef],
      description: "Every property this relation has a value for (its type's fields below, as text), for clients that show any relation the same way.",
      resolve: (r, _a, ctx, info) => propertyValues(ctx, r, viewAt(info)),
    }),
  }),
});

/** One object type per relation type, generated from the ontology: the shared fields and only its own properties. */
for (const type of RELATION_TYPE_NAMES) {
  const { properties, attributes, description } = RELATION_TYPES[type];
  builder.objectType(relationTypeRef(type), {
    description: `${type}: ${description}`,
    interfaces: [RelationRef],
    isTypeOf: (r) => relationRecord(r)?.type === type,
    fields: (t) => ({
      ...ontologyFields(t, properties, FACT_PROPERTIES, (r, k) => r.props[k]),
      ...ontologyFields(
        t,
        attributes.filter(notDate),
        SOURCE_ATTRIBUTES,
        (r, k, ctx, info) => planned(r, info, scalarValue, () => firstGiven(ctx, r, k, viewAt(info))),
        " As given by the first of its sources that gives it; see `sources` for each source's own.",
      ),
      ...(type === 'OWNS'
        ? {
            share: t.field({
              type: ShareRangeRef,
              nullable: true,
              description:
                'The share held, as a range from `shareExact`, `shareMinimum` and `shareMaximum` (a bound the dataset leaves open is 0 or 100); null when no dataset gives a share.',
              resolve: (r) => shareOf(r.props),
            }),
          }
        : {}),
    }),
  });
}

/** A planned `relations` root: rows of relations with their keys, the count when selected, references that matched nothing. */
function relationRows(found: readonly unknown[]) {
  const { items, head } = streamedRows(found);
  return {
    rows: items.flatMap((r) => {
      const node = isMap(r) ? relationRecord(r.node) : null;
      return isMap(r) && node ? [{ key: strings(r.key), node }] : [];
    }),
    count: typeof head.count === 'number' ? head.count : 0,
    missing: strings(head.missing),
  };
}

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
          description: `With \`to\`: also relations ending at any body PART_OF it, up to ${LIMITS.partOfLevels} levels down and ${LIMITS.partOfBodies} bodies (e.g. the Hong Kong police as part of the Hong Kong authorities).`,
        }),
        support: supportArg(t),
        ...viewArgs(t),
      },
      resolve: async (_root, args, ctx, info) => {
        keysetPage(args, relationList(args.type));
        const plan = relationRows(await runPlan(ctx, info));
        const error = notFound(plan.missing, { from: args.from, to: args.to });
        if (error) throw error;
        const page = await keysetConnection(
          args,
          (r) => r.key,
          relationList(args.type),
          () => plan.rows,
        );
        return counted({ ...page, edges: page.edges.map(({ cursor, node }) => ({ cursor, node: node.node })) }, () => plan.count);
      },
    },
    RelationConnection,
  ),
}));
