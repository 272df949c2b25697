/**
 * Cypher lives in cypher/*.cypher. Each file is read once, at first use, and its text never changes,
 * so Neo4j's plan cache (keyed on the exact query text) is hit on every call after the first.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LIMITS } from '../bounds.js';

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

/**
 * The text of `cypher/<name>.cypher` with each `LIMITS.<bound>` written as its number (src/bounds.ts):
 * a bound the schema states and the Cypher enforces (a LIMIT, a slice, a quantifier, which Cypher does not
 * always take as a parameter) is defined once. An unknown bound fails the load.
 */
function readCypher(name: string): string {
  const text = withViews(readFileSync(join(CYPHER_DIR, `${name}.cypher`), 'utf8'));
  return text.replace(/\bLIMITS\.(\w+)\b/g, (_, bound: string) => {
    const value: unknown = Reflect.get(LIMITS, bound);
    if (typeof value !== 'number') throw new Error(`cypher/${name}.cypher: LIMITS.${bound} is not a bound of src/bounds.ts`);
    return String(value);
  });
}

/** The predicate of cypher/plan/visible/<which>.cypher on its `that`, without its comments, read once. */
const viewPredicates = new Map<string, string>();
function viewPredicate(which: string): string {
  let text = viewPredicates.get(which);
  if (text === undefined) {
    text = readFileSync(join(CYPHER_DIR, 'plan', 'visible', `${which}.cypher`), 'utf8')
      .replace(/^\s*\/\/.*$/gm, '')
      .trim();
    viewPredicates.set(which, text);
  }
  return text;
}

/**
 * `VISIBLE_FACT(r)` and `VISIBLE_SOURCE(s)` written as the view predicates of cypher/plan/visible/ on that
 * variable: which facts and sources a read shows (as of a time, as reported on a day, retracted or not)
 * is defined once, and every statement that lists facts or evidence applies the same rule with `$view`.
 */
function withViews(text: string): string {
  return text.replace(/\bVISIBLE_(FACT|SOURCE)\((\w+)\)/g, (_, which: string, v: string) =>
    viewPredicate(which.toLowerCase()).replace(/(?<![.\w$])that\b/g, v),
  );
}

/** Loads `cypher/<name>.cypher` once. Call it at module level so a missing file fails at start-up. */
export function cypher(name: string): CypherQuery {
  let q = cache.get(name);
  if (!q) {
    q = { name, text: readCypher(name) };
    cache.set(name, q);
  }
  return q;
}

const fragments = new Map<string, string>();

/**
 * The text of `cypher/<name>.cypher` when it is a fragment the planner composes statements from
 * (cypher/plan/), read once; not a statement of its own, so not among `loadedQueries`.
 */
export function cypherFragment(name: string): string {
  let text = fragments.get(name);
  if (text === undefined) {
    text = readCypher(name);
    fragments.set(name, text);
  }
  return text;
}

/**
 * One query per value of a token the file holds, e.g. a quantifier bound (`{1,MAX_DEPTH}`) or a
 * relation type (`:REL_TYPE`): Cypher takes neither as a parameter, and a literal lets the planner
 * bound the search or use the type's index. Values come from the ontology or LIMITS, never a request.
 */
export function variants<V extends string | number>(name: string, token: string, values: readonly V[]): Map<V, CypherQuery> {
  const base = cypher(name);
  if (!base.text.includes(token)) throw new Error(`cypher/${name}.cypher has no ${token}`);
  return new Map(values.map((v) => [v, register(base, { name: `${name}@${v}`, text: base.text.replaceAll(token, String(v)) })]));
}

/** Which way a keyset page reads its list: in list order after a cursor, or in reverse before one. */
export type PageDirection = 'forward' | 'backward';

/**
 * The two reading orders of a keyset query, whose ORDER BY marks each key with its list order as a
 * comment, `/*ASC*\/` or `/*DESC*\/` (ORDER BY takes no parameter): `forward` reads in list order,
 * `backward` in reverse, so `last`/`before` pages read from the index end they start at.
 */
export function directions(query: CypherQuery): Record<PageDirection, CypherQuery> {
  if (!/\/\*(ASC|DESC)\*\//.test(query.text)) throw new Error(`${query.name} marks no ORDER BY key /*ASC*/ or /*DESC*/`);
  return {
    forward: register(query, { name: `${query.name}@forward`, text: ordered(query.text, 'forward') }),
    backward: register(query, { name: `${query.name}@backward`, text: ordered(query.text, 'backward') }),
  };
}

const SWAP = { ASC: 'DESC', DESC: 'ASC' } as const;

/** `text` with its `/*ASC*\/` and `/*DESC*\/` marks written out for reading `direction`: as marked forward, reversed backward. */
export function ordered(text: string, direction: PageDirection): string {
  return text.replace(/\/\*(ASC|DESC)\*\//g, (_m, d: 'ASC' | 'DESC') => (direction === 'forward' ? d : SWAP[d]));
}

/**
 * The query without its lines that use `$param`: the variant for a list whose end is open (no \`before\`
 * cursor). Used for bounds no sentinel can stand for: a range index orders strings by code point, Neo4j's
 * comparisons by UTF-16 unit, so no string is above every name in both.
 */
export function withoutBound(query: CypherQuery, param: string): CypherQuery {
  const lines = query.text.split('\n');
  if (!lines.some((l) => l.includes(`$${param}`))) throw new Error(`${query.name} has no $${param}`);
  return register(query, { name: `${query.name}@open`, text: lines.filter((l) => !l.includes(`$${param}`)).join('\n') });
}

/** Every query loaded so far, variants included (the plan-regression test EXPLAINs them all). */
export function loadedQueries(): CypherQuery[] {
  return [...cache.values()].filter((q) => !TEMPLATES.has(q.name));
}

/** Queries that only exist to derive variants from (their tokens are not Cypher). */
const TEMPLATES = new Set<string>();
function register(template: CypherQuery, q: CypherQuery): CypherQuery {
  cache.set(q.name, q);
  TEMPLATES.add(template.name);
  return q;
}

/** Splits a migration file into statements on `;` at line ends, skipping `//` comment lines. */
export function statements(text: string): string[] {
  return text
    .split(/;\s*$/m)
    .map((s) => s.replace(/^\s*\/\/.*$/gm, '').trim())
    .filter((s) => s.length > 0);
}
