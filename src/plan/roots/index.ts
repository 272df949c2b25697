/** Every root field the planner compiles, by name. */
import type { RootRule } from './common.js';
import { ENTITY_ROOTS } from './entities.js';
import { GRAPH_ROOTS } from './graph.js';
import { OWNERSHIP_ROOTS } from './ownership.js';
import { RELATION_ROOTS } from './relations.js';
import { TEXT_ROOTS } from './text.js';

export type { RootRule } from './common.js';

export const ROOTS: ReadonlyMap<string, RootRule> = new Map(
  Object.entries({ ...ENTITY_ROOTS, ...RELATION_ROOTS, ...OWNERSHIP_ROOTS, ...GRAPH_ROOTS, ...TEXT_ROOTS }),
);
