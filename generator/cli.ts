/**
 * `npm run generate -- [--companies N] [--seed S] [--batch B] [--reset] [--dry-run] [--bulk [--keep-csv]]`:
 * writes a deterministic synthetic graph (N companies, default 100,000, and everything scaled from N)
 * through the project's own write path, in batches of about B records. Same arguments, same graph.
 *
 * Into an empty database it writes; into one that holds the same generated graph it does nothing
 * ("reuse"); any other non-empty database is refused unless --reset wipes it first. --dry-run builds
 * every batch without a database and reports the counts. --bulk loads the same graph offline into the
 * local instance with neo4j-admin (bulk.ts). Progress goes to stderr, the report to stdout.
 */
import { withDatabase } from '../src/cli/run.js';
import { ConfigError, loadConfig, loadDotEnv } from '../src/config/config.js';
import { messageOf } from '../src/shape.js';
import { WELL_KNOWN } from './anchors.js';
import { bulkLoad, notLocal } from './bulk.js';
import { SyntheticGraph } from './graph.js';
import { loadSyntheticGraph } from './load.js';
import { NotEmptyError } from './marker.js';
import { DEFAULT_OPTIONS, graphIdentity, type SyntheticOptions } from './options.js';
import { progressSink } from './progress.js';

const USAGE = 'usage: npm run generate -- [--companies N] [--seed S] [--batch RECORDS] [--reset] [--dry-run] [--bulk [--keep-csv]]';

function fail(line: string): never {
  process.stderr.write(`${line}\n`);
  process.exit(1);
}

function parseArgs(argv: string[]): { options: SyntheticOptions; reset: boolean; dryRun: boolean; bulk: boolean; keepCsv: boolean } {
  const options = { ...DEFAULT_OPTIONS };
  let reset = false;
  let dryRun = false;
  let bulk = false;
  let keepCsv = false;
  for (let i = 0; i < argv.length; i++) {
    const [flag = '', inline] = argv[i]!.split('=', 2);
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined || !/^\d+$/.test(v)) fail(`${flag} needs a whole number\n${USAGE}`);
      return Number(v);
    };
    if (flag === '--companies') options.companies = value();
    else if (flag === '--seed') options.seed = value();
    else if (flag === '--batch') options.batch = value();
    else if (flag === '--reset') reset = true;
    else if (flag === '--dry-run') dryRun = true;
    else if (flag === '--bulk') bulk = true;
    else if (flag === '--keep-csv') keepCsv = true;
    else if (flag === '--help' || flag === '-h') {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    } else fail(`unknown argument "${argv[i]}"\n${USAGE}`);
  }
  if (keepCsv && !bulk) fail(`--keep-csv goes with --bulk\n${USAGE}`);
  if (bulk && dryRun) fail(`--bulk and --dry-run exclude each other\n${USAGE}`);
  return { options, reset, dryRun, bulk, keepCsv };
}

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
const say = (line = '') => process.stdout.write(`${line}\n`);

const { options, reset, dryRun, bulk, keepCsv } = parseArgs(process.argv.slice(2));

// The bulk load's target is checked before the graph is planned (which takes minutes at a million companies).
let bulkConfig: ReturnType<typeof loadConfig> | undefined;
if (bulk) {
  try {
    loadDotEnv();
    bulkConfig = loadConfig();
  } catch (error) {
    fail(error instanceof ConfigError ? error.message : `failed: ${messageOf(error)}`);
  }
  const why = notLocal(bulkConfig);
  if (why) fail(`refusing to bulk load: ${why}`);
}

let graph: SyntheticGraph;
const planStart = performance.now();
try {
  graph = new SyntheticGraph(options);
} catch (error) {
  fail(`${messageOf(error)}\n${USAGE}`);
}
const planSeconds = (performance.now() - planStart) / 1000;
const t = graph.totals;
say(`synthetic graph ${graphIdentity(options)}: planned in ${planSeconds.toFixed(1)} s`);
say(
  `  ${fmt(t.nodes)} nodes (${Object.entries(t.byKind)
    .map(([k, n]) => `${fmt(n)} ${k}`)
    .join(', ')})`,
);
say(
  `  ${fmt(t.relations)} relations (${fmt(t.factRelations)} facts, ${fmt(t.publishedBy)} PUBLISHED_BY, ${fmt(t.mentions)} MENTIONS), ${fmt(t.sources)} sources: ${fmt(t.records)} records`,
);
say(
  `  well-known ids: hub ${WELL_KNOWN.hub} (300 direct subsidiaries), deep leaf ${WELL_KNOWN.deepLeaf} (12 OWNS hops below ${WELL_KNOWN.deepRoot}), 5-hop path ${WELL_KNOWN.pathFrom} -> ${WELL_KNOWN.pathTo}`,
);

if (bulkConfig) {
  const bar = progressSink();
  try {
    const r = await bulkLoad(graph, bulkConfig, {
      reset,
      keepCsv,
      onProgress: (done, total, elapsedMs) => bar.update(done, total, elapsedMs, 'CSV'),
      onStep: (line) => {
        bar.done();
        process.stderr.write(`${line}\n`);
      },
    });
    bar.done();
    if (r.outcome === 'reused') say(`reuse: ${r.uri} already holds ${r.identity} (complete); nothing written`);
    else {
      const s = r.seconds;
      const records = graph.totals.records;
      say(`bulk-loaded ${r.identity} into ${r.uri} in ${s.total.toFixed(1)} s (after planning)`);
      say(
        `  CSV: ${fmt(r.csv.nodes)} nodes, ${fmt(r.csv.relationships)} relationships, ${(r.csv.bytes / 1e9).toFixed(2)} GB in ${r.csv.files} files, ${s.csv.toFixed(1)} s (${fmt(records / s.csv)} records/s)${keepCsv ? ` kept in ${r.csv.dir}` : ''}`,
      );
      say(
        `  neo4j-admin import: ${fmt(r.imported.nodes)} nodes, ${fmt(r.imported.relationships)} relationships, ${fmt(r.imported.properties)} properties in ${s.import.toFixed(1)} s (${fmt(records / s.import)} records/s)`,
      );
      say(`  start ${s.start.toFixed(1)} s, migrations and indexes ${s.migrate.toFixed(1)} s`);
      say(
        `  ${fmt(records)} records (nodes, relations, sources) in ${(planSeconds + s.total).toFixed(1)} s with planning: ${fmt(records / (planSeconds + s.total))} records/s`,
      );
    }
  } catch (error) {
    bar.done();
    fail(`failed: ${messageOf(error)}`);
  }
} else if (dryRun) {
  const start = performance.now();
  let batches = 0;
  let records = 0;
  for (const b of graph.batches()) {
    batches++;
    records += b.records;
  }
  const s = (performance.now() - start) / 1000;
  say(`dry run: ${batches} batches, ${fmt(records)} records built in ${s.toFixed(1)} s (${fmt(records / s)} records/s), nothing written`);
} else {
  await withDatabase(async (shared, config) => {
    // The same connection pool, with a transaction timeout that fits a batch waiting on the one before it.
    const db = shared.withTimeout(Math.max(config.QUERY_TIMEOUT_MS, 600_000));
    const bar = progressSink();
    try {
      const result = await loadSyntheticGraph(db, graph, {
        reset,
        onWipe: (phase) => process.stderr.write(phase === 'start' ? `--reset: wiping ${db.uri} ...\n` : 'wiped\n'),
        onProgress: (p) => bar.update(p.done, p.total, p.elapsedMs, `batch ${p.batch.index + 1} (${p.batch.phase})`),
      });
      bar.done();
      if (result.outcome === 'reused') {
        say(`reuse: ${db.uri} already holds ${result.identity} (complete); nothing written`);
        return;
      }
      const r = result;
      say(
        `${r.outcome === 'resumed' ? 'resumed and completed' : 'wrote'} ${r.identity} into ${db.uri} in ${r.seconds.toFixed(1)} s (${r.batches} batches of ~${fmt(options.batch)} records)`,
      );
      say(`  nodes: ${fmt(r.nodes.created)} created, ${fmt(r.nodes.updated)} updated, ${fmt(r.nodes.unchanged)} unchanged`);
      say(`  relations: ${fmt(r.relations.created)} created, ${fmt(r.relations.updated)} updated, ${fmt(r.relations.unchanged)} unchanged`);
      say(`  sources: ${fmt(r.sources)} written`);
      say(`  ${fmt(r.written)} records written, ${fmt(r.written / r.seconds)} records/s`);
      say(`  time per write-path statement: ${r.statements.map((x) => `${x.name} ${x.seconds.toFixed(1)} s`).join(', ')}`);
    } catch (error) {
      bar.done();
      if (error instanceof NotEmptyError) throw new Error(`refusing to write: ${error.message}`);
      throw error;
    }
  });
}
