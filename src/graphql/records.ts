/**
 * The shapes resolvers pass around: plain JSON from Cypher, normalised here in one place. A fact (an
 * entity or a relation) does not carry its sources: they are Source records loaded by fact id,
 * batched across the request (see loaders.ts), so a traversal never materialises evidence nobody asked for.
 */
import type { Kind, RelationType, Support } from '../ontology.js';

export interface EntityRecord {
  id: string;
  kind: Kind;
  name: string;
  aliases?: string[];
  description?: string;
  [property: string]: unknown;
}

/** One evidence record (see src/store/rows.ts for what is stored). */
export interface SourceRecord {
  id: string;
  /** The entity or relation id this source supports. */
  fact: string;
  factType: string;
  from?: string;
  to?: string;
  article: string;
  excerpt: string;
  start: number;
  end: number;
  textHash: string;
  support: Support;
  note?: string;
  /** The article (with its outlet) when the query brought it along. */
  articleRecord?: EntityRecord;
  [attribute: string]: unknown;
}

export interface RelationRecord {
  id: string;
  type: RelationType;
  from: EntityRecord;
  to: EntityRecord;
  props: Record<string, unknown>;
}

/** What relation-returning Cypher projects: `{type, props, from, to}`. */
export interface RawRelation {
  type: RelationType;
  props: Record<string, unknown>;
  from: EntityRecord;
  to: EntityRecord;
}

export function toRelation(raw: RawRelation): RelationRecord {
  return { id: String(raw.props.id), type: raw.type, from: raw.from, to: raw.to, props: raw.props };
}
