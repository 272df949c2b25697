/**
 * `npm run chain -- WhatsApp [--json] [--url http://127.0.0.1:4000/graphql]`: asks the running API for
 * an ownership chain and prints "WhatsApp → Facebook", then each hop's sources. Exit code 1 with one
 * line when the entity is unknown or the API is down.
 */
const QUERY = /* GraphQL */ `
  query Chain($entity: String!) {
    ownershipChain(entity: $entity) {
      entity { id name }
      hasCycle
      truncated
      paths {
        cycle
        truncated
        hops {
          from { id name }
          to { id name }
          sources { excerpt article { title date publishedAt outlet { name } } }
        }
      }
    }
  }
`;

interface Source {
  excerpt: string;
  article: { title: string; date: string | null; publishedAt: string | null; outlet: { name: string } | null };
}
interface Hop {
  from: { id: string; name: string };
  to: { id: string; name: string };
  sources: Source[];
}
interface Chain {
  entity: { id: string; name: string };
  hasCycle: boolean;
  truncated: boolean;
  paths: { cycle: boolean; truncated: boolean; hops: Hop[] }[];
}

const args = process.argv.slice(2);
const json = args.includes('--json');
const urlIndex = args.indexOf('--url');
const url = urlIndex >= 0 ? args[urlIndex + 1]! : (process.env.API_URL ?? `http://127.0.0.1:${process.env.PORT ?? 4000}/graphql`);
const entity = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--url').join(' ');

function fail(line: string): never {
  process.stderr.write(`${line}\n`);
  process.exit(1);
}

if (!entity) fail('usage: npm run chain -- <entity name, alias or id> [--json] [--url URL]');

let body: { data?: { ownershipChain: Chain } | null; errors?: { message: string; extensions?: { code?: string } }[] };
try {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query: QUERY, variables: { entity } }),
    signal: AbortSignal.timeout(15_000),
  });
  body = (await res.json()) as typeof body;
} catch (e) {
  fail(`the API at ${url} is not answering (${(e as Error).message}); start it with \`npm start\``);
}

if (json) {
  process.stdout.write(`${JSON.stringify(body, null, 2)}\n`);
  if (body.errors?.length) process.exit(1);
  process.exit(0);
}
const error = body.errors?.[0];
if (error) fail(error.extensions?.code === 'NOT_FOUND' ? `unknown entity "${entity}"` : `${error.extensions?.code ?? 'ERROR'}: ${error.message}`);

const chain = body.data!.ownershipChain;
if (chain.paths.length === 0) {
  process.stdout.write(`${chain.entity.name} (no owner recorded)\n`);
  process.exit(0);
}
for (const path of chain.paths) {
  const names = [chain.entity.name, ...path.hops.map((h) => h.from.name)];
  const note = path.cycle ? '  (cycle: ownership loops back here)' : path.truncated ? '  (cut at the depth limit)' : '';
  process.stdout.write(`${names.join(' → ')}${note}\n`);
}
for (const path of chain.paths) {
  for (const hop of path.hops) {
    process.stdout.write(`\n${hop.from.name} owns ${hop.to.name}:\n`);
    for (const s of hop.sources) {
      const a = s.article;
      process.stdout.write(`  - ${a.title} (${a.outlet?.name ?? 'outlet unknown'}, ${a.publishedAt ?? a.date ?? 'undated'})\n    “${s.excerpt}”\n`);
    }
  }
}
