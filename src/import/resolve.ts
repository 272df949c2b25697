/**
 * Resolution of imported parties against the graph, the same for every import format (BODS, FollowTheMoney):
 * a shared identifier (scheme + id) first, then the entity this importer made from the same record before
 * (its `ownId`), then an exact normalised name (not an alias) of the same kind when exactly one entity has
 * it; alias and cross-kind matches and ties are reported as candidates and never merged. An entity that
 * already has article evidence is linked to, never rewritten. Also the shapes every format's plan shares:
 * what it looks up (`Lookups`), what it found (`Plan`), and the dataset its records are published in.
 */
import { createHash } from 'node:crypto';
import { KIND_NAMES, type Kind, nameKey } from '../ontology.js';
import type { Attachment, DatasetInput, DatasetRecordInput, EntityInput, RelationInput } from '../store/rows.js';
import type { InputProblem } from './problems.js';

export interface Lookups {
  /** Entity ids and kinds by identifier key ("scheme:id"). */
  byIdentifier: Map<string, { id: string; kind: string }[]>;
  /** Entities by name key, with whether the key is their name (rank 0) or an alias. */
  byName: Map<string, { id: string; kind: string; name: string; rank: number }[]>;
  /** Ids that exist as entities, and ids of facts (entities or relations) that have article evidence. */
  existing: Map<string, { node: boolean; kind: string | null; sourced: boolean }>;
  /** What earlier records of the same ids (in this dataset) wrote, where the format looks them up (`recordIds`). */
  described?: Described;
}

/** The facts the graph holds from earlier records of each record id of a dataset (by their dataset records). */
export type Described = Map<string, { fact: string; type: string; from: string | null; to: string | null }[]>;

/** The identifier keys, name keys and ids a plan needs looked up. */
export interface LookupKeys {
  identifiers: string[];
  names: string[];
  ids: string[];
  /** Record ids whose earlier records' facts to look up (`Lookups.described`). */
  recordIds?: string[];
}

/** A possible match the importer did not merge on. */
export interface Candidate {
  index: number;
  recordId: string;
  name: string;
  candidates: { id: string; name: string; why: string }[];
}

export interface Plan {
  entities: EntityInput[];
  relations: RelationInput[];
  /** Records resolved to an entity or relation already in the graph (not rewritten). */
  linked: { index: number; recordId: string; id: string; why: string }[];
  candidates: Candidate[];
  skipped: { index: number; recordId: string; why: string }[];
  problems: InputProblem[];
  /** Dataset records and identifiers for entities already in the graph that records resolved to (src/store/attach.ts). */
  attachments?: Attachment[];
  /** Relations earlier records of an id wrote that its latest no longer gives: ended on `date` (src/import/history.ts). */
  endings?: Ending[];
  /** The index of the record each planned entity or relation comes from. */
  statementOf?: Map<string, number>;
}

/** A relation of the graph to end: the record that ends it, and the day. */
export interface Ending {
  id: string;
  index: number;
  recordId: string;
  date: string;
  record: DatasetRecordInput;
}

/** An imported entity or person, as resolution sees it. */
export interface Party {
  /** Its index in the file, and the record id the file gives it. */
  index: number;
  recordId: string;
  kind: Exclude<Kind, 'Article'>;
  name: string;
  aliases: string[];
  /** "scheme:id" keys. */
  identifiers: string[];
  /** Whether a name may resolve it (not an anonymous or unknown party). */
  named: boolean;
  /** The id this importer gives it (the same for the same record on every run). */
  ownId: string;
}

const sha = (s: string) => createHash('sha256').update(s).digest('hex');

/**
 * Collects into `attachments` the dataset records and identifiers of entities a file resolves to but does
 * not rewrite, one attachment per entity; returns the function that adds one.
 */
export function attacher(attachments: Attachment[]): (id: string, record: DatasetRecordInput, identifiers?: string[]) => void {
  const attached = new Map<string, Attachment>();
  return (id, record, identifiers = []) => {
    const a = attached.get(id) ?? { id, records: [], identifiers: [] };
    a.records.push(record);
    a.identifiers = [...new Set([...a.identifiers, ...identifiers])].sort();
    if (!attached.has(id)) attachments.push(a);
    attached.set(id, a);
  };
}

/** The entity an earlier record of this id (of this dataset) wrote or was attached to. */
export function describedEntity(described: Described, recordId: string): { id: string; kind: string } | undefined {
  const fact = described.get(recordId)?.find((f) => f.from === null && KIND_NAMES.some((k) => k === f.type));
  return fact ? { id: fact.fact, kind: fact.type } : undefined;
}

export const datasetOf = (name: string, publisher: string, url?: string): DatasetInput => ({
  id: `dataset:${sha(`${publisher}|${name}`).slice(0, 16)}`,
  name,
  publisher,
  ...(url ? { url } : {}),
});

/** The graph entity of this id, if there is one. */
export function existingEntity(id: string, lookups: Lookups): { id: string; kind: string } | undefined {
  const e = lookups.existing.get(id);
  return e?.node && e.kind ? { id, kind: e.kind } : undefined;
}

/**
 * What a party resolves to; `keep`: an entity with article evidence under its own id, linked to and not
 * rewritten. Matches it did not merge on are added to `candidates`.
 */
export function resolve(p: Party, lookups: Lookups, candidates: Candidate[]): { id: string; kind: string; why: string; keep?: boolean } {
  const own = { id: p.ownId, kind: p.kind, why: 'new' };
  const byIdentifier = new Map(p.identifiers.flatMap((key) => lookups.byIdentifier.get(key) ?? []).map((e) => [e.id, e]));
  if (byIdentifier.has(p.ownId)) return own;
  if (byIdentifier.size === 1) {
    const [hit] = byIdentifier.values();
    if (hit) return { ...hit, why: `identifier ${p.identifiers.join(', ')}` };
  }
  const existing = lookups.existing.get(p.ownId);
  if (existing?.node) return existing.sourced ? { ...own, why: 'the entity has article evidence', keep: true } : own;
  const report = (found: Candidate['candidates']) => {
    if (found.length) candidates.push({ index: p.index, recordId: p.recordId, name: p.name, candidates: found });
  };
  if (byIdentifier.size > 1) {
    report([...byIdentifier.values()].map((e) => ({ id: e.id, name: '', why: 'shares an identifier (several entities do)' })));
    return own;
  }
  if (!p.named) return own;
  const keys = [nameKey(p.name), ...p.aliases.map(nameKey)];
  const hits = [...new Map(keys.flatMap((k) => lookups.byName.get(k) ?? []).map((h) => [`${h.id}|${h.rank}`, h])).values()].filter((h) => h.id !== p.ownId);
  const exact = hits.filter((h) => h.rank === 0 && h.kind === p.kind && nameKey(h.name) === keys[0]);
  if (exact.length === 1 && exact[0]) {
    report(hits.filter((h) => h.id !== exact[0]?.id).map((h) => ({ id: h.id, name: h.name, why: h.rank === 0 ? `same name, a ${h.kind}` : 'an alias' })));
    return { id: exact[0].id, kind: exact[0].kind, why: 'same name and kind' };
  }
  report(
    hits.map((h) => ({
      id: h.id,
      name: h.name,
      why: exact.includes(h) ? 'same name and kind (several)' : h.rank === 0 ? `same name, a ${h.kind}` : 'an alias',
    })),
  );
  return own;
}
