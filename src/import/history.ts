/**
 * What an import keeps of what earlier statements wrote. A record's latest statement replaces the fact its
 * earlier statements wrote (same id, its properties rewritten) and the earlier statements' dataset records stay
 * on it as history, oldest first, with any other dataset's records and identifiers the fact had; a relation an
 * earlier statement of the record gave that the latest no longer gives (an interest dropped, or a `closed`
 * record whose parties the file no longer names) is ended: its `endDate` set to the latest statement's day and
 * that statement added to its records. A fact with article evidence is never rewritten. Importing the same
 * file again finds every record already there and changes nothing.
 */
import { cypher } from '../db/cypher.js';
import type { Database } from '../db/database.js';
import { allowedFields, isSupport, RELATION_TYPE_NAMES, type RelationType } from '../ontology.js';
import type { DatasetRecordInput, RelationInput } from '../store/rows.js';
import type { Described, Ending, Plan } from './resolve.js';

const BY_RECORD_IDS = cypher('import/by-record-ids');
const PRIOR_FACTS = cypher('import/prior-facts');

const KEYS_PER_READ = 5_000;
const text = (v: unknown) => (typeof v === 'string' ? v : undefined);
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isRelationType = (t: unknown): t is RelationType => RELATION_TYPE_NAMES.some((n) => n === t);

/** A fact as the graph holds it before the import. */
interface Prior {
  identifiers: string[];
  relation?: { type: RelationType; from: string; to: string; props: Record<string, unknown> };
  records: DatasetRecordInput[];
  sourced: boolean;
}

async function readInChunks(db: Database, query: typeof PRIOR_FACTS, param: string, keys: string[], extra: Record<string, unknown> = {}) {
  const rows: Record<string, unknown>[] = [];
  for (let i = 0; i < keys.length; i += KEYS_PER_READ) rows.push(...(await db.read(query, { ...extra, [param]: keys.slice(i, i + KEYS_PER_READ) })));
  return rows;
}

/** The facts that earlier statements of these records, in this dataset, back. */
export async function readDescribed(db: Database, dataset: string, recordIds: string[]): Promise<Described> {
  const out: Described = new Map();
  for (const r of await readInChunks(db, BY_RECORD_IDS, 'recordIds', recordIds, { dataset })) {
    const [recordId, fact, type] = [text(r.recordId), text(r.fact), text(r.type)];
    if (recordId && fact && type) out.set(recordId, [...(out.get(recordId) ?? []), { fact, type, from: text(r.from) ?? null, to: text(r.to) ?? null }]);
  }
  return out;
}

/** A stored dataset record as the importer builds one (same fields in the same order, so hashes agree). */
function recordInput(r: Record<string, unknown>): DatasetRecordInput | undefined {
  const d = isRecord(r.dataset) ? r.dataset : {};
  const [id, name, publisher, recordId, statementId] = [text(d.id), text(d.name), text(d.publisher), text(r.recordId), text(r.statementId)];
  if (!id || !name || !publisher || !recordId || !statementId || !isSupport(r.support)) return undefined;
  const [url, note] = [text(d.url), text(r.note)];
  return {
    dataset: { id, name, publisher, ...(url ? { url } : {}) },
    recordId,
    statementId,
    statementDate: text(r.statementDate),
    publicationDate: text(r.publicationDate),
    url: text(r.url),
    support: r.support,
    ...(note ? { note } : {}),
  };
}

async function readPrior(db: Database, ids: string[]): Promise<Map<string, Prior>> {
  const out = new Map<string, Prior>();
  for (const r of await readInChunks(db, PRIOR_FACTS, 'ids', ids)) {
    const id = text(r.id);
    if (!id) continue;
    const [from, to] = [text(r.from), text(r.to)];
    out.set(id, {
      identifiers: Array.isArray(r.identifiers) ? r.identifiers.filter((i): i is string => typeof i === 'string') : [],
      relation: isRelationType(r.type) && from && to && isRecord(r.relation) ? { type: r.type, from, to, props: r.relation } : undefined,
      records: (Array.isArray(r.records) ? r.records : []).flatMap((x) => {
        const input = isRecord(x) ? recordInput(x) : undefined;
        return input ? [input] : [];
      }),
      sourced: r.sourced === true,
    });
  }
  return out;
}

/** Earlier records first (those of other statements), then this import's. */
const withEarlier = (earlier: DatasetRecordInput[], records: DatasetRecordInput[] = []) => [
  ...earlier.filter((e) => !records.some((r) => r.statementId === e.statementId && r.dataset.id === e.dataset.id)),
  ...records,
];

/**
 * Adds to the plan what the graph holds of the facts it rewrites (their earlier records and identifiers) and
 * turns its endings into rewrites of the relations they end; returns the endings written.
 */
export async function withHistory(db: Database, planned: Plan): Promise<{ ended: Ending[]; kept: { entities: number; relations: number } }> {
  const endings = planned.endings ?? [];
  const ids = [...planned.entities.map((e) => e.id), ...planned.relations.map((r) => r.id), ...endings.map((e) => e.id)];
  const prior = await readPrior(db, [...new Set(ids)]);
  const kept = { entities: 0, relations: 0 };
  /** Whether the fact already holds this statement, or a later one of the same record: then it stays as it is. */
  const current = (fact: { records?: DatasetRecordInput[] }, p: Prior, index: number) => {
    const own = fact.records?.[0];
    const later =
      own && p.records.find((r) => r.dataset.id === own.dataset.id && r.recordId === own.recordId && (r.statementDate ?? '') > (own.statementDate ?? ''));
    if (later)
      planned.skipped.push({
        index,
        recordId: own.recordId,
        why: `the graph holds a later statement of the record (${later.statementId}, ${later.statementDate}): kept`,
      });
    return Boolean(later || (own && p.records.some((r) => r.dataset.id === own.dataset.id && r.statementId === own.statementId)));
  };
  planned.entities = planned.entities.filter((e) => {
    const p = prior.get(e.id);
    if (p && current(e, p, planned.statementOf?.get(e.id) ?? -1)) {
      kept.entities++;
      return false;
    }
    if (p) {
      e.records = withEarlier(p.records, e.records);
      e.identifiers = [...new Set([...p.identifiers, ...(e.identifiers ?? [])])].sort();
    }
    return true;
  });
  planned.relations = planned.relations.filter((r) => {
    const p = prior.get(r.id);
    if (p && current(r, p, planned.statementOf?.get(r.id) ?? -1)) {
      kept.relations++;
      return false;
    }
    if (p) r.records = withEarlier(p.records, r.records);
    return true;
  });
  const ended: Ending[] = [];
  const planning = new Set(planned.relations.map((r) => r.id));
  for (const ending of endings) {
    const p = prior.get(ending.id);
    if (!p?.relation || planning.has(ending.id)) continue;
    if (p.sourced) {
      planned.skipped.push({ index: ending.index, recordId: ending.recordId, why: `${ending.id} has article evidence: not ended` });
      continue;
    }
    const has = p.records.some((r) => r.statementId === ending.record.statementId && r.dataset.id === ending.record.dataset.id);
    const endDate = text(p.relation.props.endDate);
    if (has && endDate) {
      kept.relations++;
      continue;
    }
    const { type, from, to, props } = p.relation;
    const stored = Object.fromEntries(allowedFields({ type }).properties.flatMap((k) => (props[k] === undefined || props[k] === null ? [] : [[k, props[k]]])));
    const relation: RelationInput = {
      id: ending.id,
      type,
      from,
      to,
      ...stored,
      endDate: endDate ?? ending.date,
      sources: [],
      records: withEarlier(p.records, [ending.record]),
    };
    planned.relations.push(relation);
    planning.add(ending.id);
    ended.push(ending);
  }
  return { ended, kept };
}
