/**
 * The data layer's side of curation: runs a mutation of src/store/curation/ in the request's database
 * (one transaction, see `curate`) and reads histories. Resolvers reach the database only through here.
 */
import { cypher, directions } from '../db/cypher.js';
import { curate, type Curated, type Operation, type Outcome } from '../store/curation/transaction.js';
import type { Run } from '../store/write.js';
import type { Clock } from '../store/curation/transaction.js';
import { KEY_MAX, KEY_MIN, type KeysetBounds, keysetConnection } from './paging.js';
import { database } from './request.js';
import { isMap, str } from './records.js';
import type { DefaultConnectionArguments } from '@pothos/plugin-relay';

/** Runs one mutation: `work` changes the graph through the write path inside the mutation's transaction. */
export function runMutation<R>(ctx: object, op: Operation, work: (run: Run, clock: Clock) => Promise<Outcome<R>>): Promise<Curated<R>> {
  return curate(database(ctx), op, work);
}

/** One recorded change of an entity or fact: who made which mutation when and why, and what it changed. */
export interface HistoryRecord {
  id: string;
  target: string;
  order: string;
  operation: string;
  operationId: string;
  actor: string;
  at: string;
  reason: string | null;
  changes: { field: string; before: unknown; after: unknown }[];
}

function historyRecord(v: unknown): HistoryRecord | null {
  if (!isMap(v) || typeof v.id !== 'string' || typeof v.order !== 'string') return null;
  let changes: HistoryRecord['changes'] = [];
  try {
    const parsed: unknown = JSON.parse(String(v.changes ?? '[]'));
    if (Array.isArray(parsed)) changes = parsed.filter(isMap).map((c) => ({ field: String(c.field), before: c.before ?? null, after: c.after ?? null }));
  } catch {
    // written by this project as JSON; anything else shows no field changes
  }
  return {
    id: v.id,
    target: String(v.target),
    order: v.order,
    operation: String(v.operation),
    operationId: String(v.operationId),
    actor: String(v.actor),
    at: String(v.at),
    reason: str(v.reason),
    changes,
  };
}

const HISTORY_PAGE = directions(cypher('curation/history-page'));
const HISTORY_BOUNDS: KeysetBounds = { list: 'history', after: [KEY_MIN], before: [KEY_MAX] };

/** A page of the history of `target` (an entity or fact id), newest first. */
export function historyPage(ctx: object, target: string, args: DefaultConnectionArguments) {
  return keysetConnection(
    args,
    (h: HistoryRecord) => [h.order],
    HISTORY_BOUNDS,
    async (page) =>
      (await database(ctx).read(HISTORY_PAGE[page.direction], { target, after: page.after[0], before: page.before[0], limit: page.limit }))
        .map((r) => historyRecord(r.change))
        .filter((h): h is HistoryRecord => h !== null),
  );
}
