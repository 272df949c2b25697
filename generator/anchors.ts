/**
 * The benchmark anchors: entities with a known shape whatever the size of the graph, so a benchmark
 * or a test can ask a question whose answer it knows (the hub's 300 subsidiaries, the leaf 12 OWNS hops
 * down, the pair exactly 5 hops apart). ownership.ts and path.ts build them; nothing else may add an
 * edge that would change those counts.
 */

export const WELL_KNOWN = {
  /** Exactly HUB_SUBSIDIARIES direct OWNS targets (companies; services too when N is small). */
  hub: 'company:syn-hub',
  /** Exactly DEEP_LEAF_DEPTH OWNS hops below its only ultimate owner, `deepRoot`; owns nothing. */
  deepLeaf: 'company:syn-deep-leaf',
  deepRoot: 'company:syn-deep-root',
  /** Shortest path between these two over fact relation types: exactly PATH_HOPS hops. */
  pathFrom: 'person:syn-path-start',
  pathTo: 'place:syn-path-end',
} as const;
export const HUB_SUBSIDIARIES = 300;
export const DEEP_LEAF_DEPTH = 12;
export const PATH_HOPS = 5;
/** No OWNS path from an ultimate owner is longer than this, cycles aside. */
export const MAX_OWNERSHIP_DEPTH = 12;

/**
 * Company numbers with a role: the path company (owns only the path service, has only the path start
 * as chair), the deep chain DEEP_ROOT → … → DEEP_LEAF (each with exactly one owner), the hub under
 * its owner, then the hub's direct subsidiaries from FIRST_HUB_SUBSIDIARY; ordinary trees after them.
 * They come first so their numbers do not depend on N.
 */
export const PATH_COMPANY = 0;
export const DEEP_ROOT = 1;
export const DEEP_LEAF = DEEP_ROOT + DEEP_LEAF_DEPTH;
export const HUB_OWNER = DEEP_LEAF + 1;
export const HUB = HUB_OWNER + 1;
export const FIRST_HUB_SUBSIDIARY = HUB + 1;
