/**
 * Options of `npm run bench:scale`, from flags (and a few environment variables, for the smoke test and
 * CI). Every count and duration is bounded, so a run always ends by itself.
 */
import { parseArgs } from 'node:util';
import type { Plan } from './measure.js';

export interface Options {
  mode: 'full' | 'smoke';
  companies: number;
  seed: number;
  /** Empty the database and load the graph again even if an identical one is there (measures the load). */
  reload: boolean;
  only: string[] | null;
  concurrency: number[];
  library: 'auto' | 'off';
  /** Where the JSON result goes (a directory); smoke runs write nowhere unless given. */
  out: string | null;
  profile: boolean;
  plans: Record<number, Plan>;
  /** Port of the local Neo4j instance started when NEO4J_URI is not set. */
  neo4jPort: number;
  neo4jInstance: string;
}

const USAGE = `npm run bench:scale -- [--smoke] [--companies N] [--seed S] [--reload] [--only Q1,Q3]
                           [--concurrency 1,8] [--no-library] [--[no-]profile] [--out DIR]

  --smoke         300 companies, a few requests, this API and the floor only (the library too if its
                  node_modules are installed); finishes in well under a minute. Writes no result file
                  unless --out is given.
  --companies N   size of the synthetic graph (default 100000; smoke 300; env BENCH_SCALE_COMPANIES)
  --reload        load the graph again even when an identical one is in the database (measures load speed)
  --no-library    do not start the Neo4j GraphQL Library server (bench/neo4j-graphql)
  --no-profile    skip the PROFILE of each question's Cypher (on by default, off with --smoke)
  --out DIR       write scale-<date>.json there (default bench/results for full runs)

Database: NEO4J_URI (+ NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE) if set; otherwise a local instance
"scale" on port 7691 (BENCH_NEO4J_PORT), started and stopped by this run.`;

function int(name: string, raw: string | undefined, fallback: number, min: number, max: number): number {
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) throw new Error(`${name} must be a whole number from ${min} to ${max} (got "${raw}")`);
  return n;
}

export function parseOptions(argv: string[], env: NodeJS.ProcessEnv): Options | 'help' {
  const { values } = parseArgs({
    args: argv,
    options: {
      smoke: { type: 'boolean', default: false },
      companies: { type: 'string' },
      seed: { type: 'string' },
      reload: { type: 'boolean', default: false },
      only: { type: 'string' },
      concurrency: { type: 'string' },
      'no-library': { type: 'boolean', default: false },
      profile: { type: 'boolean', default: false },
      'no-profile': { type: 'boolean', default: false },
      out: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 'help';
  }
  const smoke = values.smoke || env.BENCH_SCALE_SMOKE === 'true';
  const concurrency = (values.concurrency ?? '1,8').split(',').map((c) => int('--concurrency', c.trim(), 1, 1, 64));
  const only = values.only ? values.only.split(',').map((q) => q.trim().toUpperCase()) : null;
  if (only?.some((q) => !/^Q[1-8]$/.test(q))) throw new Error(`--only takes Q1 … Q8 (got "${values.only}")`);
  // Full run: ~200 timed requests per target at c=1 and ~400 at c=8, at most ~60 s per question and concurrency.
  const full: Record<number, Plan> = {
    1: { concurrency: 1, warmup: 10, batch: 10, rounds: 20, maxMs: 60_000, minRounds: 3 },
    8: { concurrency: 8, warmup: 16, batch: 40, rounds: 10, maxMs: 60_000, minRounds: 3 },
  };
  const plans = Object.fromEntries(
    concurrency.map((c) => [
      c,
      smoke
        ? { concurrency: c, warmup: 1, batch: Math.max(3, c), rounds: 1, maxMs: 2_000, minRounds: 1 }
        : (full[c] ?? { ...full[8]!, concurrency: c, batch: 5 * c }),
    ]),
  );
  return {
    mode: smoke ? 'smoke' : 'full',
    companies: int('--companies', values.companies ?? env.BENCH_SCALE_COMPANIES, smoke ? 300 : 100_000, 50, 2_000_000),
    seed: int('--seed', values.seed, 1, -2_147_483_648, 2_147_483_647),
    reload: values.reload,
    only,
    concurrency,
    library: values['no-library'] ? 'off' : 'auto',
    out: values.out ?? (smoke ? null : 'bench/results'),
    profile: values.profile || (!values['no-profile'] && !smoke),
    plans,
    neo4jPort: int('BENCH_NEO4J_PORT', env.BENCH_NEO4J_PORT, 7691, 1, 65535),
    neo4jInstance: 'scale',
  };
}
