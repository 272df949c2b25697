/**
 * The cost model: what an operation is estimated to cost before anything runs (Pothos' complexity plugin,
 * `fieldComplexity` in builder.ts, calls `fieldCost` for every selected field).
 */
import { LIMITS } from '../bounds.js';
import { fieldOf } from '../shape.js';

/**
 * Pothos complexity cost of one field (`fieldComplexity` in builder.ts): `field` is what the field
 * itself costs, `multiplier` how many times its selection is counted. Lists count as many items as
 * their size argument allows (`first`/`last`, `limit`), traversals as their hop/depth bound times
 * their size bound; a list with no size argument counts `LIST_ITEMS` items. Edges of a connection
 * are already counted by the connection's `first`/`last`.
 */
export const LIST_ITEMS = 10;

type Args = Record<string, unknown>;
const num = (v: unknown, fallback: number) => (typeof v === 'number' && Number.isFinite(v) && v > 0 ? v : fallback);

/** Root traversals: the work they do grows with hops/depth × size, so their own cost does too. */
const TRAVERSALS: Record<string, (args: Args) => { field: number; multiplier: number }> = {
  neighbourhood: (a) => ({ field: num(a.maxHops, LIMITS.defaultNeighbourhoodHops) * num(a.limit, LIMITS.defaultNeighbourhoodNodes), multiplier: 1 }),
  paths: (a) => ({ field: num(a.maxHops, LIMITS.defaultPathHops) * num(a.limit, LIMITS.defaultPaths) * LIST_ITEMS, multiplier: 1 }),
  ownershipChain: (a) => ({ field: num(a.maxHops, LIMITS.defaultOwnershipDepth) * LIST_ITEMS, multiplier: 1 }),
  subsidiaries: (a) => ({ field: num(a.maxHops, LIMITS.defaultOwnershipDepth) * LIST_ITEMS, multiplier: 1 }),
};

const namedTypeName = (type: unknown): string => {
  let t = type;
  while (fieldOf(t, 'ofType')) t = fieldOf(t, 'ofType');
  const name = fieldOf(t, 'name');
  return typeof name === 'string' ? name : '';
};

export function fieldCost(
  args: Args,
  field: { name: string; type: unknown },
  isList: boolean,
  isConnectionEdges: boolean,
): { field: number; multiplier: number } {
  const traversal = TRAVERSALS[field.name];
  if (traversal) return traversal(args);
  if ('first' in args || 'last' in args || (field.name !== 'edges' && /Connection$/.test(namedTypeName(field.type))))
    return { field: 1, multiplier: num(args.first, num(args.last, LIMITS.defaultPageSize)) };
  if (isConnectionEdges) return { field: 1, multiplier: 1 };
  if (typeof args.limit === 'number') return { field: 1, multiplier: num(args.limit, LIST_ITEMS) };
  return { field: 1, multiplier: isList ? LIST_ITEMS : 1 };
}
