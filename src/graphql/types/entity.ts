/**
 * Entities: the `Entity` interface (a Relay `Node`) and one object type per kind of the ontology,
 * each with typed relation fields (a company's owners, an article's outlet ...). Lookups by id and by
 * name or alias, and the paged entity and article lists, live here too. Every nested field reads what
 * its root's plan computed (src/plan/) and falls back to its loader (src/data/loaders.ts) where none did.
 */
import type { GraphQLResolveInfo } from 'graphql';
import { ARTICLE_LIST, articleKey, ENTITY_LIST, ENTITY_RELATION_LIST } from '../../data/lists.js';
import {
  articleUpdate,
  countArticlesMentioning,
  countRelations,
  entityRelationEdge,
  type EntityRelationEdge,
  type ArticleUpdateRecord,
  listedArticle,
  loadArticleEvidence,
  loadArticlesMentioning,
  loadArticleText,
  loadArticleUpdates,
  loadEntity,
  loadRelation,
  loadRelationPage,
  loadRelations,
  loadSources,
} from '../../data/loaders.js';
import { entityRecord, type EntityRecord, isMap, listOf, relations, type SourceRecord, sources, str, strings } from '../../data/records.js';
import {
  ARTICLE_PROPERTIES,
  ARTICLE_UPDATE_PROPERTIES,
  type ArticleProperty,
  storedName,
  FACT_PROPERTIES,
  KIND_NAMES,
  KIND_RELATION_FIELDS,
  KINDS,
  type Kind,
  SOURCE_ATTRIBUTES,
  SOURCED,
  SUPPORT_NAMES,
  supportsOf,
} from '../../ontology.js';
import { mapMaybe, planned, plannedPage, runPlan, streamedRows } from '../../plan/index.js';
import { viewAt } from '../../data/view.js';
import { viewArgs } from '../view-args.js';
import { builder, type FieldsOf, toDateTime, toLocalDateTime } from '../builder.js';
import type { Context } from '../../data/request.js';
import { AmbiguousError, NotFoundError, notFound } from '../../errors.js';
import { LIMITS } from '../../bounds.js';
import { keysetConnection, keysetPage } from '../../data/paging.js';
import { counted, countFields } from '../connections.js';
import {
  ArticleRef,
  DirectionEnum,
  EntityRef,
  KindEnum,
  kindRef,
  RelationRef,
  RelationTypeEnum,
  relationTypeRef,
  SourceRef,
  SupportEnum,
  supportArg,
} from '../refs.js';
import { articlePropertyFields, notDate, ontologyFields } from './ontology-fields.js';
import { articleConnection, ArticleConnection, reportedByField } from './article-lists.js';

const scalarValue = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? v : null);

/**
 * The fields a kind carries beyond the Entity interface, generated from the ontology: its fact
 * properties (a statement's text, speaker ...) and the attributes its sources give (an event's date, a
 * report's period), each read from the first source that gives it.
 */
function kindFields(t: FieldsOf<EntityRecord, 'Object'>, kind: Kind) {
  const { properties, attributes } = KINDS[kind];
  return {
    ...ontologyFields(t, properties, FACT_PROPERTIES, (e, key) => e[key]),
    ...ontologyFields(
      t,
      attributes.filter(notDate),
      SOURCE_ATTRIBUTES,
      (e, key, ctx, info) => planned(e, info, scalarValue, async () => (await loadSources(ctx, e.id, viewAt(info))).find((s) => s[key] != null)?.[key] ?? null),
      " As given by the first of its sources that gives it; see `sources` for each source's own.",
    ),
    ...(attributes.some((a) => a === 'date')
      ? {
          date: t.field({
            type: 'Date',
            nullable: true,
            description: "The earliest date its sources give (ISO); each source's own is on `sources`.",
            resolve: (e) => e.date ?? null,
          }),
        }
      : {}),
  };
}

/** The one connection type of entity lists (`entities`), with the size of the whole list. */
const EntityConnection = builder.connectionObject(
  {
    type: EntityRef,
    name: 'EntityConnection',
    description: 'One page of a list of entities, with the size of the whole list.',
    fields: (c) => countFields(c, 'entities'),
  },
  { name: 'EntityEdge', description: 'One entity of the page, with its cursor.' },
);

/** The `YYYY-MM-DD` day of a stored date or date-time, or null. */
const dayOf = (v: unknown) => (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}/.test(v) ? v.slice(0, 10) : null);

const ArticleUpdateRef = builder.objectRef<ArticleUpdateRecord>('ArticleUpdate').implement({
  description:
    'An update note of an article, as its text gives it: when (an instant only where the text names the time zone), what it added, and the note verbatim.',
  fields: (t) => ({
    at: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When the update was made, as an instant; null when the text names no time zone (see `localAt`).',
      resolve: (u) => toDateTime(u.at),
    }),
    localAt: t.field({
      type: 'LocalDateTime',
      description: "The date and time as printed, on the outlet's own clock (the local part of `at` when that is known).",
      resolve: (u) => toLocalDateTime(u.at) ?? u.at,
    }),
    // atText, atNote, note, excerpt, start, end: as stored.
    ...articlePropertyFields(t, ARTICLE_UPDATE_PROPERTIES, (u, key) => u[key]),
  }),
});

/** The typed relation fields of a kind (a company's `owners` ...), from the ontology. */
function relationFields(t: FieldsOf<EntityRecord, 'Object'>, kind: Kind) {
  return Object.fromEntries(
    Object.entries(KIND_RELATION_FIELDS[kind] ?? {}).map(([name, spec]) => {
      // One relation type: its own object type, so its properties can be selected without a fragment.
      const only = spec.types.length === 1 ? spec.types[0] : undefined;
      return [
        name,
        t.field({
          type: [only ? relationTypeRef(only) : RelationRef],
          description: `${spec.description}. At most ${LIMITS.relationsPerField}.`,
          args: viewArgs(t),
          resolve: (e, _a, ctx, info) => planned(e, info, relations, () => loadRelations(ctx, e.id, spec.types, spec.direction, SOURCED, viewAt(info))),
        }),
      ];
    }),
  );
}

/** The direction and far end of a relation in an entity's `relationsConnection`. */
interface RelationEdgeExtras {
  direction: 'OUT' | 'IN';
  other: EntityRecord;
}
const edgeExtras = (x: unknown): RelationEdgeExtras => {
  const other = isMap(x) ? entityRecord(x.other) : null;
  if (!isMap(x) || !other) throw new Error('an entity relation edge without its far end');
  return { direction: x.direction === 'OUT' ? 'OUT' : 'IN', other };
};

EntityRef.implement({
  description: 'Anything in the graph: a company, service, person, authority, law, article, event, statement ... Its id names its kind ("company:whatsapp").',
  interfaces: [builder.nodeInterfaceRef()],
  resolveType: (e) => e.kind,
  fields: (t) => ({
    kind: t.field({ type: KindEnum, description: 'The kind of entity (its concrete GraphQL type and Neo4j label).', resolve: (e) => e.kind }),
    name: t.string({ description: 'Display name.', resolve: (e) => e.name ?? e.title ?? e.id }),
    aliases: t.stringList({ description: 'Other names it goes by in the articles ("Facebook Inc", "HK police").', resolve: (e) => e.aliases ?? [] }),
    description: t.string({ description: 'One sentence on what it is, from the articles.', resolve: (e) => e.description ?? '' }),
    sources: t.field({
      type: [SourceRef],
      description:
        'The evidence: each article that reports this entity, with its exact excerpt, offsets, support and the attributes it gives. Never empty, except for articles (an article is the evidence itself).',
      args: viewArgs(t),
      resolve: (e, _a, ctx, info) => planned(e, info, sources, () => (e.kind === 'Article' ? [] : loadSources(ctx, e.id, viewAt(info)))),
    }),
    support: t.field({
      type: SupportEnum,
      description: 'The strongest support among its sources (STATED for articles).',
      resolve: (e) => e.support ?? 'STATED',
    }),
    relations: t.field({
      type: [RelationRef],
      description: `Relations of this entity, optionally of given types and direction, ordered by type, date (undated last) and the far end's id. At most ${LIMITS.relationsPerField}: to page through all of them, with their count and each one's far end, use \`relationsConnection\`.`,
      args: {
        types: t.arg({ type: [RelationTypeEnum], description: 'Only these relation types (default: all).' }),
        direction: t.arg({ type: DirectionEnum, defaultValue: 'BOTH', description: 'OUT, IN or BOTH (default).' }),
        support: supportArg(t),
        ...viewArgs(t),
      },
      resolve: (e, args, ctx, info) =>
        planned(e, info, relations, () => loadRelations(ctx, e.id, args.types ?? [], args.direction ?? 'BOTH', supportsOf(args.support), viewAt(info))),
    }),
    relationsConnection: t.connection(
      {
        type: RelationRef,
        description: `Relations of this entity, optionally of given types and direction, as a connection: each edge says which way the relation goes from this entity (\`direction\`) and what is at its far end (\`other\`), so the relation itself stays the same object wherever it is reached. Ordered by type, then date (undated last), then the far end's id. At most ${LIMITS.pageSize} per page, both ways (first/after, last/before), with \`totalCount\`; batched across entities asking for the same page.`,
        args: {
          types: t.arg({ type: [RelationTypeEnum], description: 'Only these relation types (default: all).' }),
          direction: t.arg({ type: DirectionEnum, defaultValue: 'BOTH', description: 'OUT, IN or BOTH (default).' }),
          support: supportArg(t),
          ...viewArgs(t),
        },
        resolve: async (e, args, ctx, info) => {
          const [types, direction, supports, view] = [args.types ?? [], args.direction ?? 'BOTH', supportsOf(args.support), viewAt(info)] as const;
          const plan = await planned(e, info, plannedPage(entityRelationEdge), () => null);
          const page = await keysetConnection(
            args,
            (edge: EntityRelationEdge) => edge.key,
            ENTITY_RELATION_LIST,
            (p) => plan?.rows ?? loadRelationPage(ctx, e.id, types, direction, supports, view, p),
          );
          const edges = page.edges.map(({ cursor, node }) => ({ cursor, node: node.relation, direction: node.direction, other: node.other }));
          return counted({ ...page, edges }, (countLimit) => plan?.count ?? countRelations(ctx, e.id, types, direction, supports, view, countLimit));
        },
      },
      {
        name: 'EntityRelationConnection',
        description: "One page of an entity's relations, each seen from that entity, with the size of the whole list.",
        fields: (c) => countFields(c, 'relations'),
      },
      {
        name: 'EntityRelationEdge',
        description: 'One relation of the entity, with its cursor, the way it goes from the entity and its far end.',
        fields: (edge) => ({
          direction: edge.field({
            type: DirectionEnum,
            description: 'OUT when the relation starts at the entity whose list this is, IN when it ends there.',
            resolve: (x) => edgeExtras(x).direction,
          }),
          other: edge.field({
            type: EntityRef,
            description: 'The far end: `node.to` for OUT, `node.from` for IN.',
            resolve: (x) => edgeExtras(x).other,
          }),
        }),
      },
    ),
    reportedBy: reportedByField<EntityRecord>(t, (e) => ({ id: e.id })),
    mentionedIn: t.connection(
      {
        type: ArticleRef,
        description: `Articles that mention this entity, newest first (ties by id). At most ${LIMITS.pageSize} per page, both ways (first/after, last/before).`,
        resolve: async (e, args, ctx, info) => {
          const plan = await planned(e, info, plannedPage(listedArticle), () => null);
          return articleConnection(
            args,
            (p) => plan?.rows ?? loadArticlesMentioning(ctx, e.id, p),
            () => plan?.count ?? countArticlesMentioning(ctx, e.id),
          );
        },
      },
      ArticleConnection,
    ),
  }),
});

/** The facts an article's evidence supports, once each, in text order. */
async function reported(ctx: Context, articleId: string): Promise<SourceRecord[]> {
  const seen = new Set<string>();
  return (await loadArticleEvidence(ctx, articleId)).filter((s) => !seen.has(s.fact) && seen.add(s.fact));
}

const present = <T>(x: T | null): x is T => x !== null;

/** An article's own property, as its node stores it (the outlet id as `outletId`; the title falling back to the name). */
function articleProperty(a: EntityRecord, key: ArticleProperty): unknown {
  if (key === 'title') return a.title ?? a.name ?? a.id;
  const name = storedName(key, ARTICLE_PROPERTIES[key]);
  return name === undefined ? undefined : a[name as keyof EntityRecord];
}

/**
 * The fields of an article beyond the Entity interface: its properties GraphQL shows as stored
 * (title, outletEvidence, date, dateSupport, dateNote, byline, url, textHash), generated from the
 * ontology, and those it computes.
 */
const articleFields = (t: FieldsOf<EntityRecord, 'Object'>) => ({
  ...articlePropertyFields(t, ARTICLE_PROPERTIES, articleProperty),
  outlet: t.field({
    type: kindRef('Outlet'),
    nullable: true,
    description: 'The outlet that published it; null where the text does not identify it (never guessed).',
    resolve: (a, _x, ctx, info) => planned(a, info, entityRecord, () => (a.outletId ? loadEntity(ctx, a.outletId) : null)),
  }),
  publishedAt: t.field({
    type: 'DateTime',
    nullable: true,
    description: 'When it was published, as an instant: only where the text gives a time and a time zone (null otherwise; see `publishedOn`).',
    resolve: (a) => toDateTime(a.publishedAt),
  }),
  publishedOn: t.field({
    type: 'Date',
    nullable: true,
    description: 'The day it was published, where the text gives it (with or without a time).',
    resolve: (a) => dayOf(a.publishedAt),
  }),
  updatedAt: t.field({
    type: 'DateTime',
    nullable: true,
    description: 'When it was last updated, as an instant: only where the text gives a time and a time zone (null otherwise; see `updatedOn` and `updates`).',
    resolve: (a) => toDateTime(a.updatedAt),
  }),
  updatedOn: t.field({
    type: 'Date',
    nullable: true,
    description: 'The day of its latest update, where the text gives it.',
    resolve: (a) => dayOf(a.updatedAt),
  }),
  updates: t.field({
    type: [ArticleUpdateRef],
    description: 'The update notes the text gives ("Update (July 8, 2020 11:01 am): ..."), oldest first; empty when it gives none.',
    resolve: (a, _x, ctx, info) => planned(a, info, listOf(articleUpdate), () => loadArticleUpdates(ctx, a.id)),
  }),
  text: t.string({
    description: "The full text, stored apart from the article's other fields, against which every excerpt's offsets can be checked.",
    resolve: (a, _x, ctx, info) =>
      mapMaybe(
        planned(a, info, str, () => loadArticleText(ctx, a.id)),
        (text) => text ?? '',
      ),
  }),
  evidence: t.field({
    type: [SourceRef],
    description: `What this article says: every source (evidence record) it provides, in text order, each naming the fact it supports. At most ${LIMITS.relationsPerField}.`,
    resolve: (a, _x, ctx, info) => planned(a, info, sources, () => loadArticleEvidence(ctx, a.id)),
  }),
  citations: t.field({
    type: [RelationRef],
    description: `Outlets and reports the article cites as its sources (CITES). At most ${LIMITS.relationsPerField}.`,
    args: viewArgs(t),
    resolve: (a, _x, ctx, info) => planned(a, info, relations, () => loadRelations(ctx, a.id, ['CITES'], 'OUT', SUPPORT_NAMES, viewAt(info))),
  }),
  reportedFacts: t.field({
    type: [RelationRef],
    description: `The relations this article is a source of, in text order. At most ${LIMITS.relationsPerField} sources are read.`,
    resolve: async (a, _x, ctx) =>
      (await Promise.all((await reported(ctx, a.id)).map((s) => (s.from && s.to ? loadRelation(ctx, s.fact, s.from, s.to) : null)))).filter(present),
  }),
  reportedEntities: t.field({
    type: [EntityRef],
    description: `The entities (events, statements, companies ...) this article is a source of, in text order. At most ${LIMITS.relationsPerField} sources are read.`,
    resolve: async (a, _x, ctx) => (await Promise.all((await reported(ctx, a.id)).map((s) => (s.from ? null : loadEntity(ctx, s.fact))))).filter(present),
  }),
  mentions: t.field({
    type: [RelationRef],
    description: `Entities the article mentions (derived MENTIONS edges), each with the article's sources about it. At most ${LIMITS.relationsPerField}.`,
    resolve: (a, _x, ctx, info) => planned(a, info, relations, () => loadRelations(ctx, a.id, ['MENTIONS'], 'OUT', SUPPORT_NAMES, viewAt(info))),
  }),
});

// Object types rather than Relay's `builder.node`: its id field always resolves through a promise (the
// global id is encoded asynchronously), which costs a turn per entity and lets Yoga's executor emit
// `id` after the fields that resolved at once. Entity ids are global already ("company:whatsapp").
for (const kind of KIND_NAMES) {
  builder.objectType(kindRef(kind), {
    description: KINDS[kind].description,
    interfaces: [builder.nodeInterfaceRef(), EntityRef],
    isTypeOf: (e: unknown) => entityRecord(e)?.kind === kind,
    fields: (t) => ({
      id: t.exposeID('id', { description: 'The stable global id, e.g. "company:whatsapp".' }),
      ...relationFields(t, kind),
      ...kindFields(t, kind),
      ...(kind === 'Article' ? articleFields(t) : {}),
    }),
  });
}

// ---------------------------------------------------------------------------------------------
// Root fields

/** A planned entity root: the entity, or NOT_FOUND naming what was asked for. */
async function plannedEntity(ctx: Context, info: GraphQLResolveInfo, ref: string, argument: string): Promise<EntityRecord> {
  const [root] = await runPlan(ctx, info);
  const entity = entityRecord(root);
  if (!entity) throw new NotFoundError(ref, argument);
  return entity;
}

/** A planned connection root: its rows (`{key, node}`), its count when selected, and the references that matched nothing. */
function connectionRoot(found: readonly unknown[]) {
  const { items, head } = streamedRows(found);
  return {
    rows: items.flatMap((r) => {
      const node = isMap(r) ? entityRecord(r.node) : null;
      return isMap(r) && node ? [{ key: strings(r.key), node }] : [];
    }),
    count: typeof head.count === 'number' ? head.count : 0,
    missing: strings(head.missing),
  };
}

builder.queryFields((t) => ({
  entity: t.field({
    nullable: true,
    type: EntityRef,
    description: 'One entity by id ("company:whatsapp"); NOT_FOUND when no entity has it.',
    args: { id: t.arg.id({ required: true, description: 'The entity id.' }) },
    resolve: (_r, { id }, ctx, info) => plannedEntity(ctx, info, String(id), 'id'),
  }),
  lookup: t.field({
    nullable: true,
    type: EntityRef,
    description:
      'One entity by id, identifier, name or alias ("whatsapp", "GB-COH:01234567", "HK police", "national security law"); NOT_FOUND when nothing matches. An exact id wins, then an identifier ("scheme:id", exactly as the dataset gives it; see `identifiers`), then a name, then an alias, names and aliases in any letter case. An identifier several entities hold is AMBIGUOUS, with their ids in `extensions.candidates`; entities sharing a name (Telegram the company and the app) resolve to the first id in order, so pass the id to choose. For partial words use `search`.',
    args: { ref: t.arg.string({ required: true, description: 'An id, an identifier ("scheme:id"), a name or an alias.' }) },
    resolve: async (_r, { ref }, ctx, info) => {
      const [root] = await runPlan(ctx, info);
      const entity = isMap(root) ? entityRecord(root.entity) : null;
      if (entity) return entity;
      const candidates = isMap(root) ? strings(root.ambiguous) : [];
      if (candidates.length > 1) throw new AmbiguousError(ref, 'ref', candidates);
      throw new NotFoundError(ref, 'ref');
    },
  }),
  entities: t.connection(
    {
      nullable: true,
      type: EntityRef,
      description: `All entities, or those of one kind, in name order (case-insensitive; id breaks ties), read in order from an index. At most ${LIMITS.pageSize} per page, both ways (first/after, last/before).`,
      args: { kind: t.arg({ type: KindEnum, description: 'Only entities of this kind.' }) },
      resolve: async (_r, args, ctx, info) => {
        keysetPage(args, ENTITY_LIST);
        const plan = connectionRoot(await runPlan(ctx, info));
        const page = await keysetConnection(
          args,
          (r) => r.key,
          ENTITY_LIST,
          () => plan.rows,
        );
        return counted({ ...page, edges: page.edges.map(({ cursor, node }) => ({ cursor, node: node.node })) }, () => plan.count);
      },
    },
    EntityConnection,
  ),
  articles: t.connection(
    {
      nullable: true,
      type: ArticleRef,
      description: `The source articles, newest first (ties by id), optionally by outlet, by an entity they mention and by date, read from the date index or anchored at that entity. At most ${LIMITS.pageSize} per page, both ways (first/after, last/before).`,
      args: {
        outlet: t.arg.string({ description: 'Only articles published by this outlet (id, name or alias).' }),
        mentioning: t.arg.string({ description: 'Only articles mentioning this entity (id, name or alias).' }),
        since: t.arg({ type: 'Date', description: 'Only articles dated on or after this day.' }),
        until: t.arg({ type: 'Date', description: 'Only articles dated on or before this day.' }),
      },
      resolve: async (_r, args, ctx, info) => {
        keysetPage(args, ARTICLE_LIST);
        const plan = connectionRoot(await runPlan(ctx, info));
        const error = notFound(plan.missing, { mentioning: args.mentioning, outlet: args.outlet });
        if (error) throw error;
        return articleConnection(
          args,
          () => plan.rows.map((r) => ({ article: r.node, key: r.key })),
          () => plan.count,
        );
      },
    },
    ArticleConnection,
  ),
}));

export { articleKey };
