/**
 * `facts`: one connection over relations of any types, with filters that combine (AND), in one planned
 * statement. Each page is read from one anchor, chosen by what the filters pin down (an entity, articles,
 * a date range, else each type's `id` index), so no request scans the graph; see cypher/plan/roots/facts-*.
 */
import { viewAt } from '../../data/view.js';
import { viewArgs } from '../view-args.js';
import { FACT_ORDERS, type FactOrder, factList } from '../../data/lists.js';
import { loadMentionEvidence, loadSources } from '../../data/loaders.js';
import { isMap, relationRecord, type RelationRecord, type SourceRecord, sources, str, strings } from '../../data/records.js';
import { PROVENANCE_RELATION_TYPES } from '../../ontology.js';
import { runPlan, streamedRows } from '../../plan/index.js';
import { builder } from '../builder.js';
import { BadUserInputError, notFound } from '../../errors.js';
import { LIMITS } from '../../bounds.js';
import { COUNT_CAP, keysetConnection, keysetPage } from '../../data/paging.js';
import { counted, countFields } from '../connections.js';
import { RelationRef, RelationTypeEnum, SourceRef, supportArg } from '../refs.js';

const ORDERS: Record<FactOrder, string> = {
  ID: 'By relation id (`rel:<type>:<from>:<to>`), the default.',
  DATE_ASC: "By the fact's date (the earliest its sources give), oldest first; undated facts last; ties by id.",
  DATE_DESC: "By the fact's date, newest first; undated facts last; ties by id.",
  NAME: 'By the name of the entity the relation starts at, then type, then the name of the entity it ends at; ties by id.',
};

const FactOrderEnum = builder.enumType('FactOrder', {
  description: 'The order of `facts`.',
  values: Object.fromEntries(FACT_ORDERS.map((k) => [k, { value: k, description: ORDERS[k] }])),
});

/** One item of a relation list: the relation and, in `facts`, the sources behind it in this list. */
interface RelationEdge {
  cursor: string;
  node: RelationRecord;
  sources?: SourceRecord[];
}

/** A planned row of a relation list: the relation, its key and, when selected, the sources of its edge. */
export function relationRow(v: unknown): { key: string[]; node: RelationRecord; sources?: SourceRecord[] } | null {
  const node = isMap(v) ? relationRecord(v.node) : null;
  if (!isMap(v) || !node) return null;
  return Array.isArray(v.sources) ? { key: strings(v.key), node, sources: sources(v.sources) } : { key: strings(v.key), node };
}

const relationEdge = (x: unknown): RelationEdge | null => {
  const node = isMap(x) ? relationRecord(x.node) : null;
  if (!isMap(x) || !node) return null;
  return { cursor: str(x.cursor) ?? '', node, ...(Array.isArray(x.sources) ? { sources: sources(x.sources) } : {}) };
};

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
        args: viewArgs(e),
        resolve: (x, _a, ctx, info) => {
          const edge = relationEdge(x);
          if (!edge) return [];
          const { node } = edge;
          const view = viewAt(info);
          return edge.sources ?? (node.type === 'MENTIONS' ? loadMentionEvidence(ctx, node.from.id, node.to.id, view) : loadSources(ctx, node.id, view));
        },
      }),
    }),
  },
);

const provenance = PROVENANCE_RELATION_TYPES.join(', ');
/**
 * Whether a `facts` request names something an index reads from: an end, articles, dates or relation
 * types. Without one, a page would read every fact type's index (one UNION branch each) and filter by
 * support or topic, which no index serves: 28 to 138 ms alone on the seed graph (warm), 7 to 9 s four to eight at a time.
 */
const anchored = (args: {
  from?: string | null;
  to?: string | null;
  article?: string | null;
  outlet?: string | null;
  since?: unknown;
  until?: unknown;
  types?: readonly unknown[] | null;
}) =>
  [args.from, args.to, args.article, args.outlet, args.since, args.until].some((v) => v !== null && v !== undefined && v !== '') ||
  (args.types?.length ?? 0) > 0;

const orderOf = (v: unknown): FactOrder => FACT_ORDERS.find((o) => o === v) ?? 'ID';

builder.queryField('facts', (t) =>
  t.connection(
    {
      type: RelationRef,
      nullable: true,
      description: `Facts (relations) of any types, filtered: by type, by an end (\`from\`, \`to\` with its parts), by the article or outlet that reports them, by the dates their sources give, by topic and support; all filters combine (AND). Provenance edges (${provenance}) are left out unless listed in \`types\`. Each page is read from one index-backed anchor, which a request must give: the \`from\` or \`to\` entity, else the articles' sources (\`article\`, \`outlet\`), else the sources dated in range (\`since\`, \`until\`), else each listed type's id index (\`types\`); without one the answer is BAD_USER_INPUT (\`support\` and \`topic\` only filter). A page sorts its anchored set, except by type alone in ID order, which reads the index from the cursor, so anchor large lists. At most ${LIMITS.pageSize} per page, both ways (first/after, last/before), with keyset cursors; \`totalCount\` counts up to ${COUNT_CAP.toLocaleString('en')}.`,
      args: {
        types: t.arg({ type: [RelationTypeEnum], description: `Only these relation types (default: every fact type, i.e. all but ${provenance}).` }),
        from: t.arg.string({ description: 'Only facts starting at this entity (id, name or alias).' }),
        to: t.arg.string({ description: 'Only facts ending at this entity (id, name or alias).' }),
        includeParts: t.arg.boolean({
          defaultValue: false,
          description: `With \`to\`: also facts ending at any body PART_OF it, up to ${LIMITS.partOfLevels} levels down and ${LIMITS.partOfBodies} bodies.`,
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
        ...viewArgs(t),
        orderBy: t.arg({ type: FactOrderEnum, defaultValue: 'ID', description: 'The order (default ID).' }),
      },
      resolve: async (_root, args, ctx, info) => {
        if (args.since && args.until && args.since > args.until)
          throw new BadUserInputError(`Argument "since" (${args.since}) is after "until" (${args.until})`, 'since');
        if (args.includeParts && !args.to) throw new BadUserInputError('Argument "includeParts" needs "to" (the body whose parts to include)', 'includeParts');
        const bounds = factList(orderOf(args.orderBy));
        keysetPage(args, bounds);
        if (!anchored(args))
          throw new BadUserInputError(
            'facts needs an anchor: add `from`, `to`, `article`, `outlet`, `since`/`until` or `types` (support and topic filter what an anchor reads, they index nothing)',
            'types',
          );
        const { items, head: plan } = streamedRows(await runPlan(ctx, info));
        const error = notFound(strings(plan.missing), { from: args.from, to: args.to, article: args.article, outlet: args.outlet });
        if (error) throw error;
        const kinds = isMap(plan.kinds) ? plan.kinds : {};
        const ids = isMap(plan.ids) ? plan.ids : {};
        for (const [argument, kind] of [
          ['article', 'Article'],
          ['outlet', 'Outlet'],
        ] as const) {
          const given = args[argument];
          if (given && kinds[argument] !== kind)
            throw new BadUserInputError(`Argument "${argument}" must name an ${kind} ("${given}" is ${str(ids[argument])})`, argument);
        }
        const rows = items.map(relationRow).filter((r) => r !== null);
        const page = await keysetConnection(
          args,
          (r) => r.key,
          bounds,
          () => rows,
        );
        const edges = page.edges.map(({ cursor, node }) => ({ cursor, node: node.node, ...(node.sources ? { sources: node.sources } : {}) }));
        return counted({ ...page, edges }, () => (typeof plan.count === 'number' ? plan.count : 0));
      },
    },
    RelationConnection,
  ),
);
