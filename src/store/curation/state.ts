/**
 * What a mutation reads inside its transaction: entities and articles named by id or name, stored article
 * texts, and facts and entities as records of the write path (src/store/rows.ts), which the mutation
 * changes and writes back whole through `writeRecords`.
 */
import neo4j from 'neo4j-driver';
import { cypher } from '../../db/cypher.js';
import { z } from 'zod';
import { FACT_PROPERTIES, KIND_NAMES, type Kind, nameKey, RELATION_TYPE_NAMES, SOURCE_ATTRIBUTES, SUPPORT_NAMES } from '../../ontology.js';
import type { EntityInput, RelationInput, SourceInput } from '../rows.js';
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
  const rows = (await run(RESOLVE, { ref, key: nameKey(ref) })).records.flatMap((r) => {
    const kind = KIND_NAMES.find((k) => k === r.get('kind'));
    return kind ? [{ id: String(r.get('id')), kind, rank: Number(r.get('rank')), article: r.get('article') === true }] : [];
  });
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

/** Stored properties, as the write path's records hold them (null and absent alike left out). */
const recordProps = (props: unknown): Record<string, unknown> =>
  props && typeof props === 'object'
    ? Object.fromEntries(Object.entries(props).flatMap(([k, v]) => (v === null || v === undefined ? [] : [[k, recordValue(v)]])))
    : {};

const optionalString = z.string().optional();
/** What curation records on facts, entities and sources; times are the driver's DATETIMEs, kept as they are. */
const bookkeeping = {
  retractedAt: z.unknown().optional(),
  retractedBy: optionalString,
  retractionReason: optionalString,
};
const factBookkeeping = { ...bookkeeping, assertedAt: z.unknown().optional(), assertedBy: optionalString, version: z.number().int().default(1) };
const factProperties = Object.fromEntries(Object.keys(FACT_PROPERTIES).map((k) => [k, optionalString]));

/** A stored source with the article it is REPORTED_BY, as a source of the write path. */
const StoredSource = z.object({
  article: z.string(),
  excerpt: z.string(),
  support: z.enum(SUPPORT_NAMES),
  note: optionalString,
  ...Object.fromEntries(Object.keys(SOURCE_ATTRIBUTES).map((k) => [k, z.unknown().optional()])),
  ...bookkeeping,
  addedAt: z.unknown().optional(),
  addedBy: optionalString,
});
const sourcesOf = (rows: unknown): SourceInput[] =>
  (Array.isArray(rows) ? rows : []).flatMap((row: unknown) => {
    if (!row || typeof row !== 'object' || !('props' in row) || !('article' in row)) return [];
    return [StoredSource.parse({ ...recordProps(row.props), article: row.article })];
  });

const StoredFact = z.object({ type: z.enum(RELATION_TYPE_NAMES), from: z.string(), to: z.string(), ...factProperties, ...factBookkeeping });
const StoredEntity = z.object({
  kind: z.enum(KIND_NAMES).exclude(['Article']),
  name: z.string(),
  aliases: z.array(z.string()).default([]),
  description: z.string().default(''),
  url: optionalString,
  ...factProperties,
  ...factBookkeeping,
});

/** A stored fact as the write path's record, with every source (retracted ones too); null when no fact has this id. */
export async function readFact(run: Run, id: string): Promise<(RelationInput & { version: number }) | null> {
  const [row] = (await run(FACT_STATE, { id })).records;
  if (!row) return null;
  const fact = StoredFact.parse({ ...recordProps(row.get('props')), type: row.get('type'), from: row.get('from'), to: row.get('to') });
  return { ...fact, id, sources: sourcesOf(row.get('sources')) };
}

/** A stored entity (not an article) as the write path's record; null when no entity has this id (or it is an article). */
export async function readEntity(run: Run, id: string): Promise<(EntityInput & { version: number }) | null> {
  const [row] = (await run(ENTITY_STATE, { id })).records;
  if (!row || row.get('kind') === 'Article') return null;
  const entity = StoredEntity.parse({ ...recordProps(row.get('props')), kind: row.get('kind') });
  return { ...entity, id, sources: sourcesOf(row.get('sources')) };
}

/** The fact a citation (source) supports; null when no source has this id. */
export async function factOfCitation(run: Run, id: string): Promise<string | null> {
  const [row] = (await run(SOURCE_STATE, { id })).records;
  return row ? String(row.get('fact')) : null;
}
