/**
 * `facts`: one connection over relations of any types, with filters that combine (AND). Each page is
 * read from one anchor, chosen here by what the filters pin down (an entity, articles, a date range,
 * else each type's `id` index), so no request scans the graph; see cypher/facts/page.cypher.
 */
import { cypher, directions, variants, type CypherQuery } from '../../db/cypher.js';
import type { Row } from '../../db/database.js';
import { FACT_RELATION_TYPES, PROVENANCE_RELATION_TYPES, RELATION_TYPE_NAMES, type RelationType, type Support } from '../../ontology.js';
import { builder } from '../builder.js';
import type { Context } from '../context.js';
import { BadUserInputError } from '../errors.js';
import { LIMITS } from '../limits.js';
import { loadEntity, loadMentionEvidence, loadSources, resolveRef } from '../loaders.js';
import { COUNT_CAP, compareKeys, counted, countFields, KEY_MAX, KEY_MIN, type KeysetPage, keysetConnection } from '../paging.js';
import { toRelation, type RawRelation, type RelationRecord, type SourceRecord } from '../records.js';
import { RelationRef, RelationTypeEnum, SourceRef, supportArg, supportsOf } from '../refs.js';

const PAGE = directions(cypher('facts/page'));
const COUNT = cypher('facts/count');
const PAGE_OF_TYPE = new Map([...variants('facts/page-of-type', 'REL_TYPE', RELATION_TYPE_NAMES)].map(([type, q]) => [type, directions(q)]));
const COUNT_OF_TYPE = variants('facts/count-of-type', 'REL_TYPE', RELATION_TYPE_NAMES);
const OUTLET_ARTICLES = cypher('facts/outlet-articles');
const PARTS = cypher('relations/parts');

const ORDERS = {
  ID: 'By relation id (`rel:<type>:<from>:<to>`), the default.',
  DATE_ASC: "By the fact's date (the earliest its sources give), oldest first; undated facts last; ties by id.",
  DATE_DESC: "By the fact's date, newest first; undated facts last; ties by id.",
  NAME: 'By the name of the entity the relation starts at, then type, then the name of the entity it ends at; ties by id.',
} as const;
type FactOrder = keyof typeof ORDERS;

const FactOrderEnum = builder.enumType('FactOrder', {
  description: 'The order of `facts`.',
  values: Object.fromEntries(Object.entries(ORDERS).map(([k, description]) => [k, { value: k, description }])) as Record<
    FactOrder,
    { value: FactOrder; description: string }
  >,
});

/** The filters as the Cypher takes them, with the anchor the page is read from. */
export interface FactFilter {
  anchorKind: 'from' | 'to' | 'articles' | 'dated' | 'type';
  types: RelationType[];
  from: string | null;
  targets: string[] | null;
  articles: string[] | null;
  since: string | null;
  until: string | null;
  topic: string | null;
  supports: Support[];
  /** True when a source filter applies: a fact then needs one source matching all of them. */
  bySource: boolean;
}

/** A page row: the relation, its sort key (the cursor) and, under source filters, its matching sources. */
interface FactRow {
  relation: RelationRecord;
  key: string[];
  sources: SourceRecord[] | null;
}

interface FactArgs {
  types?: RelationType[] | null;
  from?: string | null;
  to?: string | null;
  includeParts?: boolean | null;
  article?: string | null;
  outlet?: string | null;
  since?: string | null;
  until?: string | null;
  topic?: string | null;
  support?: readonly Support[] | null;
}

/** An entity argument that must name an entity of one kind (an article, an outlet). */
async function entityOfKind(ctx: Context, ref: string, kind: string, argument: string): Promise<string> {
  const id = await resolveRef(ctx, ref, argument);
  if ((await loadEntity(ctx, id))?.kind !== kind) throw new BadUserInputError(`Argument "${argument}" must name an ${kind} ("${ref}" is ${id})`, argument);
  return id;
}

async function toFilter(ctx: Context, args: FactArgs): Promise<FactFilter> {
  if (args.since && args.until && args.since > args.until)
    throw new BadUserInputError(`Argument "since" (${args.since}) is after "until" (${args.until})`, 'since');
  if (args.includeParts && !args.to) throw new BadUserInputError('Argument "includeParts" needs "to" (the body whose parts to include)', 'includeParts');
  const [from, to, article, outlet] = await Promise.all([
    args.from ? resolveRef(ctx, args.from, 'from') : null,
    args.to ? resolveRef(ctx, args.to, 'to') : null,
    args.article ? entityOfKind(ctx, args.article, 'Article', 'article') : null,
    args.outlet ? entityOfKind(ctx, args.outlet, 'Outlet', 'outlet') : null,
  ]);
  const targets = to === null ? null : args.includeParts ? ((await ctx.db.read(PARTS, { id: to }))[0]?.ids as string[]) : [to];
  // An outlet stands for the articles it published; with `article` too, that article if it is one of them.
  const published = outlet === null ? null : ((await ctx.db.read(OUTLET_ARTICLES, { outlet }))[0]?.ids as string[]);
  const articles = article === null ? published : published === null || published.includes(article) ? [article] : [];
  return factFilter({
    types: args.types?.length ? [...new Set(args.types)] : FACT_RELATION_TYPES,
    from,
    targets,
    articles,
    since: args.since ?? null,
    until: args.until ?? null,
    topic: args.topic ?? null,
    supports: supportsOf(args.support),
  });
}

/** A filter of resolved ends and values (null: not filtered), with the anchor its pages and counts read from. */
export function factFilter(f: Omit<FactFilter, 'anchorKind' | 'bySource'>): FactFilter {
  const dated = f.since !== null || f.until !== null;
  // The most selective anchor the filters give: an end, then articles, then dates, else the types.
  const anchorKind = f.from !== null ? 'from' : f.targets !== null ? 'to' : f.articles !== null ? 'articles' : dated ? 'dated' : 'type';
  return { ...f, anchorKind, bySource: f.articles !== null || dated };
}

/** Per-type queries of one request run this many at a time, so a list of every type does not take the connection pool. */
const TYPE_QUERIES_AT_ONCE = 10;

/**
 * Runs the anchored query once, or, anchored by type alone, its variant once per type (each reads its
 * type's `id` index); the caller combines the per-type answers.
 */
async function perAnchor(
  ctx: Context,
  f: FactFilter,
  anchored: CypherQuery,
  ofType: Map<RelationType, CypherQuery>,
  params: Record<string, unknown>,
): Promise<Row[][]> {
  if (f.anchorKind !== 'type') return [await ctx.db.read(anchored, { ...f, ...params })];
  const answers: Row[][] = [];
  for (let i = 0; i < f.types.length; i += TYPE_QUERIES_AT_ONCE) {
    const batch = f.types.slice(i, i + TYPE_QUERIES_AT_ONCE);
    answers.push(...(await Promise.all(batch.map((type) => ctx.db.read(ofType.get(type)!, { supports: f.supports, topic: f.topic, ...params })))));
  }
  return answers;
}

async function factPage(ctx: Context, f: FactFilter, order: FactOrder, page: KeysetPage): Promise<FactRow[]> {
  const ofType = new Map([...PAGE_OF_TYPE].map(([type, q]) => [type, q[page.direction]]));
  const params = { order, afterKey: page.after, beforeKey: page.before, limit: page.limit };
  const answers = await perAnchor(ctx, f, PAGE[page.direction], ofType, params);
  // Each answer is sorted (in reverse when paging backward) and holds up to `limit` rows inside the
  // cursors: their merge's first `limit` are the page.
  const sign = page.direction === 'forward' ? 1 : -1;
  return answers
    .flat()
    .map((r) => ({ relation: toRelation(r.relation as RawRelation), key: r.key as string[], sources: (r.sources as SourceRecord[] | null) ?? null }))
    .sort((a, b) => sign * compareKeys(a.key, b.key))
    .slice(0, page.limit);
}

/** How many relations match the filter, counted from the same anchor as the pages, up to `countLimit`. */
export async function countFacts(ctx: Context, f: FactFilter, countLimit: number): Promise<number> {
  const answers = await perAnchor(ctx, f, COUNT, COUNT_OF_TYPE, { countLimit });
  return answers.reduce((sum, rows) => sum + Number(rows[0]?.total ?? 0), 0);
}

/** One item of a relation list: the relation and, in `facts` under source filters, the sources that matched them. */
interface RelationEdge {
  cursor: string;
  node: RelationRecord;
  matching?: SourceRecord[] | null;
}

/** The one connection type of relation lists (`relations`, `facts`): pages of relations with their count. */
export const RelationConnection = builder.connectionObject(
  {
    type: RelationRef,
    name: 'RelationConnection',
    description: 'One page of a list of relations (facts), with the size of the whole list.',
    fields: (c) => countFields(c, 'relations'),
  },
  {
    name: 'RelationEdge',
    description: 'One relation of the page, with its cursor and the sources behind it in this list.',
    fields: (e) => ({
      sources: e.field({
        type: [SourceRef],
        description:
          "The sources of this relation that meet the list's source filters (`facts`: `article`, `outlet`, `since`, `until`), in recorded order; all its sources when the list has none. `node.sources` always lists all of them.",
        resolve: (edge, _a, ctx) => {
          const { node, matching } = edge as unknown as RelationEdge;
          return matching ?? (node.type === 'MENTIONS' ? loadMentionEvidence(ctx, node.from.id, node.to.id) : loadSources(ctx, node.id));
        },
      }),
    }),
  },
);

const provenance = PROVENANCE_RELATION_TYPES.join(', ');

builder.queryField('facts', (t) =>
  t.connection(
    {
      type: RelationRef,
      nullable: true,
      description: `Facts (relations) of any types, filtered: by type, by an end (\`from\`, \`to\` with its parts), by the article or outlet that reports them, by the dates their sources give, by topic and support; all filters combine (AND). Provenance edges (${provenance}) are left out unless listed in \`types\`. Each page is read from one index-backed anchor: the \`from\` or \`to\` entity, else the articles' sources, else the sources dated in range, else each type's id index (one query per type); a page sorts its anchored set, except by type alone in ID order, which reads the index from the cursor, so anchor large lists. At most ${LIMITS.pageSize} per page, both ways (first/after, last/before), with keyset cursors; \`totalCount\` counts up to ${COUNT_CAP.toLocaleString('en')}.`,
      args: {
        types: t.arg({ type: [RelationTypeEnum], description: `Only these relation types (default: every fact type, i.e. all but ${provenance}).` }),
        from: t.arg.string({ description: 'Only facts starting at this entity (id, name or alias).' }),
        to: t.arg.string({ description: 'Only facts ending at this entity (id, name or alias).' }),
        includeParts: t.arg.boolean({
          defaultValue: false,
          description: 'With `to`: also facts ending at any body PART_OF it, up to 3 levels down and 200 bodies.',
        }),
        article: t.arg.string({ description: 'Only facts this article is a source of (an article id, title or alias).' }),
        outlet: t.arg.string({ description: 'Only facts reported by an article this outlet published (id, name or alias).' }),
        since: t.arg({
          type: 'Date',
          description: 'Only facts with a source dating them on or after this day. With `until`, `article` or `outlet`, one source must meet them all.',
        }),
        until: t.arg({ type: 'Date', description: 'Only facts with a source dating them on or before this day.' }),
        topic: t.arg.string({ description: 'Only facts of this topic (alternative claims share one, e.g. "nsl-enactment-date").' }),
        support: supportArg(t),
        orderBy: t.arg({ type: FactOrderEnum, defaultValue: 'ID', description: 'The order (default ID).' }),
      },
      resolve: async (_root, args, ctx) => {
        const filter = await toFilter(ctx, args as FactArgs);
        const order = (args.orderBy ?? 'ID') as FactOrder;
        const bounds = {
          list: 'facts',
          after: [order, KEY_MIN, KEY_MIN, KEY_MIN, KEY_MIN],
          before: [order, KEY_MAX, KEY_MAX, KEY_MAX, KEY_MAX],
          valid: (key: string[]) => key[0] === order,
        };
        const page = await keysetConnection(
          args,
          (row: FactRow) => row.key,
          bounds,
          (p) => factPage(ctx, filter, order, p),
        );
        const edges = page.edges.map(({ cursor, node }): RelationEdge => ({ cursor, node: node.relation, matching: node.sources }));
        return counted({ ...page, edges }, (countLimit) => countFacts(ctx, filter, countLimit));
      },
    },
    RelationConnection,
  ),
);
