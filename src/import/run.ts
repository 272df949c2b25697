/**
 * The import runner, the same for every format (src/import/format.ts: BODS 0.4, FollowTheMoney): the
 * format reads and checks the whole file, the runner looks up what it may resolve to (identifiers, names,
 * ids, what earlier records of the same ids wrote), the format plans the records (src/import/resolve.ts
 * resolves them), the runner adds what the graph holds of the facts the plan rewrites or ends
 * (src/import/history.ts), then writes them through the one write path in batches, one transaction each
 * (entities first, then dataset records attached to entities already there, then relations, so every
 * relation's ends exist when it is written). A problem anywhere in the file writes nothing. An import that changed anything
 * is recorded as an (:Operation {name: 'import'}) with who ran it, the file's name and SHA-256 and the
 * summary; one that changed nothing (the same file again) records nothing and leaves the graph version
 * where it was.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { cypher } from '../db/cypher.js';
import type { Database } from '../db/database.js';
import { toNeo4jDateTime } from '../db/values.js';
import { messageOf } from '../shape.js';
import { type Attachment, type EntityInput, type RelationInput, sha256 } from '../store/rows.js';
import { type Tally, writeRecords } from '../store/write.js';
import type { ImportFormat } from './format.js';
import { ImportInputError } from './problems.js';
import { readDescribed, withHistory } from './history.js';
import type { Candidate, Ending, LookupKeys, Lookups, Plan } from './resolve.js';

const BY_IDENTIFIERS = cypher('import/by-identifiers');
const BY_NAMES = cypher('import/by-names');
const SOURCED = cypher('import/sourced');
const RECORD_OPERATION = cypher('curation/record-operation');

export interface ImportOptions {
  /** Who runs the import (recorded on the operation). */
  actor: string;
  /** The dataset's name; by default the publisher's. */
  dataset?: string;
  /** Records per transaction. */
  batchSize?: number;
  /** Called after each batch commits. */
  onBatch?: (done: number, total: number) => void;
}

export interface ImportSummary {
  /** What was read: the format, and how many of its records (statements, entities) the file holds. */
  input: { format: string; records: number; noun: string };
  dataset: { id: string; name: string };
  entities: Tally;
  relations: Tally;
  /** Dataset records written. */
  records: number;
  linked: Plan['linked'];
  candidates: Candidate[];
  skipped: Plan['skipped'];
  /** Relations of the graph that earlier records of an id wrote and its latest no longer gives, ended. */
  ended: Ending[];
  /** Entities already in the graph that records resolved to and had their dataset records attached. */
  attached: number;
  batches: number;
  /** The operation recorded, where anything changed. */
  operation: string | null;
}

const KEYS_PER_READ = 5_000;

async function readAll<T>(db: Database, query: typeof BY_NAMES, param: string, keys: string[], row: (r: Record<string, unknown>) => T): Promise<T[]> {
  const rows: T[] = [];
  for (let i = 0; i < keys.length; i += KEYS_PER_READ) rows.push(...(await db.read(query, { [param]: keys.slice(i, i + KEYS_PER_READ) })).map(row));
  return rows;
}
const text = (v: unknown) => (typeof v === 'string' ? v : '');

async function lookUp(db: Database, keys: LookupKeys): Promise<Lookups> {
  const group = <T extends { key: string }>(rows: T[]) => {
    const out = new Map<string, T[]>();
    for (const r of rows) out.set(r.key, [...(out.get(r.key) ?? []), r]);
    return out;
  };
  const identifiers = await readAll(db, BY_IDENTIFIERS, 'keys', keys.identifiers, (r) => ({ key: text(r.key), id: text(r.id), kind: text(r.kind) }));
  const names = await readAll(db, BY_NAMES, 'keys', keys.names, (r) => ({
    key: text(r.key),
    id: text(r.id),
    kind: text(r.kind),
    name: text(r.name),
    rank: Number(r.rank),
  }));
  const ids = await readAll(db, SOURCED, 'ids', keys.ids, (r) => ({
    id: text(r.id),
    node: r.node === true,
    kind: text(r.kind) || null,
    sourced: r.sourced === true,
  }));
  return { byIdentifier: group(identifiers), byName: group(names), existing: new Map(ids.map((r) => [r.id, r])) };
}

const emptyTally = (): Tally => ({ created: 0, updated: 0, unchanged: 0 });
const add = (into: Tally, t: Tally) => {
  into.created += t.created;
  into.updated += t.updated;
  into.unchanged += t.unchanged;
};

/** The text of an input file, or a problem of the file as a whole. */
export function readInput(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new ImportInputError([{ index: null, field: '', message: `cannot read ${file}: ${messageOf(error)}` }]);
  }
}

/** Imports the content of `file` in `format`. */
export async function runImport(db: Database, input: { file: string; content: string }, format: ImportFormat, options: ImportOptions): Promise<ImportSummary> {
  const { file, content } = input;
  const reading = format.read(content, { file, dataset: options.dataset });
  const { dataset } = reading;
  const lookups = await lookUp(db, reading.keys);
  if (reading.keys.recordIds) lookups.described = await readDescribed(db, dataset.id, reading.keys.recordIds);
  const planned = reading.plan(lookups);
  if (planned.problems.length) throw new ImportInputError(planned.problems);
  const { ended, kept } = await withHistory(db, planned);
  const attachments = planned.attachments ?? [];

  const size = options.batchSize ?? 2_000;
  const batches: { entities: EntityInput[]; relations: RelationInput[]; attachments?: Attachment[] }[] = [];
  for (let i = 0; i < planned.entities.length; i += size) batches.push({ entities: planned.entities.slice(i, i + size), relations: [] });
  for (let i = 0; i < attachments.length; i += size) batches.push({ entities: [], relations: [], attachments: attachments.slice(i, i + size) });
  for (let i = 0; i < planned.relations.length; i += size) batches.push({ entities: [], relations: planned.relations.slice(i, i + size) });

  const summary: ImportSummary = {
    input: { format: format.label, records: reading.records, noun: format.noun },
    dataset: { id: dataset.id, name: dataset.name },
    entities: emptyTally(),
    relations: emptyTally(),
    records: 0,
    linked: planned.linked,
    candidates: planned.candidates,
    skipped: planned.skipped,
    ended,
    attached: attachments.length,
    batches: batches.length,
    operation: null,
  };
  // Facts that already hold their record (or a later one of the same id) are not written again.
  summary.entities.unchanged += kept.entities;
  summary.relations.unchanged += kept.relations;
  for (const [i, batch] of batches.entries()) {
    const report = await db
      .writeTransaction((run) => writeRecords(run, { articles: [], ...batch }, new Map()))
      .catch((error: unknown) => {
        throw new Error(`batch ${i + 1} of ${batches.length} failed and wrote nothing (earlier batches are committed): ${messageOf(error)}`);
      });
    add(summary.entities, report.nodes);
    add(summary.relations, report.relations);
    summary.records += report.records;
    options.onBatch?.(i + 1, batches.length);
  }
  const changed = summary.entities.created + summary.entities.updated + summary.relations.created + summary.relations.updated + summary.records;
  if (changed > 0) {
    const id = randomUUID();
    const { operation: _none, ...result } = summary;
    await db.write(RECORD_OPERATION, {
      id,
      name: 'import',
      actor: options.actor,
      at: toNeo4jDateTime(new Date()),
      reason: `${format.label} import of ${basename(file)} (${dataset.name})`,
      key: null,
      inputHash: sha256(content),
      result: JSON.stringify({
        ...result,
        linked: result.linked.length,
        candidates: result.candidates.length,
        skipped: result.skipped.length,
        ended: result.ended.length,
      }),
      changes: [],
    });
    summary.operation = id;
  }
  return summary;
}
