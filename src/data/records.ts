/**
 * The records resolvers work with, and their decoders: every row from Neo4j becomes a record here, once,
 * checked as it is decoded. A record holds what its query projected: a loader projects whole records,
 * a planned statement only what the request selected (plus what identifies the record), and the values
 * of its selected nested fields under `planned`, keyed by response key (see src/plan/).
 */
import {
  FACT_PROPERTIES,
  isSupport,
  KIND_NAMES,
  keysOf,
  type Kind,
  RELATION_TYPE_NAMES,
  type RelationType,
  SOURCE_ATTRIBUTES,
  type Support,
} from '../ontology.js';

/** Values a planned statement computed for the selected nested fields of a record, by response key. */
export type Planned = Readonly<Record<string, unknown>>;

export type JsonMap = Record<string, unknown>;

export const isMap = (v: unknown): v is JsonMap => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The planned values of a map from Cypher (`__planned`), or of a record decoded before (`planned`): decoding twice keeps them. */
const plannedOf = (v: JsonMap): Planned | undefined => (isMap(v.__planned) ? v.__planned : isMap(v.planned) ? v.planned : undefined);
const isString = (v: unknown): v is string => typeof v === 'string';
const KIND_SET: ReadonlySet<string> = new Set(KIND_NAMES);
const RELATION_TYPE_SET: ReadonlySet<string> = new Set(RELATION_TYPE_NAMES);
export const isKind = (v: unknown): v is Kind => typeof v === 'string' && KIND_SET.has(v);
export const isRelationType = (v: unknown): v is RelationType => typeof v === 'string' && RELATION_TYPE_SET.has(v);

type FactProps = { -readonly [K in keyof typeof FACT_PROPERTIES]?: string };
type SourceAttributes = { -readonly [K in keyof typeof SOURCE_ATTRIBUTES]?: string | number };

/** An entity (articles included), as stored on its node; kind properties (a statement's `text` ...) come from the ontology. */
export interface EntityRecord extends FactProps {
  id: string;
  kind: Kind;
  name?: string;
  aliases?: string[];
  description?: string;
  sortName?: string;
  /** The strongest support of its sources. */
  support?: Support;
  /** The earliest date its sources give (ISO); an article's own date. */
  date?: string;
  // Articles.
  title?: string;
  outletId?: string;
  outletEvidence?: string;
  publishedAt?: string;
  updatedAt?: string;
  byline?: string;
  url?: string;
  dateSupport?: Support;
  dateNote?: string;
  textHash?: string;
  planned?: Planned;
}

const ENTITY_STRINGS = [
  'name',
  'description',
  'sortName',
  'date',
  'title',
  'outletId',
  'outletEvidence',
  'publishedAt',
  'updatedAt',
  'byline',
  'url',
  'dateNote',
  'textHash',
  ...keysOf(FACT_PROPERTIES),
] as const;

/** An entity map from Cypher (whole or projected), or null when `v` is none. */
export function entityRecord(v: unknown): EntityRecord | null {
  if (!isMap(v) || !isString(v.id) || !isKind(v.kind)) return null;
  const e: EntityRecord = { id: v.id, kind: v.kind };
  for (const k of ENTITY_STRINGS) {
    const x = v[k];
    if (isString(x)) e[k] = x;
  }
  if (Array.isArray(v.aliases)) e.aliases = v.aliases.filter(isString);
  if (isSupport(v.support)) e.support = v.support;
  if (isSupport(v.dateSupport)) e.dateSupport = v.dateSupport;
  const planned = plannedOf(v);
  if (planned) e.planned = planned;
  return e;
}

/** Properties of a relation itself: its fact properties, support and date (the earliest its sources give). */
export interface RelationProps extends FactProps {
  support?: Support;
  date?: string;
}

export interface RelationRecord {
  id: string;
  type: RelationType;
  /** The entity it starts at; only `id` and `kind` unless the query projected more. */
  from: EntityRecord;
  to: EntityRecord;
  props: RelationProps;
  planned?: Planned;
}

const FACT_PROPERTY_NAMES = keysOf(FACT_PROPERTIES);

/** A relation map `{id, type, props, from, to}` from Cypher, or null. */
export function relationRecord(v: unknown): RelationRecord | null {
  if (!isMap(v) || !isRelationType(v.type)) return null;
  const raw = isMap(v.props) ? v.props : {};
  const id = isString(v.id) ? v.id : raw.id;
  const from = entityRecord(v.from);
  const to = entityRecord(v.to);
  if (!isString(id) || !from || !to) return null;
  const props: RelationProps = {};
  for (const k of FACT_PROPERTY_NAMES) {
    const x = raw[k];
    if (isString(x)) props[k] = x;
  }
  if (isSupport(raw.support)) props.support = raw.support;
  if (isString(raw.date)) props.date = raw.date;
  const r: RelationRecord = { id, type: v.type, from, to, props };
  const planned = plannedOf(v);
  if (planned) r.planned = planned;
  return r;
}

/** One evidence record. A loader projects it whole; a plan only what was selected (`id` and `fact` always). */
export interface SourceRecord extends SourceAttributes {
  id: string;
  /** The entity or relation id it supports. */
  fact: string;
  factType?: string;
  from?: string;
  to?: string;
  /** Id of the article it is REPORTED_BY. */
  article?: string;
  excerpt?: string;
  start?: number;
  end?: number;
  textHash?: string;
  support?: Support;
  note?: string;
  ordinal?: number;
  /** The article (with its outlet) when a loader brought it along. */
  articleRecord?: EntityRecord;
  planned?: Planned;
}

const SOURCE_STRINGS = ['factType', 'from', 'to', 'article', 'excerpt', 'textHash', 'note'] as const;
const SOURCE_NUMBERS = ['start', 'end', 'ordinal'] as const;
const ATTRIBUTE_NAMES = keysOf(SOURCE_ATTRIBUTES);

export function sourceRecord(v: unknown): SourceRecord | null {
  if (!isMap(v) || !isString(v.id) || !isString(v.fact)) return null;
  const s: SourceRecord = { id: v.id, fact: v.fact };
  for (const k of SOURCE_STRINGS) {
    const x = v[k];
    if (isString(x)) s[k] = x;
  }
  for (const k of SOURCE_NUMBERS) {
    const x = v[k];
    if (typeof x === 'number') s[k] = x;
  }
  for (const k of ATTRIBUTE_NAMES) {
    const x = v[k];
    if (isString(x) || typeof x === 'number') s[k] = x;
  }
  if (isSupport(v.support)) s.support = v.support;
  const article = entityRecord(v.articleRecord);
  if (article) s.articleRecord = article;
  const planned = plannedOf(v);
  if (planned) s.planned = planned;
  return s;
}

/** Every item of `v` that `decode` accepts (rows are written and read by this project: anything else is left out, not guessed). */
export const listOf =
  <T>(decode: (v: unknown) => T | null) =>
  (v: unknown): T[] =>
    Array.isArray(v) ? v.map(decode).filter((x): x is T => x !== null) : [];

export const entities = listOf(entityRecord);
export const relations = listOf(relationRecord);
export const sources = listOf(sourceRecord);

export const str = (v: unknown): string | null => (isString(v) ? v : null);
export const num = (v: unknown): number => (typeof v === 'number' ? v : Number(v ?? 0));
export const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter(isString) : []);

/** A value a record's own query must have projected for a selected field: missing, it is a bug of the query, not an empty answer. */
export function projected<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`${what} was not projected`);
  return value;
}
