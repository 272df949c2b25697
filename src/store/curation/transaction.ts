/**
 * One mutation = one write transaction: it takes the mutation lock (cypher/curation/lock), replays an
 * operation already made under the same idempotency key, else does its work through the write path and
 * records the operation with one change record per entity or fact it changed (who, when, what, why).
 * Anything thrown rolls all of it back, so a refused mutation leaves the graph (and its version) as it was.
 */
import { randomUUID } from 'node:crypto';
import { cypher } from '../../db/cypher.js';
import type { Database } from '../../db/database.js';
import { toNeo4jDateTime } from '../../db/values.js';
import { sha256 } from '../rows.js';
import type { Run } from '../write.js';
import { invalid } from './errors.js';

const LOCK = cypher('curation/lock');
const OPERATION_BY_KEY = cypher('curation/operation-by-key');
const RECORD_OPERATION = cypher('curation/record-operation');

/** One field of an entity or fact as a mutation changed it; values as JSON (absent: null). */
export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}
/** What a mutation changed of one entity or fact. */
export interface TargetChange {
  target: string;
  fields: FieldChange[];
}
/** What a mutation's work returns: its result (kept as JSON for replays) and what it changed. */
export interface Outcome<R> {
  result: R;
  changes: TargetChange[];
}
export interface Curated<R> {
  result: R;
  /** True when this is a retry of an operation already made under the same idempotency key: nothing was written. */
  replayed: boolean;
}
export interface Operation {
  /** The mutation's name (`assertFact` …). */
  name: string;
  /** Who asks (the token's `sub`). */
  actor: string;
  reason?: string | null;
  idempotencyKey?: string | null;
  /** The validated input, without its idempotency key: a retry must send the same. */
  input: unknown;
}
/** The moment a mutation works at, as a JS date and as the DATETIME it stores. */
export interface Clock {
  at: Date;
  stored: unknown;
}

/** A JSON text with keys in order, so equal inputs hash the same however their fields were ordered. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v,
  );
}

/** A history key that sorts newest first as a plain string: (max − epoch ms), zero-padded, then the operation id. */
const orderKey = (at: Date, operationId: string, index: number) => `${String(9_999_999_999_999 - at.getTime()).padStart(13, '0')}:${operationId}:${index}`;

/** Values of a change as JSON: driver temporals and integers as their strings and numbers. */
const jsonOf = (v: unknown) =>
  JSON.stringify(v ?? null, (_k, x: unknown) =>
    x && typeof x === 'object' && 'toNumber' in x ? Number(x) : x && typeof x === 'object' && 'year' in x ? String(x) : x,
  );

export async function curate<R>(db: Database, op: Operation, work: (run: Run, clock: Clock) => Promise<Outcome<R>>): Promise<Curated<R>> {
  const inputHash = sha256(canonical([op.name, op.input]));
  return db.writeTransaction(async (run) => {
    await run(LOCK);
    if (op.idempotencyKey) {
      const [prior] = (await run(OPERATION_BY_KEY, { key: op.idempotencyKey })).records;
      if (prior) {
        if (prior.get('inputHash') !== inputHash)
          throw invalid(['idempotencyKey'], `was already used by another ${prior.get('name')} input; use a new key for a new change`);
        return { result: JSON.parse(String(prior.get('result'))) as R, replayed: true };
      }
    }
    const at = new Date();
    const clock = { at, stored: toNeo4jDateTime(at) };
    const outcome = await work(run, clock);
    const id = randomUUID();
    await run(RECORD_OPERATION, {
      id,
      name: op.name,
      actor: op.actor,
      at: clock.stored,
      reason: op.reason ?? null,
      key: op.idempotencyKey ?? null,
      inputHash,
      result: JSON.stringify(outcome.result),
      changes: outcome.changes.map((c, i) => ({
        id: `${id}:${i}`,
        target: c.target,
        order: orderKey(at, id, i),
        fields: c.fields.map((f) => f.field),
        changes: jsonOf(c.fields),
      })),
    });
    return { result: outcome.result, replayed: false };
  });
}
