/**
 * What makes a run resumable and repeatable: a marker node (cypher/synthetic/mark) naming the graph
 * a run is writing (generator version, companies, seed) and whether that run completed. A second run
 * with the same identity reuses a complete graph and resumes an incomplete one; any other non-empty
 * database is refused rather than mixed with, unless the caller wipes it first.
 */
import { cypher } from '../src/db/cypher.js';
import type { Database } from '../src/db/database.js';
import { fieldOf } from '../src/shape.js';
import type { SyntheticGraph } from './graph.js';
import { GENERATOR_VERSION, graphIdentity } from './options.js';

// Relationships first, then nodes: a DETACH DELETE of 10,000 nodes holding a hub's thousands of
// relationships exceeds the transaction memory limit on a 100k-company graph.
const WIPE = [cypher('admin/wipe-relationships'), cypher('admin/wipe-nodes')];
const STATE = cypher('synthetic/state');
const MARK = cypher('synthetic/mark');

export class NotEmptyError extends Error {
  override name = 'NotEmptyError';
}

/** `written`: into an empty database; `resumed`: after an interrupted run of this graph; `reused`: it is all there. */
export type Outcome = 'written' | 'resumed' | 'reused';

/** Deletes every relationship, then every node, in batches (auto-commit transactions; see cypher/admin/wipe-*). */
export async function wipeDatabase(db: Database): Promise<void> {
  // The server's default transaction timeout (60 s for the local Neo4j) would stop a wipe of a large
  // graph midway: this outer transaction lasts as long as all its inner ones together.
  for (const step of WIPE) await db.autoCommit(step, {}, 3_600_000);
}

/**
 * Decides what this run does from what the database holds, and unless there is nothing to do marks
 * the run as started (incomplete). `nodes`: the entities already there, where the replanning count starts.
 */
export async function beginRun(db: Database, graph: SyntheticGraph): Promise<{ outcome: Outcome; nodes: number }> {
  const identity = graphIdentity(graph.options);
  const { nodes, marker } = await graphState(db);
  if (marker?.identity === identity && marker.complete) return { outcome: 'reused', nodes };
  const outcome = marker?.identity === identity ? 'resumed' : 'written';
  if (outcome === 'written' && nodes > 0) throw notEmpty(nodes, marker);
  const { companies, seed, batch } = graph.options;
  await db.write(MARK, {
    props: {
      identity,
      version: GENERATOR_VERSION,
      companies,
      seed,
      batch,
      complete: false,
      records: graph.totals.records,
      startedAt: new Date().toISOString(),
    },
  });
  return { outcome, nodes };
}

export interface GraphState {
  /** Entities in the database. */
  nodes: number;
  /** The marker of the synthetic graph written into it, if any. */
  marker: { identity?: string; complete: boolean } | null;
}

/** What the database holds: its entity count and the synthetic graph's marker. */
export async function graphState(db: Database): Promise<GraphState> {
  const [state] = await db.read(STATE);
  const markerIdentity = fieldOf(state?.marker, 'identity');
  return {
    nodes: Number(state?.nodes ?? 0),
    marker: state?.marker
      ? { identity: typeof markerIdentity === 'string' ? markerIdentity : undefined, complete: fieldOf(state.marker, 'complete') === true }
      : null,
  };
}

/** The refusal to write into a database that holds entities other than this graph's. */
export function notEmpty(nodes: number, marker: GraphState['marker'], remedy = 'run with --reset to wipe it first'): NotEmptyError {
  const what = marker?.identity ? `another synthetic graph (${marker.identity})` : `${nodes} entities that are not this synthetic graph`;
  return new NotEmptyError(`the database is not empty: it holds ${what}; ${remedy}`);
}

/**
 * Marks a graph written in one go outside the write path (the bulk load) as complete, with what
 * `beginRun` and `completeRun` record, and `bulk: true`.
 */
export async function markBulkLoad(db: Database, graph: SyntheticGraph, startedAt: Date): Promise<void> {
  const { companies, seed, batch } = graph.options;
  await db.write(MARK, {
    props: {
      identity: graphIdentity(graph.options),
      version: GENERATOR_VERSION,
      companies,
      seed,
      batch,
      complete: true,
      records: graph.totals.records,
      startedAt: startedAt.toISOString(),
      completedAt: new Date().toISOString(),
      bulk: true,
    },
  });
}

/** Marks the run complete: from now on the same identity is reused, not rewritten. */
export async function completeRun(db: Database): Promise<void> {
  await db.write(MARK, { props: { complete: true, completedAt: new Date().toISOString() } });
}
