/**
 * The cost model: the bytes an operation's answer can take at most, estimated before anything runs
 * (Pothos' complexity plugin, `fieldComplexity` in builder.ts, calls `fieldCost` for every selected field
 * and sums `field + multiplier × what the field selects`). An operation whose estimate is over
 * MAX_COMPLEXITY is refused with LIMIT_EXCEEDED before any Cypher runs.
 *
 * - A field costs its JSON key (`"name":`) and, for a leaf, its value: the value's bound where the
 *   schema or the seed format has one (an excerpt is at most 600 characters), else a stated weight
 *   (LEAF_BYTES, TEXT_BYTES).
 * - A list counts as many items as it can hold: its size argument (`first`/`last`, `limit`, the ids of
 *   `nodes`), else its real maximum (LIST_ITEMS: the bound its Cypher applies, e.g. 200 relations),
 *   else, for lists only the data bounds (an entity's aliases, a fact's sources), a stated count.
 * - Nested lists multiply: what a list selects is counted once per item.
 */
import { getNamedType, type GraphQLField, type GraphQLSchema, isEnumType, isLeafType, isListType, isNonNullType, isObjectType, isInterfaceType } from 'graphql';
import { LIMITS } from '../bounds.js';
import { TEXT_SEARCH } from '../data/text-query.js';
import { MAX_PATHS } from '../plan/roots/ownership.js';
import { MAX_CLAIMS } from '../plan/roots/text.js';
import { DATASETS_LISTED, IDENTIFIERS_PER_ENTITY, RECORDS_PER_FACT } from '../data/datasets.js';

/**
 * Sources counted per fact (entity or relation): no bound but the data's (the most any fact of the seed
 * graph has is 10; a derived MENTIONS edge lists at most LIMITS.mentionEvidence).
 */
export const SOURCES_PER_FACT = 10;

/** Bytes an article's text is counted as: the longest of the seed graph is 13,027 bytes. */
export const ARTICLE_TEXT_BYTES = LIMITS.articleTextChars;

/** Items a list without a size argument counts: the bound its Cypher applies, or (data-bound lists) a stated count. */
export const LIST_ITEMS: Record<string, number> = {
  'Entity.sources': SOURCES_PER_FACT,
  'Relation.sources': SOURCES_PER_FACT,
  'Entity.records': RECORDS_PER_FACT,
  'Relation.records': RECORDS_PER_FACT,
  'Entity.identifiers': IDENTIFIERS_PER_ENTITY,
  'Query.datasets': DATASETS_LISTED,
  'Entity.aliases': 20,
  'Relation.properties': 20,
  'Article.updates': 20,
  'Neighbourhood.nodes': LIMITS.neighbourhoodNodes,
  'Neighbourhood.edges': LIMITS.neighbourhoodEdges,
  'GraphPath.nodes': LIMITS.pathHops + 1,
  'GraphPath.edges': LIMITS.pathHops,
  'OwnershipChain.paths': MAX_PATHS,
  'OwnershipChain.ultimateOwners': MAX_PATHS,
  'OwnershipPath.hops': LIMITS.ownershipDepth,
  'ClaimGroup.claims': MAX_CLAIMS,
  'TextHit.concerns': TEXT_SEARCH.concerns,
  'Query.subsidiaries': LIMITS.relationsPerField,
  // The groups of `claims` share its MAX_CLAIMS claims: counted as one group holding them all.
  'Query.claims': 1,
};
/** Any other list without a size argument: relations, typed relation fields, an article's evidence (at most 200 each). */
export const DEFAULT_LIST_ITEMS = LIMITS.relationsPerField;

/** Bytes of a leaf value by its type (quotes included). */
const LEAF_BYTES: Record<string, number> = {
  ID: 80,
  String: 80,
  Int: 12,
  Float: 24,
  Boolean: 5,
  Date: 12,
  DateTime: 27,
  LocalDateTime: 21,
};
const ENUM_BYTES = 32;

/** Text fields: their bound (excerpts, snippets) or weight (the rest). `Type.field` or, for every type, `field`. */
const TEXT_BYTES: Record<string, number> = {
  'Article.text': ARTICLE_TEXT_BYTES,
  text: 2_000,
  excerpt: 600,
  snippet: TEXT_SEARCH.snippetChars + 20,
  description: 1_000,
  note: 600,
  atNote: 600,
  atText: 600,
  summary: 600,
  outletEvidence: 600,
  outletNote: 600,
  dateNote: 600,
  title: 300,
  url: 300,
  value: 300,
  topic: 300,
  cursor: 160,
  startCursor: 160,
  endCursor: 160,
};

/** Each field's type and, for interface fields, the interface name (`Entity`, `Relation`): the keys of the tables above. */
const owners = new WeakMap<object, string[]>();

/** Records which type each field object of `schema` belongs to (schema.ts calls it once). */
export function registerFieldOwners(schema: GraphQLSchema): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) && !isInterfaceType(type)) continue;
    const interfaces = type.getInterfaces().map((i) => i.name);
    for (const field of Object.values(type.getFields())) owners.set(field, [type.name, ...interfaces]);
  }
}

type Args = Record<string, unknown>;
const num = (v: unknown, fallback: number) => (typeof v === 'number' && Number.isFinite(v) && v > 0 ? v : fallback);

/** Looks `name` up as `Type.name` for the field's type and interfaces, then as `name`. */
function lookup(table: Record<string, number>, field: GraphQLField<unknown, never>): number | undefined {
  for (const owner of owners.get(field) ?? []) {
    const found = table[`${owner}.${field.name}`];
    if (found !== undefined) return found;
  }
  return table[field.name];
}

/** How many items the list `field` holds at most, given its arguments. */
function itemsOf(args: Args, field: GraphQLField<unknown, never>): number {
  if (Array.isArray(args.ids)) return args.ids.length;
  if (typeof args.limit === 'number') return num(args.limit, 1);
  return lookup(LIST_ITEMS, field) ?? DEFAULT_LIST_ITEMS;
}

/** Root fields whose list size has a default when `limit` is left out. */
const DEFAULT_LIMITS: Record<string, number> = {
  paths: LIMITS.defaultPaths,
  timeline: LIMITS.defaultTimelineItems,
  search: LIMITS.defaultSearchHits,
  textSearch: TEXT_SEARCH.defaultHits,
};

/**
 * Pothos complexity of one field (`fieldComplexity` in builder.ts): `field` is the bytes of its key and,
 * for a leaf, its value; `multiplier` how many times what it selects is counted. A connection counts its
 * `first`/`last` (default page size) for what it selects (its `edges`, counted once per item, and its
 * `pageInfo`, counted as often, a small overcount).
 */
export function fieldCost(args: Args, field: GraphQLField<unknown, never>): { field: number; multiplier: number } {
  const key = field.name.length + 4;
  const type = isNonNullType(field.type) ? field.type.ofType : field.type;
  const named = getNamedType(field.type);
  if (named.name.endsWith('Connection')) return { field: key + 2, multiplier: num(args.first, num(args.last, LIMITS.defaultPageSize)) };
  if (isLeafType(named)) {
    const value = lookup(TEXT_BYTES, field) ?? (isEnumType(named) ? ENUM_BYTES : (LEAF_BYTES[named.name] ?? LEAF_BYTES.String!));
    return { field: key + (isListType(type) ? 2 + itemsOf(args, field) * (value + 1) : value), multiplier: 1 };
  }
  if (!isListType(type)) return { field: key + 2, multiplier: 1 };
  // The edges of a connection: already counted by the connection's first/last.
  if (named.name.endsWith('Edge') && field.name === 'edges') return { field: key + 2, multiplier: 1 };
  const limit = DEFAULT_LIMITS[field.name];
  const items = limit !== undefined && owners.get(field)?.[0] === 'Query' ? num(args.limit, limit) : itemsOf(args, field);
  // Each item: its braces and the comma between items.
  return { field: key + 2 + items * 3, multiplier: items };
}
