/**
 * Writes a synthetic graph through the project's one write path (`writeRecords`, src/store/write.ts),
 * one transaction per batch, after the migrations. Whether to write, resume or reuse is the marker's
 * call (marker.ts). An interrupted run resumes by going through every batch again: records already
 * written are unchanged, so `writeRecords` skips them.
 *
 * Batches are pipelined two deep: while batch k's statements run in Neo4j, Node builds batch k+1 and
 * its rows (`toRows`, inside `writeRecords`) in a second, already open transaction whose first
 * statement waits for batch k. Within a phase it waits only until batch k has sent its statements, and
 * runs while batch k commits (the commit, with its index and full-text updates, is the largest single
 * cost): no batch reads what another of its phase wrote (entities need only articles, relations only
 * entities and articles), and where the two touch the same node (an article their sources quote, a
 * shared name key) Neo4j's locks make the later one wait. At a phase change, and after the first batch
 * (which holds the outlets the articles' PUBLISHED_BY edges reach), it waits until batch k has
 * committed, so it sees what it reads: its relations find their ends, its sources their articles.
 *
 * Each time the graph has doubled, cached plans are dropped: Neo4j plans a statement once, against
 * the statistics of the moment, and a plan made when the database was (nearly) empty may scan the
 * whole `Entity(id)` index per row where it should seek (store/check-evidence does, making the write
 * quadratic). Replanning costs a few milliseconds per statement, about log2(records) times per run.
 */
import { cypher, type CypherQuery } from '../src/db/cypher.js';
import type { Database, Params } from '../src/db/database.js';
import { migrate } from '../src/db/migrate.js';
import { writeRecords, type Run, type Tally, type WriteReport } from '../src/store/write.js';
import type { Batch } from './batches.js';
import type { SyntheticGraph } from './graph.js';
import { beginRun, completeRun, wipeDatabase, type Outcome } from './marker.js';
import { graphIdentity } from './options.js';

const REPLAN = cypher('synthetic/replan');

export interface Progress {
  batch: Batch;
  /** Records (nodes, relations, sources) of the batches committed so far. */
  done: number;
  total: number;
  elapsedMs: number;
}

export interface LoadResult {
  /** `reused`: the database already held this graph, nothing was written. */
  outcome: Outcome;
  identity: string;
  nodes: Tally;
  relations: Tally;
  /** Source records written. */
  sources: number;
  /** Records written: nodes and relations created or updated, plus sources. */
  written: number;
  batches: number;
  /** Wall time of the batches (migrations and wipe excluded). */
  seconds: number;
  /** Time spent in each write-path statement (from send to result) and in commits, slowest first. */
  statements: { name: string; seconds: number; calls: number }[];
}

export interface LoadOptions {
  /** Wipe the database first (every node and relationship). */
  reset?: boolean;
  onProgress?: (p: Progress) => void;
  /** Called before a wipe starts and after it ends, for the CLI to say so. */
  onWipe?: (phase: 'start' | 'end') => void;
}

const emptyTally = (): Tally => ({ created: 0, updated: 0, unchanged: 0 });
const addTally = (a: Tally, b: Tally) => {
  a.created += b.created;
  a.updated += b.updated;
  a.unchanged += b.unchanged;
};

export async function loadSyntheticGraph(db: Database, graph: SyntheticGraph, options: LoadOptions = {}): Promise<LoadResult> {
  const identity = graphIdentity(graph.options);
  if (options.reset) {
    options.onWipe?.('start');
    await wipeDatabase(db);
    options.onWipe?.('end');
  }
  await migrate(db);

  const begun = await beginRun(db, graph);
  const nodes = begun.nodes;
  const result: LoadResult = {
    outcome: begun.outcome,
    identity,
    nodes: emptyTally(),
    relations: emptyTally(),
    sources: 0,
    written: 0,
    batches: 0,
    seconds: 0,
    statements: [],
  };
  if (result.outcome === 'reused') return result;

  const timings = new Map<string, { seconds: number; calls: number }>();
  const timed =
    (run: Run): Run =>
    async (query, params) => {
      const t = performance.now();
      try {
        return await run(query, params);
      } finally {
        const entry = timings.get(query.name) ?? { seconds: 0, calls: 0 };
        entry.seconds += (performance.now() - t) / 1000;
        entry.calls++;
        timings.set(query.name, entry);
      }
    };
  const started = performance.now();
  let done = 0;
  let plannedAt = Math.max(nodes, 1_000);
  const report = (r: WriteReport) => {
    addTally(result.nodes, r.nodes);
    addTally(result.relations, r.relations);
    result.sources += r.sources;
  };

  // Two transactions in flight at most: the previous one's statements run while this one is prepared.
  let previous: { batch: Batch; write: Promise<WriteReport>; sent: Promise<void> } | undefined;
  let latest: Promise<unknown> | undefined;
  const finish = async (p: NonNullable<typeof previous>) => {
    report(await p.write);
    result.batches++;
    done += p.batch.records;
    if (done + nodes >= 2 * plannedAt) {
      await db.write(REPLAN);
      plannedAt = done + nodes;
    }
    options.onProgress?.({ batch: p.batch, done, total: graph.totals.records, elapsedMs: performance.now() - started });
  };
  try {
    for (const batch of graph.batches()) {
      // Within a phase no batch reads what the one before it wrote, so it starts as soon as that one's
      // statements are done and runs while it commits; across phases (and after the outlets' batch) it
      // waits for the commit.
      const gate = previous && previous.batch.phase === batch.phase && previous.batch.index > 0 ? previous.sent : previous?.write;
      let wroteAt = 0;
      let sent: () => void = () => undefined;
      let failed: (error: unknown) => void = () => undefined;
      const statementsDone = new Promise<void>((resolve, reject) => {
        sent = resolve;
        failed = reject;
      });
      statementsDone.catch(() => undefined);
      const write = db
        .writeTransaction(async (run) => {
          try {
            const written = await writeRecords(gated(timed(run), gate), batch.set, graph.texts, { fresh: result.outcome !== 'resumed' });
            wroteAt = performance.now();
            sent();
            return written;
          } catch (error) {
            failed(error);
            throw error;
          }
        })
        .then((written) => {
          // The commit (Neo4j's index updates, full-text ones included, and its log write) is no statement.
          const entry = timings.get('commit') ?? { seconds: 0, calls: 0 };
          entry.seconds += (performance.now() - wroteAt) / 1000;
          entry.calls++;
          timings.set('commit', entry);
          return written;
        });
      // Nothing may reject unobserved while we wait on the previous batch.
      write.catch(() => undefined);
      latest = write;
      if (previous) await finish(previous);
      previous = { batch, write, sent: statementsDone };
    }
    if (previous) await finish(previous);
  } catch (error) {
    // Let the transaction still in flight end (it rolls back once its gate failed) before reporting.
    await latest?.catch(() => undefined);
    throw error;
  }
  result.seconds = (performance.now() - started) / 1000;
  result.statements = [...timings].map(([name, t]) => ({ name, ...t })).sort((a, b) => b.seconds - a.seconds);
  result.written = result.nodes.created + result.nodes.updated + result.relations.created + result.relations.updated + result.sources;
  await completeRun(db);
  return result;
}

/** `run`, whose first statement waits for `gate` (the previous batch's commit); a failed gate fails this batch too. */
function gated(run: Run, gate: Promise<unknown> | undefined): Run {
  let open = gate === undefined;
  return async (query: CypherQuery, params?: Params) => {
    if (!open) {
      await gate;
      open = true;
    }
    return run(query, params);
  };
}
