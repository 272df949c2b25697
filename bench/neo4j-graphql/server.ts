/**
 * The Neo4j GraphQL Library (@neo4j/graphql) over the project's database, for `compare.ts`.
 * Read-only: every type has `@mutation(operations: [])`, so the schema has no mutations.
 *
 *   npm install --prefix bench/neo4j-graphql
 *   npx tsx bench/neo4j-graphql/server.ts        # from the repo root
 *
 * Env: LIB_PORT (default 4600), NEO4J_URI (bolt://127.0.0.1:7687), NEO4J_USER (neo4j),
 * NEO4J_PASSWORD (kg-local-password), NEO4J_DATABASE (neo4j), LIB_TCP_NODELAY (true; see below),
 * LIB_DEBUG_CYPHER=true prints each generated Cypher query, LIB_LOG_QUERIES=true prints one JSON line
 * per request with the number of Cypher statements it ran (`{"requestId": …, "queries": n}`, the id from
 * the x-request-id header), as our API does at LOG_LEVEL=debug; bench/scale reads it.
 */
import net from 'node:net';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { GraphQLSchema } from 'graphql';
import type { Driver } from 'neo4j-driver';

// Same treatment our API gives its Bolt sockets (src/db/tcp-nodelay.ts): neo4j-driver 5 leaves Nagle's
// algorithm on, which adds ~40 ms to any Bolt request written in more than one chunk. Turned on here too so
// the comparison measures the libraries, not a driver default. LIB_TCP_NODELAY=false to measure without.
if (process.env.LIB_TCP_NODELAY !== 'false') {
  const connect = net.connect;
  const withNoDelay = ((...args: Parameters<typeof net.connect>) => connect(...args).setNoDelay(true)) as typeof net.connect;
  net.connect = withNoDelay;
  net.createConnection = withNoDelay;
}

// The root tsconfig type-checks bench/, and CI never installs this folder's dependencies: a non-literal
// specifier keeps `npm test` from trying to resolve @neo4j/graphql. Only the constructor is used.
const LIBRARY = '@neo4j/graphql';
const { Neo4jGraphQL } = (await import(LIBRARY)) as {
  Neo4jGraphQL: new (options: { typeDefs: string; driver: Driver; debug?: boolean }) => { getSchema(): Promise<GraphQLSchema> };
};
const { default: neo4j } = await import('neo4j-driver');
const { createYoga } = await import('graphql-yoga');

const here = dirname(fileURLToPath(import.meta.url));
const typeDefs = readFileSync(join(here, 'typeDefs.graphql'), 'utf8');

const port = Number(process.env.LIB_PORT ?? 4600);
const host = '127.0.0.1';
const uri = process.env.NEO4J_URI ?? 'bolt://127.0.0.1:7687';
const database = process.env.NEO4J_DATABASE ?? 'neo4j';
const driver = neo4j.driver(uri, neo4j.auth.basic(process.env.NEO4J_USER ?? 'neo4j', process.env.NEO4J_PASSWORD ?? 'kg-local-password'));
await driver.verifyConnectivity({ database });

const neoSchema = new Neo4jGraphQL({ typeDefs, driver, debug: process.env.LIB_DEBUG_CYPHER === 'true' });
const schema = await neoSchema.getSchema();

// Statement counting: the library runs every statement through `session.executeRead/Write(tx => tx.run())`
// of the driver it finds in `context.executionContext`, so a per-request driver facade that counts
// `tx.run` calls counts exactly what the request sent. Only with LIB_LOG_QUERIES=true.
const logQueries = process.env.LIB_LOG_QUERIES === 'true';
/** `target` with some methods replaced; every other member is the target's own, bound to it. */
function withMethods<T extends object>(target: T, methods: Record<string, (...a: any[]) => unknown>): T {
  return new Proxy(target, {
    get: (t, key) => {
      if (typeof key === 'string' && key in methods) return methods[key];
      const v = Reflect.get(t, key, t) as unknown;
      return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(t) : v;
    },
  });
}
type Tx = { run: (...a: unknown[]) => unknown };
function countingDriver(counter: { n: number }) {
  const counted = (work: (tx: Tx) => unknown) => (tx: Tx) =>
    work(
      withMethods(tx, {
        run: (...a: unknown[]) => {
          counter.n++;
          return tx.run(...a);
        },
      }),
    );
  return {
    session: (config: Parameters<Driver['session']>[0]) => {
      const session = driver.session(config);
      return withMethods(session, {
        executeRead: (work: (tx: Tx) => unknown, c?: unknown) => session.executeRead(counted(work) as never, c as never),
        executeWrite: (work: (tx: Tx) => unknown, c?: unknown) => session.executeWrite(counted(work) as never, c as never),
      });
    },
  };
}
const counters = new WeakMap<Request, { id: string; n: number }>();

const yoga = createYoga({
  schema,
  graphqlEndpoint: '/graphql',
  landingPage: false,
  logging: 'warn',
  context: ({ request }: { request: Request }) => {
    if (!logQueries) return { sessionConfig: { database } };
    const counter = { id: request.headers.get('x-request-id') ?? '', n: 0 };
    counters.set(request, counter);
    return { sessionConfig: { database }, executionContext: countingDriver(counter) };
  },
  plugins: [
    {
      onResponse({ request }: { request: Request }) {
        const c = counters.get(request);
        if (c) process.stdout.write(`${JSON.stringify({ requestId: c.id, queries: c.n })}\n`);
      },
    },
  ],
});

const server = createServer(yoga);
server.listen(port, host, () => {
  const versions = JSON.parse(readFileSync(join(here, 'node_modules/@neo4j/graphql/package.json'), 'utf8')) as { version: string };
  console.log(`@neo4j/graphql ${versions.version} on http://${host}:${port}/graphql (Neo4j ${uri}, database ${database})`);
});

let closing = false;
const shutdown = (): void => {
  if (closing) return;
  closing = true;
  server.close();
  server.closeAllConnections();
  void driver.close().then(() => process.exit(0));
};
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
