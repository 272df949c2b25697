/**
 * What a mutation reads inside its transaction: entities and articles named by id or name, stored article
 * texts, and facts and entities as records of the write path (src/store/rows.ts), which the mutation
 * changes and writes back whole through `writeRecords`.
 */
import neo4j from 'neo4j-driver';
import { cypher } from '../../db/cypher.js';
import { FACT_PROPERTIES, type Kind, nameKey, SOURCE_ATTRIBUTES, type RelationType } from '../../ontology.js';
import type { EntityInput, FactBookkeeping, RelationInput, SourceBookkeeping, SourceInput } from '../rows.js';
import type { Run } from '../write.js';
import { invalid, UnknownReferenceError } from './errors.js';

const RESOLVE = cypher('curation/resolve');
const ARTICLE_TEXT = cypher('curation/article-text');
const FACT_STATE = cypher('curation/fact-state');
const ENTITY_STATE = cypher('curation/entity-state');
const SOURCE_STATE = cypher('curation/source-state');

export interface Resolved {
  id: string;
  kind: Kind;
}

/**
 * The entity an input field names, by id, merged id, name or alias (as `lookup` resolves). A name that
 * names several entities equally well is refused, listing them: a mutation never guesses.
 */
export async function resolveEntity(run: Run, ref: string, field: (string | number)[], what: 'entity' | 'article' = 'entity'): Promise<Resolved> {
  const rows = (await run(RESOLVE, { ref, key: nameKey(ref) })).records.map((r) => ({
    id: String(r.get('id')),
    kind: r.get('kind') as Kind,
    rank: Number(r.get('rank')),
    article: r.get('article') === true,
  }));
  const fitting = rows.filter((r) => (what === 'article' ? r.article : !r.article));
  const best = fitting.filter((r) => r.rank === fitting[0]?.rank);
  if (best.length === 0) throw new UnknownReferenceError(ref, field, what);
  if (best.length > 1) throw invalid(field, `"${ref}" names ${best.length} entities (${best.map((b) => b.id).join(', ')}): give the id`);
  return { id: best[0]!.id, kind: best[0]!.kind };
}

/** Stored texts of articles, by id. */
export async function articleTexts(run: Run, ids: Iterable<string>): Promise<Map<string, string>> {
  const texts = new Map<string, string>();
  for (const id of new Set(ids)) {
    const [row] = (await run(ARTICLE_TEXT, { id })).records;
    if (row) texts.set(id, String(row.get('text')));
  }
  return texts;
}

/** Driver values as the write path's records hold them: dates as ISO strings, integers as numbers, DATETIMEs as they are. */
function recordValue(v: unknown): unknown {
  if (neo4j.isInt(v)) return v.toNumber();
  if (neo4j.isDate(v)) return v.toString();
  if (Array.isArray(v)) return v.map(recordValue);
  return v;
}

const SOURCE_KEYS = [
  'excerpt',
  'support',
  'note',
  ...Object.keys(SOURCE_ATTRIBUTES),
  'addedAt',
  'addedBy',
  'retractedAt',
  'retractedBy',
  'retractionReason',
] as const;
const FACT_KEYS = [...Object.keys(FACT_PROPERTIES), 'assertedAt', 'assertedBy', 'retractedAt', 'retractedBy', 'retractionReason', 'version'] as const;

function pick(props: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(keys.filter((k) => props[k] !== undefined && props[k] !== null).map((k) => [k, recordValue(props[k])]));
}

function sourcesOf(rows: unknown): SourceInput[] {
  return (Array.isArray(rows) ? rows : [])
    .filter((s): s is { props: Record<string, unknown>; article: string } => s !== null && typeof s === 'object')
    .map((s) => ({ article: s.article, ...pick(s.props, SOURCE_KEYS) }) as SourceInput);
}

/** A stored fact as the write path's record, with every source (retracted ones too); null when no fact has this id. */
export async function readFact(run: Run, id: string): Promise<(RelationInput & { version: number }) | null> {
  const [row] = (await run(FACT_STATE, { id })).records;
  if (!row) return null;
  const props = row.get('props') as Record<string, unknown>;
  return {
    id,
    type: row.get('type') as RelationType,
    from: String(row.get('from')),
    to: String(row.get('to')),
    ...(pick(props, FACT_KEYS) as FactBookkeeping),
    version: Number(recordValue(props.version) ?? 1),
    sources: sourcesOf(row.get('sources')),
  };
}

/** A stored entity (not an article) as the write path's record; null when no entity has this id. */
export async function readEntity(run: Run, id: string): Promise<(EntityInput & { version: number }) | null> {
  const [row] = (await run(ENTITY_STATE, { id })).records;
  if (!row || row.get('kind') === 'Article') return null;
  const props = row.get('props') as Record<string, unknown>;
  return {
    id,
    kind: row.get('kind') as EntityInput['kind'],
    name: String(props.name),
    aliases: Array.isArray(props.aliases) ? props.aliases.map(String) : [],
    description: String(props.description ?? ''),
    ...(typeof props.url === 'string' ? { url: props.url } : {}),
    ...(pick(props, FACT_KEYS) as FactBookkeeping),
    version: Number(recordValue(props.version) ?? 1),
    sources: sourcesOf(row.get('sources')),
  } as EntityInput & { version: number };
}

/** The fact a citation (source) supports; null when no source has this id. */
export async function factOfCitation(run: Run, id: string): Promise<string | null> {
  const [row] = (await run(SOURCE_STATE, { id })).records;
  return row ? String(row.get('fact')) : null;
}

export type { SourceBookkeeping };
