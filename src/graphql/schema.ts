/** Imports every type module (each registers itself on the builder) and builds the schema once. */
import { builder } from './builder.js';
import './types/entity.js';
import './types/relation.js';
import './types/graph.js';
import './types/facts.js';
import './traversals/ownership.js';
import './traversals/paths.js';
import './traversals/neighbourhood.js';
import './traversals/timeline.js';
import './traversals/name-search.js';
import './traversals/text-search.js';
import './traversals/claims.js';

export const schema = builder.toSchema({ sortSchema: false });
