/**
 * The records resolvers work with, and their decoders: every row from Neo4j becomes a record here, once,
 * checked as it is decoded (what identifies it; the rest is taken as this project's Cypher built it). A
 * record holds what its query projected: a loader projects whole records, a planned statement only what
 * the request selected (plus what identifies the record), and the values of its selected nested fields
 * under `planned`, keyed by response key (see src/plan/).
 */
import {
  type ARTICLE_PROPERTIES,
  type FACT_PROPERTIES,
  KIND_NAMES,
  type StoredProperties,
  type Kind,
  RELATION_TYPE_NAMES,
  type RelationType,
  type SOURCE_ATTRIBUTES,
  type Support,
} from '../ontology.js';
import { isRecord } from '../shape.js';

/** Values a planned statement computed for the selected nested fields of a record, by response key. */
export type Planned = Readonly<Record<string, unknown>>;

export type JsonMap = Record<string, unknown>;

/** A map from Cypher (a JSON object): the same check as for any unknown shape. */
export const isMap: (v: unknown) => v is JsonMap = isRecord;

const isString = (v: unknown): v is string => typeof v === 'string';
const KIND_SET: ReadonlySet<string> = new Set(KIND_NAMES);
const RELATION_TYPE_SET: ReadonlySet<string> = new Set(RELATION_TYPE_NAMES);
export const isKind = (v: unknown): v is Kind => typeof v === 'string' && KIND_SET.has(v);
export const isRelationType = (v: unknown): v is RelationType => typeof v === 'string' && RELATION_TYPE_SET.has(v);

type FactProps = { -readonly [K in keyof typeof FACT_PROPERTIES]?: string };
type SourceAttributes = { -readonly [K in keyof typeof SOURCE_ATTRIBUTES]?: string | number };
/** An article's own properties as its node stores them (`outletId`, `textHash` ...). */
type ArticleProps = StoredProperties<typeof ARTICLE_PROPERTIES>;

/**
 * An entity (articles included), as stored on its node; kind properties (a statement's `text` ...) and
 * an article's own come from the ontology.
 */
export interface EntityRecord extends FactProps, ArticleProps {
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
  planned?: Planned;
}

/**
 * An entity map from Cypher (whole or projected), or null when `v` is none. Checked, not copied: the maps
 * are built by this project's own Cypher from properties its write path validated, so what identifies a
 * record (its id and kind) is checked and the rest taken as written.
 */
export function entityRecord(v: unknown): EntityRecord | null {
  return isEntity(v) ? v : null;
}

const isEntity = (v: unknown): v is EntityRecord => isMap(v) && isString(v.id) && isKind(v.kind);

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

/** A relation map `{id, type, props, from, to}` from Cypher, or null; checked like `entityRecord`. */
export function relationRecord(v: unknown): RelationRecord | null {
  return isRelation(v) ? v : null;
}

const isRelation = (v: unknown): v is RelationRecord =>
  isMap(v) && isString(v.id) && isRelationType(v.type) && isMap(v.props) && isEntity(v.from) && isEntity(v.to);

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

/** A source map from Cypher, or null; checked like `entityRecord`. */
export function sourceRecord(v: unknown): SourceRecord | null {
  return isSource(v) ? v : null;
}

const isSource = (v: unknown): v is SourceRecord => isMap(v) && isString(v.id) && isString(v.fact);

/** Every item of `v` that `decode` accepts (rows are written and read by this project: anything else is left out, not guessed). */
export const listOf =
  <T>(decode: (v: unknown) => T | null) =>
  (v: unknown): T[] =>
    Array.isArray(v) ? v.map(decode).filter((x): x is T => x !== null) : [];

/** A list of records checked by `is`, as it is when every item passes (no copy), else the items that do. */
const checkedList =
  <T>(is: (v: unknown) => v is T) =>
  (v: unknown): T[] => {
    if (!Array.isArray(v)) return [];
    const all: unknown[] = v;
    return all.every(is) ? all : all.filter(is);
  };

export const entities = checkedList(isEntity);
export const relations = checkedList(isRelation);
export const sources = checkedList(isSource);

export const str = (v: unknown): string | null => (isString(v) ? v : null);
export const num = (v: unknown): number => (typeof v === 'number' ? v : Number(v ?? 0));
export const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter(isString) : []);

/** A value a record's own query must have projected for a selected field: missing, it is a bug of the query, not an empty answer. */
export function projected<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`${what} was not projected`);
  return value;
}
