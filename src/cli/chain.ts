/**
 * `npm run chain -- WhatsApp [--json] [--url http://127.0.0.1:4000/graphql]`: asks the running API for
 * an ownership chain and prints "WhatsApp → Facebook", then each hop's sources. Exit code 1 with one
 * line when the entity is unknown or the API is down. The query is src/client/chain.graphql; its
 * result type is generated from schema/schema.graphql (`npm run codegen`).
 */
import type { FormattedExecutionResult } from 'graphql';
import { ChainDocument, type ChainQuery } from '../client/generated/graphql.js';
import { ApiUnreachableError, apiUrl, request } from '../client/request.js';
import { messageOf } from '../shape.js';

const args = process.argv.slice(2);
const json = args.includes('--json');
const url = apiUrl(args);
const entity = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--url').join(' ');

function fail(line: string): never {
  process.stderr.write(`${line}\n`);
  process.exit(1);
}

if (!entity) fail('usage: npm run chain -- <entity name, alias or id> [--json] [--url URL]');

let body: FormattedExecutionResult<ChainQuery>;
try {
  body = await request(url, ChainDocument, { entity });
} catch (e) {
  fail(e instanceof ApiUnreachableError ? e.message : `failed: ${messageOf(e)}`);
}

if (json) {
  process.stdout.write(`${JSON.stringify(body, null, 2)}\n`);
  if (body.errors?.length) process.exit(1);
  process.exit(0);
}
const error = body.errors?.[0];
if (error) fail(error.extensions?.code === 'NOT_FOUND' ? `unknown entity "${entity}"` : `${error.extensions?.code ?? 'ERROR'}: ${error.message}`);

// Null without an error entry, should the field become nullable: the entity is not there either.
const chain = body.data?.ownershipChain;
if (!chain) fail(`unknown entity "${entity}"`);
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
