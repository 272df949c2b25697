/**
 * `npm run docs:queries`: writes docs/queries.md, every example of examples/ with its answer on the seed
 * graph, asked of the real API (started here on a free loopback port, stopped at the end).
 *
 * The database, as the tests choose theirs:
 *   - NEO4J_URI (with NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE): used as it is, and it must hold the seed
 *     graph (`npm run seed` into an empty database); with KG_TEST_ALLOW_WIPE_NEO4J_URI=1 it is emptied and
 *     seeded first;
 *   - otherwise the project's local test instance (port NEO4J_TEST_PORT, default 7688, data in .neo4j/test),
 *     started if needed (and then stopped again), emptied and seeded.
 *
 * `--check` writes nothing and exits 1 when docs/queries.md differs from what it would write.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { startApi } from '../src/app.js';
import { createLogger } from '../src/config/logger.js';
import { createDriver, Database } from '../src/db/database.js';
import { migrate } from '../src/db/migrate.js';
import { examples } from '../src/examples.js';
import { loadSeeds } from '../src/seed/load.js';
import { SEEDS_DIR } from '../src/seed/prepare.js';
import { readSeeds } from '../src/seed/validate.js';
import { COOKBOOK_PATH, renderCookbook } from './cookbook.js';

const check = process.argv.includes('--check');
const log = createLogger('silent');
const seeds = readSeeds(SEEDS_DIR);

let stopLocal: (() => Promise<unknown>) | undefined;
let options: { uri: string; user: string; password: string; database: string; queryTimeoutMs: number };
let wipe: boolean;
if (process.env.NEO4J_URI) {
  options = {
    uri: process.env.NEO4J_URI,
    user: process.env.NEO4J_USER ?? 'neo4j',
    password: process.env.NEO4J_PASSWORD ?? 'kg-local-password',
    database: process.env.NEO4J_DATABASE ?? 'neo4j',
    queryTimeoutMs: 30_000,
  };
  wipe = process.env.KG_TEST_ALLOW_WIPE_NEO4J_URI === '1';
} else {
  // The tests' own instance and password (test/support/global-setup.ts).
  process.env.NEO4J_LOCAL_PORT = process.env.NEO4J_TEST_PORT ?? '7688';
  process.env.NEO4J_LOCAL_INSTANCE = 'test';
  process.env.NEO4J_PASSWORD = 'kg-test-password';
  const local = await import('../neo4j/neo4j.mjs');
  const before = await local.status({ quiet: true });
  const started = await local.start({ quiet: true });
  if (!before.running) stopLocal = () => local.stop({ quiet: true });
  options = { uri: started.uri, user: 'neo4j', password: 'kg-test-password', database: 'neo4j', queryTimeoutMs: 30_000 };
  wipe = true;
}

const db = new Database(createDriver(options), options);
let text: string;
try {
  if (wipe) {
    try {
      await db.write({ name: 'docs/wipe', text: 'MATCH (n) DETACH DELETE n' });
      await migrate(db);
      await loadSeeds(db, seeds);
    } catch (e) {
      await db.close();
      throw e;
    }
  }
  const api = await startApi({ PORT: 0, HOST: '127.0.0.1', SEED_ON_START: false, SHUTDOWN_GRACE_MS: 2_000 }, db, log);
  try {
    const ask = async (query: string) => {
      const res = await fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ query }),
      });
      return (await res.json()) as { data?: Record<string, unknown>; errors?: { message: string }[] };
    };
    const graph = (await ask('{ graph { entities articles } }')).data?.graph as { entities: number; articles: number } | undefined;
    if (graph?.articles !== seeds.articles.length || graph.entities !== seeds.entities.length + seeds.articles.length) {
      throw new Error(`${options.uri} does not hold the seed graph (${JSON.stringify(graph)}); load it with npm run seed into an empty database`);
    }
    const items = [];
    for (const example of examples()) {
      const answer = await ask(example.query);
      if (answer.errors?.length) throw new Error(`examples/${example.file}.graphql answered with errors: ${answer.errors[0]!.message}`);
      items.push({ example, answer });
    }
    text = biomeFormatted(renderCookbook(items));
  } finally {
    await api.stop(); // closes the driver too
  }
} finally {
  await stopLocal?.();
}

/** The page as `biome check` wants it (Biome formats the JSON and GraphQL blocks of Markdown too). */
function biomeFormatted(markdown: string): string {
  const biome = createRequire(import.meta.url).resolve('@biomejs/biome/bin/biome');
  const run = spawnSync(process.execPath, [biome, 'format', '--stdin-file-path=docs/queries.md'], { input: markdown, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`biome format failed: ${run.stderr}`);
  return run.stdout;
}

const path = fileURLToPath(COOKBOOK_PATH);
if (check) {
  let current = '';
  try {
    current = readFileSync(path, 'utf8');
  } catch {}
  if (current !== text) {
    process.stderr.write('docs/queries.md is stale: run npm run docs:queries and commit the result\n');
    process.exit(1);
  }
  process.stdout.write('docs/queries.md is up to date\n');
} else {
  writeFileSync(path, text);
  process.stdout.write(`wrote docs/queries.md: ${examples().length} examples\n`);
}
