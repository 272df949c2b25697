/**
 * Entities: the `Entity` interface (a Relay `Node`) and one object type per kind of the ontology,
 * each with typed relation fields (a company's owners, an article's outlet ...). Lookups by id and by
 * name or alias, and the paged entity and article lists, live here too.
 */
import type { DefaultConnectionArguments } from '@pothos/plugin-relay';
import { cypher, directions, withoutBound } from '../../db/cypher.js';
import { FACT_PROPERTIES, KINDS, KIND_NAMES, SOURCE_ATTRIBUTES, SUPPORT_NAMES, type Kind, type RelationType, type Support } from '../../ontology.js';
import { builder, toDateTime, toLocalDateTime } from '../builder.js';
import type { Context } from '../context.js';
import { LIMITS } from '../limits.js';
import {
  ARTICLE_BOUNDS,
  articleDates,
  articlePageParams,
  loadArticleEvidence,
  countArticlesMentioning,
  countRelations,
  type EntityRelationEdge,
  loadRelationPage,
  loadArticlesMentioning,
  loadArticleText,
  loadArticleUpdates,
  loadEntity,
  loadReportedBy,
  countReportedBy,
  REPORTED_BY_BOUNDS,
  type ReportingArticle,
  loadRelation,
  loadRelations,
  loadSources,
  requireEntity,
  resolveRef,
  type ArticleUpdateRecord,
} from '../loaders.js';
import { counted, countFields, KEY_MAX, KEY_MIN, keysetConnection, pageOf } from '../paging.js';
import type { EntityRecord, SourceRecord } from '../records.js';
import { DirectionEnum, EntityRef, KindEnum, RelationRef, RelationTypeEnum, SOURCED, SourceRef, SupportEnum, supportArg, supportsOf } from '../refs.js';
import { notDate, ontologyFields, RELATION_TYPE_REFS } from './relation.js';

/** Entity pages, each direction bounded by a `before` cursor or open to the list's end. */
const entityPages = (name: string) => ({ bounded: directions(cypher(name)), open: directions(withoutBound(cypher(name), 'beforeName')) });
const ENTITY_PAGE = entityPages('entities/page');
const ENTITY_PAGE_OF_KIND = entityPages('entities/page-of-kind');
const ARTICLES = directions(cypher('articles/list'));
const ARTICLES_OF_ENTITY = directions(cypher('articles/of-entity'));
const ENTITY_COUNT = cypher('entities/count');
const ENTITY_COUNT_OF_KIND = cypher('entities/count-of-kind');
const ARTICLE_COUNT = cypher('articles/count');
const ARTICLE_COUNT_OF_ENTITY = cypher('articles/count-of-entity');
/** An entity's relations are in [type, date, far end's id, relation id] order. */
const RELATION_PAGE_BOUNDS = { list: 'entity-relations', after: [KEY_MIN, KEY_MIN, KEY_MIN, KEY_MIN], before: [KEY_MAX, KEY_MAX, KEY_MAX, KEY_MAX] };
/** Entity lists are in name order (case-insensitive), ties by id: cursors hold [sortName, id]. */
const ENTITY_BOUNDS = { list: 'entities', after: [KEY_MIN, KEY_MIN], before: [KEY_MAX, KEY_MAX] };

type Direction = 'OUT' | 'IN' | 'BOTH';
interface RelationFieldSpec {
  types: RelationType[];
  direction: Direction;
  description: string;
}

/** The typed relation fields of each kind: name → which relations it lists. */
const RELATION_FIELDS: Partial<Record<Kind, Record<string, RelationFieldSpec>>> = {
  Company: {
    owners: { types: ['OWNS'], direction: 'IN', description: 'Who owns this company (OWNS, incoming)' },
    owns: { types: ['OWNS'], direction: 'OUT', description: 'What this company owns directly (OWNS, outgoing); the whole tree is Query.subsidiaries' },
    pausedRequestsFrom: {
      types: ['PAUSED_REQUESTS_FROM'],
      direction: 'OUT',
      description: 'Authorities whose user-data requests it paused, with dates and reasons',
    },
    refusals: {
      types: ['REFUSES_REQUESTS_FROM', 'REFUSES_TO_COMPLY_WITH'],
      direction: 'OUT',
      description: 'Authorities or laws it refuses to serve or comply with',
    },
    statements: { types: ['MADE_STATEMENT'], direction: 'OUT', description: 'Statements it made' },
    people: { types: ['HOLDS_ROLE'], direction: 'IN', description: 'People holding roles at it (with `title`)' },
    markets: {
      types: ['EXITS_MARKET', 'BLOCKED_IN', 'AVAILABLE_IN', 'STORES_DATA_IN', 'LOCATED_IN'],
      direction: 'OUT',
      description: 'Places it exits, is blocked or available in, stores data in or is based in',
    },
    transparencyFigures: {
      types: ['RECEIVED_REQUESTS_FROM', 'PUBLISHED_REPORT'],
      direction: 'OUT',
      description: 'Transparency reports it published and the request figures they give',
    },
  },
  Service: {
    owners: { types: ['OWNS'], direction: 'IN', description: 'Who owns this service (OWNS, incoming)' },
    pausedRequestsFrom: {
      types: ['PAUSED_REQUESTS_FROM'],
      direction: 'OUT',
      description: 'Authorities whose user-data requests it paused, with dates and reasons',
    },
    refusals: {
      types: ['REFUSES_REQUESTS_FROM', 'REFUSES_TO_COMPLY_WITH'],
      direction: 'OUT',
      description: 'Authorities or laws it refuses to serve or comply with',
    },
    statements: { types: ['MADE_STATEMENT'], direction: 'OUT', description: 'Statements it made' },
    people: { types: ['HOLDS_ROLE'], direction: 'IN', description: 'People holding roles at it (with `title`)' },
    versions: { types: ['VERSION_OF'], direction: 'BOTH', description: 'Apps it is a version of, or that are versions of it' },
    markets: {
      types: ['EXITS_MARKET', 'BLOCKED_IN', 'AVAILABLE_IN', 'STORES_DATA_IN', 'LOCATED_IN'],
      direction: 'OUT',
      description: 'Places it exits, is blocked or available in, stores data in or is based in',
    },
  },
  Person: {
    roles: { types: ['HOLDS_ROLE'], direction: 'OUT', description: 'Roles and offices the person holds (with `title`)' },
    statements: { types: ['MADE_STATEMENT'], direction: 'OUT', description: 'Statements the person made' },
    actions: { types: ['SIGNED', 'ENACTED', 'CHARGED_UNDER', 'CRITICISED'], direction: 'OUT', description: 'Laws signed or enacted, charges, criticism' },
  },
  Role: { holders: { types: ['HOLDS_ROLE'], direction: 'IN', description: 'Who holds this office' } },
  Authority: {
    pausedBy: { types: ['PAUSED_REQUESTS_FROM'], direction: 'IN', description: 'Companies and services that paused its user-data requests' },
    refusedBy: { types: ['REFUSES_REQUESTS_FROM'], direction: 'IN', description: 'Companies and services that refuse its requests' },
    structure: { types: ['PART_OF'], direction: 'BOTH', description: 'Bodies it is part of, and bodies that are part of it' },
    powers: { types: ['GRANTS_POWER_TO'], direction: 'IN', description: 'Powers laws grant it' },
    statements: { types: ['MADE_STATEMENT'], direction: 'OUT', description: 'Statements it made' },
  },
  Law: {
    provisions: { types: ['PART_OF'], direction: 'IN', description: 'Provisions of this law' },
    enactment: { types: ['SIGNED', 'ENACTED'], direction: 'IN', description: 'Who signed or enacted it, and when (claims may disagree; see `topic`)' },
    powers: { types: ['GRANTS_POWER_TO'], direction: 'OUT', description: 'Powers it grants' },
    penalties: { types: ['PENALISES'], direction: 'OUT', description: 'Penalties it sets' },
    charges: { types: ['CHARGED_UNDER'], direction: 'IN', description: 'Charges brought under it' },
    refusals: { types: ['REFUSES_TO_COMPLY_WITH'], direction: 'IN', description: 'Who refuses to comply with it' },
  },
  Provision: {
    law: { types: ['PART_OF'], direction: 'OUT', description: 'The law it is part of' },
    powers: { types: ['GRANTS_POWER_TO'], direction: 'OUT', description: 'Powers it grants' },
    refusals: { types: ['REFUSES_TO_COMPLY_WITH'], direction: 'IN', description: 'Who refuses to comply with it' },
  },
  Outlet: {
    articles: { types: ['PUBLISHED_BY'], direction: 'IN', description: 'Articles of this graph it published' },
    citedBy: { types: ['CITES'], direction: 'IN', description: 'Articles and statements citing it' },
    statementsReceived: { types: ['SAID_TO'], direction: 'IN', description: 'Statements made to it' },
  },
  Event: { involves: { types: ['INVOLVES', 'ABOUT', 'CHARGED_UNDER', 'LOCATED_IN'], direction: 'OUT', description: 'Who and what the event involves' } },
  Statement: {
    madeBy: { types: ['MADE_STATEMENT'], direction: 'IN', description: 'Who made the statement' },
    saidTo: { types: ['SAID_TO'], direction: 'OUT', description: 'Who it was made to (an outlet, a journalist)' },
    about: { types: ['ABOUT', 'CITES'], direction: 'OUT', description: 'What it is about' },
  },
  Report: { figures: { types: ['RECEIVED_REQUESTS_FROM', 'ABOUT'], direction: 'OUT', description: 'Request figures the report gives' } },
  Place: {
    presence: {
      types: ['EXITS_MARKET', 'BLOCKED_IN', 'AVAILABLE_IN', 'STORES_DATA_IN', 'LOCATED_IN', 'JURISDICTION_OVER'],
      direction: 'IN',
      description: 'Who exits, is blocked, available, stores data or is located here; who governs it',
    },
  },
  Organization: { statements: { types: ['MADE_STATEMENT'], direction: 'OUT', description: 'Statements it made' } },
};

/**
 * The fields a kind carries beyond the Entity interface, generated from the ontology: its fact
 * properties (a statement's text, speaker ...) and the attributes its sources give (an event's date, a
 * report's period), each read from the first source that gives it.
 */
// biome-ignore lint/suspicious/noExplicitAny: shared by the field builders of many Pothos object types, whose generic type has no one name
function kindFields(t: any, kind: Kind) {
  const { properties, attributes } = KINDS[kind];
  const props = Object.fromEntries(properties.map((p) => [p, FACT_PROPERTIES[p]]));
  const attrs = Object.fromEntries(attributes.filter(notDate).map((a) => [a, SOURCE_ATTRIBUTES[a]]));
  return {
    ...ontologyFields<EntityRecord, string>(t, props, (e, k) => e[k]),
    ...ontologyFields<EntityRecord, string>(
      t,
      attrs,
      async (e, k, ctx) => (await loadSources(ctx, e.id)).find((s) => s[k] != null)?.[k],
      " As given by the first of its sources that gives it; see `sources` for each source's own.",
    ),
    ...(attributes.includes('date' as never)
      ? {
          date: t.field({
            type: 'Date',
            nullable: true,
            description: "The earliest date its sources give (ISO); each source's own is on `sources`.",
            resolve: (e: EntityRecord) => e.date ?? null,
          }),
        }
      : {}),
  };
}

/** One object type per kind of the ontology (each implements Entity and Node). */
const KIND_REFS = Object.fromEntries(KIND_NAMES.map((kind) => [kind, builder.objectRef<EntityRecord>(kind)])) as Record<
  Kind,
  ReturnType<typeof builder.objectRef<EntityRecord>>
>;
export const ArticleRef = KIND_REFS.Article;

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

/** The one connection type of article lists (`articles`, `Entity.mentionedIn`). */
const ArticleConnection = builder.connectionObject(
  {
    type: ArticleRef,
    name: 'ArticleConnection',
    description: 'One page of a list of articles, with the size of the whole list.',
    fields: (c) => countFields(c, 'articles'),
  },
  { name: 'ArticleEdge', description: 'One article of the page, with its cursor.' },
);

/** An article's `reportedBy` sort key, as cypher/articles/reported-by computes it: newest first (a date's complement), undated last, ties by id. */
export const reportingKey = (a: EntityRecord): string[] => [typeof a.date === 'string' ? String(199_999_999 - Number(a.date.replaceAll('-', ''))) : '~', a.id];

/**
 * `reportedBy` of an entity or a relation: the distinct articles its sources are REPORTED_BY. `derived` is set
 * for a fact with no sources of its own (a MENTIONS edge, reported by the article it starts at).
 */
// biome-ignore lint/suspicious/noExplicitAny: shared by the field builders of the Entity and Relation interfaces, whose generic type has no one name
export const reportedByField = <P>(t: any, fact: (parent: P) => { id: string; derived?: EntityRecord }) =>
  t.connection(
    {
      type: ArticleRef,
      description: `The articles that reported this: the distinct articles its sources are REPORTED_BY (one hop from each source), newest first (undated last, ties by id), with \`totalCount\`. At most ${LIMITS.pageSize} per page, both ways (first/after, last/before); batched across facts asking for the same page.`,
      resolve: async (parent: P, args: DefaultConnectionArguments, ctx: Context) => {
        const { id, derived } = fact(parent);
        const page = await keysetConnection(
          args,
          (r: ReportingArticle) => r.key,
          REPORTED_BY_BOUNDS,
          (p) => (derived ? Promise.resolve(pageOf([{ article: derived, key: reportingKey(derived) }], (r) => r.key, p)) : loadReportedBy(ctx, id, p)),
        );
        const edges = page.edges.map(({ cursor, node }) => ({ cursor, node: node.article }));
        return counted({ ...page, edges }, async () => (derived ? 1 : countReportedBy(ctx, id)));
      },
    },
    ArticleConnection,
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
      resolve: (u) => toLocalDateTime(u.at)!,
    }),
    atText: t.string({ description: 'The words of the note that give its time, verbatim ("July 8, 2020 11:01 am", "1220ET").', resolve: (u) => u.atText }),
    atNote: t.string({
      nullable: true,
      description:
        'How the time was worked out where `atText` alone does not give it (the day taken from the byline, a zone from "ET", or why there is no offset).',
      resolve: (u) => u.atNote ?? null,
    }),
    note: t.string({ description: 'What the update added, in a sentence.', resolve: (u) => u.note }),
    excerpt: t.string({ description: 'The update note, verbatim from the article text.', resolve: (u) => u.excerpt }),
    start: t.int({ description: 'Offset of `excerpt` in the article text (UTF-16 code units).', resolve: (u) => u.start }),
    end: t.int({ description: 'Offset just past `excerpt` in the article text (UTF-16 code units).', resolve: (u) => u.end }),
  }),
});

// biome-ignore lint/suspicious/noExplicitAny: shared by the field builders of many Pothos object types, whose generic type has no one name
const relationFields = (t: any, specs: Record<string, RelationFieldSpec>) =>
  Object.fromEntries(
    Object.entries(specs).map(([name, spec]) => [
      name,
      t.field({
        // One relation type: its own object type, so its properties can be selected without a fragment.
        type: spec.types.length === 1 ? [RELATION_TYPE_REFS[spec.types[0]!]] : [RelationRef],
        description: `${spec.description}. At most ${LIMITS.relationsPerField}.`,
        resolve: (e: EntityRecord, _a: unknown, ctx: Context) => loadRelations(ctx, e.id, spec.types, spec.direction, SOURCED),
      }),
    ]),
  );

EntityRef.implement({
  description: 'Anything in the graph: a company, service, person, authority, law, article, event, statement ... Its id names its kind ("company:whatsapp").',
  interfaces: [builder.nodeInterfaceRef()],
  resolveType: (e) => e.kind,
  fields: (t) => ({
    kind: t.field({ type: KindEnum, description: 'The kind of entity (its concrete GraphQL type and Neo4j label).', resolve: (e) => e.kind }),
    name: t.string({ description: 'Display name.', resolve: (e) => e.name }),
    aliases: t.stringList({ description: 'Other names it goes by in the articles ("Facebook Inc", "HK police").', resolve: (e) => e.aliases ?? [] }),
    description: t.string({ description: 'One sentence on what it is, from the articles.', resolve: (e) => e.description ?? '' }),
    sources: t.field({
      type: [SourceRef],
      description:
        'The evidence: each article that reports this entity, with its exact excerpt, offsets, support and the attributes it gives. Never empty, except for articles (an article is the evidence itself).',
      resolve: (e, _a, ctx) => (e.kind === 'Article' ? [] : loadSources(ctx, e.id)),
    }),
    support: t.field({
      type: SupportEnum,
      description: 'The strongest support among its sources (STATED for articles).',
      resolve: (e) => (e.support as 'STATED' | undefined) ?? 'STATED',
    }),
    relations: t.field({
      type: [RelationRef],
      description: `Relations of this entity, optionally of given types and direction, ordered by type, date (undated last) and the far end's id. At most ${LIMITS.relationsPerField}: to page through all of them, with their count and each one's far end, use \`relationsConnection\`.`,
      args: {
        types: t.arg({ type: [RelationTypeEnum], description: 'Only these relation types (default: all).' }),
        direction: t.arg({ type: DirectionEnum, defaultValue: 'BOTH', description: 'OUT, IN or BOTH (default).' }),
        support: supportArg(t),
      },
      resolve: (e, args, ctx) => loadRelations(ctx, e.id, args.types ?? [], args.direction ?? 'BOTH', supportsOf(args.support as Support[] | null)),
    }),
    relationsConnection: t.connection(
      {
        type: RelationRef,
        description: `Relations of this entity, optionally of given types and direction, as a connection: each edge says which way the relation goes from this entity (\`direction\`) and what is at its far end (\`other\`), so the relation itself stays the same object wherever it is reached. Ordered by type, then date (undated last), then the far end's id. At most ${LIMITS.pageSize} per page, both ways (first/after, last/before), with \`totalCount\`; batched across entities asking for the same page.`,
        args: {
          types: t.arg({ type: [RelationTypeEnum], description: 'Only these relation types (default: all).' }),
          direction: t.arg({ type: DirectionEnum, defaultValue: 'BOTH', description: 'OUT, IN or BOTH (default).' }),
          support: supportArg(t),
        },
        resolve: async (e, args, ctx) => {
          const [types, direction, supports] = [args.types ?? [], args.direction ?? 'BOTH', supportsOf(args.support as Support[] | null)] as const;
          const page = await keysetConnection(
            args,
            (edge: EntityRelationEdge) => edge.key,
            RELATION_PAGE_BOUNDS,
            (p) => loadRelationPage(ctx, e.id, types, direction, supports, p),
          );
          const edges = page.edges.map(({ cursor, node }) => ({ cursor, node: node.relation, direction: node.direction, other: node.other }));
          return counted({ ...page, edges }, (countLimit) => countRelations(ctx, e.id, types, direction, supports, countLimit));
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
            resolve: (x) => (x as unknown as { direction: 'OUT' | 'IN' }).direction,
          }),
          other: edge.field({
            type: EntityRef,
            description: 'The far end: `node.to` for OUT, `node.from` for IN.',
            resolve: (x) => (x as unknown as { other: EntityRecord }).other,
          }),
        }),
      },
    ),
    reportedBy: reportedByField<EntityRecord>(t, (e) => ({ id: e.id })),
    mentionedIn: t.connection(
      {
        type: ArticleRef,
        description: `Articles that mention this entity, newest first (ties by id). At most ${LIMITS.pageSize} per page, both ways (first/after, last/before).`,
        resolve: async (e, args, ctx) =>
          counted(await keysetConnection(args, articleKey, ARTICLE_BOUNDS, (page) => loadArticlesMentioning(ctx, e.id, page)), () =>
            countArticlesMentioning(ctx, e.id),
          ),
      },
      ArticleConnection,
    ),
  }),
});

interface ArticleFilter {
  outlet: string | null;
  mentioning: string | null;
  since: string | null;
  until: string | null;
}

const articleKey = (a: EntityRecord) => [String(a.date), a.id];

/** A page of articles, and their count: anchored at the entity they mention or the outlet, else read from the date index. */
async function articlePage(ctx: Context, args: DefaultConnectionArguments, f: ArticleFilter) {
  const anchor =
    f.mentioning !== null
      ? { anchor: f.mentioning, via: 'MENTIONS', outlet: f.outlet }
      : f.outlet !== null
        ? { anchor: f.outlet, via: 'PUBLISHED_BY', outlet: null }
        : null;
  const page = await keysetConnection(args, articleKey, ARTICLE_BOUNDS, async (p) => {
    const params = articlePageParams(p, f.since, f.until);
    const rows = anchor ? await ctx.db.read(ARTICLES_OF_ENTITY[p.direction], { ...params, ...anchor }) : await ctx.db.read(ARTICLES[p.direction], params);
    return rows.map((r) => r.entity as EntityRecord);
  });
  return counted(page, async (countLimit) => {
    const range = { ...articleDates(f.since, f.until), countLimit };
    const rows = anchor ? await ctx.db.read(ARTICLE_COUNT_OF_ENTITY, { ...range, ...anchor }) : await ctx.db.read(ARTICLE_COUNT, range);
    return Number(rows[0]?.total ?? 0);
  });
}

/** The entities an article's evidence supports, once each, in text order. */
async function reported<T>(ctx: Context, articleId: string, pick: (s: SourceRecord) => Promise<T | null> | null): Promise<T[]> {
  const seen = new Set<string>();
  const facts = (await loadArticleEvidence(ctx, articleId)).filter((s) => !seen.has(s.fact) && seen.add(s.fact));
  return (await Promise.all(facts.map(pick))).filter((x): x is Awaited<T> => x != null) as T[];
}

for (const kind of KIND_NAMES) {
  // biome-ignore lint/suspicious/noExplicitAny: shared by the field builders of many Pothos object types, whose generic type has no one name
  const fields = (t: any) => ({
    ...relationFields(t, RELATION_FIELDS[kind] ?? {}),
    ...kindFields(t, kind),
  });
  const options = {
    description: KINDS[kind].description,
    interfaces: [EntityRef],
    id: { resolve: (e: EntityRecord) => e.id },
    isTypeOf: (e: unknown) => (e as EntityRecord | null)?.kind === kind,
  };
  if (kind === 'Article') {
    builder.node(ArticleRef, {
      ...options,
      fields: (t) => ({
        title: t.string({ description: 'The headline as it stands in the text.', resolve: (a) => String(a.title ?? a.name) }),
        outlet: t.field({
          type: KIND_REFS.Outlet,
          nullable: true,
          description: 'The outlet that published it; null where the text does not identify it (never guessed).',
          resolve: (a, _x, ctx) => (a.outlet as EntityRecord | undefined) ?? (a.outletId ? loadEntity(ctx, String(a.outletId)) : null),
        }),
        outletEvidence: t.string({
          nullable: true,
          description: 'The exact words of the article that identify its outlet.',
          resolve: (a) => (a.outletEvidence as string | undefined) ?? null,
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
          description:
            'When it was last updated, as an instant: only where the text gives a time and a time zone (null otherwise; see `updatedOn` and `updates`).',
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
          resolve: (a, _x, ctx) => loadArticleUpdates(ctx, a.id),
        }),
        date: t.field({
          type: 'Date',
          nullable: true,
          description: 'The article date: relative phrases in it ("on Monday") are resolved against it.',
          resolve: (a) => (a.date as string | undefined) ?? null,
        }),
        byline: t.string({
          nullable: true,
          description: 'Author or submitter as printed, where given.',
          resolve: (a) => (a.byline as string | undefined) ?? null,
        }),
        url: t.string({ nullable: true, description: 'Web address, where known.', resolve: (a) => (a.url as string | undefined) ?? null }),
        dateSupport: t.field({
          type: SupportEnum,
          description: "STATED when the text gives the article's date; INFERRED when it was worked out (see `dateNote`).",
          resolve: (a) => (a.dateSupport as 'STATED' | undefined) ?? 'STATED',
        }),
        dateNote: t.string({
          nullable: true,
          description: 'How an INFERRED article date was worked out.',
          resolve: (a) => (a.dateNote as string | undefined) ?? null,
        }),
        text: t.string({
          description: "The full text, stored apart from the article's other fields, against which every excerpt's offsets can be checked.",
          resolve: async (a, _x, ctx) => (await loadArticleText(ctx, a.id))?.text ?? '',
        }),
        textHash: t.string({
          description: 'SHA-256 (hex) of `text`; every source quoting this article records the hash it was checked against.',
          resolve: (a) => String(a.textHash ?? ''),
        }),
        evidence: t.field({
          type: [SourceRef],
          description: `What this article says: every source (evidence record) it provides, in text order, each naming the fact it supports. At most ${LIMITS.relationsPerField}.`,
          resolve: (a, _x, ctx) => loadArticleEvidence(ctx, a.id),
        }),
        citations: t.field({
          type: [RelationRef],
          description: `Outlets and reports the article cites as its sources (CITES). At most ${LIMITS.relationsPerField}.`,
          resolve: (a, _x, ctx) => loadRelations(ctx, a.id, ['CITES'], 'OUT', SUPPORT_NAMES),
        }),
        reportedFacts: t.field({
          type: [RelationRef],
          description: `The relations this article is a source of, in text order. At most ${LIMITS.relationsPerField} sources are read.`,
          resolve: (a, _x, ctx) => reported(ctx, a.id, (s) => (s.from ? loadRelation(ctx, s.fact, s.from) : null)),
        }),
        reportedEntities: t.field({
          type: [EntityRef],
          description: `The entities (events, statements, companies ...) this article is a source of, in text order. At most ${LIMITS.relationsPerField} sources are read.`,
          resolve: (a, _x, ctx) => reported(ctx, a.id, (s) => (s.from ? null : loadEntity(ctx, s.fact))),
        }),
        mentions: t.field({
          type: [RelationRef],
          description: `Entities the article mentions (derived MENTIONS edges), each with the article's sources about it. At most ${LIMITS.relationsPerField}.`,
          resolve: (a, _x, ctx) => loadRelations(ctx, a.id, ['MENTIONS'], 'OUT', SUPPORT_NAMES),
        }),
      }),
    });
  } else {
    builder.node(KIND_REFS[kind], { ...options, fields });
  }
}

builder.queryFields((t) => ({
  entity: t.field({
    nullable: true,
    type: EntityRef,
    description: 'One entity by id ("company:whatsapp"); NOT_FOUND when no entity has it.',
    args: { id: t.arg.id({ required: true, description: 'The entity id.' }) },
    resolve: (_r, { id }, ctx) => requireEntity(ctx, String(id), 'id'),
  }),
  lookup: t.field({
    nullable: true,
    type: EntityRef,
    description:
      'One entity by id, name or alias, in any letter case ("whatsapp", "HK police", "NSL"); NOT_FOUND when nothing matches. An exact id wins, then a name, then an alias; entities sharing a name (Telegram the company and the app) resolve to the first id in order, so pass the id to choose. For partial words use `search`.',
    args: { ref: t.arg.string({ required: true, description: 'An id, a name or an alias.' }) },
    resolve: async (_r, { ref }, ctx) => requireEntity(ctx, await resolveRef(ctx, ref, 'ref')),
  }),
  entities: t.connection(
    {
      nullable: true,
      type: EntityRef,
      description: `All entities, or those of one kind, in name order (case-insensitive; id breaks ties), read in order from an index. At most ${LIMITS.pageSize} per page, both ways (first/after, last/before).`,
      args: { kind: t.arg({ type: KindEnum, description: 'Only entities of this kind.' }) },
      resolve: async (_r, args, ctx) => {
        const kind = args.kind ?? null;
        const page = await keysetConnection(
          args,
          (e: EntityRecord) => [String(e.sortName), e.id],
          ENTITY_BOUNDS,
          async ({ after, before, limit, direction }) => {
            const [afterName, afterId] = after;
            const [beforeName, beforeId] = before;
            const pages = kind ? ENTITY_PAGE_OF_KIND : ENTITY_PAGE;
            const query = (args.before ? pages.bounded : pages.open)[direction];
            const rows = await ctx.db.read(query, { kind, afterName, afterId, beforeName, beforeId, limit });
            return rows.map((r) => r.entity as EntityRecord);
          },
        );
        return counted(page, async (countLimit) =>
          Number((await ctx.db.read(kind ? ENTITY_COUNT_OF_KIND : ENTITY_COUNT, { kind, countLimit }))[0]?.total ?? 0),
        );
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
      resolve: async (_r, args, ctx) =>
        articlePage(ctx, args, {
          outlet: args.outlet ? await resolveRef(ctx, args.outlet, 'outlet') : null,
          mentioning: args.mentioning ? await resolveRef(ctx, args.mentioning, 'mentioning') : null,
          since: args.since ?? null,
          until: args.until ?? null,
        }),
    },
    ArticleConnection,
  ),
}));
