// `neighbourhood`: the entities within MAX_HOPS (a literal per bound) of `entity` over the allowed relation
// types (TYPES, as a label expression of allow-listed names), support levels and kinds, each at its
// shortest distance. The breadth-first search stops after $budget entities whatever the graph holds around
// a hub, so memory stays bounded; of those, the nearest $limit are kept (one more tells whether the cap cut),
// after the entity itself at depth 0. No source is read here: only what the request selects below.
CALL (entity) {
  CALL (entity) {
    MATCH p = ANY SHORTEST (entity)(()-[r:TYPES WHERE r.support IN $supports AND VISIBLE_FACT(r)]-(x WHERE $kinds IS NULL OR x.kind IN $kinds)){1,MAX_HOPS}(n)
    WHERE n <> entity
    RETURN n, length(p) AS depth
    LIMIT $budget
  }
  WITH n, depth ORDER BY depth, n.id
  RETURN collect({node: n, depth: depth}) AS reached
}
WITH entity, reached[0..$limit] AS kept, size(reached) > $limit AS truncated
WITH entity, truncated, CASE WHEN entity IS NULL THEN [] ELSE [{node: entity, depth: 0}] + kept END AS that
