/**
 * The planner: a root field and everything selected below it, compiled into one Cypher statement
 * (cached by shape, bound per request), sent once. Resolvers below the root find the planned values on
 * their parent records (`planned`); what a plan does not cover, their loaders fetch.
 */
import type { GraphQLResolveInfo } from 'graphql';
import { isMap, type JsonMap, type Planned } from '../data/records.js';
import { database, nestedPlans } from '../data/request.js';
import type { Context } from '../data/request.js';
import { bind, type CompiledPlan, Compiler, flatten } from './compiler.js';
import { shapeKey } from './project.js';
import { ROOTS } from './roots/index.js';
import { selectionOf } from './selection.js';

/** Compiled statements by shape; bounded, so hostile variety cannot grow it without end (oldest dropped first). */
const CACHE_SIZE = 1_000;
const cache = new Map<string, CompiledPlan>();
/** The parameters each compiled statement last ran with (and when: the count of statements run before), for EXPLAIN and PROFILE. */
const lastRun = new WeakMap<CompiledPlan, { params: Record<string, unknown>; run: number }>();
let runs = 0;

function compiled(key: string, make: () => CompiledPlan): CompiledPlan {
  const found = cache.get(key);
  if (found) return found;
  const plan = make();
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value ?? '');
  cache.set(key, plan);
  return plan;
}

/**
 * Compiled statements so far, with the parameters each last ran with and when (`run` counts the planned
 * statements this process has run): what the plan-regression test EXPLAINs and the benchmark PROFILEs.
 */
export const compiledPlans = (): { shape: string; text: string; params: Record<string, unknown>; run: number }[] =>
  [...cache].map(([shape, plan]) => ({ shape, text: plan.text, ...(lastRun.get(plan) ?? { params: {}, run: 0 }) }));

/** Runs the plan of the root field `info` resolves and returns the `root` value of each row (the resolver decodes them). */
export async function runPlan(ctx: Context, info: GraphQLResolveInfo): Promise<unknown[]> {
  const root = selectionOf(info);
  const rule = ROOTS.get(root.name);
  if (!rule) throw new Error(`no plan for Query.${root.name}`);
  const nested = nestedPlans(ctx);
  const key = `${nested ? '' : 'unnested:'}${root.name}(${JSON.stringify(rule.shape?.(root.args) ?? null)}){${shapeKey(root.type, root.selection)}}`;
  const plan = compiled(key, () => {
    const c = new Compiler(nested);
    return c.done(rule.compile(c, root));
  });
  const params = bind(plan, flatten(root));
  lastRun.set(plan, { params, run: ++runs });
  const rows = await database(ctx).read({ name: `plan/${root.name}`, text: plan.text }, params);
  return rows.map((row) => row.root);
}

/** A planned list root's rows: its items (in order; an empty list has none) and the head every row carries (count, references not found). */
export function streamedRows(rows: readonly unknown[]): { items: unknown[]; head: JsonMap } {
  const maps = rows.filter(isMap);
  return { items: maps.map((r) => r.item).filter((item) => item !== null && item !== undefined), head: maps[0] ?? {} };
}

/**
 * The value of the field `info` resolves on `parent`: what the plan computed for it, decoded, or, when the
 * field was not planned (a shape the planner does not cover), what `load` fetches.
 */
export function planned<T>(parent: { planned?: Planned }, info: GraphQLResolveInfo, decode: (v: unknown) => T, load: () => T | Promise<T>): T | Promise<T> {
  const key = info.path.key;
  const values = parent.planned;
  return values && typeof key === 'string' && key in values ? decode(values[key]) : load();
}

/**
 * `f` of `value`, synchronously when `value` is at hand: a resolver that returns a plain value lets
 * graphql-js complete its field without a promise (the planned case), one that awaits makes every
 * field around it wait a turn.
 */
export const mapMaybe = <T, U>(value: T | Promise<T>, f: (v: T) => U): U | Promise<U> => (value instanceof Promise ? value.then(f) : f(value));

/** A planned connection: one page's rows (one more than asked, as a page query returns them) and, when selected, the list's count. */
export interface PlannedPage<T> {
  rows: T[];
  count?: number;
}

/** The decoder of a planned connection whose rows `row` decodes. */
export const plannedPage =
  <T>(row: (v: unknown) => T | null) =>
  (v: unknown): PlannedPage<T> | null => {
    if (!isMap(v) || !Array.isArray(v.rows)) return null;
    const rows = v.rows.map(row).filter((r): r is T => r !== null);
    return typeof v.count === 'number' ? { rows, count: v.count } : { rows };
  };
