/**
 * The shapes resolvers pass around: plain JSON from Cypher, normalised here in one place so every
 * relation (stored, derived or REPORTED_BY) exposes the same fields and its sources.
 */
import { createHash } from 'node:crypto';
import type { Kind, RelationType } from '../ontology.js';

export interface EntityRecord {
  id: string;
  kind: Kind;
  name: string;
  aliases?: string[];
  description?: string;
  [property: string]: unknown;
}

export interface SourceRecord {
  article: string;
  excerpt: string;
  /** The article itself when the query that found the fact brought it along. */
  record?: EntityRecord;
}

export interface RelationRecord {
  id: string;
  type: RelationType;
  from: EntityRecord;
  to: EntityRecord;
  props: Record<string, unknown>;
  sources: SourceRecord[];
  /** The entity this relation was listed from, so `other` can name the far end. */
  viewpoint?: string;
}

/** What relation-returning Cypher projects: `{type, props, articles, from, to}` (see cypher/relations/*). */
export interface RawRelation {
  type: RelationType;
  props: Record<string, unknown>;
  /** The source articles, in `props.sourceArticles` order (relation Cypher projects them alongside). */
  articles?: (EntityRecord | null)[];
  from: EntityRecord;
  to: EntityRecord;
}

export function toRelation(raw: RawRelation, viewpoint?: string): RelationRecord {
  const { props } = raw;
  if (raw.type === 'REPORTED_BY') {
    // A REPORTED_BY edge is its own provenance: the article it points at, quoting `excerpt`.
    const excerpt = String(props.excerpt ?? '');
    const digest = createHash('sha256').update(excerpt).digest('hex').slice(0, 8);
    return { id: `rel:reported-by:${slug(raw.from.id)}:${slug(raw.to.id)}:${digest}`, type: raw.type, from: raw.from, to: raw.to, props, sources: [{ article: raw.to.id, excerpt, record: raw.to }], viewpoint };
  }
  const articles = (props.sourceArticles as string[] | undefined) ?? [];
  const excerpts = (props.sourceExcerpts as string[] | undefined) ?? [];
  return {
    id: String(props.id),
    type: raw.type,
    from: raw.from,
    to: raw.to,
    props,
    sources: articles.map((article, i) => ({ article, excerpt: excerpts[i] ?? '', record: raw.articles?.[i] ?? undefined })),
    viewpoint,
  };
}

const slug = (id: string) => id.slice(id.indexOf(':') + 1);
