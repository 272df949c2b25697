/** Imports every type module (each registers itself on the builder) and builds the schema once. */
import { builder } from './builder.js';
import { registerFieldOwners } from './cost.js';
import './types/entity.js';
import './types/relation.js';
import './types/graph.js';
import './types/facts.js';
import './types/datasets.js';
import './traversals/ownership.js';
import './traversals/paths.js';
import './traversals/neighbourhood.js';
import './traversals/timeline.js';
import './traversals/name-search.js';
import './traversals/text-search.js';
import './traversals/claims.js';
import './types/history.js';
import './mutations/results.js';
import './mutations/facts.js';
import './mutations/entities.js';

export const schema = builder.toSchema({ sortSchema: false });
// The cost model weighs some fields by their type's name (`Article.text`, `Neighbourhood.edges`).
registerFieldOwners(schema);
