// One page of every relation of one type, in id order strictly between the keyset
// cursors $after and $before (/*ASC*/ marks the list order). `REL_TYPE` is replaced, when the
// file is loaded, by each type of the ontology (src/db/cypher.ts `variants`), so the planner reads the
// type's `id` index in order instead of scanning relationships.
MATCH (f:Entity)-[r:REL_TYPE]->(t:Entity)
WHERE r.id > $after AND r.id < $before AND r.support IN $supports
RETURN {type: type(r), props: properties(r), from: f {.*}, to: t {.*}} AS relation
ORDER BY r.id /*ASC*/
LIMIT $limit
