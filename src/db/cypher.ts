/**
 * Cypher lives in cypher/*.cypher. Each file is read once, at first use, and its text never changes,
 * so Neo4j's plan cache (keyed on the exact query text) is hit on every call after the first.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * cypher/ at the package root: the nearest folder above this file holding package.json. Found the
 * same way from src/db/ (tsx), from dist/db/ (`npm run build`) and from any other build layout.
 */
export const CYPHER_DIR = join(packageRoot(dirname(fileURLToPath(import.meta.url))), 'cypher');

function packageRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'cypher'))) return dir;
    if (dirname(dir) === dir) throw new Error(`no cypher/ folder next to a package.json above ${from}`);
  }
}

export interface CypherQuery {
  /** The file name without extension, e.g. `ownership/chain`; used in logs and query counts. */
  readonly name: string;
  readonly text: string;
}

const cache = new Map<string, CypherQuery>();

/** Loads `cypher/<name>.cypher` once. Call it at module level so a missing file fails at start-up. */
export function cypher(name: string): CypherQuery {
  let q = cache.get(name);
  if (!q) {
    q = { name, text: readFileSync(join(CYPHER_DIR, `${name}.cypher`), 'utf8') };
    cache.set(name, q);
  }
  return q;
}

/**
 * One query per value of a token the file holds, e.g. a quantifier bound (`{1,MAX_DEPTH}`) or a
 * relation type (`:REL_TYPE`): Cypher takes neither as a parameter, and a literal lets the planner
 * bound the search or use the type's index. Values come from the ontology or LIMITS, never a request.
 */
export function variants<V extends string | number>(name: string, token: string, values: readonly V[]): Map<V, CypherQuery> {
  const base = cypher(name);
  if (!base.text.includes(token)) throw new Error(`cypher/${name}.cypher has no ${token}`);
  return new Map(values.map((v) => [v, register({ name: `${name}@${v}`, text: base.text.replaceAll(token, String(v)) })]));
}

/** Every query loaded so far, variants included (the plan-regression test EXPLAINs them all). */
export function loadedQueries(): CypherQuery[] {
  return [...cache.values()].filter((q) => !TEMPLATES.has(q.name));
}

const TEMPLATES = new Set<string>();
function register(q: CypherQuery): CypherQuery {
  cache.set(q.name, q);
  TEMPLATES.add(q.name.slice(0, q.name.indexOf('@')));
  return q;
}

/** Splits a migration file into statements on `;` at line ends, skipping `//` comment lines. */
export function statements(text: string): string[] {
  return text
    .split(/;\s*$/m)
    .map((s) => s.replace(/^\s*\/\/.*$/gm, '').trim())
    .filter((s) => s.length > 0);
}
