/**
 * The example queries in examples/*.graphql, each written once: GraphiQL's tabs, the benchmarks
 * (bench/queries.ts, bench/scale/questions.ts, bench/neo4j-graphql/compare.ts), the cookbook
 * docs/queries.md and the tests that check them all read them from here.
 *
 * A file holds one named operation, after a comment whose first line is its title and whose other lines
 * are a one-paragraph description; the number its name starts with orders the files. Every variable an
 * operation takes has a default that asks about the seed graph, so the text runs as it stands; a
 * benchmark passes other values to ask the same question of its own graph.
 *
 * Most are queries (`examples()`): what the benchmarks, the soak test and the cookbook replay. The few
 * mutations (`mutationExamples()`) write to the graph, so only GraphiQL opens them, as tabs that need a
 * token; nothing replays them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Kind, type OperationDefinitionNode, type OperationTypeNode, parse, valueFromASTUntyped } from 'graphql';

/** examples/ at the package root, beside src/ (and beside dist/ in a build). */
export const EXAMPLES_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'examples');

export interface Example {
  /** The file's name without `.graphql`, e.g. `01-ownership-chain`. */
  file: string;
  /** The operation's name, e.g. `OwnershipChain`. */
  name: string;
  /** `query`, or `mutation` for an example that writes. */
  operation: OperationTypeNode;
  /** The comment's first line. */
  title: string;
  /** The comment's other lines, as one paragraph. */
  description: string;
  /** The whole file, comment included: what GraphiQL opens and the cookbook shows. */
  query: string;
  /** Each variable's default value: what the query asks when sent as it stands. */
  defaults: Record<string, unknown>;
}

/** Reads one example file; throws when it is not one commented, named operation whose variables all have defaults. */
export function readExample(path: string): Example {
  const file = path
    .split(/[\\/]/)
    .at(-1)!
    .replace(/\.graphql$/, '');
  const query = readFileSync(path, 'utf8');
  const comment: string[] = [];
  for (const line of query.split('\n')) {
    if (!line.startsWith('#')) break;
    comment.push(line.replace(/^# ?/, ''));
  }
  const [title, ...rest] = comment;
  const description = rest.join(' ').replace(/\s+/g, ' ').trim();
  if (!title || !description) throw new Error(`examples/${file}.graphql: it must open with a # comment: a title line, then a description`);
  const operations = parse(query).definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  const operation = operations[0];
  if (operations.length !== 1 || !operation?.name) throw new Error(`examples/${file}.graphql: it must hold exactly one named operation`);
  const defaults: Record<string, unknown> = {};
  for (const v of operation.variableDefinitions ?? []) {
    if (!v.defaultValue) throw new Error(`examples/${file}.graphql: $${v.variable.name.value} has no default value`);
    defaults[v.variable.name.value] = valueFromASTUntyped(v.defaultValue);
  }
  return { file, name: operation.name.value, operation: operation.operation, title: title.trim(), description, query, defaults };
}

let all: readonly Example[] | undefined;

/** Every example file, queries and mutations, in file-name order (read once). */
export function allExamples(): readonly Example[] {
  all ??= readdirSync(EXAMPLES_DIR)
    .filter((f) => /^\d+-.*\.graphql$/.test(f))
    .sort()
    .map((f) => readExample(join(EXAMPLES_DIR, f)));
  return all;
}

/** Every query example, in file-name order: what may be replayed against any graph. */
export function examples(): readonly Example[] {
  return allExamples().filter((e) => e.operation === 'query');
}

/** The examples that write (mutations), in file-name order: GraphiQL's tabs only, never replayed. */
export function mutationExamples(): readonly Example[] {
  return allExamples().filter((e) => e.operation === 'mutation');
}

/** One example by its operation's name; throws when there is none, so a renamed example fails where it is used. */
export function example(name: string): Example {
  const found = allExamples().find((e) => e.name === name);
  if (!found)
    throw new Error(
      `no example named ${name} in examples/ (there are ${allExamples()
        .map((e) => e.name)
        .join(', ')})`,
    );
  return found;
}
